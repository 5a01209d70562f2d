import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { EMPTY_MAPPINGS, type Mappings } from '../config/mappings.js';
import { errorMessage, InputError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { IngestItem } from '../core/types.js';
import { detectFileFormat, type InputFormat } from './detect.js';
import { readEmailFile } from './email.js';
import { readJsonl } from './jsonl.js';
import { readMarketplaceFile } from './marketplace.js';
import { readMbox } from './mbox.js';
import { quarantined } from './quarantine.js';
import { readSupportFile } from './support.js';
import { readWebformFile } from './webform.js';
import { readWhatsAppFile } from './whatsapp.js';
import { readWhatsAppCloudFile } from './whatsapp-cloud.js';
import { readWhatsAppZip } from './zip.js';

export { detectFileFormat, detectFormat, type Detection, type InputFormat } from './detect.js';

/** Options of `readInputs`. */
export interface IngestOptions {
  /** UTC offset, in minutes east of UTC, given to WhatsApp times, which carry none. */
  utcOffsetMinutes?: number;
  /** Called before each file is read, for a progress bar; `index` is 0-based. */
  onFile?: (filePath: string, index: number, total: number) => void;
  /**
   * Seller config parts that ingest uses: column `mappings` for marketplace
   * and web form exports, and `defaultCountry` for phone numbers written
   * without a country code. Without it, built-in header synonyms apply.
   */
  config?: { mappings?: Mappings; defaultCountry?: string | undefined };
  /**
   * Called once per file with the records that are not messages and were
   * left out on purpose: webhook status events, reactions, private ticket notes.
   */
  onSkipped?: (filePath: string, count: number, reason: string) => void;
  /** Receives reader warnings, such as numeric dates read day first for lack of evidence. */
  logger?: Logger;
}

/** Path met while walking the inputs that could not be accessed or listed, with the reason. */
interface UnreadablePath {
  path: string;
  reason: string;
}

/** Files found under the inputs, and the paths that could not be accessed or listed. */
interface InputTree {
  files: string[];
  unreadable: UnreadablePath[];
}

/**
 * Lists the files under the given files and folders: folders are walked
 * recursively, hidden files and folders (name starting with "."), seller
 * config files (`parley.config.json`) and SQLite databases with their
 * journals (`*.db`, `*.sqlite`, `*.db-wal`…) met inside a folder are
 * skipped, and the result is sorted by code point so runs are repeatable.
 * A folder that cannot be listed (no permission) is left out here, and
 * `readInputs` quarantines it. Throws InputError for a given path that
 * does not exist or cannot be accessed.
 */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  return (await collectInputs(paths)).files;
}

/** Counts the files `readInputs` would read, so a CLI can size its progress bar first. */
export async function countInputFiles(paths: string[]): Promise<number> {
  return (await listInputFiles(paths)).length;
}

/** Walks every input and returns its files and unreadable paths, each sorted and without repeats. */
async function collectInputs(paths: string[]): Promise<InputTree> {
  const tree: InputTree = { files: [], unreadable: [] };
  for (const input of paths) {
    await walk(input, tree, true);
  }

  // Code-point order, not localeCompare, so the order does not depend on the machine's locale.
  const files = [...new Set(tree.files)].sort();
  const byPath = new Map(tree.unreadable.map((entry) => [entry.path, entry]));
  const unreadable = [...byPath.values()].sort((first, second) => comparePaths(first.path, second.path));
  return { files, unreadable };
}

/** Compares two paths by code point, like the default `sort`. */
function comparePaths(first: string, second: string): number {
  if (first < second) return -1;
  if (first > second) return 1;
  return 0;
}

/**
 * Reads every file under `paths`, detects its format from its content and
 * yields parsed messages and quarantined records in file order. A file of
 * unknown format, or one that fails to read, becomes one quarantine item and
 * the run goes on. A folder that cannot be listed is also quarantined, and
 * those items come first, before the files.
 */
export async function* readInputs(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const { files, unreadable } = await collectInputs(paths);
  for (const folder of unreadable) yield quarantined(folder.path, folder.reason);
  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    try {
      const detection = await detectFileFormat(file, options.config?.mappings ?? EMPTY_MAPPINGS);
      if (detection.format === null) {
        yield quarantined(file, detection.reason);
        continue;
      }
      yield* readFormat(file, detection.format, options);
    } catch (error) {
      yield quarantined(file, `failed to read file: ${errorMessage(error)}`);
    }
  }
}

async function* readFormat(file: string, format: InputFormat, options: IngestOptions): AsyncGenerator<IngestItem> {
  const dateOrder = options.config?.mappings?.dateOrder;
  const whatsappOptions = {
    ...(options.utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes: options.utcOffsetMinutes }),
    ...(dateOrder === undefined ? {} : { daysFirst: dateOrder === 'dmy' }),
  };
  switch (format) {
    case 'whatsapp':
      yield* await readWhatsAppFile(file, whatsappOptions);
      return;
    case 'whatsapp-zip':
      yield* (await readWhatsAppZip(file, whatsappOptions)).items;
      return;
    case 'eml':
      yield await readEmailFile(file);
      return;
    case 'mbox':
      yield* readMbox(file);
      return;
    case 'jsonl':
      yield* readJsonl(file);
      return;
    default:
      yield* await readStructured(file, format, options);
  }
}

/** Reads the formats that come from business tools: marketplaces, help desks, web forms, the Cloud API. */
async function readStructured(file: string, format: InputFormat, options: IngestOptions): Promise<IngestItem[]> {
  const mappings = options.config?.mappings ?? EMPTY_MAPPINGS;
  const country = options.config?.defaultCountry ? { defaultCountry: options.config.defaultCountry } : {};
  const dates = mappings.dateOrder ? { dateOrder: mappings.dateOrder } : {};
  const logger = options.logger ? { logger: options.logger } : {};
  switch (format) {
    case 'marketplace':
      return readMarketplaceFile(file, { mapping: mappings.marketplace, ...country, ...dates, ...logger });
    case 'webform':
      return readWebformFile(file, { mapping: mappings.webform, ...country, ...dates, ...logger });
    case 'support': {
      const result = await readSupportFile(file);
      if (result.skipped > 0) options.onSkipped?.(file, result.skipped, 'private comments (internal notes)');
      return result.items;
    }
    case 'whatsapp-cloud': {
      const result = await readWhatsAppCloudFile(file);
      if (result.skipped > 0) options.onSkipped?.(file, result.skipped, 'status events, reactions and content-free notices');
      return result.items;
    }
    default:
      throw new InputError(file, `no reader for format "${format}"`);
  }
}

/**
 * Adds the files under `input` to `tree`. Throws InputError when a given
 * path (`topLevel`) cannot be accessed. A nested path that cannot be
 * accessed, or a folder that cannot be listed, is added to `tree.unreadable`.
 */
async function walk(input: string, tree: InputTree, topLevel: boolean): Promise<void> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    if (topLevel) throw new InputError(input, statProblem(error), { cause: error });
    tree.unreadable.push({ path: input, reason: `failed to read: ${errorMessage(error)}` });
    return;
  }
  if (!info.isDirectory()) {
    tree.files.push(input);
    return;
  }
  let entries;
  try {
    entries = await readdir(input, { withFileTypes: true });
  } catch (error) {
    tree.unreadable.push({ path: input, reason: `failed to read folder: ${errorMessage(error)}` });
    return;
  }
  const visibleEntries = entries
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'parley.config.json' && !DATABASE_FILE_RE.test(entry.name))
    .filter((entry) => entry.isDirectory() || entry.isFile());
  await Promise.all(visibleEntries.map((entry) => walk(path.join(input, entry.name), tree, false)));
}

/**
 * SQLite database files and their journals ("parley.db", "parley.db-wal").
 * A run's own `--db` often sits in the folder it reads, and no input format
 * is a database.
 */
const DATABASE_FILE_RE = /\.(?:db|sqlite3?)(?:-(?:wal|shm|journal))?$/i;

/** Builds the message for a given path that cannot be accessed: not found, or present but not readable. */
function statProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'file or folder not found; check the path';
  return `failed to access the file or folder: ${errorMessage(error)}; check its permissions`;
}

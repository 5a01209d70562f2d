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

/**
 * Lists the files under the given files and folders: folders are walked
 * recursively, hidden files and folders (name starting with ".") and
 * seller config files met inside a folder (`parley.config.json`) are
 * skipped, and the result is sorted by code point so runs are repeatable.
 * Throws InputError for a path that does not exist.
 */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of paths) {
    files.push(...(await walk(input)));
  }
  // Code-point order, not localeCompare, so the order does not depend on the machine's locale.
  return [...new Set(files)].sort();
}

/** Counts the files `readInputs` would read, so a CLI can size its progress bar first. */
export async function countInputFiles(paths: string[]): Promise<number> {
  return (await listInputFiles(paths)).length;
}

/**
 * Reads every file under `paths`, detects its format from its content and
 * yields parsed messages and quarantined records in file order. A file of
 * unknown format, or one that fails to read, becomes one quarantine item and
 * the run goes on.
 */
export async function* readInputs(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const files = await listInputFiles(paths);
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
  const whatsappOptions = options.utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes: options.utcOffsetMinutes };
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

async function walk(input: string): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    throw new InputError(input, 'file or folder not found; check the path', { cause: error });
  }
  if (!info.isDirectory()) return [input];
  const entries = await readdir(input, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'parley.config.json')
      .filter((entry) => entry.isDirectory() || entry.isFile())
      .map((entry) => walk(path.join(input, entry.name))),
  );
  return nested.flat();
}

import { statSync } from 'node:fs';
import type { Logger } from 'pino';
import { InputError } from '../core/errors.js';
import { plural } from '../core/text.js';
import type { IngestItem } from '../core/types.js';
import { countInputFiles, readInputs } from '../ingest/index.js';
import { readCatalog } from '../model/catalog.js';
import type { Catalog } from '../model/types.js';
import { runAnalysis, toTableRow } from '../pipeline/analyze-run.js';
import { openStore } from '../store/open-store.js';
import { parseStorageTarget } from '../store/target.js';
import { renderBuyerTable } from './buyer-table.js';
import { resolveConfig } from './options.js';
import { createProgress } from './progress.js';
import { writeReportJson } from './report-json.js';

export interface AnalyzeCommandOptions {
  db: string;
  json: boolean;
  asOf?: Date;
  config?: string;
  utcOffset?: number;
  progress: boolean;
  /** Rows of the buyer table; `DEFAULT_TABLE_ROWS` when unset. */
  limit?: number;
  /** Product catalog CSV for product fit. */
  catalog?: string;
}

/** Runs `parley analyze PATH...` and writes the table or the JSON document to stdout. */
export async function analyzeCommand(paths: string[], options: AnalyzeCommandOptions, logger: Logger): Promise<void> {
  for (const path of paths) checkPath(path);
  const catalog = options.catalog === undefined ? undefined : loadCatalog(options.catalog);
  const { config, path: configPath } = resolveConfig(options.config);
  const store = await openStore(parseStorageTarget(options.db));
  const progress = createProgress(options.progress);
  try {
    const total = await countInputFiles(paths);
    progress.start('Reading files', total);
    const items = readInputs(paths, {
      config,
      logger,
      onSkipped: (file, count, reason) => logger.info({ file, skipped: count }, reason),
      ...(options.utcOffset === undefined ? {} : { utcOffsetMinutes: options.utcOffset }),
      onFile: (_path, index) => progress.update(index + 1),
    });
    let analyzing = false;
    const seen: SeenMessages = { time: Number.NEGATIVE_INFINITY, sentAt: '', withoutDirection: 0 };
    const report = await runAnalysis(trackSeen(items, seen), {
      store,
      config,
      asOf: options.asOf ?? new Date(),
      logger,
      ...(options.json ? {} : { keepConversation: toTableRow }),
      ...(catalog === undefined ? {} : { catalog }),
      onAnalyzed: (done, all) => {
        if (!analyzing) progress.start('Analyzing conversations', all);
        analyzing = true;
        if (done % 10 === 0 || done === all) progress.update(done);
      },
    });
    progress.stop();
    // Only messages that name no direction need the heuristics. Canonical lines may name it.
    if (!configPath && seen.withoutDirection > 0) {
      process.stderr.write(
        `parley: warning: no parley.config.json; seller and buyer in ${plural(seen.withoutDirection, 'message')} are told apart by heuristics (see README, "Seller config")\n`,
      );
    }
    if (options.asOf !== undefined && seen.time > options.asOf.getTime()) {
      process.stderr.write(
        `parley: warning: --as-of ${options.asOf.toISOString()} is before the latest message (${seen.sentAt}); waits and stalls are measured from --as-of, so later messages count as just sent\n`,
      );
    }
    if (options.json) await writeReportJson(report, process.stdout);
    else process.stdout.write(await renderBuyerTable(report, options.limit));
  } finally {
    progress.stop();
    await store.close();
  }
}

/** The latest send time among the messages read, and how many named no direction. */
interface SeenMessages {
  time: number;
  sentAt: string;
  withoutDirection: number;
}

/** Passes the items through, recording the latest send time and the messages with no direction. */
async function* trackSeen(items: AsyncIterable<IngestItem>, seen: SeenMessages): AsyncIterable<IngestItem> {
  for await (const item of items) {
    if (item.kind === 'message') {
      if (item.message.direction === null) seen.withoutDirection += 1;
      const time = Date.parse(item.message.sentAt);
      if (time > seen.time) {
        seen.time = time;
        seen.sentAt = item.message.sentAt;
      }
    }
    yield item;
  }
}

/**
 * Reads the catalog; an unreadable or empty file, or one with no readable
 * product, raises an InputError naming the file. Skipped rows are printed as
 * warnings, so one bad row does not stop the run.
 */
function loadCatalog(path: string): Catalog {
  const catalog = readCatalog(path);
  for (const skipped of catalog.skipped) process.stderr.write(`parley: warning: catalog row skipped: ${skipped.message}\n`);
  if (catalog.products.length === 0) {
    throw new InputError(path, `no product could be read from the catalog (${catalog.skipped.length} row(s) skipped); fix the rows listed above`);
  }
  return catalog;
}

/** Raises InputError for a path that does not exist, or that exists but cannot be reached (permissions). */
function checkPath(path: string): void {
  try {
    statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(path, 'file or folder not found; check the path');
    throw new InputError(path, `cannot access the file or folder (${code ?? 'unknown error'}); check its permissions`);
  }
}

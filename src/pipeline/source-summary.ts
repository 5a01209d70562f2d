import type { Message, ParsedMessage, QuarantineItem } from '../core/types.js';
import type { Store, WriteOutcome, WriteResult } from '../store/store.js';

/** Counts of one source file in a run; `duplicate` and `stored` as in the run summary. */
export interface SourceSummary {
  source: string;
  read: number;
  stored: number;
  duplicate: number;
  updated: number;
  quarantined: number;
}

/**
 * Returns the file a record's source names: the locator after "#" is cut
 * ("inbox.mbox#message=3,offset=912" gives "inbox.mbox"), and a chat inside
 * a zip ("chat.zip!_chat.txt#line=4") counts as the zip.
 */
export function sourceFile(source: string): string {
  const zip = /^(.*?\.zip)!/i.exec(source);
  if (zip) return zip[1]!;
  const hash = source.indexOf('#', source.lastIndexOf('/') + 1);
  return hash >= 0 ? source.slice(0, hash) : source;
}

/**
 * Saves messages one source file at a time, each file in its own
 * transaction, and returns the write counts per file. When `outcomes` is
 * given, sets each message's write outcome in it by message id.
 */
export async function saveMessagesBySource(
  store: Store,
  messages: Message[],
  outcomes?: Map<string, WriteOutcome>,
): Promise<Map<string, WriteResult>> {
  const byFile = new Map<string, Message[]>();
  for (const message of messages) {
    const file = sourceFile(message.source);
    const group = byFile.get(file);
    if (group) group.push(message);
    else byFile.set(file, [message]);
  }
  const results = new Map<string, WriteResult>();
  for (const [file, group] of byFile) results.set(file, await store.saveMessages(group, outcomes));
  return results;
}

/** Inputs of the per-source counts. */
export interface SourceCountInput {
  parsed: ParsedMessage[];
  /** Messages after normalization, without the repeats within the run. */
  normalized: Message[];
  /** Records quarantined by the readers. */
  ingestQuarantine: QuarantineItem[];
  /** Parsed messages that normalization quarantined. */
  normalizeQuarantine: QuarantineItem[];
  writes: Map<string, WriteResult>;
}

/**
 * Counts read, stored, duplicate, updated and quarantined records per
 * source file, sorted by file. A message repeated within the run counts as
 * a duplicate of the file it was read from second.
 */
export function summarizeSources(input: SourceCountInput): SourceSummary[] {
  const read = countBy(input.parsed, (item) => item.source);
  const normalized = countBy(input.normalized, (message) => message.source);
  const normalizeQuarantined = countBy(input.normalizeQuarantine, (item) => item.source);
  const quarantined = countBy([...input.ingestQuarantine, ...input.normalizeQuarantine], (item) => item.source);
  const files = new Set([...read.keys(), ...quarantined.keys(), ...input.writes.keys()]);
  return [...files].sort().map((source) => {
    const write = input.writes.get(source) ?? { inserted: 0, unchanged: 0, updated: 0 };
    const repeated = (read.get(source) ?? 0) - (normalized.get(source) ?? 0) - (normalizeQuarantined.get(source) ?? 0);
    return {
      source,
      read: read.get(source) ?? 0,
      stored: write.inserted,
      duplicate: repeated + write.unchanged,
      updated: write.updated,
      quarantined: quarantined.get(source) ?? 0,
    };
  });
}

function countBy<T>(items: T[], sourceOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const file = sourceFile(sourceOf(item));
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return counts;
}

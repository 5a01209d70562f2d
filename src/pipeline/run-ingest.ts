import type { Logger } from 'pino';
import { hasTeamIdentities, type SellerConfig } from '../config/seller-config.js';
import type { IngestItem, ParsedMessage, QuarantineItem } from '../core/types.js';
import { normalizeBatch, type NormalizedBatch } from '../normalize/index.js';
import { emailThreadKeys, isThreadedEmail } from '../normalize/thread.js';
import type { Store, WriteOutcome, WriteResult } from '../store/store.js';
import { storeBatchBuyers } from './account-sync.js';
import { chunkBuyers, keepStoredDirections, recordChunk, settleRunDirections } from './run-directions.js';
import { saveMessagesBySource, sourceFile, summarizeSources, type SourceSummary } from './source-summary.js';

/** Default number of parsed messages normalized and stored together. */
export const DEFAULT_CHUNK_SIZE = 2000;

/** Options of the ingest half of a run. */
export interface IngestOptions {
  store: Store;
  config: SellerConfig;
  logger: Logger;
  /** Parsed messages per chunk; `DEFAULT_CHUNK_SIZE` when unset. */
  chunkSize?: number;
}

/**
 * Per-run state of the ingest: counts and per-file summaries. The ids of
 * the conversations that got a message and the quarantined records go to
 * the store's run tables (see `Store.beginRun`), so this state stays small.
 */
export interface IngestState {
  read: number;
  /** Parsed messages sent by a machine (bounces, auto-replies, newsletters, spam), repeats included. */
  automated: number;
  duplicates: number;
  writes: WriteResult;
  quarantined: number;
  sources: Map<string, SourceSummary>;
  /** Occurrence counts of the files of the previous chunk, for `normalizeBatch`. */
  occurrences: Map<string, number>;
  /** File of the last parsed message of the previous chunk. */
  lastFile: string | null;
}

interface Chunk {
  parsed: ParsedMessage[];
  quarantine: QuarantineItem[];
}

/**
 * Reads the items in chunks of `chunkSize` parsed messages and normalizes
 * and stores each chunk before reading the next, so only one chunk of
 * messages is in memory. Email threads span chunks through the stored
 * thread keys. Without team identities in the config, the directions are
 * decided again from the whole run after the last chunk (see
 * `settleRunDirections`).
 */
export async function ingestInChunks(items: AsyncIterable<IngestItem>, options: IngestOptions): Promise<IngestState> {
  const state: IngestState = {
    read: 0,
    automated: 0,
    duplicates: 0,
    writes: { inserted: 0, unchanged: 0, updated: 0 },
    quarantined: 0,
    sources: new Map(),
    occurrences: new Map(),
    lastFile: null,
  };
  await options.store.runJournal.clear();
  for await (const chunk of chunksOf(items, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    await ingestChunk(chunk, state, options);
  }
  if (!hasTeamIdentities(options.config)) {
    const changed = await settleRunDirections(options.store, options.logger, options.config.defaultCountry);
    countAsUpdated(state, changed);
  }
  await options.store.runJournal.clear();
  const { read, automated, writes, quarantined } = state;
  options.logger.info({ read, automated, ...writes, quarantined }, 'messages stored');
  return state;
}

async function* chunksOf(items: AsyncIterable<IngestItem>, size: number): AsyncGenerator<Chunk> {
  let chunk: Chunk = { parsed: [], quarantine: [] };
  for await (const item of items) {
    if (item.kind === 'message') chunk.parsed.push(withoutNul(item.message));
    else chunk.quarantine.push(item.item.raw?.includes('\u0000') ? { ...item.item, raw: stripNul(item.item.raw) } : item.item);
    if (chunk.parsed.length >= size || chunk.quarantine.length >= size) {
      yield chunk;
      chunk = { parsed: [], quarantine: [] };
    }
  }
  if (chunk.parsed.length > 0 || chunk.quarantine.length > 0) yield chunk;
}

/** Normalizes one chunk, stores it and adds its counts to `state`. */
async function ingestChunk(chunk: Chunk, state: IngestState, options: IngestOptions): Promise<void> {
  const { store, config } = options;
  const batch = await normalizeChunk(chunk, state, options);
  const outcomes = new Map<string, WriteOutcome>();
  const byFile = await saveMessagesBySource(store, batch.messages, outcomes);
  await recordChunk(store, chunk.parsed, batch, outcomes, state.read);
  await store.saveThreadKeys(batch.threadKeys);
  const quarantine = [...chunk.quarantine, ...batch.quarantine];
  await store.saveQuarantine(quarantine);
  await storeBatchBuyers(store, chunkBuyers(batch, config.defaultCountry));
  await store.addRunConversations([...new Set(batch.messages.map((message) => message.conversationId))]);
  await store.addRunQuarantine(quarantine.map(({ source, reason }) => ({ source, reason })));

  state.read += chunk.parsed.length;
  state.automated += chunk.parsed.filter((message) => message.automated === true).length;
  state.duplicates += batch.duplicates;
  for (const result of byFile.values()) addWrites(state.writes, result);
  state.quarantined += quarantine.length;
  const sources = summarizeSources({
    parsed: chunk.parsed,
    normalized: batch.messages,
    ingestQuarantine: chunk.quarantine,
    normalizeQuarantine: batch.quarantine,
    writes: byFile,
  });
  for (const summary of sources) addSource(state.sources, summary);
}

/**
 * Normalizes one chunk against what is stored: the email threads and source
 * ids of earlier chunks and runs, and, without a team config, the stored
 * directions (see `keepStoredDirections`). A message an earlier chunk of
 * the run stored is dropped as a duplicate, as one batch would drop it.
 */
async function normalizeChunk(chunk: Chunk, state: IngestState, options: IngestOptions): Promise<NormalizedBatch> {
  const { store, config } = options;
  const storedThreads = await store.loadThreadConversations(chunk.parsed.filter(isThreadedEmail).flatMap(emailThreadKeys));
  const storedConflicts = await storedContentConflicts(store, chunk.parsed);
  const batch = normalizeBatch(chunk.parsed, config, { storedThreads, occurrences: occurrencesFor(chunk, state), storedConflicts });
  const repeated = await store.runJournal.loadRecorded(batch.messages.map((message) => message.id));
  const messages = batch.messages.filter((message) => !repeated.has(message.id));
  const result = { ...batch, messages, duplicates: batch.duplicates + repeated.size };
  if (!hasTeamIdentities(config)) await keepStoredDirections(store, result);
  return result;
}

/**
 * Returns the chunk's parsed messages whose source id is already stored
 * with another send time or body, so each gets a content-qualified id
 * instead of replacing the stored message.
 */
async function storedContentConflicts(store: Store, parsed: ParsedMessage[]): Promise<Set<ParsedMessage>> {
  const withId = parsed.filter((item): item is ParsedMessage & { sourceId: string } => item.sourceId !== null);
  const differs = await store.storedContentDiffers(withId.map((item) => ({ id: item.sourceId, sentAt: item.sentAt, rawText: item.body })));
  return new Set(withId.filter((_, index) => differs[index]));
}

/**
 * Returns the occurrence counts to use for a chunk: those of the previous
 * chunk when the chunk continues its last file, else a fresh map, so the
 * counts of finished files are dropped.
 */
function occurrencesFor(chunk: Chunk, state: IngestState): Map<string, number> {
  const first = chunk.parsed[0];
  const last = chunk.parsed[chunk.parsed.length - 1];
  if (!first || !last) return state.occurrences;
  if (sourceFile(first.source) !== state.lastFile) state.occurrences = new Map();
  state.lastFile = sourceFile(last.source);
  return state.occurrences;
}

/** Moves messages counted as unchanged to updated, per source file, after their direction changed. */
function countAsUpdated(state: IngestState, changedByFile: Map<string, number>): void {
  for (const [file, count] of changedByFile) {
    state.writes.unchanged -= count;
    state.writes.updated += count;
    const source = state.sources.get(file);
    if (!source) continue;
    source.duplicate -= count;
    source.updated += count;
  }
}

function addWrites(total: WriteResult, part: WriteResult): void {
  total.inserted += part.inserted;
  total.unchanged += part.unchanged;
  total.updated += part.updated;
}

function addSource(sources: Map<string, SourceSummary>, part: SourceSummary): void {
  const total = sources.get(part.source);
  if (!total) {
    sources.set(part.source, { ...part });
    return;
  }
  total.read += part.read;
  total.stored += part.stored;
  total.duplicate += part.duplicate;
  total.updated += part.updated;
  total.quarantined += part.quarantined;
}

/**
 * Removes U+0000 from the text fields of a message. It carries no meaning in
 * a chat or an email, and PostgreSQL rejects it in text columns, so one such
 * character would fail a whole batch there.
 */
function withoutNul(message: ParsedMessage): ParsedMessage {
  const { body, subject, sender } = message;
  const senderText = [sender.name, sender.email, sender.phone, sender.handle];
  if (!body.includes('\u0000') && !subject?.includes('\u0000') && !senderText.some((text) => text?.includes('\u0000'))) return message;
  return {
    ...message,
    body: stripNul(body),
    subject: subject === null ? null : stripNul(subject),
    sender: {
      ...sender,
      name: sender.name === null ? null : stripNul(sender.name),
      email: sender.email === null ? null : stripNul(sender.email),
      phone: sender.phone === null ? null : stripNul(sender.phone),
      ...(typeof sender.handle === 'string' ? { handle: stripNul(sender.handle) } : {}),
    },
  };
}

function stripNul(text: string): string {
  return text.replaceAll('\u0000', '');
}

import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { InputError } from '../core/errors.js';
import { detectFileFormat, detectFormat, type Detection, type InputFormat } from '../ingest/detect.js';
import type { BatchResult } from './signals-lines.js';
import type { EncodedBatch, SignalsTask } from './signals-worker.js';

/** Input lines per batch: one write call, and one task for a worker thread. */
const BATCH_LINES = 256;
/** A file at least this large is read by worker threads unless `--workers` sets the count. */
const PARALLEL_FROM_BYTES = 1024 * 1024;
/** Most worker threads the automatic choice starts. */
const MAX_AUTO_WORKERS = 4;
/** Batches queued per worker thread before reading waits for output. */
const QUEUED_PER_WORKER = 4;

export interface SignalsOptions {
  /** Threads that analyze; 1 analyzes in the main thread. Chosen from the input size when absent. */
  workers?: number;
}

/**
 * Runs `parley signals`: reads JSON Lines (canonical messages, or just
 * `{"id","text"}` plus optional `sentAt`, `channel`, `language`, `direction`,
 * `sender`, `attachments`) from a file or stdin and writes one
 * message analysis per input line, in input order. A line that cannot be
 * read becomes `{"line":N,"id":…,"error":"…"}` in its place, so output lines
 * stay aligned with input lines. A blank line gets an error line too.
 * Files of 1 MiB or more are analyzed by worker threads, one per core up to
 * four, in batches whose output is written in input order.
 * Returns the number of error lines.
 */
export async function signalsCommand(file: string | undefined, options: SignalsOptions = {}): Promise<number> {
  const fromFile = file !== undefined && file !== '-';
  const size = fromFile ? checkInputFile(file) : 0;
  if (fromFile) await rejectConversationFile(file);
  const workers = options.workers ?? (size >= PARALLEL_FROM_BYTES ? Math.min(availableParallelism(), MAX_AUTO_WORKERS) : 1);
  const input = fromFile ? createReadStream(file, 'utf8') : process.stdin.setEncoding('utf8');
  // The pool's main thread only reads and writes, so it does not load the extractors and their cue tables.
  const sink = workers > 1 ? new PoolSink(workers) : await InlineSink.create();
  let batch: string[] = [];
  let firstLine = 1;
  let lineCount = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    if (!fromFile && firstLine === 1) rejectConversation('stdin', 'parley analyze FILE', detectFormat(new TextEncoder().encode(batch.join('\n')), 'stdin'));
    lineCount += batch.length;
    await sink.push(batch, firstLine);
    firstLine += batch.length;
    batch = [];
  };
  try {
    // Splitting chunks by hand is several times faster than node:readline's async iterator.
    let rest = '';
    let firstChunk = true;
    for await (const chunk of input as AsyncIterable<string>) {
      // A byte order mark before the first line is no part of its JSON.
      const lines = (rest + (firstChunk ? chunk.replace(/^\ufeff/, '') : chunk)).split('\n');
      firstChunk = false;
      rest = lines.pop() ?? '';
      for (const line of lines) {
        batch.push(line.endsWith('\r') ? line.slice(0, -1) : line);
        if (batch.length >= BATCH_LINES) await flush();
      }
    }
    if (rest !== '') batch.push(rest);
    await flush();
    if (lineCount === 0) {
      process.stderr.write(`parley signals: ${fromFile ? file : 'stdin'}: empty input, no messages read; pass JSON Lines with one {"id","text"} object per line\n`);
    }
    return await sink.finish();
  } finally {
    await sink.close();
  }
}

/** Destination of batches of input lines. Output is written in the order the batches arrive. */
interface Sink {
  push(lines: string[], firstLine: number): Promise<void>;
  /** Waits for every batch and returns the number of error lines. */
  finish(): Promise<number>;
  close(): Promise<void>;
}

/** Analyzes each batch in the main thread. */
class InlineSink implements Sink {
  private failures = 0;

  private constructor(private readonly analyze: (lines: readonly string[], firstLine: number) => BatchResult) {}

  static async create(): Promise<InlineSink> {
    const { analyzeBatch } = await import('./signals-lines.js');
    return new InlineSink(analyzeBatch);
  }

  async push(lines: string[], firstLine: number): Promise<void> {
    const result = this.analyze(lines, firstLine);
    this.failures += result.failures;
    if (result.text !== '') await write(result.text);
  }

  finish(): Promise<number> {
    return Promise.resolve(this.failures);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Sends batches to worker threads and writes their output in input order.
 * Workers return the output as UTF-8 bytes whose buffer is transferred, not
 * copied, so this thread neither copies nor encodes the analyses.
 */
class PoolSink implements Sink {
  private readonly pool: Piscina<SignalsTask, EncodedBatch>;
  private readonly queued: Promise<EncodedBatch>[] = [];
  private readonly limit: number;
  /** Promise that rejects with the first error a worker raises outside a task. */
  private readonly failed: Promise<never>;
  private failures = 0;

  constructor(workers: number) {
    // Run from source (tsx) the worker is the .ts file next to this one.
    const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
    this.pool = new Piscina<SignalsTask, EncodedBatch>({
      filename: new URL(`./signals-worker.${ext}`, import.meta.url).href,
      minThreads: workers,
      maxThreads: workers,
    });
    // A worker that fails outside a task, such as at start on an invalid build, emits 'error' on the pool. Without
    // a listener that event would crash the process with a stack trace, so it rejects `failed` and the next write reports it.
    this.failed = new Promise<never>((_resolve, reject) => this.pool.on('error', reject));
    this.failed.catch(() => undefined);
    this.limit = workers * QUEUED_PER_WORKER;
  }

  async push(lines: string[], firstLine: number): Promise<void> {
    const task = this.pool.run({ lines, firstLine });
    // Awaited in order below; this keeps a rejection from counting as unhandled meanwhile.
    task.catch(() => undefined);
    this.queued.push(task);
    while (this.queued.length >= this.limit) await this.writeNext();
  }

  async finish(): Promise<number> {
    while (this.queued.length > 0) await this.writeNext();
    return this.failures;
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }

  private async writeNext(): Promise<void> {
    const result = await Promise.race([this.queued.shift()!, this.failed]);
    this.failures += result.failures;
    if (result.bytes.byteLength > 0) await write(result.bytes);
  }
}

/** User-facing names of the formats that `parley analyze` reads and `parley signals` does not. */
const CONVERSATION_FORMATS: Partial<Record<InputFormat, string>> = {
  whatsapp: 'a WhatsApp chat export',
  'whatsapp-zip': 'a WhatsApp chat export (.zip)',
  'whatsapp-cloud': 'WhatsApp Cloud API webhook payloads',
  eml: 'an e-mail (.eml)',
  mbox: 'a mailbox (.mbox)',
  marketplace: 'marketplace RFQs',
  webform: 'web form submissions',
  support: 'support tickets',
};

/**
 * Raises InputError, which exits 2, for a file in a conversation format,
 * because a chat export read line by line as JSON gives one error per line
 * and no analysis.
 */
async function rejectConversationFile(file: string): Promise<void> {
  rejectConversation(file, `parley analyze ${shellQuoted(file)}`, await detectFileFormat(file));
}

/** Raises InputError naming `source` and the analyze command to use when the detected format is a conversation format. */
function rejectConversation(source: string, command: string, detection: Detection): void {
  const kind = detection.format === null ? undefined : CONVERSATION_FORMATS[detection.format];
  if (kind === undefined) return;
  throw new InputError(source, `this is ${kind}, not JSON Lines messages; read it with ${command}, or pass one {"id","text"} object per line`);
}

/** Quotes a path for a POSIX shell when it contains spaces or shell characters, so the printed command can be copied. */
function shellQuoted(file: string): string {
  return /^[\w./@%+,:=-]+$/.test(file) ? file : `'${file.replaceAll("'", `'\\''`)}'`;
}

function write(chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Returns the size of an input file. Raises InputError, which exits 2, for a
 * path that is missing, not a file, or not readable.
 */
function checkInputFile(file: string): number {
  let isFile: boolean;
  let size: number;
  try {
    const stat = statSync(file);
    isFile = stat.isFile();
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(file, 'file not found');
    throw new InputError(file, `cannot access the file (${code ?? 'unknown error'}); check its permissions`);
  }
  if (!isFile) throw new InputError(file, 'not a file: give one JSON Lines file, or - for standard input');
  return size;
}

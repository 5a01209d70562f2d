/** Worker thread of `parley signals`: analyzes one batch of input lines per task. */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { analyzeBatch } from './signals-lines.js';

/** One batch of consecutive input lines and the number of the first. */
export interface SignalsTask {
  lines: string[];
  firstLine: number;
}

/** Output of one batch: the analysis lines as UTF-8, and how many input lines failed. */
export interface EncodedBatch {
  bytes: Uint8Array;
  failures: number;
}

/** An encoded batch whose byte buffer Piscina transfers to the main thread instead of copying it. */
class TransferredBatch {
  constructor(private readonly batch: EncodedBatch) {}

  get [transferableSymbol](): ArrayBuffer[] {
    return [this.batch.bytes.buffer as ArrayBuffer];
  }

  get [valueSymbol](): EncodedBatch {
    return this.batch;
  }
}

export default function analyzeTask(task: SignalsTask): EncodedBatch {
  const result = analyzeBatch(task.lines, task.firstLine);
  // TextEncoder returns each result in its own ArrayBuffer. A small Buffer.from() result would share Node's buffer pool, which must not be transferred.
  const bytes = new TextEncoder().encode(result.text);
  // Piscina unwraps the moved value, so the main thread receives an EncodedBatch.
  return move(new TransferredBatch({ bytes, failures: result.failures })) as unknown as EncodedBatch;
}

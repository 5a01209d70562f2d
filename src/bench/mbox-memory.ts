/**
 * Memory check of the streaming mbox reader: writes a synthetic mbox of the
 * requested size to a temporary folder, reads it through `readMbox`, and
 * prints the messages read and the peak resident set size sampled during the
 * read. The file is deleted afterwards, also when the read fails.
 *
 *   npx tsx src/bench/mbox-memory.ts                 # 1024 MB
 *   npx tsx src/bench/mbox-memory.ts --size-mb 100
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMbox } from '../ingest/mbox.js';
import { writeMbox } from './synthetic-mbox.js';

const DEFAULT_SIZE_MB = 1024;
const RSS_SAMPLE_MS = 50;

function sizeArgument(): number {
  const index = process.argv.indexOf('--size-mb');
  if (index < 0) return DEFAULT_SIZE_MB;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`--size-mb must be a positive whole number of megabytes, got ${process.argv[index + 1] ?? 'nothing'}`);
  }
  return value;
}

async function main(): Promise<void> {
  const sizeMb = sizeArgument();
  const folder = await mkdtemp(join(tmpdir(), 'parley-mbox-memory-'));
  const file = join(folder, 'synthetic.mbox');
  try {
    const written = await writeMbox(file, sizeMb * 1024 * 1024);
    const fileBytes = (await stat(file)).size;
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, RSS_SAMPLE_MS);
    const started = process.hrtime.bigint();
    let messages = 0;
    let quarantined = 0;
    for await (const item of readMbox(file)) {
      if (item.kind === 'message') messages += 1;
      else quarantined += 1;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    clearInterval(sampler);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const mib = (value: number): string => (value / 1024 / 1024).toFixed(1);
    console.log(`file: ${mib(fileBytes)} MiB, ${written} messages written`);
    console.log(`read: ${messages} messages, ${quarantined} quarantined, ${seconds.toFixed(1)} s`);
    console.log(`rss before read: ${mib(baseline)} MiB, peak rss during read: ${mib(peak)} MiB`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();

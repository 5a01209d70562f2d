/**
 * Memory check of the streaming mbox reader: writes a synthetic mbox of the
 * requested size to a temporary folder, reads it through `readMbox`, and
 * prints the messages read and the peak resident set size sampled during the
 * read. The file is deleted afterwards, also when the read fails.
 *
 *   npx tsx src/bench/mbox-memory.ts                 # 1024 MB
 *   npx tsx src/bench/mbox-memory.ts --size-mb 100
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMbox } from '../ingest/mbox.js';

const DEFAULT_SIZE_MB = 1024;
const RSS_SAMPLE_MS = 50;

const PRODUCTS = ['LED panel 600x600', 'steel pipe DN50', 'PET preform 28g', 'cotton towel 70x140', 'solar inverter 5 kW'];
const PORTS = ['Jebel Ali', 'Rotterdam', 'Santos', 'Mombasa', 'Chittagong'];

function sizeArgument(): number {
  const index = process.argv.indexOf('--size-mb');
  if (index < 0) return DEFAULT_SIZE_MB;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`--size-mb must be a positive whole number of megabytes, got ${process.argv[index + 1] ?? 'nothing'}`);
  }
  return value;
}

/** Builds one synthetic buyer message with a quoted reply, about 1.4 KB. */
function syntheticMessage(index: number): string {
  const product = PRODUCTS[index % PRODUCTS.length] ?? '';
  const port = PORTS[index % PORTS.length] ?? '';
  const date = new Date(Date.UTC(2026, 0, 1) + index * 60_000);
  const quantity = 1000 + (index % 50) * 100;
  const body = [
    `Hello, please quote ${quantity} pcs of ${product} CIF ${port}.`,
    `We need delivery within ${4 + (index % 6)} weeks and payment by L/C at sight.`,
    'From the last order we still have a claim open for 12 damaged cartons.',
    '',
    `On ${date.toUTCString()}, Sales <sales@seller.example> wrote:`,
    ...Array.from({ length: 12 }, (_, line) => `> Line ${line + 1} of our previous offer for ${product}, valid 30 days.`),
    '',
    'Best regards,',
    'Purchasing',
  ].join('\n');
  return [
    `From buyer${index % 97}@buyer.example ${date.toUTCString().replace(',', '')}`,
    `From: Buyer ${index % 97} <buyer${index % 97}@buyer.example>`,
    'To: Sales <sales@seller.example>',
    `Subject: Re: RFQ ${index % 1000} ${product}`,
    `Date: ${date.toUTCString()}`,
    `Message-ID: <m${index}@buyer.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\n');
}

async function writeMbox(file: string, bytes: number): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  let count = 0;
  while (written < bytes) {
    const message = syntheticMessage(count);
    count += 1;
    written += Buffer.byteLength(message);
    if (!out.write(message)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return count;
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

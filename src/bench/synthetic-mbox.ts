/** Synthetic mbox files for the memory benchmarks: buyer RFQs with a quoted offer, about 1.4 KB each. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const PRODUCTS = ['LED panel 600x600', 'steel pipe DN50', 'PET preform 28g', 'cotton towel 70x140', 'solar inverter 5 kW'];
const PORTS = ['Jebel Ali', 'Rotterdam', 'Santos', 'Mombasa', 'Chittagong'];

/** Messages per buyer company, so the number of accounts grows with the file as in a real mailbox. */
const MESSAGES_PER_COMPANY = 400;

/** Builds one synthetic buyer message with a quoted reply, about 1.4 KB. */
function syntheticMessage(index: number): string {
  const buyer = `buyer${index % 97}@company${Math.floor(index / MESSAGES_PER_COMPANY)}.example`;
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
    `From ${buyer} ${date.toUTCString().replace(',', '')}`,
    `From: Buyer ${index % 97} <${buyer}>`,
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

/** Writes synthetic messages to `file` until it contains at least `bytes` bytes; returns the message count. */
export async function writeMbox(file: string, bytes: number): Promise<number> {
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

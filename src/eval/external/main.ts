/**
 * `npm run eval:external`: runs Parley and a baseline side by side on public
 * labeled text (GoEmotions polarity, EmailIntentDataSet requests,
 * CraigslistBargain price objections and inquiries), prints the tables and
 * writes them into their own section of docs/benchmarks.md.
 *
 *   npm run eval:external
 *   npm run eval:external -- --no-write          # print only
 *   npm run eval:external -- --data /path/to/data
 */
import { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runCraigslist } from './craigslist.js';
import { runEmailIntent } from './email-intent.js';
import { runGoEmotions } from './goemotions.js';
import { renderExternalSection, renderExternalText, replaceSection, type ExternalResults } from './render.js';

/** Public test data beside the checkout, the folder the tests read too. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const DEFAULT_DOC = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));

interface ExternalOptions {
  data: string;
  doc: string;
  write: boolean;
}

function parseOptions(argv: readonly string[]): ExternalOptions {
  const program = new Command('eval:external')
    .description('Compare Parley with baselines on public labeled text, and record the numbers in docs/benchmarks.md.')
    .option('--data <dir>', 'folder holding the GoEmotions-pytorch, EmailIntentDataSet and craigslist_bargains-via-agreemate copies', DEFAULT_DATA_DIR)
    .option('--doc <file>', 'Markdown file whose external-checks section is replaced', DEFAULT_DOC)
    .option('--no-write', 'print the tables without changing the Markdown file')
    .showHelpAfterError();
  program.parse([...argv], { from: 'user' });
  return program.opts<ExternalOptions>();
}

function machine(): string {
  const cores = cpus();
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), Node.js ${process.version}, ${process.platform}`;
}

function main(): number {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(options.data)) {
    console.error(`data folder not found: ${options.data}. Pass the folder that holds the public test data with --data DIR.`);
    return 1;
  }
  const started = process.hrtime.bigint();
  const polarity = runGoEmotions(options.data);
  const binary = [runEmailIntent(options.data, 'test'), runEmailIntent(options.data, 'train'), ...runCraigslist(options.data)];
  const results: ExternalResults = {
    date: new Date().toISOString().slice(0, 10),
    command: 'npm run eval:external',
    machine: machine(),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    polarity,
    binary,
  };
  console.log(renderExternalText(results));
  if (options.write) {
    // Read just before writing, because other commands may have changed the file during the run.
    writeFileSync(options.doc, replaceSection(readFileSync(options.doc, 'utf8'), renderExternalSection(results)));
    console.error(`wrote the external-checks section of ${options.doc}`);
  }
  return 0;
}

process.exitCode = main();

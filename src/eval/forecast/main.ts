/**
 * `npm run eval:forecast`: forecasts the outcome of real negotiations
 * (CaSiNo, CraigslistBargain, Deal or No Deal) from the first half of each
 * dialogue, with Parley and with baselines in the same run. It prints the
 * table and writes it into its own section of docs/benchmarks.md.
 *
 *   npm run eval:forecast
 *   npm run eval:forecast -- --no-write          # print only
 *   npm run eval:forecast -- --data /path/to/data
 */
import { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadCasino } from './casino.js';
import { loadCraigslist } from './craigslist.js';
import { loadDealOrNoDeal } from './deal-or-no-deal.js';
import { evaluateDataset } from './evaluate.js';
import { DEFAULT_FIT, PARLEY_FITTED } from './parley-fitted.js';
import { renderForecastSection, renderForecastText, replaceSection, type ForecastResults } from './render.js';

/** Public test data beside the checkout, the folder the tests read too. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const DEFAULT_DOC = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));

interface ForecastOptions {
  data: string;
  doc: string;
  write: boolean;
}

function parseOptions(argv: readonly string[]): ForecastOptions {
  const program = new Command('eval:forecast')
    .description('Forecast real negotiation outcomes from the first half of each dialogue, and record the numbers in docs/benchmarks.md.')
    .option('--data <dir>', 'folder holding the CaSiNo, craigslist_bargains-via-agreemate and end-to-end-negotiator copies', DEFAULT_DATA_DIR)
    .option('--doc <file>', 'Markdown file whose forecasting section is replaced', DEFAULT_DOC)
    .option('--no-write', 'print the table without changing the Markdown file')
    .showHelpAfterError();
  program.parse([...argv], { from: 'user' });
  return program.opts<ForecastOptions>();
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
  const datasets = [loadCasino(options.data), loadCraigslist(options.data), loadDealOrNoDeal(options.data)].map((dataset) =>
    evaluateDataset(dataset, { channel: 'marketplace', fitted: [PARLEY_FITTED] }),
  );
  const results: ForecastResults = {
    date: new Date().toISOString().slice(0, 10),
    command: 'npm run eval:forecast',
    machine: machine(),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    datasets,
    reference: DEFAULT_FIT,
  };
  console.log(renderForecastText(results));
  if (options.write) {
    // Read just before writing, because other commands may have changed the file during the run.
    writeFileSync(options.doc, replaceSection(readFileSync(options.doc, 'utf8'), renderForecastSection(results)));
    console.error(`wrote the forecasting section of ${options.doc}`);
  }
  return 0;
}

process.exitCode = main();

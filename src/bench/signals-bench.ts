/**
 * Throughput benchmark of `parley signals` against `vader-sentiment` alone on
 * the same generated buyer messages, in one run on one machine.
 *
 *   npm run bench                      # 50,000 messages
 *   npm run bench -- --count 200000
 *   npm run bench -- --workers 1            # parley in one thread
 *
 * Parley is timed end to end as a child process reading a JSON Lines file and
 * writing one analysis per line (process start, JSON parsing and output
 * included). VADER is timed in this process, scoring each text once, which
 * favours VADER. Each side runs `--rounds` times; the best round counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { generateBuyerMessages } from './corpus.js';

interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as VaderModule;
const cliPath = fileURLToPath(new URL('../cli/main.js', import.meta.url));

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

function timeParley(file: string, expectedLines: number, workers: number | null): number {
  const started = process.hrtime.bigint();
  const args = [cliPath, 'signals', ...(workers === null ? [] : ['--workers', String(workers)]), file];
  const run = spawnSync(process.execPath, args, { maxBuffer: 4 * 1024 ** 3, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`parley signals exited with ${run.status}: ${run.stderr}`);
  const lines = run.stdout.split('\n').filter(Boolean).length;
  if (lines !== expectedLines) throw new Error(`parley signals wrote ${lines} lines for ${expectedLines} messages`);
  return seconds;
}

function timeVader(texts: string[]): number {
  const started = process.hrtime.bigint();
  let checksum = 0;
  for (const text of texts) checksum += vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (Number.isNaN(checksum)) throw new Error('VADER returned NaN');
  return seconds;
}

const count = argument('count', 50_000);
const rounds = argument('rounds', 3);
/** Threads of `parley signals`; its own choice (one per core up to four for this file size) when not given. */
const workers = process.argv.includes('--workers') ? argument('workers', 1) : null;
const messages = generateBuyerMessages(count, 42);
const dir = join(process.cwd(), '.bench');
mkdirSync(dir, { recursive: true });
const file = join(dir, `buyer-messages-${count}.jsonl`);
writeFileSync(file, messages.map((m) => JSON.stringify(m)).join('\n') + '\n');
const texts = messages.map((m) => m.text);

let parleyBest = Infinity;
let vaderBest = Infinity;
for (let round = 0; round < rounds; round += 1) {
  const parleySeconds = timeParley(file, count, workers);
  const vaderSeconds = timeVader(texts);
  parleyBest = Math.min(parleyBest, parleySeconds);
  vaderBest = Math.min(vaderBest, vaderSeconds);
  console.error(
    `round ${round + 1}/${rounds}: parley ${(count / parleySeconds).toFixed(0)} msg/s, vader ${(count / vaderSeconds).toFixed(0)} msg/s`,
  );
}
const parleyRate = count / parleyBest;
const vaderRate = count / vaderBest;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpus().length} x ${cpu}, Node ${process.version}`);
console.log(`messages: ${count} generated buyer messages (seed 42), best of ${rounds} rounds`);
const automatic = statSync(file).size >= 1024 * 1024 ? Math.min(cpus().length, 4) : 1;
const threads = `${workers ?? automatic} thread(s)`;
console.log(`parley signals (child process, ${threads}, all signals, entities, sentiment): ${parleyRate.toFixed(0)} msg/s`);
console.log(`vader-sentiment polarity_scores alone (in process):            ${vaderRate.toFixed(0)} msg/s`);
const ratio = parleyRate / vaderRate;
console.log(`ratio parley / vader: ${ratio.toFixed(2)} (target >= 1.5)`);
if (ratio < 1.5) {
  console.log('below target: rerun on an idle machine before reading much into one run');
  process.exitCode = 1;
}

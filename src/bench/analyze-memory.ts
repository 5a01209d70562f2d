/**
 * Memory check of `parley analyze`: for each requested size, writes a
 * synthetic mbox and runs the CLI on it (table output, `--no-progress`, a
 * new database) as a child process, and prints its peak resident set size
 * (VmHWM from /proc/<pid>/status, so Linux only) and wall time. The files
 * are deleted afterwards, also when a run fails.
 *
 *   npx tsx src/bench/analyze-memory.ts                  # 50 and 200 MB
 *   npx tsx src/bench/analyze-memory.ts --size-mb 50,200,1024
 *   npx tsx src/bench/analyze-memory.ts --max-old-space-mb 256
 *
 * V8 grows its heap lazily when the machine has memory to spare, so the peak
 * of an uncapped run overstates what the run needs. `--max-old-space-mb`
 * passes `--max-old-space-size` to the child: a run that finishes under a
 * small cap shows that its live memory stays below it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeMbox } from './synthetic-mbox.js';

const DEFAULT_SIZES_MB = [50, 200];
const POLL_MS = 200;
const CLI = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

function sizesArgument(): number[] {
  const index = process.argv.indexOf('--size-mb');
  if (index < 0) return DEFAULT_SIZES_MB;
  const text = process.argv[index + 1] ?? '';
  const sizes = text.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    throw new Error(`--size-mb must be positive whole megabytes separated by commas, got "${text}"`);
  }
  return sizes;
}

/** Returns the child's Node.js flags: a heap cap when `--max-old-space-mb` is given. */
function nodeFlags(): string[] {
  const index = process.argv.indexOf('--max-old-space-mb');
  if (index < 0) return [];
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`--max-old-space-mb must be a positive whole number of megabytes, got "${process.argv[index + 1] ?? ''}"`);
  }
  return [`--max-old-space-size=${value}`];
}

/** Returns the peak resident set size in KiB that /proc reports for `pid`, or null once it has exited. */
function peakRssKib(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

interface ChildRun {
  exitCode: number | null;
  peakKib: number;
  seconds: number;
  stderrTail: string;
}

/** Runs `parley analyze` on `file` and polls the child's peak RSS until it exits. */
async function runAnalyze(file: string, db: string, config: string): Promise<ChildRun> {
  const started = process.hrtime.bigint();
  const args = ['analyze', file, '--db', db, '--config', config, '--no-progress'];
  const child = spawn(process.execPath, [...nodeFlags(), '--import', 'tsx', CLI, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PARLEY_LOG_LEVEL: 'warn' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  let peakKib = 0;
  const poll = setInterval(() => {
    peakKib = Math.max(peakKib, peakRssKib(child.pid ?? -1) ?? 0);
  }, POLL_MS);
  const [exitCode] = (await once(child, 'exit')) as [number | null];
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { exitCode, peakKib, seconds, stderrTail: stderr };
}

async function measure(sizeMb: number): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'parley-analyze-memory-'));
  try {
    const file = join(folder, 'synthetic.mbox');
    const written = await writeMbox(file, sizeMb * 1024 * 1024);
    const fileMib = (await stat(file)).size / 1024 / 1024;
    // The synthetic seller only receives mail, which the run-wide direction
    // guess cannot tell from a buyer who writes in many threads, so the
    // benchmark names the seller as a real user would.
    const config = join(folder, 'parley.config.json');
    await writeFile(config, JSON.stringify({ team: { domains: ['seller.example'] } }));
    const run = await runAnalyze(file, join(folder, 'parley.db'), config);
    const dbMib = (await stat(join(folder, 'parley.db'))).size / 1024 / 1024;
    const cap = nodeFlags().join(' ') || 'no heap cap';
    console.log(
      `${cap}: mbox ${fileMib.toFixed(1)} MiB, ${written} messages: exit ${run.exitCode}, ` +
        `${run.seconds.toFixed(1)} s, peak rss ${(run.peakKib / 1024).toFixed(1)} MiB, db ${dbMib.toFixed(1)} MiB`,
    );
    if (run.exitCode !== 0) console.log(run.stderrTail);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

for (const size of sizesArgument()) await measure(size);

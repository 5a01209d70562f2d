/**
 * Webhook-to-state latency of `parley serve` under load: the real server
 * runs as a child process, and this process sends signed WhatsApp Cloud API
 * webhooks from many buyers at once. The server stores, analyzes and
 * updates each buyer's state before it responds, so the time to the 200 is
 * the time until the new state is visible to queries. After the load, the
 * benchmark counts the conversations to check that no buyer was lost.
 *
 *   npm run bench:serve                                   # SQLite, 600 webhooks, 8 in flight
 *   npm run bench:serve -- --requests 2000 --concurrency 16 --buyers 200
 *   npm run bench:serve -- --db postgres://postgres@127.0.0.1:5432/test
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import pg from 'pg';
import { generateBuyerMessages } from './corpus.js';

const cliPath = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const APP_SECRET = 'bench-app-secret';

interface Options {
  requests: number;
  concurrency: number;
  buyers: number;
  warmup: number;
  db?: string;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return n;
}

function parseOptions(argv: readonly string[]): Options {
  const program = new Command('bench:serve')
    .description('Measure webhook-to-state latency of parley serve under concurrent signed WhatsApp webhooks.')
    .option('--requests <n>', 'webhooks timed, one new buyer message each', positive, 600)
    .option('--concurrency <n>', 'webhooks in flight at once', positive, 8)
    .option('--buyers <n>', 'buyers the messages are spread over (one conversation each)', positive, 60)
    .option('--warmup <n>', 'webhooks sent before timing starts', positive, 30)
    .option('--db <url>', 'PostgreSQL URL to store in instead of a temporary SQLite folder')
    .showHelpAfterError();
  program.parse([...argv], { from: 'user' });
  return program.opts<Options>();
}

/** Runs the CLI to completion and returns its stdout; throws with its stderr on failure. */
function runCli(args: string[]): string {
  const run = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`parley ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** Starts `parley serve` on a free port and resolves with its base URL once it listens. */
function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PARLEY_LOG_LEVEL: 'warn' },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve({ child, url: match[1]! });
    });
    child.on('exit', (code) => reject(new Error(`parley serve exited with ${code} before listening: ${stderr}`)));
  });
}

/** Builds a Cloud API webhook payload with one text message from `phone`. */
function payload(phone: string, name: string, messageId: string, text: string, unixSeconds: number): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '100000000000001',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550100000', phone_number_id: '100000000000002' },
              contacts: [{ wa_id: phone, profile: { name } }],
              messages: [{ from: phone, id: messageId, timestamp: String(unixSeconds), type: 'text', text: { body: text } }],
            },
          },
        ],
      },
    ],
  });
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-serve-'));
  const workspace = `bench_${randomBytes(3).toString('hex')}`;
  const storageArgs = options.db === undefined ? ['--data', dir] : ['--db', `${options.db}`];
  const configPath = join(dir, 'serve.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      workspaces: {
        [workspace]: {
          whatsapp: { appSecret: APP_SECRET, verifyToken: 'bench-verify-token' },
          automations: [{ id: 'urgent', when: { type: 'stage_change' }, task: { assignee: 'sales', dueInMinutes: 60 } }],
        },
      },
    }),
  );
  runCli(['workspace', 'create', workspace, ...storageArgs]);
  const { child, url } = await startServer([...storageArgs, '--config', configPath]);

  const texts = generateBuyerMessages(options.warmup + options.requests, 42).map((m) => m.text);
  const phones = Array.from({ length: options.buyers }, (_, i) => `9715501${String(i).padStart(5, '0')}`);
  const sentPerPhone = new Map<string, number>();
  let next = 0;
  const send = async (index: number): Promise<number> => {
    const phone = phones[index % phones.length]!;
    const body = payload(phone, `Buyer ${index % phones.length}`, `wamid.bench.${workspace}.${index}`, texts[index]!, Math.floor(Date.now() / 1000));
    const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
    const started = performance.now();
    const response = await fetch(`${url}/v1/webhooks/whatsapp/${workspace}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body,
    });
    const result = (await response.json()) as { stored?: number };
    const elapsed = performance.now() - started;
    if (response.status !== 200 || result.stored !== 1) {
      throw new Error(`webhook ${index} failed: status ${response.status}, body ${JSON.stringify(result)}`);
    }
    sentPerPhone.set(phone, (sentPerPhone.get(phone) ?? 0) + 1);
    return elapsed;
  };
  const runLoad = async (count: number, offset: number): Promise<{ latencies: number[]; seconds: number }> => {
    const latencies: number[] = [];
    next = 0;
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (next < count) {
        const index = offset + next;
        next += 1;
        latencies.push(await send(index));
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    return { latencies, seconds: (performance.now() - started) / 1000 };
  };

  try {
    await runLoad(options.warmup, 0);
    const { latencies, seconds } = await runLoad(options.requests, options.warmup);
    const sorted = [...latencies].sort((a, b) => a - b);
    const keys = JSON.parse(runCli(['workspace', 'key', workspace, '--json', ...storageArgs])) as { key: { secret: string } };
    const pipeline = await fetch(`${url}/v1/pipeline?limit=1&includeClosed=true`, { headers: { authorization: `Bearer ${keys.key.secret}` } });
    const listed = (await pipeline.json()) as { total?: number };
    const conversations = listed.total ?? 0;
    console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
    console.log(`storage: ${options.db === undefined ? 'SQLite (temporary folder)' : 'PostgreSQL'}`);
    console.log(`load: ${options.requests} signed WhatsApp webhooks after ${options.warmup} warm-up, ${options.concurrency} in flight, ${options.buyers} buyers`);
    console.log(`throughput: ${(options.requests / seconds).toFixed(1)} webhooks/s`);
    console.log(
      `webhook-to-state latency: p50 ${percentile(sorted, 50).toFixed(1)} ms, p90 ${percentile(sorted, 90).toFixed(1)} ms, ` +
        `p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
    );
    console.log(`conversations listed by /v1/pipeline: ${conversations} (buyers: ${sentPerPhone.size})`);
    if (conversations !== sentPerPhone.size) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
    if (options.db !== undefined) {
      const client = new pg.Client({ connectionString: options.db });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ws_${workspace} CASCADE`);
      await client.query('DELETE FROM parley_registry.api_keys WHERE workspace_id = $1', [workspace]);
      await client.query('DELETE FROM parley_registry.workspaces WHERE id = $1', [workspace]);
      await client.end();
    }
  }
}

await main();

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

const PG_URL = process.env.PARLEY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Returns the conversations of `analyze --json` with the fields that do not depend on the database. */
function conversations(stdout: string): { id: string; stage: string; winProbability: number }[] {
  const report = JSON.parse(stdout) as { conversations: { id: string; stage: string; winProbability: number }[] };
  return report.conversations.map(({ id, stage, winProbability }) => ({ id, stage, winProbability }));
}

describe('the CLI on a PostgreSQL URL', () => {
  const schema = `cli_${randomBytes(4).toString('hex')}`;
  const url = `${PG_URL}?schema=${schema}`;
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-cli-pg-'));
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('analyzes, records an outcome and reads the history as on SQLite', () => {
    const args = ['analyze', 'samples', '--config', 'samples/parley.config.json', '--as-of', '2026-12-01T00:00:00Z', '--no-progress', '--json'];
    const onPostgres = runCli([...args, '--db', url], { cwd: repoRoot });
    expect(onPostgres.status).toBe(0);
    const onSqlite = runCli([...args, '--db', join(dir, 'parley.db')], { cwd: repoRoot });
    expect(onSqlite.status).toBe(0);
    const rows = conversations(onPostgres.stdout);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows).toEqual(conversations(onSqlite.stdout));

    const id = rows[0]!.id;
    const outcome = runCli(['outcome', 'set', id, 'won', '--date', '2026-11-30', '--db', url], { cwd: repoRoot });
    expect(outcome.status).toBe(0);
    const history = runCli(['history', id, '--json', '--db', url], { cwd: repoRoot });
    expect(history.status).toBe(0);
    expect(history.stdout).toContain(id);
    expect(history.stdout).toContain('"won"');
  });

  it('reports a missing schema instead of creating it', async () => {
    const missing = `cli_missing_${randomBytes(4).toString('hex')}`;
    const history = runCli(['history', 'anyone', '--db', `${PG_URL}?schema=${missing}`], { cwd: repoRoot });
    expect(history.status).toBe(2);
    expect(history.stderr).toContain(`schema "${missing}" not found`);
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    const found = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [missing]);
    await client.end();
    expect(found.rowCount).toBe(0);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_END, SECTION_START } from './external/render.js';

const EVAL_MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const EXTERNAL_MAIN = fileURLToPath(new URL('./external/main.ts', import.meta.url));

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function labeledLine(id: string, language: string, text: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    language,
    direction: 'inbound',
    sentAt: '2026-03-10T09:15:00+04:00',
    text,
    signals: ['intent.quotation'],
    mode: 'neutral',
    entities: [{ type: 'quantity', value: 2, unit: 'containers_40hq' }],
    tags: [],
    ...extra,
  });
}

describe('npm run eval', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'parley-eval-cli-'));
    mkdirSync(join(root, 'dev'));
    mkdirSync(join(root, 'holdout'));
    writeFileSync(
      join(root, 'dev', 'en.jsonl'),
      [
        labeledLine('en-1', 'en', 'Need 2x40HQ, best FOB price?'),
        labeledLine('en-2', 'en', 'Need 2x40HQ, best FOB price?', { mode: 'angry' }),
        labeledLine('en-3', 'en', 'We need 2x40HQ of LED panels, please send your best price.'),
      ].join('\n'),
    );
    writeFileSync(join(root, 'holdout', 'en.jsonl'), `${labeledLine('en-h1', 'en', 'Please quote 2x40HQ CIF Jebel Ali.')}\n`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports bad lines and evaluates the rest', () => {
    const result = run(EVAL_MAIN, ['--dir', root, '--set', 'dev']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(root, 'dev', 'en.jsonl')}:2: mode: invalid mode "angry"`);
    expect(result.stdout).toContain('=== dev set: 2 messages ===');
    expect(result.stdout).not.toContain('holdout set');
  });

  it('lists each set on its own', () => {
    const result = run(EVAL_MAIN, ['--dir', root, '--json']);
    const report = JSON.parse(result.stdout) as { sets: { set: string; messages: number; issues: unknown[] }[] };
    expect(report.sets.map((set) => [set.set, set.messages, set.issues.length])).toEqual([
      ['dev', 2, 1],
      ['holdout', 1, 0],
    ]);
  });

  it('reads any named set folder with a given model', () => {
    mkdirSync(join(root, 'extra'), { recursive: true });
    writeFileSync(join(root, 'extra', 'en.jsonl'), `${labeledLine('en-x1', 'en', 'Please quote 2x40HQ CIF Jebel Ali.')}\n`);
    const model = join(root, 'model.json');
    writeFileSync(model, readFileSync(fileURLToPath(new URL('../../models/learned.json', import.meta.url)), 'utf8'));
    const result = run(EVAL_MAIN, ['--dir', root, '--set', 'extra', '--model', model, '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { sets: { set: string; messages: number }[] };
    expect(report.sets.map((set) => [set.set, set.messages])).toEqual([['extra', 1]]);
  });

  it('names a model file that is not one', () => {
    const bad = join(root, 'bad-model.json');
    writeFileSync(bad, '{"version":1}');
    const result = run(EVAL_MAIN, ['--dir', root, '--set', 'holdout', '--model', bad]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}: not a learned layer file`);
    expect(result.stdout).toBe('');
  });

  it('rejects a model with --rules-only', () => {
    const result = run(EVAL_MAIN, ['--dir', root, '--set', 'holdout', '--rules-only', '--model', join(root, 'model.json')]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("option '--model <file>' cannot be used with option '--rules-only'");
  });

  it('filters by language', () => {
    const result = run(EVAL_MAIN, ['--dir', root, '--set', 'holdout', '--lang', 'fr']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('evaluated 0 message(s)');
  });
});

describe('npm run eval:external', () => {
  it('replaces its section and keeps the rest of the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-external-cli-'));
    const doc = join(dir, 'benchmarks.md');
    writeFileSync(doc, `# Benchmarks\n\n${SECTION_START}\nold numbers\n${SECTION_END}\n\n## Other section\nkept\n`);
    try {
      const result = run(EXTERNAL_MAIN, ['--doc', doc]);
      expect(result.status).toBe(0);
      const written = readFileSync(doc, 'utf8');
      expect(written).not.toContain('old numbers');
      expect(written).toContain('## Other section\nkept\n');
      expect(written.split(SECTION_START)).toHaveLength(2);
      expect(written).toMatch(/\| Parley polarity \| 0\.\d{3} \| 0\.\d{3} \|/u);
      expect(written).toContain('GoEmotions test split: 4539 of 5427 comments,');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

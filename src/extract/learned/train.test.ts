import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readModelFile } from './model.js';

const TRAIN_MAIN = fileURLToPath(new URL('./train.ts', import.meta.url));
const EVAL_DIR = fileURLToPath(new URL('../../../eval/', import.meta.url));

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', TRAIN_MAIN, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run train', () => {
  let root: string;
  beforeAll(() => {
    // 60 labeled lines per language of the project's own training set, as a small set folder.
    root = mkdtempSync(join(tmpdir(), 'parley-train-cli-'));
    mkdirSync(join(root, 'small'));
    for (const lang of ['en', 'es']) {
      const lines = readFileSync(join(EVAL_DIR, 'train', `${lang}.jsonl`), 'utf8').split('\n').filter(Boolean).slice(0, 60);
      writeFileSync(join(root, 'small', `${lang}.jsonl`), `${lines.join('\n')}\n`);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a model file that eval can read', () => {
    const out = join(root, 'model.json');
    const result = run(['--dir', root, '--sets', 'small', '--calibrate', 'small', '--folds', '2', '--folds-by', 'message', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('small all');
    const model = readModelFile(out);
    expect(model.file.signals).toHaveLength(20);
    expect(model.file.fittedOn).toMatchObject({ sets: ['small'], messages: 120 });
    expect(model.rows.size).toBeGreaterThan(0);
  }, 120_000);

  it('rejects calibration sets that are not fitted', () => {
    const result = run(['--dir', root, '--sets', 'small', '--calibrate', 'train', '--folds', '2', '--dry-run']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--calibrate names train, not among the fitted sets (--sets small)');
  }, 120_000);

  it('rejects an unknown set before fitting', () => {
    const out = join(root, 'unknown.json');
    const result = run(['--dir', root, '--sets', 'small,nosuch', '--calibrate', 'small', '--folds', '2', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(root, 'nosuch')}: folder not found, so set "nosuch" is unknown`);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('rejects folds by set when fewer sets than folds are named', () => {
    const result = run(['--dir', root, '--sets', 'small', '--calibrate', 'small', '--folds', '2', '--dry-run']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--folds 2 with --folds-by set needs at least 2 sets, and --sets names 1');
  }, 120_000);

  it('rejects one fold and calibration on dev', () => {
    expect(run(['--dir', root, '--sets', 'small', '--folds', '1']).stderr).toContain('invalid fold count: expected a whole number, 2 or more');
    const dev = run(['--dir', root, '--sets', 'small,dev', '--calibrate', 'dev', '--dry-run']);
    expect(dev.status).toBe(1);
    expect(dev.stderr).toContain('--calibrate names dev, whose cues were tuned on it');
  }, 120_000);
});

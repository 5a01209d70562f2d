import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { WIN_MODEL } from '../score/weights.js';
import { syntheticDeals } from '../score/win-deal-cases.js';
import { parseWinModel, type WinExample } from '../score/win-fit.js';
import { fitCommand, type FitCommandDeps } from './fit-command.js';

const NOW = new Date('2026-03-10T09:00:00Z');

/** In-memory storage: deals per database path, and the models saved to each. */
function memoryDeps(deals: Record<string, WinExample[]>) {
  const saved = new Map<string, string>();
  let output = '';
  const deps: FitCommandDeps = {
    loadExamples: async (dbPath) => deals[dbPath] ?? [],
    saveModel: async (dbPath, json) => {
      saved.set(dbPath, json);
    },
    write: (text) => {
      output += text;
    },
    now: () => NOW,
  };
  return { deps, saved, output: () => output };
}

/** Runs `parley outcome fit ARGS` the way main.ts would register it. */
async function run(deps: FitCommandDeps, args: string[]): Promise<void> {
  const program = new Command('parley').exitOverride();
  const outcome = new Command('outcome').exitOverride();
  const fit = fitCommand(deps).exitOverride().configureOutput({ writeErr: () => {} });
  program.addCommand(outcome.addCommand(fit));
  await program.parseAsync(['outcome', 'fit', ...args], { from: 'user' });
}

describe('parley outcome fit', () => {
  it('fits, saves and prints three models', async () => {
    const deals = syntheticDeals(30, { intercept: -0.8, coefficients: WIN_MODEL.coefficients }, 4);
    const { deps, saved, output } = memoryDeps({ 'w.db': deals });
    await run(deps, ['--db', 'w.db']);
    const model = parseWinModel(saved.get('w.db')!);
    expect(model).toMatchObject({ n: 30, fittedAt: NOW.toISOString() });
    const text = output();
    expect(text).toContain(`Fitted the win model to 30 closed deals in w.db (${model.won} won, ${model.lost} lost).`);
    expect(text).toContain(`leave-one-out over 30 deals; AUC from ${model.won * model.lost} won-lost pairs`);
    const cv = model.cv!;
    expect(text).toContain(`fitted       ${cv.auc!.toFixed(3)}   ${cv.brier!.toFixed(3)}`);
    expect(text).toContain(`stage only   ${cv.baseline.auc!.toFixed(3)}   ${cv.baseline.brier!.toFixed(3)}`);
    expect(text).toContain(`default      ${cv.defaultModel.auc!.toFixed(3)}   ${cv.defaultModel.brier!.toFixed(3)}`);
    expect(text).toContain('Saved the fitted model to w.db.');
    // 30 deals are below WIN_FIT.roughBelowDeals, so the report warns that the scores are rough.
    expect(text).toMatch(/Note: 30 closed deals \(\d+ of the rarer outcome\) are few/);
  });

  it('writes JSON with the requested folds', async () => {
    const { deps, saved, output } = memoryDeps({ 'w.db': syntheticDeals(80, WIN_MODEL, 6) });
    await run(deps, ['--db', 'w.db', '--folds', '4', '--json']);
    const document = JSON.parse(output());
    expect(document).toMatchObject({ db: 'w.db', saved: true });
    expect(document.model.cv).toMatchObject({ method: 'stratified-k-fold', folds: 4, n: 80 });
    expect(document.model).toEqual(parseWinModel(saved.get('w.db')!));
    expect(Array.isArray(document.notes)).toBe(true);
  });

  it('rejects too few deals without saving', async () => {
    const { deps, saved, output } = memoryDeps({ 'small.db': syntheticDeals(6, WIN_MODEL, 1) });
    const failure = run(deps, ['--db', 'small.db']);
    await expect(failure).rejects.toThrow(InputError);
    await expect(run(deps, ['--db', 'small.db'])).rejects.toThrow(
      /^small\.db: cannot fit the win model: 6 closed deal\(s\) \(\d won, \d lost\); fitting needs at least 10\. Record more won and lost outcomes; until then analyses use the default model$/,
    );
    expect(saved.size).toBe(0);
    expect(output()).toBe('');
  });

  it('rejects deals that were all lost', async () => {
    const lost = syntheticDeals(15, WIN_MODEL, 2).map((deal) => ({ ...deal, won: false }));
    const { deps } = memoryDeps({ 'w.db': lost });
    await expect(run(deps, ['--db', 'w.db'])).rejects.toThrow('all 15 closed deals were lost; fitting needs both won and lost deals');
  });

  it('rejects a fold count below 2', async () => {
    let loaded = false;
    const { deps } = memoryDeps({});
    const watched: FitCommandDeps = {
      ...deps,
      loadExamples: async () => {
        loaded = true;
        return [];
      },
    };
    await expect(run(watched, ['--folds', '1'])).rejects.toThrow(CommanderError);
    await expect(run(watched, ['--folds', 'x'])).rejects.toThrow(/invalid fold count "x"/);
    expect(loaded).toBe(false);
  });
});

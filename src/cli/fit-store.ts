/**
 * Storage side of `parley outcome fit`: the closed deals of a database as
 * win-model examples, and saving the fitted model next to them.
 */
import { InputError } from '../core/errors.js';
import type { Stage } from '../core/types.js';
import { WIN_FEATURES, type WinFeature } from '../score/weights.js';
import type { WinExample } from '../score/win-fit.js';
import type { Store } from '../store/store.js';
import type { FitCommandDeps } from './fit-command.js';

/**
 * Opens the store on first use: `parley` imports this module at start-up for
 * every command, and the store modules load the PostgreSQL driver.
 */
async function withExistingStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  const access = await import('./store-access.js');
  return access.withExistingStore(path, work);
}

/** The stored fields of an analysis the win model reads; stored states carry them as of the latest message. */
interface StoredWinFields {
  id: string;
  stageReached?: Stage;
  winFactors?: { features: Record<string, number> };
}

/**
 * Loads every conversation with a recorded outcome as an example: the win
 * features of its stored state, which is computed from the messages alone
 * (the outcome does not leak into them), and whether it was won. A deal
 * whose stored state lacks a feature (analyzed by an older version) is
 * reported with its id, so the user re-runs `parley analyze`.
 */
async function loadExamples(dbPath: string): Promise<WinExample[]> {
  return withExistingStore(dbPath, async (store) => {
    const outcomes = await store.loadOutcomes();
    const stored = (await store.loadConversationAnalyses(outcomes.map((o) => o.conversationId))) as unknown as StoredWinFields[];
    const byId = new Map(stored.map((analysis) => [analysis.id, analysis]));
    const examples: WinExample[] = [];
    for (const outcome of outcomes) {
      const analysis = byId.get(outcome.conversationId);
      if (analysis === undefined) continue;
      const features = analysis.winFactors?.features ?? {};
      const missing = WIN_FEATURES.filter((name) => typeof features[name] !== 'number');
      if (analysis.stageReached === undefined || missing.length > 0) {
        throw new InputError(dbPath, `conversation ${analysis.id} has no stored win features (${missing.join(', ') || 'stage'}); run \`parley analyze\` on its files again`);
      }
      examples.push({
        features: Object.fromEntries(WIN_FEATURES.map((name) => [name, features[name]!])) as Record<WinFeature, number>,
        stageReached: analysis.stageReached,
        won: outcome.result === 'won',
      });
    }
    return examples;
  });
}

async function saveModel(dbPath: string, json: string): Promise<void> {
  await withExistingStore(dbPath, (store) => store.saveWinModel(json));
}

/** The database functions `fitCommand` needs. */
export const FIT_STORE: FitCommandDeps = { loadExamples, saveModel };

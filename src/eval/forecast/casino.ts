/**
 * CaSiNo loader: campsite negotiations over food, water and firewood
 * (kushalchawla/CaSiNo, `data/split/casino_{train,valid,test}.json`). A
 * dialogue is won when its last event is Accept-Deal and lost when it is
 * Walk-Away; anything else is an unknown outcome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import { countSkip, mergeParsed, parseJsonText } from './dataset.js';
import type { LoadedDataset, NegotiationTurn, ParsedDialogues } from './types.js';

/** Chat-interface events of CaSiNo. They end or steer the deal but are not written turns. */
export const CASINO_EVENTS: ReadonlySet<string> = new Set(['Submit-Deal', 'Accept-Deal', 'Reject-Deal', 'Walk-Away']);

export const CASINO_SPLITS = ['train', 'valid', 'test'] as const;

const dialogueSchema = z.object({
  dialogue_id: z.union([z.number(), z.string()]),
  chat_logs: z.array(z.object({ text: z.string(), id: z.string() })),
});

/**
 * Reads the outcome from the last chat event: true for Accept-Deal, false for
 * Walk-Away, null when the log ends any other way.
 */
export function casinoOutcome(logs: readonly { text: string }[]): boolean | null {
  const last = logs.at(-1)?.text;
  if (last === 'Accept-Deal') return true;
  if (last === 'Walk-Away') return false;
  return null;
}

/**
 * Parses one split (a JSON array of dialogues). The participant who writes
 * first becomes the buyer, since in B2B the buyer usually opens with a request.
 */
export function parseCasino(json: string, source: string, idPrefix: string): ParsedDialogues {
  const parsed = z.array(dialogueSchema).safeParse(parseJsonText(json, source));
  if (!parsed.success) throw new InputError(source, `invalid CaSiNo split: ${parsed.error.issues[0]?.message ?? ''}. Expected a JSON array of dialogues with dialogue_id and chat_logs.`);
  const result: ParsedDialogues = { negotiations: [], skipped: {} };
  for (const dialogue of parsed.data) {
    const won = casinoOutcome(dialogue.chat_logs);
    const written = dialogue.chat_logs.filter((log) => !CASINO_EVENTS.has(log.text) && log.text.trim() !== '');
    const buyer = written[0]?.id;
    if (won === null) countSkip(result.skipped, 'unknown outcome');
    else if (buyer === undefined) countSkip(result.skipped, 'no written turn');
    else {
      const turns: NegotiationTurn[] = written.map((log) => ({ side: log.id === buyer ? 'buyer' : 'seller', text: log.text }));
      result.negotiations.push({ id: `${idPrefix}-${dialogue.dialogue_id}`, turns, won });
    }
  }
  return result;
}

/** Loads all three CaSiNo splits from the shared data folder. */
export function loadCasino(dataDir: string): LoadedDataset {
  const files = CASINO_SPLITS.map((split) => `CaSiNo/data/split/casino_${split}.json`);
  const parts = CASINO_SPLITS.map((split, index) => {
    const file = files[index]!;
    return parseCasino(readFileSync(join(dataDir, file), 'utf8'), file, `casino-${split}`);
  });
  return mergeParsed('CaSiNo', files, parts);
}

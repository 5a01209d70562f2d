/**
 * Deal or No Deal loader (facebookresearch/end-to-end-negotiator,
 * `src/data/negotiate/{val,test}.txt`): two people split books, hats and
 * balls. One line is one dialogue seen from one side (YOU/THEM), so most
 * dialogues appear twice; the second view is dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { countSkip, mergeParsed } from './dataset.js';
import type { LoadedDataset, NegotiationTurn, ParsedDialogues } from './types.js';

/** The two files of this copy, with the id prefix of their dialogues (train.txt was not copied). */
export const DEAL_OR_NO_DEAL_FILES = [
  { file: 'end-to-end-negotiator/src/data/negotiate/val.txt', idPrefix: 'dond-val' },
  { file: 'end-to-end-negotiator/src/data/negotiate/test.txt', idPrefix: 'dond-test' },
] as const;

const LINE = /<input>(.*?)<\/input>\s*<dialogue>(.*?)<\/dialogue>\s*<output>(.*?)<\/output>\s*<partner_input>(.*?)<\/partner_input>/;

/** One line of the file: the two sides' item values, the turns and the output. */
export interface DealLine {
  input: string;
  partnerInput: string;
  /** Turns as written, speaker first: `YOU` or `THEM`. */
  turns: { speaker: string; text: string }[];
  output: string;
}

/** Splits one line into its parts; throws an InputError naming `source` when it has another shape. */
export function parseDealLine(line: string, source: string): DealLine {
  const match = LINE.exec(line);
  if (!match) throw new InputError(source, 'invalid Deal or No Deal line: expected <input>, <dialogue>, <output> and <partner_input> in that order');
  const [, input = '', dialogue = '', output = '', partnerInput = ''] = match;
  const turns = dialogue
    .split('<eos>')
    .map((turn) => turn.trim())
    .filter((turn) => turn !== '')
    .map((turn) => {
      const colon = turn.indexOf(':');
      return { speaker: turn.slice(0, colon).trim(), text: turn.slice(colon + 1).trim() };
    });
  return { input: input.trim(), partnerInput: partnerInput.trim(), turns, output: output.trim() };
}

/**
 * Reads the outcome from the output: true when it lists an agreed split,
 * false for `<disagree>` (the two sides chose different splits) and
 * `<no_agreement>`, null for anything else such as `<disconnect>`.
 */
export function dealOutcome(output: string): boolean | null {
  if (output.includes('<disagree>') || output.includes('<no_agreement>')) return false;
  if (/\bitem\d+=\d+/.test(output)) return true;
  return null;
}

/**
 * Key shared by both views of one dialogue: the first speaker's values, the
 * other side's values and the turns with speakers named by order, not by
 * YOU/THEM.
 */
export function dialogueKey(line: DealLine): string {
  const first = line.turns[0]?.speaker ?? 'YOU';
  const [firstValues, otherValues] = first === 'YOU' ? [line.input, line.partnerInput] : [line.partnerInput, line.input];
  const turns = line.turns.map((turn) => `${turn.speaker === first ? 'A' : 'B'}:${turn.text}`);
  return [firstValues, otherValues, ...turns].join('\n');
}

/**
 * Parses one file; ids are `<idPrefix>-<line>`. `seen` contains the keys of dialogues already read, from this
 * file or an earlier one, so a dialogue is kept once. The first speaker
 * becomes the buyer; the closing `<selection>` turn is an event, not text.
 */
export function parseDealOrNoDeal(text: string, source: string, idPrefix: string, seen: Set<string>): ParsedDialogues {
  const result: ParsedDialogues = { negotiations: [], skipped: {} };
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = parseDealLine(raw, `${source}:${index + 1}`);
    const key = dialogueKey(line);
    if (seen.has(key)) return countSkip(result.skipped, 'second view of a dialogue');
    seen.add(key);
    const won = dealOutcome(line.output);
    const first = line.turns[0]?.speaker;
    const turns: NegotiationTurn[] = line.turns
      .filter((turn) => turn.text !== '<selection>' && turn.text !== '')
      .map((turn) => ({ side: turn.speaker === first ? 'buyer' : 'seller', text: turn.text }));
    if (won === null) countSkip(result.skipped, 'unknown outcome');
    else if (turns.length === 0) countSkip(result.skipped, 'no written turn');
    else result.negotiations.push({ id: `${idPrefix}-${index + 1}`, turns, won });
  });
  return result;
}

/** Loads the validation and test files from the shared data folder, each dialogue once. */
export function loadDealOrNoDeal(dataDir: string): LoadedDataset {
  const seen = new Set<string>();
  const parts = DEAL_OR_NO_DEAL_FILES.map(({ file, idPrefix }) =>
    parseDealOrNoDeal(readFileSync(join(dataDir, file), 'utf8'), file, idPrefix, seen),
  );
  return mergeParsed('Deal or No Deal', DEAL_OR_NO_DEAL_FILES.map(({ file }) => file), parts);
}

/**
 * CraigslistBargain loader: price negotiations between a buyer and a seller
 * over a Craigslist listing, from the validation split of the Hugging Face
 * export. The test split has no dialogue acts and so no outcomes. Utterances
 * without text are the chat interface's offer, accept, reject and quit events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import { countSkip, mergeParsed, parseJsonText } from './dataset.js';
import type { LoadedDataset, NegotiationTurn, ParsedDialogues } from './types.js';

export const CRAIGSLIST_FILE = 'craigslist_bargains-via-agreemate/data/craigslist_bargains/raw/validation.json';

const dialogueSchema = z.object({
  agent_info: z.object({ Role: z.array(z.string()) }),
  agent_turn: z.array(z.number().int()),
  dialogue_acts: z.object({ intent: z.array(z.string()) }),
  utterance: z.array(z.string()),
});
type CraigslistDialogue = z.infer<typeof dialogueSchema>;

/**
 * Reads the outcome from the last event (an utterance without text) that has
 * a dialogue act: true for accept, false for reject or quit, null otherwise,
 * including dialogues whose acts were never annotated.
 */
export function craigslistOutcome(dialogue: CraigslistDialogue): boolean | null {
  const events = dialogue.utterance
    .map((text, index) => ({ text, act: dialogue.dialogue_acts.intent[index] ?? '' }))
    .filter((turn) => turn.text.trim() === '' && turn.act !== '');
  const last = events.at(-1)?.act;
  if (last === 'accept') return true;
  if (last === 'reject' || last === 'quit') return false;
  return null;
}

function writtenTurns(dialogue: CraigslistDialogue): NegotiationTurn[] {
  const turns: NegotiationTurn[] = [];
  dialogue.utterance.forEach((text, index) => {
    if (text.trim() === '') return;
    const role = dialogue.agent_info.Role[dialogue.agent_turn[index] ?? -1];
    turns.push({ side: role === 'buyer' ? 'buyer' : 'seller', text });
  });
  return turns;
}

/** Parses a split in JSON Lines form, one dialogue a line; ids are `craigslist-<line>`. */
export function parseCraigslist(text: string, source: string): ParsedDialogues {
  const result: ParsedDialogues = { negotiations: [], skipped: {} };
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    const parsed = dialogueSchema.safeParse(parseJsonText(line, where));
    if (!parsed.success) throw new InputError(where, `invalid CraigslistBargain dialogue: ${parsed.error.issues[0]?.message ?? ''}. Expected one JSON object a line with agent_info, agent_turn, dialogue_acts and utterance.`);
    const won = craigslistOutcome(parsed.data);
    const turns = writtenTurns(parsed.data);
    if (won === null) countSkip(result.skipped, 'unknown outcome');
    else if (turns.length === 0) countSkip(result.skipped, 'no written turn');
    else result.negotiations.push({ id: `craigslist-${index + 1}`, turns, won });
  });
  return result;
}

/** Loads the validation split from the shared data folder. */
export function loadCraigslist(dataDir: string): LoadedDataset {
  const parsed = parseCraigslist(readFileSync(join(dataDir, CRAIGSLIST_FILE), 'utf8'), CRAIGSLIST_FILE);
  return mergeParsed('CraigslistBargain', [CRAIGSLIST_FILE], [parsed]);
}

/**
 * CraigslistBargain check: buyer turns of Craigslist price negotiations with
 * one dialogue act each. Price counters and disagreements are scored against
 * `objection.price`, inquiries against Parley's intent signals, each next to
 * a keyword baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { binaryCounts, scoreCounts, type BinaryDecision } from '../metrics.js';
import { looksLikeInquiry, looksLikePriceObjection } from './baselines.js';
import { analyzeExternalText, hasIntentSignal, hasSignal } from './parley-predictions.js';
import type { BinaryCheck } from './types.js';

/** Dialogue acts that count as a price objection from the buyer. */
export const PRICE_OBJECTION_ACTS: ReadonlySet<string> = new Set(['counter-price', 'disagree']);
/** Dialogue acts that count as an inquiry. */
export const INQUIRY_ACTS: ReadonlySet<string> = new Set(['inquiry']);

const dialogueSchema = z.object({
  agent_info: z.object({ Role: z.array(z.string()) }),
  agent_turn: z.array(z.number().int()),
  dialogue_acts: z.object({ intent: z.array(z.string()) }),
  utterance: z.array(z.string()),
});

/** One buyer turn with its dialogue act. */
export interface BuyerTurn {
  text: string;
  act: string;
}

/**
 * Reads the buyer turns of a split in JSON Lines form (one dialogue a line, as
 * the Hugging Face export writes it). Turns without text are offer, accept
 * and quit events of the chat interface, not messages, so they are skipped.
 */
export function readBuyerTurns(file: string): BuyerTurn[] {
  const turns: BuyerTurn[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = dialogueSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: not a dialogue: ${parsed.error.issues[0]?.message ?? ''}`);
      const dialogue = parsed.data;
      dialogue.utterance.forEach((text, turn) => {
        const role = dialogue.agent_info.Role[dialogue.agent_turn[turn] ?? -1];
        if (role === 'buyer' && text.trim() !== '') {
          turns.push({ text, act: dialogue.dialogue_acts.intent[turn] ?? '' });
        }
      });
    });
  return turns;
}

/**
 * Scores both tasks on the validation split. The test split of this copy has
 * no dialogue acts, so it cannot be used.
 */
export function runCraigslist(dataDir: string): BinaryCheck[] {
  const file = join(dataDir, 'craigslist_bargains-via-agreemate/data/craigslist_bargains/raw/validation.json');
  const turns = readBuyerTurns(file);
  const priceParley: BinaryDecision[] = [];
  const priceBaseline: BinaryDecision[] = [];
  const inquiryParley: BinaryDecision[] = [];
  const inquiryBaseline: BinaryDecision[] = [];
  turns.forEach((turn, index) => {
    const analysis = analyzeExternalText(`craigslist-${index}`, turn.text);
    const isPriceObjection = PRICE_OBJECTION_ACTS.has(turn.act);
    const isInquiry = INQUIRY_ACTS.has(turn.act);
    priceParley.push({ expected: isPriceObjection, predicted: hasSignal(analysis, 'objection.price') });
    priceBaseline.push({ expected: isPriceObjection, predicted: looksLikePriceObjection(turn.text) });
    inquiryParley.push({ expected: isInquiry, predicted: hasIntentSignal(analysis) });
    inquiryBaseline.push({ expected: isInquiry, predicted: looksLikeInquiry(turn.text) });
  });
  const dataset = 'CraigslistBargain validation split';
  const sample = `all ${turns.length} buyer turns with text`;
  return [
    {
      task: 'price objection',
      dataset,
      sample,
      total: turns.length,
      positives: turns.filter((turn) => PRICE_OBJECTION_ACTS.has(turn.act)).length,
      positiveLabel: 'act counter-price or disagree',
      systems: [
        { system: 'Parley objection.price', score: scoreCounts(binaryCounts(priceParley)) },
        { system: 'baseline: price keywords', score: scoreCounts(binaryCounts(priceBaseline)) },
      ],
    },
    {
      task: 'inquiry',
      dataset,
      sample,
      total: turns.length,
      positives: turns.filter((turn) => INQUIRY_ACTS.has(turn.act)).length,
      positiveLabel: 'act inquiry',
      systems: [
        { system: 'Parley intent.* signals', score: scoreCounts(binaryCounts(inquiryParley)) },
        { system: 'baseline: "?" or question word', score: scoreCounts(binaryCounts(inquiryBaseline)) },
      ],
    },
  ];
}

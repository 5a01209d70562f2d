/**
 * GoEmotions polarity check: Reddit comments labeled with 27 emotions plus
 * neutral, grouped into positive, negative, ambiguous and neutral, against
 * the polarity of Parley and of VADER.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confusionMatrix, macroF1, matrixAccuracy, perLabelScores } from '../metrics.js';
import { analyzeExternalText } from './parley-predictions.js';
import type { MultiClassCheck, MultiClassSystemResult } from './types.js';
import { vaderCompound } from './vader.js';

export type SentimentGroup = 'positive' | 'negative' | 'ambiguous' | 'neutral';

/**
 * Emotion → sentiment group, the grouping the GoEmotions authors publish with
 * the data. Applied to the original test split it gives exactly the labels of
 * the grouped test split (`data/group/test.tsv`), which a test checks.
 */
export const EMOTION_GROUPS: Readonly<Record<string, SentimentGroup>> = {
  admiration: 'positive',
  amusement: 'positive',
  approval: 'positive',
  caring: 'positive',
  desire: 'positive',
  excitement: 'positive',
  gratitude: 'positive',
  joy: 'positive',
  love: 'positive',
  optimism: 'positive',
  pride: 'positive',
  relief: 'positive',
  anger: 'negative',
  annoyance: 'negative',
  disappointment: 'negative',
  disapproval: 'negative',
  disgust: 'negative',
  embarrassment: 'negative',
  fear: 'negative',
  grief: 'negative',
  nervousness: 'negative',
  remorse: 'negative',
  sadness: 'negative',
  confusion: 'ambiguous',
  curiosity: 'ambiguous',
  realization: 'ambiguous',
  surprise: 'ambiguous',
  neutral: 'neutral',
};

/** VADER's documented cut-off for its compound score; the same cut-off is used for Parley's polarity. */
export const POLARITY_THRESHOLD = 0.05;

const POLARITY_CLASSES = ['positive', 'negative', 'neutral'] as const;
type PolarityClass = (typeof POLARITY_CLASSES)[number];

/** One comment with the set of sentiment groups its emotion labels map to. */
export interface GroupedComment {
  text: string;
  groups: ReadonlySet<SentimentGroup>;
}

/** Reads a GoEmotions split (`text <TAB> label ids <TAB> comment id`) and maps each comment's emotions to groups. */
export function readGroupedComments(dataDir: string, split: 'dev' | 'test'): GroupedComment[] {
  const folder = join(dataDir, 'GoEmotions-pytorch/data/original');
  const emotions = readFileSync(join(folder, 'labels.txt'), 'utf8').trim().split('\n');
  return readFileSync(join(folder, `${split}.tsv`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const [text, ids] = line.split('\t');
      if (text === undefined || ids === undefined) throw new Error(`${folder}/${split}.tsv:${index + 1}: expected text and label ids`);
      const groups = new Set(
        ids.split(',').map((id) => {
          const group = EMOTION_GROUPS[emotions[Number(id)] ?? ''];
          if (group === undefined) throw new Error(`${folder}/${split}.tsv:${index + 1}: unknown emotion id ${id}`);
          return group;
        }),
      );
      return { text, groups };
    });
}

/** Maps a score in [-1, 1] to a polarity class with the ±0.05 cut-off. */
export function polarityClass(score: number): PolarityClass {
  if (score >= POLARITY_THRESHOLD) return 'positive';
  if (score <= -POLARITY_THRESHOLD) return 'negative';
  return 'neutral';
}

function systemResult(system: string, pairs: (readonly [string, string])[]): MultiClassSystemResult {
  const confusion = confusionMatrix(pairs, POLARITY_CLASSES);
  return { system, accuracy: matrixAccuracy(confusion), macroF1: macroF1(perLabelScores(confusion).values()), confusion };
}

/**
 * Scores Parley's and VADER's polarity on the comments whose labels fall in
 * exactly one of positive, negative or neutral. Ambiguous-only comments and
 * comments with labels in two groups have no single polarity and are left out.
 */
export function runGoEmotions(dataDir: string): MultiClassCheck & { excluded: number; detectedEnglish: number } {
  const comments = readGroupedComments(dataDir, 'test');
  const used = comments.filter(
    (comment) => comment.groups.size === 1 && !comment.groups.has('ambiguous'),
  );
  const parleyPairs: (readonly [string, string])[] = [];
  const vaderPairs: (readonly [string, string])[] = [];
  let detectedEnglish = 0;
  used.forEach((comment, index) => {
    const expected = [...comment.groups][0] ?? 'neutral';
    const analysis = analyzeExternalText(`goemotions-${index}`, comment.text);
    if (analysis.language === 'en') detectedEnglish += 1;
    parleyPairs.push([expected, polarityClass(analysis.sentiment?.polarity ?? 0)]);
    vaderPairs.push([expected, polarityClass(vaderCompound(comment.text))]);
  });
  return {
    task: 'polarity (positive / negative / neutral)',
    dataset: 'GoEmotions test split',
    sample: `${used.length} of ${comments.length} comments, those whose labels map to exactly one of positive, negative and neutral`,
    total: used.length,
    excluded: comments.length - used.length,
    detectedEnglish,
    systems: [systemResult('Parley polarity', parleyPairs), systemResult('VADER compound', vaderPairs)],
  };
}

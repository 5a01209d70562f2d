/**
 * EmailIntentDataSet check: sentences from Enron and marketing mail labeled
 * Yes when they ask the recipient to do something. Parley's request signals
 * against a question-mark and imperative-verb baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binaryCounts, scoreCounts, type BinaryDecision } from '../metrics.js';
import { looksLikeRequest } from './baselines.js';
import { analyzeExternalText, hasRequestSignal } from './parley-predictions.js';
import type { BinaryCheck } from './types.js';

/** One labeled sentence. */
export interface IntentSentence {
  text: string;
  request: boolean;
}

/** The two files of the data set: the held-out test batch and the larger set the authors trained on. */
export const EMAIL_INTENT_FILES = {
  test: 'testSet-qualifiedBatch-fixed.txt',
  train: 'Ask0729-fixed.txt',
} as const;

/** Reads `Yes|No <TAB> sentence` lines. Any other label throws an error that names the line. */
export function readIntentSentences(file: string): IntentSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/u, ''))
    .flatMap((line, index) => {
      if (line.trim() === '') return [];
      const tab = line.indexOf('\t');
      const label = line.slice(0, tab);
      if (tab < 0 || (label !== 'Yes' && label !== 'No')) {
        throw new Error(`${file}:${index + 1}: expected "Yes" or "No", a tab and a sentence`);
      }
      return [{ text: line.slice(tab + 1), request: label === 'Yes' }];
    });
}

/** Scores Parley and the baseline on one file of the data set. */
export function runEmailIntent(dataDir: string, part: keyof typeof EMAIL_INTENT_FILES): BinaryCheck {
  const file = join(dataDir, 'EmailIntentDataSet/src/resources', EMAIL_INTENT_FILES[part]);
  const sentences = readIntentSentences(file);
  const parley: BinaryDecision[] = [];
  const parleyOrQuestion: BinaryDecision[] = [];
  const baseline: BinaryDecision[] = [];
  sentences.forEach((sentence, index) => {
    const analysis = analyzeExternalText(`email-intent-${index}`, sentence.text);
    const signal = hasRequestSignal(analysis);
    parley.push({ expected: sentence.request, predicted: signal });
    parleyOrQuestion.push({ expected: sentence.request, predicted: signal || sentence.text.includes('?') });
    baseline.push({ expected: sentence.request, predicted: looksLikeRequest(sentence.text) });
  });
  return {
    task: 'request detection',
    dataset: `EmailIntentDataSet ${part === 'test' ? 'test batch' : 'Ask0729 set'}`,
    sample: `all ${sentences.length} sentences`,
    positiveLabel: 'labeled Yes',
    total: sentences.length,
    positives: sentences.filter((sentence) => sentence.request).length,
    systems: [
      { system: 'Parley request signals', score: scoreCounts(binaryCounts(parley)) },
      { system: 'Parley request signals or "?"', score: scoreCounts(binaryCounts(parleyOrQuestion)) },
      { system: 'baseline: "?", request phrase or imperative', score: scoreCounts(binaryCounts(baseline)) },
    ],
  };
}

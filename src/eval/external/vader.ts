/** `vader-sentiment` (a CommonJS package without types) loaded for the baselines. */
import { createRequire } from 'node:module';

interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as VaderModule;

/** Returns VADER's compound score of a text, in [-1, 1]. */
export function vaderCompound(text: string): number {
  return vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}

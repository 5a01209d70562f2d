/**
 * Sentiment of an inbound message: one mode plus a polarity in [-1, 1], with
 * the words that decided them as evidence.
 */
import type { Evidence, Sentiment, Signal } from '../../core/types.js';
import type { Doc } from '../doc.js';
import { chooseMode, collectVotes } from './mode.js';
import { scanValence, type Contribution } from './valence.js';

/** α of VADER's compound-score normalization, polarity = s / sqrt(s² + α) (15 in vader-sentiment 1.1.3). */
const ALPHA = 15;
/** Valence each objection adds per unit of strength: resistance reads as negative. */
const OBJECTION_VALENCE = -0.8;
const EXCLAMATION_BOOST = 1.15;
const MAX_EVIDENCE = 5;

/** Scores the sentiment of one message. */
export function analyzeSentiment(doc: Doc, signals: readonly Signal[]): Sentiment {
  const scan = scanValence(doc);
  const contributions = [...scan.contributions, ...objectionContributions(signals)];
  let sum = 0;
  for (const c of contributions) {
    sum += c.valence;
  }
  if (scan.exclamations >= 2) {
    sum *= EXCLAMATION_BOOST;
  }
  const polarity = Math.round((sum / Math.sqrt(sum * sum + ALPHA)) * 100) / 100;
  const mode = chooseMode(collectVotes(scan, signals, polarity));
  return { mode, polarity, evidence: evidenceFor(doc, contributions, polarity) };
}

/** Objections as negative contributions at their first evidence span. */
function objectionContributions(signals: readonly Signal[]): Contribution[] {
  const out: Contribution[] = [];
  for (const signal of signals) {
    const evidence = signal.evidence[0];
    if (signal.type.startsWith('objection.') && evidence !== undefined) {
      const valence = OBJECTION_VALENCE * signal.strength;
      out.push({ start: evidence.start, end: evidence.end, valence, mode: undefined, weight: 0, rule: signal.type });
    }
  }
  return out;
}

/** Selects the contributions that pushed polarity its way or voted for a mode, strongest first. */
function evidenceFor(doc: Doc, contributions: readonly Contribution[], polarity: number): Evidence[] {
  const relevant = contributions.filter((c) => c.mode !== undefined || (c.valence !== 0 && Math.sign(c.valence) === Math.sign(polarity)));
  relevant.sort((a, b) => Math.abs(b.valence) + b.weight - (Math.abs(a.valence) + a.weight));
  return relevant.slice(0, MAX_EVIDENCE).map((c) => ({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), rule: c.rule }));
}

/**
 * Aggregates message outcomes into the numbers `npm run eval` reports: per
 * signal type precision, recall, F1 and support, micro-F1, mode accuracy and
 * confusion matrix, entity accuracy and precision per type, and language
 * detection accuracy.
 */
import { SENTIMENT_MODES } from '../core/types.js';
import type { MessageOutcome } from './evaluate.js';
import { EVAL_LANGUAGES, LABELED_ENTITY_TYPES, LABELED_SIGNAL_TYPES } from './labeled-schema.js';
import {
  addMultiLabelCounts,
  confusionMatrix,
  emptyCounts,
  macroF1,
  matrixAccuracy,
  microAverage,
  ratio,
  scoreCounts,
  type ConfusionMatrix,
  type Counts,
  type PrfScore,
} from './metrics.js';

/** Entity numbers of one type, or of all types together. */
export interface EntityScore {
  /** Labeled entities. */
  expected: number;
  /** Labeled entities that Parley returned (see entity-match.ts). */
  found: number;
  /** found / expected. */
  accuracy: number | null;
  /** Entities Parley returned. */
  returned: number;
  /** Returned entities that match a label. */
  matched: number;
  /** matched / returned. */
  precision: number | null;
}

/** All numbers for one group of messages: one language, or all languages of a set. */
export interface GroupReport {
  /** Language code, or "all". */
  group: string;
  messages: number;
  languageDetection: { correct: number; accuracy: number | null; detected: Record<string, number> };
  signals: {
    perType: Record<string, PrfScore>;
    micro: PrfScore;
    macroF1: number | null;
  };
  mode: { correct: number; accuracy: number | null; confusion: ConfusionMatrix };
  entities: { perType: Record<string, EntityScore>; all: EntityScore };
}

/** The report of one labeled set: each language on its own, then all together. */
export interface SetReport {
  set: string;
  messages: number;
  languages: GroupReport[];
  overall: GroupReport;
}

function signalReport(outcomes: readonly MessageOutcome[]): GroupReport['signals'] {
  const counts = new Map<string, Counts>(LABELED_SIGNAL_TYPES.map((type) => [type, emptyCounts()]));
  for (const outcome of outcomes) {
    addMultiLabelCounts(counts, new Set(outcome.entry.message.signals), outcome.returnedSignals);
  }
  const perType: Record<string, PrfScore> = {};
  for (const [type, entry] of counts) perType[type] = scoreCounts(entry);
  return { perType, micro: microAverage(counts.values()), macroF1: macroF1(Object.values(perType)) };
}

interface EntityTally {
  expected: number;
  found: number;
  returned: number;
  matched: number;
}

function entityScore(tally: EntityTally): EntityScore {
  return {
    ...tally,
    accuracy: ratio(tally.found, tally.expected),
    precision: ratio(tally.matched, tally.returned),
  };
}

function entityReport(outcomes: readonly MessageOutcome[]): GroupReport['entities'] {
  const emptyTally = (): EntityTally => ({ expected: 0, found: 0, returned: 0, matched: 0 });
  const tallies = new Map<string, EntityTally>(LABELED_ENTITY_TYPES.map((type) => [type, emptyTally()]));
  const tallyOf = (type: string): EntityTally => {
    const tally = tallies.get(type) ?? emptyTally();
    tallies.set(type, tally);
    return tally;
  };
  for (const outcome of outcomes) {
    outcome.entry.message.entities.forEach((entity, index) => {
      const tally = tallyOf(entity.type);
      tally.expected += 1;
      if (outcome.expectedFound[index] === true) tally.found += 1;
    });
    outcome.returnedEntities.forEach((entity, index) => {
      const tally = tallyOf(entity.type);
      tally.returned += 1;
      if (outcome.returnedMatched[index] === true) tally.matched += 1;
    });
  }
  const perType: Record<string, EntityScore> = {};
  const total = emptyTally();
  for (const [type, tally] of tallies) {
    perType[type] = entityScore(tally);
    total.expected += tally.expected;
    total.found += tally.found;
    total.returned += tally.returned;
    total.matched += tally.matched;
  }
  return { perType, all: entityScore(total) };
}

/** Aggregates the outcomes of one group of messages. */
export function groupReport(group: string, outcomes: readonly MessageOutcome[]): GroupReport {
  const detected: Record<string, number> = {};
  let languageCorrect = 0;
  let modeCorrect = 0;
  for (const outcome of outcomes) {
    const language = outcome.analysis.language;
    detected[language] = (detected[language] ?? 0) + 1;
    if (language === outcome.entry.message.language) languageCorrect += 1;
    if (outcome.returnedMode === outcome.entry.message.mode) modeCorrect += 1;
  }
  const confusion = confusionMatrix(
    outcomes.map((outcome) => [outcome.entry.message.mode, outcome.returnedMode] as const),
    SENTIMENT_MODES,
  );
  return {
    group,
    messages: outcomes.length,
    languageDetection: { correct: languageCorrect, accuracy: ratio(languageCorrect, outcomes.length), detected },
    signals: signalReport(outcomes),
    mode: { correct: modeCorrect, accuracy: matrixAccuracy(confusion), confusion },
    entities: entityReport(outcomes),
  };
}

/** Builds the report of one set, grouping messages by their labeled language. */
export function setReport(set: string, outcomes: readonly MessageOutcome[]): SetReport {
  const languages: GroupReport[] = [];
  for (const language of EVAL_LANGUAGES) {
    const group = outcomes.filter((outcome) => outcome.entry.message.language === language);
    if (group.length > 0) languages.push(groupReport(language, group));
  }
  return { set, messages: outcomes.length, languages, overall: groupReport('all', outcomes) };
}

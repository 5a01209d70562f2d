/**
 * Runs Parley on labeled messages and compares each result with its labels.
 * Messages go in without their labeled language, so language detection is
 * part of what is measured.
 */
import type { Entity, MessageAnalysis, SentimentMode } from '../core/types.js';
import { analyzeMessage, type AnalyzeOptions } from '../extract/index.js';
import { matchEntities } from './entity-match.js';
import type { LabeledEntry } from './labeled-read.js';
import {
  LABELED_ENTITY_TYPES,
  LABELED_SIGNAL_TYPES,
  type LabeledEntity,
  type LabeledSignalType,
} from './labeled-schema.js';

const SCORED_SIGNALS: ReadonlySet<string> = new Set(LABELED_SIGNAL_TYPES);
const SCORED_ENTITIES: ReadonlySet<string> = new Set(LABELED_ENTITY_TYPES);

/** One labeled message next to Parley's result, with every difference between them. */
export interface MessageOutcome {
  entry: LabeledEntry;
  analysis: MessageAnalysis;
  /** Scored signal types Parley returned; context and conversation signals are left out. */
  returnedSignals: ReadonlySet<LabeledSignalType>;
  missingSignals: LabeledSignalType[];
  extraSignals: LabeledSignalType[];
  /** Parley's mode, or "none" when it returned no sentiment. */
  returnedMode: SentimentMode | 'none';
  /** Returned entities of the labeled types (products are left out), in Parley's order. */
  returnedEntities: Entity[];
  expectedFound: boolean[];
  returnedMatched: boolean[];
}

/** Returns whether anything about the message differs from its labels, detected language included. */
export function isWrong(outcome: MessageOutcome): boolean {
  return (
    outcome.missingSignals.length > 0 ||
    outcome.extraSignals.length > 0 ||
    outcome.returnedMode !== outcome.entry.message.mode ||
    outcome.analysis.language !== outcome.entry.message.language ||
    outcome.expectedFound.includes(false) ||
    outcome.returnedMatched.includes(false)
  );
}

/** Compares a Parley analysis with the labels of its message. */
export function compareAnalysis(entry: LabeledEntry, analysis: MessageAnalysis): MessageOutcome {
  const expected = new Set(entry.message.signals);
  const returnedSignals = new Set(
    analysis.signals.map((signal) => signal.type).filter((type): type is LabeledSignalType => SCORED_SIGNALS.has(type)),
  );
  const scored = analysis.entities.filter((entity) => SCORED_ENTITIES.has(entity.type));
  const first = matchEntities(entry.message.entities, scored);
  // The guide labels a port inside an Incoterm ("CIF Nhava Sheva") once, as the Incoterm's place, so such a
  // returned port counts only when a label lists it.
  const returnedEntities = scored.filter((entity, index) => first.returnedMatched[index] === true || !insideIncoterm(entity, scored));
  const matching = returnedEntities.length === scored.length ? first : matchEntities(entry.message.entities, returnedEntities);
  return {
    entry,
    analysis,
    returnedSignals,
    missingSignals: [...expected].filter((type) => !returnedSignals.has(type)),
    extraSignals: [...returnedSignals].filter((type) => !expected.has(type)),
    returnedMode: analysis.sentiment?.mode ?? 'none',
    returnedEntities,
    expectedFound: matching.expectedFound,
    returnedMatched: matching.returnedMatched,
  };
}

function insideIncoterm(entity: Entity, entities: readonly Entity[]): boolean {
  return entity.type === 'port' && entities.some((other) => other.type === 'incoterm' && other.start <= entity.start && entity.end <= other.end);
}

/** Analyzes one labeled message as an inbound message of unknown language, and compares the result. */
export function evaluateEntry(entry: LabeledEntry, options: AnalyzeOptions = {}): MessageOutcome {
  const { id, text, sentAt, direction } = entry.message;
  return compareAnalysis(entry, analyzeMessage({ id, text, sentAt, direction }, options));
}

/** Short text form of an entity's labeled keys, such as `money 1200.5 EUR per pcs`. */
export function describeEntity(entity: LabeledEntity | Entity): string {
  const skipped = new Set(['type', 'start', 'end', 'text']);
  const parts = Object.entries(entity)
    .filter(([key]) => !skipped.has(key))
    .map(([key, value]) => `${key}=${String(value)}`);
  return `${entity.type}(${parts.join(', ')})`;
}

/** JSON form of a message's labels next to Parley's result, for `--errors` with `--json`. */
export function mistakeJson(outcome: MessageOutcome): object {
  const { message, file, line } = outcome.entry;
  return {
    id: message.id,
    file,
    line,
    text: message.text,
    expected: { language: message.language, signals: message.signals, mode: message.mode, entities: message.entities },
    returned: {
      language: outcome.analysis.language,
      signals: [...outcome.returnedSignals],
      mode: outcome.returnedMode,
      entities: outcome.returnedEntities,
    },
    missingSignals: outcome.missingSignals,
    extraSignals: outcome.extraSignals,
    entitiesNotFound: message.entities.filter((_, index) => outcome.expectedFound[index] !== true),
    entitiesNotLabeled: outcome.returnedEntities.filter((_, index) => outcome.returnedMatched[index] !== true),
  };
}

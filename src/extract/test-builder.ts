/**
 * Test helpers for the extract stage, in the style of "exactly one result"
 * and "no result" assertions. Every helper also checks that each span's text
 * is the slice of the message it points at.
 */
import { expect } from 'vitest';
import type { Entity, EntityType, ExtractInput, MessageAnalysis, Signal, SignalType } from '../core/types.js';
import { analyzeMessage, type AnalyzeOptions } from './index.js';

/** Fixed send time used by the tests: Tuesday 2026-03-10, 09:15 at UTC+04:00. */
export const SENT_AT = '2026-03-10T09:15:00+04:00';

/** Analyzes a message sent at SENT_AT, with any input fields and analysis options overridden. */
export function analyze(text: string, input: Partial<ExtractInput> = {}, options: AnalyzeOptions = {}): MessageAnalysis {
  const analysis = analyzeMessage({ id: 't', text, sentAt: SENT_AT, ...input }, options);
  for (const entity of analysis.entities) {
    expect(text.slice(entity.start, entity.end), `span of ${entity.type}`).toBe(entity.text);
  }
  for (const signal of analysis.signals) {
    for (const evidence of signal.evidence) {
      if (evidence.end > evidence.start) {
        expect(text.slice(evidence.start, evidence.end), `evidence of ${signal.type}`).toBe(evidence.text);
      }
    }
  }
  return analysis;
}

/** Returns the signals of one type. */
export function signalsOf(analysis: MessageAnalysis, type: SignalType): Signal[] {
  return analysis.signals.filter((s) => s.type === type);
}

/** Asserts exactly one signal of `type` whose evidence includes `evidenceText`; returns it. */
export function expectOneSignal(text: string, type: SignalType, evidenceText: string, input: Partial<ExtractInput> = {}, options: AnalyzeOptions = {}): Signal {
  const found = signalsOf(analyze(text, input, options), type);
  expect(found, `${type} in "${text}"`).toHaveLength(1);
  const signal = found[0] as Signal;
  expect(signal.evidence.map((e) => e.text)).toContain(evidenceText);
  expect(signal.strength).toBeGreaterThan(0);
  expect(signal.strength).toBeLessThanOrEqual(1);
  return signal;
}

/** Asserts that no signal of `type` is found. */
export function expectNoSignal(text: string, type: SignalType, input: Partial<ExtractInput> = {}): void {
  expect(signalsOf(analyze(text, input), type), `${type} in "${text}"`).toEqual([]);
}

/** Returns the entities of one type. */
export function entitiesOf<T extends EntityType>(text: string, type: T, input: Partial<ExtractInput> = {}): Extract<Entity, { type: T }>[] {
  return analyze(text, input).entities.filter((e): e is Extract<Entity, { type: T }> => e.type === type);
}

/** Asserts exactly one entity of `type` that has `fields`; returns it. */
export function expectOneEntity<T extends EntityType>(text: string, type: T, fields: Partial<Extract<Entity, { type: T }>>, input: Partial<ExtractInput> = {}): Extract<Entity, { type: T }> {
  const found = entitiesOf(text, type, input);
  expect(found, `${type} in "${text}"`).toHaveLength(1);
  expect(found[0]).toMatchObject(fields);
  return found[0] as Extract<Entity, { type: T }>;
}

/** Asserts that no entity of `type` is found. */
export function expectNoEntity(text: string, type: EntityType, input: Partial<ExtractInput> = {}): void {
  expect(entitiesOf(text, type, input), `${type} in "${text}"`).toEqual([]);
}

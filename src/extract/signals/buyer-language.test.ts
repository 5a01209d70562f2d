import { describe, expect, it } from 'vitest';
import { analyze } from '../test-builder.js';
import { BUYER_CASES, CASE_TYPES } from './buyer-language-cases.js';

describe('buyer language signals', () => {
  it.each(BUYER_CASES.map((c) => [c.text, c] as const))('"%s"', (text, c) => {
    const found = new Set(analyze(text, {}, c.rulesOnly === true ? { learned: null } : {}).signals.map((s) => s.type));
    for (const key of c.present) {
      expect(found.has(CASE_TYPES[key]), `${CASE_TYPES[key]} expected`).toBe(true);
    }
    for (const key of c.absent ?? []) {
      expect(found.has(CASE_TYPES[key]), `${CASE_TYPES[key]} not expected`).toBe(false);
    }
  });
});

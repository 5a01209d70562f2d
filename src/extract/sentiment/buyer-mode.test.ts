import { describe, expect, it } from 'vitest';
import { BUYER_CASES } from '../signals/buyer-language-cases.js';
import { analyze } from '../test-builder.js';

const WITH_MODES = BUYER_CASES.filter((c) => c.modes !== undefined);

describe('buyer language modes', () => {
  it('has cases with modes', () => {
    expect(WITH_MODES.length).toBeGreaterThan(20);
  });

  it.each(WITH_MODES.map((c) => [c.text, c.modes ?? [], c.rulesOnly === true] as const))('"%s" is one of %j', (text, modes, rulesOnly) => {
    expect(modes).toContain(analyze(text, {}, rulesOnly ? { learned: null } : {}).sentiment?.mode);
  });
});

import { describe, expect, it } from 'vitest';
import { replyOutline } from './outline.js';
import { OUTLINE_PHRASES } from './outline-phrases.js';

describe('replyOutline', () => {
  it('adapts to archetype and mode', () => {
    const outline = replyOutline({ action: 'accelerate_follow_up', archetype: 'price_negotiator', mode: 'skeptical', language: 'en', urgent: false });
    expect(outline?.[0]).toBe(OUTLINE_PHRASES.en?.mode.skeptical);
    expect(outline).toContain('Acknowledge the target price and restate the value behind yours.');
    expect(outline?.at(-1)).toBe('Close with one clear question that moves the deal to the next stage.');
  });

  it('closes an urgent reply with a time', () => {
    const outline = replyOutline({ action: 'send_documents', archetype: 'urgent_buyer', mode: null, language: 'en', urgent: true });
    expect(outline?.[0]).toBe(OUTLINE_PHRASES.en?.mode.neutral);
    expect(outline?.at(-1)).toBe('Close with a firm time for your next update today.');
  });

  it('falls back to English for a language without a table', () => {
    const german = replyOutline({ action: 'nurture', archetype: 'spec_seeker', mode: 'neutral', language: 'de', urgent: false });
    const english = replyOutline({ action: 'nurture', archetype: 'spec_seeker', mode: 'neutral', language: 'en', urgent: false });
    expect(german).toEqual(english);
  });

  it('answers a price objection whatever the archetype and mode', () => {
    const es = OUTLINE_PHRASES.es;
    const outline = replyOutline({ action: 'accelerate_follow_up', archetype: 'spec_seeker', mode: 'constructive', language: 'es', urgent: false, priceObjection: true });
    expect(outline?.[0]).toBe(es?.mode.constructive);
    expect(outline).toEqual(expect.arrayContaining(es?.archetype.price_negotiator ?? ['missing']));
    const without = replyOutline({ action: 'accelerate_follow_up', archetype: 'spec_seeker', mode: 'constructive', language: 'es', urgent: false });
    expect(without).not.toContain(es?.archetype.price_negotiator[0]);
  });

  it('has no outline for wait', () => {
    expect(replyOutline({ action: 'wait', archetype: 'spec_seeker', mode: 'neutral', language: 'en', urgent: false })).toBeUndefined();
  });
});

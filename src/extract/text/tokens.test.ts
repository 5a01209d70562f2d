import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('keeps inner joiners and digit groups in one word', () => {
    expect(tokenize("Don't pay 5,000 via T/T for X-200").map((t) => t.norm)).toEqual(["don't", 'pay', '5,000', 'via', 't/t', 'for', 'x-200']);
  });

  it('splits emoji written without spaces', () => {
    const tokens = tokenize('ok👍👍🙏');
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'emoji', 'emoji', 'emoji']);
  });

  it('keeps punctuation runs and offsets', () => {
    const text = 'Why?!! Árbol';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(['Why', '?!!', 'Árbol']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Why', '?!!', 'Árbol']);
  });

  it('normalizes typographic apostrophes', () => {
    expect(tokenize('can’t')[0]?.norm).toBe("can't");
  });
});

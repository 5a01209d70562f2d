import { describe, expect, it } from 'vitest';
import { cutText } from './text.js';

describe('cutText', () => {
  it('keeps short text as it is', () => {
    expect(cutText('ok 👍', 10)).toBe('ok 👍');
  });

  it('cuts long text with an ellipsis within the limit', () => {
    const cut = cutText('abcdefghij', 5);
    expect(cut).toBe('abcd…');
    expect(cut.length).toBeLessThanOrEqual(5);
  });

  it('never leaves half an emoji', () => {
    const cut = cutText('abc👍def', 5);
    expect(cut).toBe('abc…');
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false);
  });
});

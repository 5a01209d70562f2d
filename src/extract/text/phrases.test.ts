import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrases.js';
import { tokenize } from './tokens.js';

function matches(pattern: string, text: string): string[] {
  const tokens = tokenize(text);
  return new PhraseMatcher([{ pattern, payload: pattern }])
    .match(tokens)
    .map((hit) => text.slice((tokens[hit.from] as { start: number }).start, (tokens[hit.to - 1] as { end: number }).end));
}

describe('PhraseMatcher', () => {
  it('matches alternatives and a gap', () => {
    expect(matches('price|prices .. too high', 'Your price is much too high.')).toEqual(['price is much too high']);
  });

  it('reads # among alternatives as a number or the sign', () => {
    expect(matches('more than #|two days', 'more than 5 days')).toEqual(['more than 5 days']);
    expect(matches('more than #|two days', 'more than two days')).toEqual(['more than two days']);
    expect(matches('po no|#', 'PO #4411')).toEqual(['PO #4411']);
    expect(matches('#|dos semanas', 'tardó 3 semanas')).toEqual(['3 semanas']);
  });

  it('limits a gap to three words', () => {
    expect(matches('price .. high', 'price of the big red lamp is high')).toEqual([]);
  });

  it('does not let a gap cross punctuation', () => {
    expect(matches('price .. high', 'price. Quality is high')).toEqual([]);
  });

  it('supports optional elements and prefixes', () => {
    expect(matches('send ?us quot*', 'please send us quotations')).toEqual(['send us quotations']);
    expect(matches('send ?us quot*', 'send quote')).toEqual(['send quote']);
  });

  it('anchors ^ at sentence starts', () => {
    expect(matches('^ quote', 'Quote 500 pcs. We quote often')).toEqual(['Quote']);
  });

  it('reports wildcard tokens', () => {
    const tokens = tokenize('price is not an issue');
    const hits = new PhraseMatcher([{ pattern: 'price .. issue', payload: 1 }]).match(tokens);
    expect(hits[0]?.wildcardTokens.map((i) => tokens[i]?.norm)).toEqual(['is', 'not', 'an']);
  });

  it('matches # only at a number token', () => {
    expect(matches('target is #', 'My target is 9.50')).toEqual(['target is 9.50']);
    expect(matches('target is #', 'My target is low')).toEqual([]);
  });

  it('starts a pattern with #', () => {
    expect(matches('# days credit', 'we need 60 days credit')).toEqual(['60 days credit']);
  });

  it('lets ... skip up to six words', () => {
    expect(matches('moq ... much', 'MOQ 1000 per model is too much')).toEqual(['MOQ 1000 per model is too much']);
    expect(matches('moq ... much', 'MOQ of one big lot for every single model is too much')).toEqual([]);
  });

  it('reads ?? as question marks, not an optional ?', () => {
    expect(matches('hello ??', 'hello??? anyone')).toEqual(['hello???']);
    expect(matches('hello ??', 'hello? anyone')).toEqual([]);
  });

  it('rejects a pattern that starts with a wildcard', () => {
    expect(() => new PhraseMatcher([{ pattern: '_ price', payload: 1 }])).toThrow(/Invalid phrase pattern/);
  });
});

describe('PhraseMatcher gates', () => {
  function allMatches(patterns: string[], text: string): string[] {
    const tokens = tokenize(text);
    return new PhraseMatcher(patterns.map((pattern) => ({ pattern, payload: pattern })))
      .match(tokens)
      .map((hit) => `${hit.payload}: ${text.slice((tokens[hit.from] as { start: number }).start, (tokens[hit.to - 1] as { end: number }).end)}`);
  }

  it('reaches past optional elements and wildcards', () => {
    expect(matches('send ?us _ catalog|brochure', 'send us a catalog')).toEqual(['send us a catalog']);
    expect(matches('send ?us _ catalog|brochure', 'send a brochure')).toEqual(['send a brochure']);
    expect(matches('send ?us _ catalog|brochure', 'send catalog')).toEqual([]);
  });

  it('opens on an elongated word', () => {
    expect(matches('send .. catalog', 'send the cataaalog')).toEqual(['send the cataaalog']);
  });

  it('keeps phrase order within a bucket', () => {
    expect(allMatches(['send .. catalog', 'send .. price', 'send'], 'send price and catalog')).toEqual([
      'send .. catalog: send price and catalog',
      'send .. price: send price',
      'send: send',
    ]);
  });

  it('matches past an oversized gate union', () => {
    const patterns = Array.from({ length: 300 }, (_, i) => `send .. word${i}`);
    expect(allMatches(patterns, 'send the word299')).toEqual(['send .. word299: send the word299']);
  });
});

describe('PhraseMatcher spelling', () => {
  it('matches an Arabic cue in any letter variant and with harakat', () => {
    expect(matches('أسعار|سعر', 'ارسل اسعار')).toEqual(['اسعار']);
    expect(matches('اسعار', 'أرسل أسعارَ اليوم')).toEqual(['أسعارَ']);
    expect(matches('مدرسة', 'في المدرسه')).toEqual([]);
    expect(matches('المدرسة', 'في المدرسه')).toEqual(['المدرسه']);
  });

  it('matches elongated words through their shorter forms', () => {
    expect(matches('please send', 'pleeease send')).toEqual(['pleeease send']);
    expect(matches('muy caro', 'muuuy caro')).toEqual(['muuuy caro']);
    expect(matches('غالي جدا', 'غالي جداااا')).toEqual(['غالي جداااا']);
    expect(matches('quot*', 'quoooote')).toEqual(['quoooote']);
  });

  it('matches Arabic question marks as ?', () => {
    expect(matches('السعر ?', 'السعر؟')).toEqual(['السعر؟']);
  });
});

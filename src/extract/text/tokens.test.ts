import { describe, expect, it } from 'vitest';
import { isElongated, tokenize } from './tokens.js';

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

describe('tokenize Unicode text', () => {
  it('folds Arabic letter variants, marks and tatweel in norm', () => {
    const text = 'أسعارٌ إلى آخر ٱلشهر مستشفى مدرسة جـــدا';
    expect(tokenize(text).map((t) => t.norm)).toEqual(['اسعار', 'الي', 'اخر', 'الشهر', 'مستشفي', 'مدرسه', 'جدا']);
  });

  it('keeps spans on the original Arabic text', () => {
    const text = 'السعرُ غالٍ جداً؟';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['السعرُ', 'غالٍ', 'جداً', '؟']);
    expect(tokens.map((t) => t.raw)).toEqual(['السعرُ', 'غالٍ', 'جداً', '؟']);
  });

  it('reads Arabic-Indic and Persian digits as digits', () => {
    expect(tokenize('٥٠٠ قطعة و ۱۲۰۰ pcs').map((t) => t.norm)).toEqual(['500', 'قطعه', 'و', '1200', 'pcs']);
  });

  it('keeps Arabic and European number marks inside one number', () => {
    const tokens = tokenize('١٬٢٠٠٫٥٠ and 1.200,50 and 3,5k');
    expect(tokens.map((t) => t.raw)).toEqual(['١٬٢٠٠٫٥٠', 'and', '1.200,50', 'and', '3,5k']);
    expect(tokens[0]?.norm).toBe('1,200.50');
  });

  it('does not join a comma that starts a new clause', () => {
    expect(tokenize('ok, 500').map((t) => t.raw)).toEqual(['ok', ',', '500']);
  });

  it('reads Arabic punctuation as question mark and comma', () => {
    const tokens = tokenize('كم السعر؟؟ تمام،');
    expect(tokens.filter((t) => t.kind === 'punct').map((t) => t.norm)).toEqual(['??', ',']);
  });

  it('splits Spanish inverted marks and the ellipsis character', () => {
    const tokens = tokenize('¿Precio?… ¡Gracias!');
    expect(tokens.map((t) => [t.kind, t.raw])).toEqual([
      ['punct', '¿'],
      ['word', 'Precio'],
      ['punct', '?…'],
      ['punct', '¡'],
      ['word', 'Gracias'],
      ['punct', '!'],
    ]);
    expect(tokens[2]?.norm).toBe('?...');
  });

  it('gives elongated words their shorter forms', () => {
    const [please, so, very, muy] = tokenize('pleeease sooo جداااا muuuy');
    expect(please?.forms).toEqual(['pleease', 'please']);
    expect(so?.forms).toEqual(['soo', 'so']);
    expect(very?.forms).toEqual(['جداا', 'جدا']);
    expect(muy?.forms).toEqual(['muuy', 'muy']);
  });

  it('leaves ordinary words without forms', () => {
    expect(tokenize('good need aaa 1000').map((t) => t.forms)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('sees elongation and tatweel runs as emphasis', () => {
    expect(tokenize('sooo good شكـــرا شكرا').map(isElongated)).toEqual([true, false, true, false]);
  });

  it('keeps a ZWJ sequence and a skin tone as one emoji each', () => {
    const tokens = tokenize('👍🏽❤️‍🔥🙏🙏');
    expect(tokens.map((t) => t.raw)).toEqual(['👍🏽', '❤️‍🔥', '🙏', '🙏']);
    expect(tokens.every((t) => t.kind === 'emoji')).toBe(true);
  });

  it('composes decomposed accents in norm', () => {
    expect(tokenize('Gracia\u0301s')[0]?.norm).toBe('graci\u00e1s');
  });
});

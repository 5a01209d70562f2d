import { describe, expect, it } from 'vitest';
import { elongationForms, foldForScan, foldRegexSource, lookupFolded, normalizePhrase, normalizeWord } from './normalize.js';
import { alternation } from './regex.js';

describe('normalizeWord', () => {
  it.each([
    ['Price', 'price'],
    ['can’t', "can't"],
    ['أسعار', 'اسعار'],
    ['إلى', 'الي'],
    ['آخر', 'اخر'],
    ['ٱلشهر', 'الشهر'],
    ['مدرسة', 'مدرسه'],
    ['شُكْراً', 'شكرا'],
    ['شكـــرا', 'شكرا'],
    ['١٢٣', '123'],
    ['۴۵۶', '456'],
    ['١٬٢٠٠٫٥', '1,200.5'],
    ['Árbol', 'árbol'],
  ])('normalizes %s to %s', (word, expected) => {
    expect(normalizeWord(word)).toBe(expected);
  });

  it('collapses whitespace in phrases', () => {
    expect(normalizePhrase('  No   later\tthan ')).toBe('no later than');
  });
});

describe('foldForScan', () => {
  it('keeps the length and the offsets', () => {
    const text = 'أرسل ١٬٢٠٠ قطعة، بسعر ٢٫٥$؟ don’t';
    const folded = foldForScan(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe("ارسل 1٬200 قطعه, بسعر 2٫5$? don't");
  });

  it('returns plain text unchanged', () => {
    const text = 'Need 2x40HQ, best FOB price?';
    expect(foldForScan(text)).toBe(text);
  });
});

describe('alternation over Arabic cue words', () => {
  const re = new RegExp(`^(?:${alternation(['أسبوع', 'دولار'])})$`, 'u');

  it.each([['اسبوع'], ['أسبوع'], ['أُسبوع'], ['اسبـــوع'], ['دولار'], ['دُولار']])('matches the folded text of %s', (written) => {
    expect(re.test(foldForScan(written))).toBe(true);
  });

  it('does not match another word', () => {
    expect(re.test(foldForScan('شهر'))).toBe(false);
  });
});

describe('foldRegexSource', () => {
  it('folds literals and keeps the syntax', () => {
    const source = foldRegexSource(String.raw`(\d{1,3})\s*%\s*دفعة\s+مُقدمة؟`);
    expect(source).toBe(String.raw`(\d{1,3})\s*%\s*دفعه\s+مقدمه\?`);
    expect(new RegExp(source, 'u').test(foldForScan('30% دفعة مقدمة؟'))).toBe(true);
  });
});

describe('lookupFolded', () => {
  const table = { 'أسبوع': 7, 'end of day': 0 };

  it('finds keys in any spelling and spacing', () => {
    expect(lookupFolded(table, 'اسبوع')).toBe(7);
    expect(lookupFolded(table, 'أُسبوع')).toBe(7);
    expect(lookupFolded(table, 'End  of\nday')).toBe(0);
  });

  it('returns undefined for a missing key', () => {
    expect(lookupFolded(table, 'شهر')).toBeUndefined();
  });
});

describe('elongationForms', () => {
  it('shrinks runs to two letters and to one', () => {
    expect(elongationForms('goood')).toEqual(['good', 'god']);
    expect(elongationForms('thaaanks')).toEqual(['thaanks', 'thanks']);
  });

  it('keeps double letters that were not stretched', () => {
    expect(elongationForms('sooorry')).toEqual(['soorry', 'sorry']);
  });

  it('ignores short words and words without a run', () => {
    expect(elongationForms('aaa')).toBeUndefined();
    expect(elongationForms('sorry')).toBeUndefined();
  });
});

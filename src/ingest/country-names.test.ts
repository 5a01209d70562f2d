import { describe, expect, it } from 'vitest';
import { countryCode } from './country-names.js';

describe('countryCode', () => {
  it.each([
    ['United Arab Emirates', 'AE'],
    ['UAE', 'AE'],
    ['united states', 'US'],
    ['Kenya', 'KE'],
    ['Brasil', 'BR'],
    ['Émirats arabes unis', 'AE'],
    ['الإمارات العربية المتحدة', 'AE'],
    ['Atlantis', undefined],
    ['Brazil', 'BR'],
    ['Côte d’Ivoire', 'CI'],
    ['ke', 'KE'],
  ])('reads %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });
});

/** Country names in export columns, read as ISO 3166-1 alpha-2 codes. */
import { getCountries } from 'libphonenumber-js';
import { foldName } from '../normalize/identity-keys.js';

let byName: Map<string, string> | null = null;

/** Folds a country name for lookup: case, accents and punctuation ignored. */
const fold = foldName;

/** Languages whose country names are recognized: the languages Parley reads. */
const NAME_LANGUAGES = ['en', 'es', 'pt', 'fr', 'ar'];

/**
 * Builds the name table from the names Node's ICU data gives, in each of
 * NAME_LANGUAGES, for every country libphonenumber-js supports, plus a few names
 * exports use that ICU spells differently.
 */
function nameTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const language of NAME_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of getCountries()) {
      const name = names.of(code);
      if (name && !table.has(fold(name))) table.set(fold(name), code);
    }
  }
  for (const code of getCountries()) table.set(fold(code), code);
  const aliases: Record<string, string> = {
    UAE: 'AE', 'U.A.E.': 'AE', USA: 'US', 'U.S.A.': 'US', 'United States of America': 'US', UK: 'GB',
    'Great Britain': 'GB', England: 'GB', 'South Korea': 'KR', 'Korea': 'KR', Russia: 'RU', 'Viet Nam': 'VN',
    'Hong Kong': 'HK', Turkey: 'TR', 'Czech Republic': 'CZ', 'Ivory Coast': 'CI', KSA: 'SA',
  };
  for (const [alias, code] of Object.entries(aliases)) table.set(fold(alias), code);
  return table;
}

/**
 * Returns the ISO 3166-1 alpha-2 code of a country written by name or code
 * ("United Arab Emirates", "UAE", "ae"), or undefined when it is not known.
 */
export function countryCode(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  byName ??= nameTable();
  return byName.get(fold(name));
}

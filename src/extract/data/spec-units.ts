/**
 * Measurements that mark a detailed specification: dimensions ("120x60 cm"),
 * SI and trade units ("2 mm", "220V", "80 gsm") and protection ratings ("IP65").
 * Unit symbols are the same across the languages Parley reads.
 */
export const SPEC_MEASURE_RE =
  /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?\s*[x×*]\s*\d+(?:[.,]\d+)?(?:\s*[x×*]\s*\d+(?:[.,]\d+)?)?\s*(?:mm|cm|m|in|inch|")?|\d+(?:[.,]\d+)?\s?(?:mm|cm|µm|microns?|V|W|kW|kVA|A|mAh|Ah|Hz|°C|gsm|GSM|bar|psi|lm|K|rpm|dB)|IP\d{2}|SUS\s?\d{3}|\d{3}\s(?:stainless|grade))(?![\p{L}\p{N}])/uy;

/**
 * Unit words that make the number before them a measurement ("1,32 mm",
 * "2.5 kg", "12.5 %"), never a price. Lowercase, as tokens are.
 */
export const MEASURE_UNIT_WORDS: ReadonlySet<string> = new Set([
  'mm', 'cm', 'm', 'km', 'µm', 'micron', 'microns', 'in', 'inch', 'inches', 'ft', 'v', 'w', 'kw', 'kva', 'a', 'mah', 'ah', 'hz',
  '°c', 'gsm', 'bar', 'psi', 'lm', 'rpm', 'db', 'kg', 'g', 'mg', 'ml', 'l', 'oz', 'lb', 'lbs', '%', 'mm²', 'm²', 'm2', 'm³', 'm3',
]);

/**
 * Measurements that mark a detailed specification: dimensions ("120x60 cm"),
 * SI and trade units ("2 mm", "220V", "80 gsm") and protection ratings ("IP65").
 * Unit symbols are the same across the languages Parley reads.
 */
export const SPEC_MEASURE_RE =
  /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?\s*[x×*]\s*\d+(?:[.,]\d+)?(?:\s*[x×*]\s*\d+(?:[.,]\d+)?)?\s*(?:mm|cm|m|in|inch|")?|\d+(?:[.,]\d+)?\s?(?:mm|cm|µm|microns?|V|W|kW|kVA|A|mAh|Ah|Hz|°C|gsm|GSM|bar|psi|lm|K|rpm|dB)|IP\d{2}|SUS\s?\d{3}|\d{3}\s(?:stainless|grade))(?![\p{L}\p{N}])/uy;

/**
 * Words with which a customer brings up a competitor or another supplier.
 * The extractor has no signal type for this, so the churn rule reads the
 * inbound text itself. Keyed by ISO 639-1 language; English is always tried
 * too, because buyers often mix it into other languages.
 */
const COMPETITOR_CUES: Record<string, RegExp> = {
  en: new RegExp(
    [
      String.raw`\bcompetitors?\b`,
      String.raw`\b(another|other|a different|a new|alternative) (suppliers?|vendors?|factory|factories|manufacturers?|sources?)\b`,
      String.raw`\b(cheaper|better (price|offer|quote)) (elsewhere|from (another|other|a different))`,
      String.raw`\b(switch|switching|move|moving) (our orders? )?to (another|a different|a new) (supplier|vendor|factory)`,
      String.raw`\b(compare|comparing) (you )?with (other|another) (suppliers?|offers?)`,
    ].join('|'),
    'i',
  ),
  es: new RegExp(
    [
      String.raw`\bcompetencia\b`,
      String.raw`\bcompetidor(es)?\b`,
      String.raw`\botros? proveedor(es)?\b`,
      String.raw`\bcambiar de proveedor\b`,
      String.raw`\bmás barato en otr[oa]`,
    ].join('|'),
    'iu',
  ),
  fr: new RegExp(
    [
      String.raw`\bconcurren(ts?|ce)\b`,
      String.raw`\bautres? fournisseurs?\b`,
      String.raw`\bchanger de fournisseur\b`,
      String.raw`\bmoins cher ailleurs\b`,
    ].join('|'),
    'iu',
  ),
  pt: new RegExp(
    [
      String.raw`\bconcorr(ente|entes|ência)\b`,
      String.raw`\boutros? fornecedor(es)?\b`,
      String.raw`\btrocar de fornecedor\b`,
      String.raw`\bmais barato em outr[oa]`,
    ].join('|'),
    'iu',
  ),
  // Arabic script has no \b in JavaScript regular expressions, so the phrases are matched as they stand.
  ar: /منافس|مورد آخر|مورّد آخر|موردين آخرين|مورد اخر|تغيير المورد|أرخص عند غيركم/u,
};

/** Returns the words that name a competitor or another supplier, or null when the text has none. */
export function findCompetitorCue(text: string, language: string): string | null {
  const own = COMPETITOR_CUES[language];
  const found = own?.exec(text)?.[0];
  if (found) return found;
  return COMPETITOR_CUES.en?.exec(text)?.[0] ?? null;
}

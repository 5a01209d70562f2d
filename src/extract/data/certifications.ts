/**
 * Product and factory certifications that buyers ask for. Codes are written
 * in capitals in trade text; the short ones are matched case-sensitively so
 * "reach out" or "ce" inside other languages' words do not count.
 */
export interface CertificationForm {
  code: string;
  /** Regex source of the written forms. */
  source: string;
  caseSensitive: boolean;
  /** True when the code has another common meaning ("GCC" the region); it then needs a context word nearby. */
  ambiguous?: boolean;
  /**
   * Words, in any language, that confirm this ambiguous code besides the
   * language's certificate words: "audit" for Sedex, which is also the
   * Brazilian express post.
   */
  contextWords?: string[];
  /** True when the form's first capture group is the standard's number, written into the code ("ISO 9001", "EN 10204 3.1"). */
  numbered?: boolean;
}

/** Words around an ethical-audit platform's name ("Sedex audit", "membre Sedex"). */
const AUDIT_WORDS = [
  'audit', 'audits', 'audited', 'auditor', 'auditoria', 'auditorias', 'auditoría', 'auditorías', 'auditado', 'auditada', 'audité',
  'auditée', 'ethical', 'ética', 'ético', 'éthique', 'member', 'members', 'membership', 'membre', 'membres', 'membro', 'miembro',
  'smeta', 'تدقيق',
];

export const CERTIFICATIONS: CertificationForm[] = [
  { code: 'ISO', source: String.raw`ISO[\s-]?(\d{4,5})(?::\d{4})?|ISO`, caseSensitive: true, numbered: true },
  { code: 'IEC', source: String.raw`IEC[\s-]?(\d{4,5})(?:-\d+)*`, caseSensitive: true, numbered: true },
  { code: 'CE', source: 'CE', caseSensitive: true },
  { code: 'FDA', source: 'FDA', caseSensitive: true },
  { code: 'RoHS', source: 'RoHS|ROHS|Rohs|rohs', caseSensitive: true },
  { code: 'REACH', source: 'REACH', caseSensitive: true },
  { code: 'UL', source: 'UL|cUL|cULus', caseSensitive: true },
  { code: 'SGS', source: 'SGS', caseSensitive: true },
  { code: 'BSCI', source: 'BSCI|amfori BSCI', caseSensitive: true },
  { code: 'SASO', source: 'SASO|Saso', caseSensitive: true },
  { code: 'SABER', source: 'SABER', caseSensitive: true },
  // "Saber" is also the Spanish and Portuguese verb "to know" at the start of a sentence.
  { code: 'SABER', source: 'Saber', caseSensitive: true, ambiguous: true },
  { code: 'GCC', source: 'GCC|G-Mark|G Mark', caseSensitive: true, ambiguous: true },
  { code: 'Halal', source: 'halal|Halal|HALAL', caseSensitive: true },
  { code: 'ETL', source: 'ETL', caseSensitive: true },
  { code: 'FCC', source: 'FCC', caseSensitive: true },
  { code: 'CB', source: 'CB', caseSensitive: true, ambiguous: true },
  { code: 'TUV', source: 'TUV|TÜV|Tuv|Tüv', caseSensitive: true },
  { code: 'GS', source: 'GS', caseSensitive: true, ambiguous: true },
  { code: 'CCC', source: 'CCC', caseSensitive: true, ambiguous: true },
  { code: 'UKCA', source: 'UKCA', caseSensitive: true },
  { code: 'EAC', source: 'EAC', caseSensitive: true, ambiguous: true },
  { code: 'CSA', source: 'CSA', caseSensitive: true, ambiguous: true },
  { code: 'BIS', source: 'BIS', caseSensitive: true, ambiguous: true },
  { code: 'SONCAP', source: 'SONCAP|Soncap', caseSensitive: true },
  { code: 'INMETRO', source: 'INMETRO|Inmetro', caseSensitive: true },
  { code: 'ANVISA', source: 'ANVISA|Anvisa', caseSensitive: true },
  { code: 'NOM', source: 'NOM', caseSensitive: true, ambiguous: true },
  { code: 'ASTM', source: String.raw`ASTM(?:\s?([A-Z]\d+))?`, caseSensitive: true, numbered: true },
  // "EN 10204 3.1" names the inspection certificate type after the standard.
  { code: 'EN', source: String.raw`EN\s?(\d{2,5}(?:-\d+)?(?:\s(?:3\.1|3\.2|2\.2)(?!\d))?)`, caseSensitive: true, numbered: true },
  { code: 'LFGB', source: 'LFGB', caseSensitive: true },
  { code: 'GOTS', source: 'GOTS', caseSensitive: true },
  { code: 'OEKO-TEX', source: 'OEKO-TEX|Oeko-Tex|OEKO TEX|Oekotex', caseSensitive: true },
  { code: 'FSC', source: 'FSC', caseSensitive: true },
  { code: 'WRAP', source: 'WRAP', caseSensitive: true, ambiguous: true },
  // "Sedex" is also the Brazilian express post ("envio por Sedex"), so it needs an audit word or another certificate.
  { code: 'SEDEX', source: 'SMETA', caseSensitive: true },
  { code: 'SEDEX', source: 'SEDEX|Sedex', caseSensitive: true, ambiguous: true, contextWords: AUDIT_WORDS },
  { code: 'HACCP', source: 'HACCP', caseSensitive: true },
  { code: 'GMP', source: 'GMP|cGMP', caseSensitive: true },
  { code: 'ATEX', source: 'ATEX', caseSensitive: true },
  { code: 'IECEx', source: 'IECEx|IECEX', caseSensitive: true },
  { code: 'ErP', source: 'ErP', caseSensitive: true },
  { code: 'KC', source: 'KC', caseSensitive: true, ambiguous: true },
  { code: 'PSE', source: 'PSE', caseSensitive: true, ambiguous: true },
  { code: 'MSDS', source: 'MSDS|SDS', caseSensitive: true },
  { code: 'SAA', source: 'SAA', caseSensitive: true },
  { code: 'RCM', source: 'RCM', caseSensitive: true },
  { code: 'ENEC', source: 'ENEC', caseSensitive: true },
  { code: 'DLC', source: 'DLC', caseSensitive: true, ambiguous: true },
  { code: 'IATF', source: String.raw`IATF[\s-]?(16949)`, caseSensitive: true, numbered: true },
  { code: 'UN38.3', source: String.raw`UN\s?38\.3`, caseSensitive: true },
  { code: 'ISPM 15', source: String.raw`ISPM[\s-]?15`, caseSensitive: true },
  // National registrations buyers ask for before import.
  { code: 'SFDA', source: 'SFDA', caseSensitive: true },
  { code: 'NAFDAC', source: 'NAFDAC|Nafdac', caseSensitive: true },
  { code: 'KEBS', source: 'KEBS', caseSensitive: true },
  { code: 'SABS', source: 'SABS', caseSensitive: true },
  { code: 'INVIMA', source: 'INVIMA|Invima', caseSensitive: true },
  { code: 'COFEPRIS', source: 'COFEPRIS|Cofepris', caseSensitive: true },
  { code: 'Ecocert', source: 'ECOCERT|Ecocert', caseSensitive: true },
  { code: 'USDA Organic', source: String.raw`USDA\s(?:Organic|organic|ORGANIC)`, caseSensitive: true },
  { code: 'Kosher', source: 'kosher|Kosher|KOSHER', caseSensitive: true },
  { code: 'BRCGS', source: 'BRCGS', caseSensitive: true },
  { code: 'BRC', source: 'BRC', caseSensitive: true },
  { code: 'Energy Star', source: String.raw`Energy\s?Star|ENERGY\s?STAR`, caseSensitive: true },
  { code: 'ENplus A1', source: String.raw`ENplus\s?A1`, caseSensitive: true },
  // MSC is also a shipping line and ASC a common abbreviation, so both need a certificate word nearby.
  { code: 'MSC', source: 'MSC', caseSensitive: true, ambiguous: true },
  { code: 'ASC', source: 'ASC', caseSensitive: true, ambiguous: true },
];

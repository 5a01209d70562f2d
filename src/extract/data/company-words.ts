/**
 * Words that follow a place inside a company name ("Chennai Motors",
 * "Dubai Trading LLC", "Santos Logística"). Buyers name their company when
 * they introduce themselves, and the place in it is no port the goods go
 * through. Lower case, compared with a token's normalized form.
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  // Legal forms.
  'llc', 'ltd', 'limited', 'inc', 'corp', 'corporation', 'co', 'company', 'plc', 'gmbh', 'sa', 'sarl', 'sas', 'srl',
  'ltda', 'eireli', 'mei', 'spa', 'bv', 'pvt', 'pte', 'fze', 'fzco', 'fzc', 'wll', 'est',
  // Trade words that end many company names.
  'trading', 'traders', 'motors', 'industries', 'industrial', 'group', 'holding', 'holdings', 'enterprises',
  'enterprise', 'international', 'imports', 'exports', 'import', 'export', 'logistics', 'textiles', 'foods',
  'electric', 'electrical', 'electronics', 'steel', 'plastics', 'chemicals', 'pharma', 'supplies', 'supply',
  'distributors', 'distribution', 'stores', 'mart', 'auto', 'autos', 'builders', 'construction',
  'comercial', 'comercio', 'comércio', 'importadora', 'distribuidora', 'industrias', 'indústria', 'logística',
  'logistica', 'textil', 'têxtil', 'alimentos', 'négoce', 'negoce', 'industrie',
]);

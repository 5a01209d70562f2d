/**
 * French entity cues: unit words, currency words of French-speaking markets,
 * payment terms and places. Word lists are widened with unaccented spellings
 * ("pieces", "metres carres").
 */
import type { EntityCues } from '../types.js';
import { FR_PLACE_FRAMES } from './place-frames.js';
import { FR_PLACES } from './places.js';
import { spellingKeys, spellings } from './spelling.js';

const UNITS: Record<string, string> = {
  pc: 'pcs', pcs: 'pcs', 'pc.': 'pcs', pce: 'pcs', pces: 'pcs', pièce: 'pcs', pièces: 'pcs', unité: 'pcs', unités: 'pcs',
  u: 'pcs', exemplaire: 'pcs', exemplaires: 'pcs', article: 'pcs', articles: 'pcs',
  // Plural only: "3 échantillons" is a count, "un échantillon gratuit" is a request for one.
  échantillons: 'pcs',
  set: 'sets', sets: 'sets', jeu: 'sets', jeux: 'sets', kit: 'sets', kits: 'sets', ensemble: 'sets', ensembles: 'sets',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogramme: 'kg', kilogrammes: 'kg',
  t: 'tons', tonne: 'tons', tonnes: 'tons', mt: 'tons', tm: 'tons',
  m: 'm', mètre: 'm', mètres: 'm', 'mètre linéaire': 'm', 'mètres linéaires': 'm',
  m2: 'm2', 'm²': 'm2', 'mètre carré': 'm2', 'mètres carrés': 'm2', 'm carré': 'm2', 'm carrés': 'm2',
  boîte: 'boxes', boîtes: 'boxes', box: 'boxes', rouleau: 'rolls', rouleaux: 'rolls', bobine: 'rolls', bobines: 'rolls',
  paire: 'pairs', paires: 'pairs', litre: 'liters', litres: 'liters', l: 'liters', ltr: 'liters',
  carton: 'cartons', cartons: 'cartons', ctn: 'cartons', ctns: 'cartons', colis: 'cartons',
  sac: 'bags', sacs: 'bags', palette: 'pallets', palettes: 'pallets', fût: 'drums', fûts: 'drums', bidon: 'drums',
  bidons: 'drums', bouteille: 'bottles', bouteilles: 'bottles', flacon: 'bottles', flacons: 'bottles',
  feuille: 'sheets', feuilles: 'sheets', plaque: 'sheets', plaques: 'sheets', douzaine: 'dozen', douzaines: 'dozen',
  conteneur: 'containers', conteneurs: 'containers', container: 'containers', containers: 'containers',
  tc: 'containers', tcs: 'containers', fcl: 'containers',
  '20ft': 'containers_20ft', "20'": 'containers_20ft', '20gp': 'containers_20ft', '20dc': 'containers_20ft',
  '20 ft': 'containers_20ft', '20 pieds': 'containers_20ft', '20 pieds dry': 'containers_20ft', "20'gp": 'containers_20ft',
  '40ft': 'containers_40ft', "40'": 'containers_40ft', '40gp': 'containers_40ft', '40dc': 'containers_40ft',
  '40 ft': 'containers_40ft', '40 pieds': 'containers_40ft', '40 pieds dry': 'containers_40ft', "40'gp": 'containers_40ft',
  '40hq': 'containers_40hq', '40hc': 'containers_40hq', "40'hq": 'containers_40hq', "40'hc": 'containers_40hq',
  '40 hq': 'containers_40hq', '40 hc': 'containers_40hq', '40ft hq': 'containers_40hq', '40ft hc': 'containers_40hq',
  "40' hq": 'containers_40hq', "40' hc": 'containers_40hq', '40 high cube': 'containers_40hq', '40 pieds hc': 'containers_40hq',
  '40 pieds hq': 'containers_40hq', '40 pieds high cube': 'containers_40hq',
};

/**
 * French puts the container noun before its size: "2 conteneurs 40'", "1 conteneur de 20 pieds",
 * "3 TC 40HC". Each size form above also reads after the noun.
 */
function withContainerNouns(units: Record<string, string>): Record<string, string> {
  const out = { ...units };
  for (const [size, unit] of Object.entries(units)) {
    if (!unit.startsWith('containers_')) {
      continue;
    }
    for (const noun of ['conteneur', 'conteneurs', 'container', 'containers', 'tc']) {
      out[`${noun} ${size}`] = unit;
      out[`${noun} de ${size}`] = unit;
    }
  }
  return out;
}

const TENS: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90 };
const DIGITS: Record<string, number> = { un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 };
const TEENS: Record<string, number> = { dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19 };

/**
 * Compound number words from 21 to 99: "vingt-cinq", "trente et un", "soixante-douze",
 * "quatre-vingt-dix-huit", and the Belgian and Swiss "septante-cinq", "nonante-neuf".
 */
function compoundNumbers(): Record<string, number> {
  const out: Record<string, number> = {};
  const addUnits = (tens: string, value: number, units: Record<string, number>) => {
    for (const [word, n] of Object.entries(units)) {
      const joiner = n === 1 || n === 11 ? [' et ', '-et-'] : ['-'];
      for (const j of joiner) {
        out[`${tens}${j}${word}`] = value + n;
      }
    }
  };
  for (const [tens, value] of Object.entries(TENS)) {
    addUnits(tens, value, DIGITS);
  }
  // 70-79 and 90-99 count on from sixty and eighty in France.
  addUnits('soixante', 60, TEENS);
  addUnits('quatre-vingt', 80, { ...DIGITS, ...TEENS });
  delete out['quatre-vingt-et-un'];
  delete out['quatre-vingt et un'];
  out['quatre-vingt-un'] = 81;
  out['quatre-vingt-onze'] = 91;
  return out;
}

const PER_UNIT: Record<string, string> = {
  pc: 'pcs', pcs: 'pcs', pce: 'pcs', pièce: 'pcs', unité: 'pcs', u: 'pcs', set: 'sets', jeu: 'sets', kit: 'sets',
  kg: 'kg', kilo: 'kg', t: 'tons', tonne: 'tons', m: 'm', mètre: 'm', m2: 'm2', 'm²': 'm2', boîte: 'boxes',
  rouleau: 'rolls', paire: 'pairs', litre: 'liters', l: 'liters', carton: 'cartons', sac: 'bags', palette: 'pallets',
  conteneur: 'containers', tc: 'containers', douzaine: 'dozen', bouteille: 'bottles', feuille: 'sheets',
};

/** French entity cues. */
export const FR_ENTITIES: EntityCues = {
  units: spellingKeys(withContainerNouns(UNITS)),
  perUnit: spellingKeys(PER_UNIT),
  // "2,35 € la pièce", "3 € pièce", "1,20 € l'unité"
  eachWords: spellings(['la pièce', "l'unité", 'par pièce', 'par unité', 'pièce', 'chacun', 'chacune', 'chaque']),
  perWords: ['par', 'le', 'la', '/'],
  // "dollar" stays USD even for Canadian buyers: trade quotes in dollars are US dollars unless marked "CA$" or "canadiens".
  // A bare "dinar" or "franc" is left out: it names the Algerian or the Tunisian dinar, the Swiss or the CFA franc.
  currencyWords: spellingKeys({
    euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', 'dollars us': 'USD', 'dollars américains': 'USD',
    'dollar canadien': 'CAD', 'dollars canadiens': 'CAD', dirham: 'MAD', dirhams: 'MAD', dh: 'MAD', dhs: 'MAD',
    'dirhams marocains': 'MAD', 'dirhams émiratis': 'AED', 'dinar algérien': 'DZD', 'dinars algériens': 'DZD', da: 'DZD',
    'dinar tunisien': 'TND', 'dinars tunisiens': 'TND', dt: 'TND', fcfa: 'XOF', 'f cfa': 'XOF', cfa: 'XOF',
    'franc cfa': 'XOF', 'francs cfa': 'XOF', xof: 'XOF', xaf: 'XAF', 'franc suisse': 'CHF', 'francs suisses': 'CHF',
    chf: 'CHF', yuan: 'CNY', yuans: 'CNY', rmb: 'CNY', 'livre sterling': 'GBP', 'livres sterling': 'GBP', riyal: 'SAR',
    riyals: 'SAR',
    // "12 450,75 $ CA" (Quebec), "8 200 $ US". A lone "$" stays USD.
    '$ ca': 'CAD', '$ can': 'CAD', '$ cad': 'CAD', '$ canadiens': 'CAD', 'ca$': 'CAD', '$ca': 'CAD', '$can': 'CAD',
    '$ us': 'USD', '$us': 'USD', '$ usd': 'USD', '$ américains': 'USD', 'us$': 'USD',
  }),
  // NOTE: no "m" (million), because the quantity reader takes "2 mm" as 2 + "m" + "m" (two million metres).
  // So "2 M€" reads as 2 EUR; "2 millions d'euros" works.
  magnitudes: { k: 1_000, mille: 1_000, million: 1_000_000, millions: 1_000_000, md: 1_000_000_000, milliard: 1_000_000_000, milliards: 1_000_000_000 },
  // "45 à 60 jours", "de 2 000 à 5 000 €"
  rangeWords: ['à', 'a', 'au'],
  numberWords: spellingKeys({
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
    douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70,
    'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre-vingt-dix': 90,
    // Belgian and Swiss forms
    septante: 70, huitante: 80, octante: 80, nonante: 90,
    cent: 100, mille: 1_000, treize: 13, quatorze: 14, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
    ...compoundNumbers(),
  }),
  durationUnits: spellingKeys({
    jour: 1, jours: 1, j: 1, jr: 1, jrs: 1, 'jours ouvrables': 1, 'jours ouvrés': 1, 'jours calendaires': 1,
    'jours francs': 1, 'jour ouvrable': 1, 'jour ouvré': 1, semaine: 7, semaines: 7, sem: 7, mois: 30,
    // English units that buyers quote inside French text ("lead time 25 days").
    days: 1, day: 1, weeks: 7, week: 7, months: 30,
  }),
  incotermPlaceStopWords: spellings([
    'prix', 'tarif', 'tarifs', 'base', 'conditions', 'devis', 'offre', 'cotation', 'livraison', 'livré', 'rendu', 'port',
    'incoterm', 'incoterms', 'svp', 'merci', 'ou', 'et', 'à', 'au', 'aux', 'de', 'du', 'des', 'le', 'la', 'les', 'pour',
    'par', 'en', 'si', 'nous', 'je', 'est', 'sur', 'avec', 'uniquement', 'seulement', 'mais', 'donc', 'car', 'dans',
  ]),
  portIntroducers: spellings([
    "port de", "port d'", 'port :', 'port:', 'port de destination', 'port de destination :', 'port de déchargement',
    'port de déchargement :', 'port de chargement', 'port de chargement :', "port d'arrivée", "port d'arrivée :",
    "port d'embarquement", "port d'embarquement :", 'port de livraison', 'pod :', 'pod:', 'pol :', 'pol:',
  ]),
  modelIntroducers: spellings([
    'modèle', 'modèle n°', 'modèle no', 'réf', 'réf.', 'ref', 'ref.', 'référence', 'art.', 'code article', 'article n°',
    'sku', 'part number', 'p/n',
  ]),
  productLinkers: ['de'],
  // Words after a bare number that name no goods ("14 stores", "3 times").
  countStops: `
    personnes employés employes salariés salaries clients acheteurs associés magasins boutiques agences
    succursales points hôtels hotels chambres étages etages écoles ecoles hôpitaux hopitaux cliniques restaurants
    pays villes marchés marches régions regions fois modèles modeles couleurs tailles dimensions designs styles
    variantes versions références references envois expéditions expeditions commandes livraisons camions photos
    pages étoiles etoiles degrés degres par pour avec des les que plus moins entre comme sur chaque autres
    nouveaux nouvelles total premiers premières premieres derniers dernières dernieres prochains prochaines
    fournisseurs usines ouvrés ouvres ouvrables calendaires cent mille millions
    heures minutes secondes lots teintes modes fonctions couches types sortes façons facons étapes etapes options
    ans nuits pouces pieds fils microns courriels mails messages bâtiments batiments logements maisons appartements saisons produits arômes aromes parfums salles
  `
    .trim()
    .split(/\s+/),
  productStopWords: spellings([
    'modèle', 'réf', 'référence', 'type', 'pour', 'à', 'au', 'aux', 'avec', 'par', 'et', 'ou', 'svp', 'prix', 'livré',
    'livrés', 'livrées', 'expédié', 'asap', 'chacun', 'chacune', 'sur', 'si', 'nous', 'je', 'vous', 'qui', 'que', 'mais',
    'dans', 'le', 'la', 'les', 'chez', 'merci', 'urgent', 'fob', 'cif', 'exw', 'livraison', 'du', 'en', 'est', 'sont',
    'avant', 'pas', 'car', 'donc', 'à',
  ]),
  certificationContext: spellings([
    'certificat', 'certificats', 'certifié', 'certifiés', 'certifiée', 'certification', 'certifications', 'marquage',
    'homologation', 'homologué', 'agrément', 'agréé', 'conforme', 'conformité', 'norme', 'normes', 'attestation',
    'enregistrement', 'label', 'déclaration',
  ]),
  places: FR_PLACES,
  placeFrames: FR_PLACE_FRAMES,
  paymentTermStarts: spellings([
    'acompte', "l'acompte", "d'acompte", 'avance', "l'avance", 'arrhes', 'solde', 'lc', 'l/c', 'crédoc', 'crédit', 'lettre', 'virement', 'tt', 't/t', 'd/p', 'd/a',
    'documents', 'remise', 'paiement', 'règlement', 'payable', 'net', 'contre', 'compte', 'paypal', 'western', 'escrow',
    'séquestre', 'irrévocable', 'o/a', 'open', 'transfert', 'par', 'comptant', 'reste', 'dépôt', 'payer', 'paye', 'paie',
    'payons', 'payerons', 'paierons', 'verser', 'verse', 'versons', 'virer', 'vire', 'virons', 'régler', 'réglons',
  ]),
  paymentTerms: [
    { id: 'balance_before_shipment', source: String.raw`(\d{1,3})\s*%\s*(?:de\s+|du\s+)?(?:solde|reste|restant)\s+(?:à\s+payer\s+|a\s+payer\s+)?(?:avant|à|a|au|dès|des)\s+(?:l['’]\s*|le\s+|la\s+)?(?:exp[ée]dition|embarquement|chargement|livraison|d[ée]part)`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'balance_against_bl', source: String.raw`(\d{1,3})\s*%\s*(?:de\s+|du\s+)?(?:solde|reste|restant)\s+(?:contre|sur|après|apres|à\s+r[ée]ception\s+(?:de|du)|a\s+r[ée]ception\s+(?:de|du))\s+(?:la\s+|le\s+)?(?:copie\s+(?:du\s+|de\s+la\s+)?)?(?:b/?l|bl|connaissement)`, kind: 'balance_against_bl', percentGroup: 1 },
    { id: 'balance', source: String.raw`(\d{1,3})\s*%\s*(?:de\s+|du\s+)?(?:solde|reste|restant)`, kind: 'balance', percentGroup: 1 },
    // "70 % contre copie du connaissement", "70 % avant expédition": the share after the deposit.
    { id: 'percent_against_bl', source: String.raw`(\d{1,3})\s*%\s*(?:contre|sur|après|apres|(?:à|a)\s+r[ée]ception\s+(?:de|du))\s+(?:la\s+|le\s+)?(?:copie\s+(?:du\s+|de\s+la\s+|de\s+)?)?(?:b/?l|bl|connaissement)`, kind: 'balance_against_bl', percentGroup: 1 },
    { id: 'percent_before_shipment', source: String.raw`(\d{1,3})\s*%\s*(?:avant|(?:à|a|au|dès|des)\s+)\s*(?:l['’]\s*|le\s+|la\s+)?(?:exp[ée]dition|embarquement|chargement|d[ée]part)`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'tt_advance', source: String.raw`(\d{1,3})\s*%\s*(?:par\s+)?(?:t/?t|virement(?:\s+bancaire)?)\s+(?:à\s+l['’]\s*avance|a\s+l['’]\s*avance|d['’]\s*avance|avant\s+(?:la\s+)?production|à\s+la\s+commande|a\s+la\s+commande)`, kind: 'tt_advance', percentGroup: 1 },
    // Paying all of it up front is an advance, not a deposit: "100 % à la commande".
    { id: 'full_prepayment', source: String.raw`(100)\s*%\s*(?:d['’]\s*|de\s+l['’]\s*|en\s+|par\s+)?(?:t/?t\s+|virement\s+)?(?:acompte|avance|(?:à|a)\s+l['’]\s*avance|pr[ée]paiement|paiement\s+anticip[ée]|(?:à|a)\s+la\s+commande|avant\s+(?:la\s+|l['’]\s*)?(?:production|exp[ée]dition|livraison|embarquement|chargement))`, kind: 'tt_advance', percentGroup: 1 },
    // "avance" is an advance payment and "acompte" a deposit: "50 % d'avance", "30 % d'acompte".
    { id: 'advance_percent', source: String.raw`(\d{1,3})\s*%\s*(?:d['’]\s*|en\s+|par\s+|(?:à|a)\s+l['’]\s*)?(?:t/?t\s+|virement\s+)?(?:avance|pr[ée]paiement|paiement\s+anticip[ée])`, kind: 'tt_advance', percentGroup: 1 },
    { id: 'tt_deposit', source: String.raw`(\d{1,3})\s*%\s*(?:d['’]\s*|de\s+l['’]\s*|en\s+|par\s+|comme\s+)?(?:t/?t\s+|virement\s+)?(?:acompte|arrhes|versement\s+initial|(?:à|a)\s+la\s+(?:commande|confirmation|signature))(?:\s+par\s+(?:t/?t|virement(?:\s+bancaire)?))?`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'deposit_of', source: String.raw`(?:[ld]['’]\s*)?(?:acompte|arrhes)\s+(?:de\s+)?(\d{1,3})\s*%`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'advance_of', source: String.raw`(?:[ld]['’]\s*)?avance\s+de\s+(\d{1,3})\s*%`, kind: 'tt_advance', percentGroup: 1 },
    // A deposit with no share: "après l'acompte", "on paye le dépôt demain" (Quebec "dépôt").
    { id: 'deposit', source: String.raw`(?:[ld]['’]\s*)?(?:acompte|arrhes)`, kind: 'tt_deposit' },
    { id: 'pay_deposit', source: String.raw`(?:payer|paye|paie|payons|payerons|paierons|verser|verse|versons|virer|vire|virons)\s+(?:le|un|notre|votre)\s+d[ée]p[ôo]t`, kind: 'tt_deposit' },
    { id: 'advance_transfer', source: String.raw`(?:virement|paiement|r[èe]glement|t/?t|tt)(?:\s+bancaire)?\s+(?:(?:à|a)\s+l['’]\s*avance|d['’]\s*avance|anticip[ée])`, kind: 'tt_advance' },
    { id: 'pay_in_advance', source: String.raw`(?:payer|paye|paie|payons|r[ée]gler|r[ée]glons|verser|versons)\s+(?:tout\s+)?(?:(?:à|a)\s+l['’]\s*avance|d['’]\s*avance)`, kind: 'tt_advance' },
    { id: 'balance_before_shipment_plain', source: String.raw`(?:solde|reste)\s+(?:(?:à|a)\s+payer\s+)?(?:avant|(?:à|a|au|dès|des)\s)\s*(?:l['’]\s*|le\s+|la\s+)?(?:exp[ée]dition|embarquement|chargement|d[ée]part)`, kind: 'balance_before_shipment' },
    { id: 'balance_against_bl_plain', source: String.raw`(?:solde|reste)\s+(?:contre|sur|après|apres|(?:à|a)\s+r[ée]ception\s+(?:de|du))\s+(?:la\s+|le\s+)?(?:copie\s+(?:du\s+|de\s+la\s+|de\s+)?)?(?:b/?l|bl|connaissement)`, kind: 'balance_against_bl' },
    // "le solde" alone; "en solde" is a sale.
    { id: 'balance_plain', source: String.raw`(?<!en\s)solde`, kind: 'balance' },
    { id: 'lc_at_sight', source: String.raw`(?:lettre\s+de\s+cr[ée]dit|l/?c|lc|cr[ée]dit\s+documentaire|cr[ée]doc)(?:\s+irr[ée]vocable)?(?:\s+(?:et\s+)?confirm[ée]e?)?\s+(?:à|a)\s+vue|(?:l/?c|lc)\s+at\s+sight`, kind: 'lc_at_sight' },
    { id: 'lc_usance', source: String.raw`(?:l/?c|lc|lettre\s+de\s+cr[ée]dit|cr[ée]dit\s+documentaire|cr[ée]doc)(?:\s+irr[ée]vocable)?\s+(?:à|a)\s+\d{2,3}\s+jours`, kind: 'lc_usance' },
    { id: 'lc', source: String.raw`(?:cr[ée]dit\s+documentaire|cr[ée]doc|lettre\s+de\s+cr[ée]dit)(?:\s+irr[ée]vocable)?|l/c|(?<=\s)lc(?=[\s.,;!?]|$)`, kind: 'lc' },
    { id: 'dp', source: String.raw`d/p|documents\s+contre\s+paiement|remise\s+documentaire`, kind: 'dp' },
    { id: 'da', source: String.raw`d/a|documents\s+contre\s+acceptation`, kind: 'da' },
    { id: 'net_after', source: String.raw`(?:paiement|r[èe]glement|payable|cr[ée]dit)\s+(?:à|a)\s+(30|45|60|90|120)\s*(?:jours|j)`, kind: 'net_$1' },
    { id: 'net_end_of_month', source: String.raw`(30|45|60|90|120)\s*(?:jours|j)\s+(?:fin\s+de\s+mois|fdm|date\s+de\s+facture|nets?)`, kind: 'net_$1' },
    { id: 'net', source: String.raw`net\s*-?\s*(30|45|60|90|120|15|7)`, kind: 'net_$1' },
    { id: 'cash_against_documents', source: String.raw`(?:paiement|comptant)\s+contre\s+documents|cash\s+against\s+documents`, kind: 'cad' },
    { id: 'open_account', source: String.raw`compte\s+ouvert|open\s+account|o/a`, kind: 'open_account' },
    { id: 'paypal', source: String.raw`paypal`, kind: 'paypal' },
    { id: 'western_union', source: String.raw`western\s+union`, kind: 'western_union' },
    { id: 'escrow', source: String.raw`escrow|trade\s+assurance|(?:compte\s+)?s[ée]questre`, kind: 'escrow' },
    { id: 'tt', source: String.raw`t/t|virement\s+(?:bancaire|swift|t[ée]l[ée]graphique|international)|par\s+virement|transfert\s+bancaire`, kind: 'tt' },
  ],
};

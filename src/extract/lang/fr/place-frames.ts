/**
 * French frames that put a place on another party's side: a supplier's or
 * competitor's location, a factory, or the origin of the goods ("un
 * fournisseur à Shenzhen nous propose…", "fabriqué en Chine", "nous
 * achetions en Turquie"). Unaccented spellings are added by `foldPattern`.
 */
import type { PlaceFrameCues } from '../types.js';
import { foldPattern } from './spelling.js';

/** Another party that sells or makes the goods. "Notre fournisseur" is still another party. */
const PARTIES =
  'fournisseur|fournisseurs|concurrent|concurrents|exportateur|exportateurs|vendeur|vendeurs|fabricant|fabricants|' +
  'producteur|producteurs|usines|ateliers';
/** Singular facilities, framed only after a determiner that is not the buyer's ("une", "votre"). */
const FACILITIES = 'usine|fabrique|atelier';
/** Sites the buyer calls "notre" ("nos usines au Maroc", "notre entrepôt à Dakar"). */
const OWN_SITES =
  'usine|usines|atelier|ateliers|entrepôt|entrepôts|dépôt|dépôts|bureau|bureaux|magasin|magasins|boutique|boutiques|' +
  'succursale|succursales|agence|agences|siège';
/** Nouns a buyer uses for itself ("nous sommes distributeur à Abidjan"). */
const SELF = `${PARTIES}|${OWN_SITES}|importateur|importateurs|distributeur|distributeurs|grossiste|grossistes|société|entreprise`;
/** Nationality adjectives that follow a party noun ("fournisseur italien", "proveedor chino", "fornecedor chinês"). */
const NATIONALITIES =
  'italien|italienne|italiens|chinois|chinoise|turc|turque|turcs|indien|indienne|indiens|espagnol|espagnole|allemand|allemande|vietnamien|vietnamienne|européen|européenne|portugais|portugaise|marocain|marocaine|étranger|étrangère|local|locale|locaux';
/** Words between the noun and the place: "fournisseur actuel en", "fournisseurs basés à". */
const QUALIFIERS =
  '?actuel|actuels|actuelle|habituel|habituels|ancien|anciens|précédent|basé|basés|basée|situé|situés|située|installé|installés|implanté|implantés';
const PLACE_PREPOSITIONS = 'à|au|aux|en|de|du|des|depuis';
/** Verbs of buying somewhere: "nous achetons en Chine". */
const BUYING = 'achetons|achetions|achetait|achète|achetais|achetez|acheté|acheter';
/** Verbs of bringing goods in. "Importer au Sénégal" names the buyer's own country, so these take only "de" and its contractions. */
const IMPORTING = 'importons|importions|importait|importe|importais|importer';
const ADVERBS = "?actuellement|habituellement|aujourd'hui|déjà|directement|toujours";
const FROM = 'de|du|des|depuis';

/** French place frames. */
export const FR_PLACE_FRAMES: PlaceFrameCues = {
  before: [
    `${PARTIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `${PARTIES} ${NATIONALITIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `${PARTIES} de _ ?_ ${PLACE_PREPOSITIONS}`,
    // A relative clause between the party and its place ("le fournisseur avec qui nous travaillons à Izmir").
    `${PARTIES} ?avec que|qui|lequel|laquelle nous|on|je avons|a|ai|utilisons|utilise|connaissons|travaillons|travaille|achetons|achète .. ${PLACE_PREPOSITIONS}`,
    // The city of a trade fair or meeting does not show where the buyer is ("rencontrés au salon de Canton").
    'salon|salons|foire|foires|expo|exposition de|à|a|au',
    'rencontrés|rencontré|vus|croisés à|a|au',
    `une|un|autre|votre|vos|leur|leurs|cette ${FACILITIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `concurrence ${FROM}`,
    `fabriqué|fabriqués|fabriquée|fabriquées|produit|produite|produites|assemblé|assemblés|assemblée|assemblées ${PLACE_PREPOSITIONS}`,
    `importé|importés|importée|importées|originaire|originaires|provenance|provenant ${FROM}`,
    "pays d'origine ?:",
    'made in',
    `${BUYING} ${ADVERBS} ${PLACE_PREPOSITIONS}`,
    `${IMPORTING} ${ADVERBS} ${FROM}`,
  ].map(foldPattern),
  after: [],
  own: [
    `notre|nos|mon|ma|mes ?propre|propres ${OWN_SITES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `nous|je sommes|suis .. ${SELF} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `nous|je sommes|suis .. ${SELF} de _ ?_ ${PLACE_PREPOSITIONS}`,
    // "Nous avons un fournisseur en Chine" is another party, so "avons" takes only the buyer's sites.
    `nous avons|possédons .. ${OWN_SITES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `j'ai .. ${OWN_SITES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
  ].map(foldPattern),
  articles: ['le', 'la', 'les', "l'"],
  listLinkers: ['et', 'ou'],
  destination: [
    "faut|faudrait|doit|doivent|devra|devront|rentre|rentrer|arriver|arrive ... à|a|au|en ?port ?de|du|d'",
    'caf|cfr|cif|fob|dap|ddp ?port ?de|du',
    "jusqu'à|jusqu|vers|via ?le|la ?port ?de|du",
    'à|a destination ?finale de|du|d',
    'expédier|expédiez|expédié|expédiée|envoyer|envoyez|embarquer|embarquez|charger|chargez|livrer|livrez|livrons|fret|transport|envoi|expédition|acheminement à|a|au|vers|pour|sur ?le|la ?port ?de|du',
    'livraison|livrer|livré|livrée|livrés|livrées|livrez|livrons|rendu|rendus|rendue|rendues|débarquement|déchargement ?à|au|en|sur ?port ?de|du',
    'destination ?finale ?: ?port ?de|du',
    'port|lieu de destination|déchargement|livraison ?: ?est|sera',
  ].map(foldPattern),
};

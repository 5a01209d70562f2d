/**
 * Portuguese frames that put a place on another party's side: a supplier's
 * or competitor's location, a factory, or the origin of the goods ("um
 * fornecedor de Guangzhou cobra menos", "feito no Vietnã", "comprávamos da
 * Turquia"). Unaccented spellings are added by `foldPattern`.
 */
import type { PlaceFrameCues } from '../types.js';
import { foldPattern } from './spelling.js';

/** Another party that sells or makes the goods. "Nosso fornecedor" is still another party. */
const PARTIES =
  'fornecedor|fornecedores|concorrente|concorrentes|exportador|exportadores|vendedor|vendedores|fabricante|fabricantes|' +
  'produtor|produtores|fábricas|plantas';
/** Singular facilities, framed only after a determiner that is not the buyer's ("uma", "sua"). */
const FACILITIES = 'fábrica|planta';
/** Sites the buyer calls "nosso" ("nossas fábricas no México", "nosso armazém em Luanda"). */
const OWN_SITES =
  'fábrica|fábricas|planta|plantas|armazém|armazéns|depósito|depósitos|escritório|escritórios|loja|lojas|filial|filiais|sede|galpão|centro';
/** Nouns a buyer uses for itself ("somos distribuidores em Luanda"). */
const SELF = `${PARTIES}|${OWN_SITES}|importador|importadores|importadora|distribuidor|distribuidores|distribuidora|atacadista|atacadistas|empresa`;
/** Nationality adjectives that follow a party noun ("fournisseur italien", "proveedor chino", "fornecedor chinês"). */
const NATIONALITIES =
  'chinês|chinesa|chineses|turco|turca|turcos|indiano|indiana|indianos|italiano|italiana|italianos|alemão|alemã|vietnamita|vietnamitas|europeu|europeia|espanhol|espanhola|português|portuguesa|estrangeiro|estrangeira|local|locais';
/** Words between the noun and the place: "fornecedor atual na", "fornecedores sediados em". */
const QUALIFIERS =
  '?atual|atuais|anterior|anteriores|habitual|habituais|localizado|localizados|localizada|sediado|sediados|sediada|baseado|baseados';
const PLACE_PREPOSITIONS = 'de|do|da|dos|das|em|no|na|nos|nas|desde';
/** Verbs of buying somewhere: "compramos na China". */
const BUYING = 'compramos|comprávamos|comprava|comprei|compro|comprar';
/** Verbs of bringing goods in. "Importar para Angola" names the buyer's own country, so these take only "de" and its contractions. */
const IMPORTING = 'importamos|importávamos|importava|importo|importar|trazemos|trazíamos|trouxemos|trazer';
const ADVERBS = '?hoje|atualmente|normalmente|sempre|antes|direto|diretamente';
const FROM = 'de|do|da|dos|das|desde';

/** Portuguese place frames. */
export const PT_PLACE_FRAMES: PlaceFrameCues = {
  before: [
    `${PARTIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `${PARTIES} ${NATIONALITIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `${PARTIES} de _ ?_ ${PLACE_PREPOSITIONS}`,
    // A relative clause between the party and its place ("o fornecedor com quem trabalhamos em Ningbo").
    `${PARTIES} ?com ?o|a|os|as que|quem|qual|quais temos|tínhamos|usamos|usávamos|conhecemos|encontramos|trabalhamos|trabalhávamos|compramos|comprávamos .. ${PLACE_PREPOSITIONS}`,
    `uma|outra|outras|sua|suas|alguma|essa ${FACILITIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `concorrência ${FROM}`,
    `feito|feitos|feita|feitas|fabricado|fabricados|fabricada|fabricadas|produzido|produzidos|produzida|produzidas ${PLACE_PREPOSITIONS}`,
    `importado|importados|importada|importadas|procedente|procedentes|proveniente|provenientes|oriundo|oriundos|oriunda|oriundas ${FROM}`,
    'país de origem ?:',
    // The city of a trade fair or meeting does not show where the buyer is ("nos conhecemos na feira em Guangzhou").
    'feira|feiras|expo|exposição ?de em|de|do|da|no|na',
    'conhecemos|vimos|encontramos em|no|na',
    'made in',
    `${BUYING} ${ADVERBS} ${PLACE_PREPOSITIONS}`,
    `${IMPORTING} ${ADVERBS} ${FROM}`,
  ].map(foldPattern),
  after: [],
  own: [
    `nosso|nossa|nossos|nossas|meu|minha|meus|minhas ?próprio|própria|próprios|próprias ${OWN_SITES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `somos|sou .. ${SELF} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `somos|sou .. ${SELF} de _ ?_ ${PLACE_PREPOSITIONS}`,
    // "Temos um fornecedor na China" is another party, so "temos" takes only the buyer's sites.
    `temos|possuímos .. ${OWN_SITES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
  ].map(foldPattern),
  articles: ['o', 'a', 'os', 'as'],
  listLinkers: ['e', 'ou'],
  destination: [
    'deve|devem|deveria|tem|têm ?que chegar|estar a|ao|à|no|na|em ?porto ?de|do|da',
    'precisamos|preciso|precisaríamos|precisariamos|queremos|quero ... no|na|em|até ?porto ?de|do|da',
    'venha|venham|chegue|cheguem a|ao|à|no|na|em ?porto ?de|do|da',
    'para|pra|até|rumo|via ?o|a ?porto|portos ?de|do|da',
    'entrega|entregar|entregue|entregues|entregues|embarcar|embarque|embarcamos|posto|postos|posta|descarga em|no|na|ao|à ?porto ?de|do|da',
    'destino ?final ?: ?porto ?de|do|da',
    'porto|local de destino|descarga|entrega ?:',
  ].map(foldPattern),
};

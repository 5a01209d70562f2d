/**
 * Spanish frames that put a place on another party's side: a supplier's or
 * competitor's location, a factory, or the origin of the goods ("un
 * proveedor de Ningbo nos ofrece…", "hecho en Vietnam", "comprábamos en
 * Turquía"). Accented and unaccented spellings are both listed.
 */
import type { PlaceFrameCues } from '../types.js';

/** Another party that sells or makes the goods. "Nuestro proveedor" is still another party. */
const PARTIES =
  'proveedor|proveedores|competidor|competidores|exportador|exportadores|vendedor|vendedores|fabricante|fabricantes|' +
  'productor|productores|fábricas|fabricas|plantas|talleres';
/** Singular facilities, framed only after a determiner that is not the buyer's ("una", "su"). */
const FACILITIES = 'fábrica|fabrica|planta|taller';
/** Sites the buyer calls "nuestro" ("nuestras fábricas en México", "nuestro almacén en Lima"). */
const OWN_SITES =
  'fábrica|fabrica|fábricas|fabricas|planta|plantas|taller|talleres|almacén|almacen|almacenes|bodega|bodegas|oficina|oficinas|' +
  'tienda|tiendas|sucursal|sucursales|sede|local';
/** Nouns a buyer uses for itself ("somos proveedores en Lima", "somos fabricantes de muebles en Quito"). */
const SELF = `${PARTIES}|${OWN_SITES}|importador|importadores|importadora|distribuidor|distribuidores|distribuidora|mayorista|mayoristas|empresa`;
/** Nationality adjectives that follow a party noun ("fournisseur italien", "proveedor chino", "fornecedor chinês"). */
const NATIONALITIES =
  'chino|china|chinos|turco|turca|turcos|indio|india|indios|italiano|italiana|italianos|alemán|alemana|vietnamita|vietnamitas|europeo|europea|español|española|mexicano|mexicana|peruano|peruana|brasileño|brasileña|extranjero|extranjera|local|locales';
/** Words between the noun and the place: "proveedor actual en", "proveedores ubicados en". */
const QUALIFIERS =
  '?actual|actuales|anterior|anteriores|habitual|habituales|ubicado|ubicados|ubicada|ubicadas|radicado|radicados|situado|situados|basado|basados';
const PLACE_PREPOSITIONS = 'de|del|en|desde';
/** Verbs of buying somewhere: "compramos en China". */
const BUYING = 'compramos|comprábamos|comprabamos|compraba|compro|compré|compre|comprar|comprarle|comprarles';
/** Verbs of bringing goods in. "Importar a Perú" names the buyer's own country, so these take only "de" and "desde". */
const IMPORTING = 'importamos|importábamos|importabamos|importo|importar|traemos|traíamos|traiamos|trajimos|traer';
const ADVERBS = '?actualmente|normalmente|siempre|antes|hoy|directamente';

/** Spanish place frames. */
export const ES_PLACE_FRAMES: PlaceFrameCues = {
  before: [
    `${PARTIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `${PARTIES} ${NATIONALITIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `${PARTIES} de _ ?_ en|de|desde|del`,
    // A relative clause between the party and its place ("el proveedor con el que trabajamos en Ningbo").
    `${PARTIES} ?con ?el|la|los|las que|quien|quienes|cual tenemos|teníamos|usamos|usábamos|conocimos|encontramos|trabajamos|trabajábamos|compramos|comprábamos .. en|de|desde`,
    // The city of a trade fair or meeting does not show where the buyer is ("nos conocimos en la feria de Cantón").
    'feria|ferias|expo|exposición ?de en|de|del',
    'conocimos|vimos|encontramos en',
    `una|otra|otras|su|sus|alguna|esa ${FACILITIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    'competencia de|del|desde',
    'hecho|hechos|hecha|hechas|fabricado|fabricados|fabricada|fabricadas|producido|producidos|producida|producidas en|de|desde|del',
    'importado|importados|importada|importadas|procedente|procedentes|proveniente|provenientes|originario|originarios|originaria|originarias de|del|desde',
    'país|pais de origen ?:',
    'made in',
    `${BUYING} ${ADVERBS} en|de|desde|del`,
    `${IMPORTING} ${ADVERBS} de|desde|del`,
  ],
  after: [],
  own: [
    `nuestro|nuestra|nuestros|nuestras|mi|mis ?propio|propia|propios|propias ${OWN_SITES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `somos|soy .. ${SELF} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `somos|soy .. ${SELF} de _ ?_ en|de|desde|del`,
    // "Tenemos un proveedor en China" is another party, so "tenemos" takes only the buyer's sites.
    `tenemos|contamos ?con .. ${OWN_SITES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
  ],
  articles: ['el', 'la', 'los', 'las'],
  listLinkers: ['y', 'e', 'o', 'u'],
  destination: [
    'debe|deben|debería|deberia|tiene|tienen ?que llegar|estar a|al|en ?el ?puerto ?de|del',
    'necesitamos|necesito|necesitaríamos|necesitariamos|queremos|quiero|requerimos ... en|a|al ?el ?puerto ?de|del',
    'venga|vengan|llegue|lleguen a|al|en ?el ?puerto ?de|del',
    'embarcar|embarquen|despachar|despachen|enviar|envíen|envien|mandar|manden ... a|al ?puerto ?de|del',
    'hasta|para|rumbo|vía|via ?a ?el ?puerto|puertos ?de|del',
    'shipping|envío|envio|enviar|envíen|envien|embarcar|embarquen|despachar|despachen|flete|mandar|manden|llevar|traer|cargar a|al ?puerto ?de|del',
    'entrega|entregar|entregado|entregada|entregados|entregadas|entregue|entreguen|puesto|puesta|puestos|puestas|descarga en|al ?puerto ?de|del',
    'destino ?final ?: ?puerto ?de|del',
    'puerto|lugar de destino|descarga|entrega ?:',
  ],
};

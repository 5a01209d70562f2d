/**
 * Spanish entity cues: unit words, currency words, payment terms and places.
 * Buyers mix Spanish words with the trade abbreviations of English ("pcs",
 * "40HQ", "T/T"), so those are listed too.
 */
import type { EntityCues } from '../types.js';
import { ES_PLACE_FRAMES } from './place-frames.js';
import { ES_PLACES } from './places.js';

// "Par" (pair) is left out as a counted unit because "un par de semanas" means "a couple of weeks", and
// "hoja" (sheet) because "una hoja técnica" is a datasheet. "Ml" is millilitres, not linear meters.
// "Mts" is meters in Spanish, not metric tons.
/**
 * Builds the container phrases: "contenedor" or "contenedores", with or without "de", then the size
 * written as "40", "40'", "40 pies" or "40ft". A 40 may also carry a high-cube mark ("40' HC", "40HQ").
 */
function containerPhrases(): Record<string, string> {
  const out: Record<string, string> = {};
  const marks = ['', "'", ' pies', 'ft', ' ft'];
  const cubes = ['hq', 'hc', 'high cube'];
  for (const noun of ['contenedor', 'contenedores']) {
    for (const linker of [' de ', ' ']) {
      for (const mark of marks) {
        out[`${noun}${linker}20${mark}`] = 'containers_20ft';
        out[`${noun}${linker}40${mark}`] = 'containers_40ft';
        for (const cube of cubes) {
          out[`${noun}${linker}40${mark} ${cube}`] = 'containers_40hq';
          out[`${noun}${linker}40${mark}${cube}`] = 'containers_40hq';
        }
      }
    }
  }
  return out;
}

const UNITS: Record<string, string> = {
  pieza: 'pcs', piezas: 'pcs', pza: 'pcs', pzas: 'pcs', pz: 'pcs', pzs: 'pcs', unidad: 'pcs', unidades: 'pcs',
  ud: 'pcs', uds: 'pcs', und: 'pcs', unds: 'pcs', pc: 'pcs', pcs: 'pcs', pieces: 'pcs', units: 'pcs',
  juego: 'sets', juegos: 'sets', set: 'sets', sets: 'sets', kit: 'sets', kits: 'sets', conjunto: 'sets', conjuntos: 'sets',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogramo: 'kg', kilogramos: 'kg',
  tonelada: 'tons', toneladas: 'tons', ton: 'tons', tons: 'tons', tn: 'tons', tm: 'tons', mt: 'tons',
  'toneladas métricas': 'tons', 'toneladas metricas': 'tons',
  m: 'm', metro: 'm', metros: 'm', mts: 'm', 'metro lineal': 'm', 'metros lineales': 'm',
  m2: 'm2', 'm²': 'm2', mt2: 'm2', mts2: 'm2', 'metro cuadrado': 'm2', 'metros cuadrados': 'm2',
  caja: 'boxes', cajas: 'boxes', rollo: 'rolls', rollos: 'rolls', bobina: 'rolls', bobinas: 'rolls',
  pares: 'pairs',
  litro: 'liters', litros: 'liters', lt: 'liters', lts: 'liters', ltr: 'liters',
  cartón: 'cartons', carton: 'cartons', cartones: 'cartons', ctn: 'cartons', ctns: 'cartons',
  bolsa: 'bags', bolsas: 'bags', saco: 'bags', sacos: 'bags', costal: 'bags', costales: 'bags',
  pallet: 'pallets', pallets: 'pallets', palé: 'pallets', palés: 'pallets', palet: 'pallets', palets: 'pallets',
  tarima: 'pallets', tarimas: 'pallets', estiba: 'pallets', estibas: 'pallets',
  tambor: 'drums', tambores: 'drums', tambo: 'drums', tambos: 'drums', bidón: 'drums', bidones: 'drums', bidon: 'drums',
  botella: 'bottles', botellas: 'bottles', lámina: 'sheets', láminas: 'sheets',
  lamina: 'sheets', laminas: 'sheets', plancha: 'sheets', planchas: 'sheets',
  docena: 'dozen', docenas: 'dozen',
  contenedor: 'containers', contenedores: 'containers', container: 'containers', containers: 'containers', fcl: 'containers',
  // NOTE: the engine tries these only at a number or number word, so "el contenedor de 40" without a
  // count is not read as one container ("un contenedor de 40" and a bare "40HQ" are).
  '20ft': 'containers_20ft', "20'": 'containers_20ft', '20gp': 'containers_20ft', '20dc': 'containers_20ft', '20st': 'containers_20ft',
  '20 pies': 'containers_20ft', '40ft': 'containers_40ft', "40'": 'containers_40ft', '40gp': 'containers_40ft',
  '40dc': 'containers_40ft', '40st': 'containers_40ft', '40 pies': 'containers_40ft',
  '40hq': 'containers_40hq', '40hc': 'containers_40hq', "40'hq": 'containers_40hq', "40'hc": 'containers_40hq',
  '40 hq': 'containers_40hq', '40 hc': 'containers_40hq', "40' hq": 'containers_40hq', "40' hc": 'containers_40hq',
  'contenedor high cube': 'containers_40hq', 'contenedores high cube': 'containers_40hq', '40 high cube': 'containers_40hq',
  ...containerPhrases(),
};

/** Spanish entity cues. */
export const ES_ENTITIES: EntityCues = {
  units: UNITS,
  perUnit: {
    pieza: 'pcs', pza: 'pcs', pz: 'pcs', unidad: 'pcs', ud: 'pcs', und: 'pcs', pc: 'pcs', pcs: 'pcs', piece: 'pcs', unit: 'pcs',
    juego: 'sets', set: 'sets', kit: 'sets', kg: 'kg', kilo: 'kg', tonelada: 'tons', ton: 'tons', tn: 'tons', tm: 'tons',
    m: 'm', metro: 'm', mt: 'tons', m2: 'm2', 'm²': 'm2', mt2: 'm2', 'metro cuadrado': 'm2', 'metros cuadrados': 'm2',
    'metro lineal': 'm', caja: 'boxes', rollo: 'rolls', par: 'pairs',
    litro: 'liters', lt: 'liters', cartón: 'cartons', carton: 'cartons', bolsa: 'bags', saco: 'bags',
    pallet: 'pallets', tarima: 'pallets', botella: 'bottles', docena: 'dozen', contenedor: 'containers',
  },
  // "c/u" (cada uno) is a common way Latin American quotes write "each".
  eachWords: ['c/u', 'c/una', 'cada uno', 'cada una', 'la pieza', 'la unidad', 'por pieza', 'por unidad', 'each'],
  perWords: ['por', 'x', 'cada', 'el', 'la', '/'],
  // NOTE: "$" always reads as USD, but in Mexico, Colombia, Chile and Argentina a bare "$" usually
  // means the local peso, and a bare "pesos" names no country, so it is not listed here.
  currencyWords: {
    dólar: 'USD', dólares: 'USD', dolar: 'USD', dolares: 'USD', dls: 'USD', dlls: 'USD', usd: 'USD',
    // Argentina and Uruguay write the US dollar "u$s" ("u$s 14,20").
    'u$s': 'USD', 'u$d': 'USD', 'us$': 'USD',
    euro: 'EUR', euros: 'EUR', yuan: 'CNY', yuanes: 'CNY', rmb: 'CNY',
    'pesos mexicanos': 'MXN', 'pesos colombianos': 'COP', 'pesos chilenos': 'CLP', 'pesos argentinos': 'ARS',
    'pesos uruguayos': 'UYU', mxn: 'MXN', cop: 'COP', clp: 'CLP', ars: 'ARS', pen: 'PEN', uyu: 'UYU',
    soles: 'PEN', 'nuevos soles': 'PEN', 's/': 'PEN', 's/.': 'PEN', bolívares: 'VES', bolivares: 'VES',
    quetzales: 'GTQ', colones: 'CRC', guaraníes: 'PYG', guaranies: 'PYG', lempiras: 'HNL', córdobas: 'NIO',
    bolivianos: 'BOB', reales: 'BRL',
  },
  // No "m": after a number it is meters ("5 m", "5 mm"), never millions.
  magnitudes: { k: 1_000, mil: 1_000, millón: 1_000_000, millon: 1_000_000, millones: 1_000_000, mn: 1_000_000 },
  // "5.000 a 20.000 USD", "de 45 a 60 días", "hasta" in "de 30 hasta 45 días", "y" in "entre 40.000 y 45.000 €".
  rangeWords: ['a', 'al', 'hasta', 'y'],
  numberWords: {
    un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60,
    noventa: 90, cien: 100, mil: 1000,
  },
  durationUnits: {
    día: 1, días: 1, dia: 1, dias: 1, 'días hábiles': 1, 'dias habiles': 1, 'días laborables': 1, 'dias laborables': 1,
    'días naturales': 1, 'dias naturales': 1, 'días calendario': 1, 'dias calendario': 1, 'días corridos': 1,
    'dias corridos': 1, 'días útiles': 1, 'dias utiles': 1, semana: 7, semanas: 7, mes: 30, meses: 30,
  },
  incotermPlaceStopWords: [
    'precio', 'precios', 'término', 'termino', 'términos', 'terminos', 'condición', 'condicion', 'condiciones', 'base',
    'cotización', 'cotizacion', 'oferta', 'incoterm', 'incoterms', 'envío', 'envio', 'embarque', 'entrega', 'favor',
    'por', 'o', 'y', 'a', 'al', 'puerto', 'solo', 'sólo', 'tarifa', 'costo', 'coste', 'valor', 'nosotros', 'yo', 'es',
    'el', 'la', 'los', 'las', 'con', 'para', 'en', 'desde', 'de', 'del', 'si', 'hasta', 'incluido', 'incluye', 'price',
  ],
  portIntroducers: [
    'puerto de', 'puerto del', 'puerto:', 'puerto destino', 'puerto de destino', 'puerto destino:', 'puerto de destino:',
    'puerto de descarga', 'puerto de descarga:', 'puerto de carga', 'puerto de carga:', 'puerto de embarque',
    'puerto de embarque:', 'pod:', 'pol:',
  ],
  modelIntroducers: [
    'modelo', 'mod.', 'mod', 'ref', 'ref.', 'referencia', 'código', 'codigo', 'cód.', 'cod.', 'sku', 'artículo',
    'articulo', 'art.', 'item', 'ítem', 'número de parte', 'numero de parte', 'no. de parte', 'p/n', 'model',
  ],
  productLinkers: ['de'],
  // Words after a bare number that name no goods ("14 stores", "3 times").
  countStops: `
    personas empleados trabajadores clientes compradores socios tiendas sucursales locales puntos hoteles
    habitaciones pisos escuelas hospitales clínicas clinicas restaurantes países paises ciudades mercados regiones
    veces modelos colores tallas medidas diseños disenos estilos variantes versiones referencias envíos envios
    embarques pedidos órdenes ordenes entregas camiones fotos páginas paginas estrellas grados por para con del
    los las que más mas menos entre como sobre cada otros otras nuevos nuevas total primeros primeras últimos
    ultimos próximos proximos proveedores fábricas fabricas hábiles habiles naturales calendario cien mil millones
    horas minutos segundos lotes tonos modos funciones capas tipos clases formas pasos opciones
    años anos noches pulgadas pies hilos micras correos mensajes edificios viviendas apartamentos casas temporadas productos aromas sabores
  `
    .trim()
    .split(/\s+/),
  productStopWords: [
    'para', 'a', 'al', 'con', 'en', 'por', 'desde', 'y', 'o', 'u', 'e', 'precio', 'modelo', 'ref', 'referencia', 'tipo',
    'cada', 'c/u', 'que', 'pero', 'si', 'como', 'favor', 'entregado', 'entregados', 'enviado', 'enviados', 'urgente',
    'el', 'los', 'las', 'la', 'del', 'lo', 'nosotros', 'usted', 'ustedes', 'antes', 'hasta', 'cuando', 'más', 'mas',
  ],
  certificationContext: [
    'certificado', 'certificados', 'certificada', 'certificadas', 'certificación', 'certificacion', 'certificaciones',
    'homologación', 'homologacion', 'homologado', 'homologada', 'norma', 'normas', 'normativa', 'registro', 'sello',
    'marcado', 'aprobación', 'aprobacion', 'aprobado', 'cumplimiento', 'conformidad', 'estándar', 'estandar',
    'acreditación', 'acreditacion', 'certificate', 'certified',
  ],
  places: ES_PLACES,
  placeFrames: ES_PLACE_FRAMES,
  paymentTermStarts: [
    'carta', 'l/c', 'lc', 'd/p', 'd/a', 'documentos', 'neto', 'net', 't/t', 'tt', 'transferencia', 'o/a', 'cuenta',
    'pago', 'paypal', 'western', 'escrow', 'anticipo', 'adelanto', 'depósito', 'deposito', 'enganche', 'prepago',
    'saldo', 'resto', 'restante', 'crédito', 'credito', 'contra', 'contraentrega', 'efectivo', 'giro', 'seña', 'sena',
    'wire', 'abono',
  ],
  // Order is priority at one position: a percent form ("30% de anticipo por T/T") comes before its bare
  // word, and every balance form before the plain "saldo". A credit period ("60 días de crédito", "pago a 30
  // días") is an open account; only a literal "neto 30" keeps its days in the kind.
  paymentTerms: [
    { id: 'balance_before_shipment', source: String.raw`(\d{1,3})\s*%\s*(?:de\s+)?(?:(?:saldo|resto|restante|balance)\s+)?(?:restante\s+)?(?:del\s+pago\s+)?(?:antes\s+del?|previo\s+al?)\s+(?:la\s+|el\s+)?(?:embarque|envío|envio|despacho|carga|entrega|embarcar|enviar)`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'balance_against_bl', source: String.raw`(\d{1,3})\s*%\s*(?:de\s+)?(?:(?:saldo|resto|restante|balance)\s+)?(?:restante\s+)?(?:contra|al\s+recibir|con)\s+(?:la\s+|el\s+)?(?:copia\s+(?:del?\s+)?(?:la\s+|el\s+)?)?(?:b/?l|bl|conocimiento\s+de\s+embarque)`, kind: 'balance_against_bl', percentGroup: 1 },
    { id: 'balance_before_shipment_bare', source: String.raw`(?:saldo|resto|restante|balance)\s+(?:del\s+pago\s+)?(?:antes\s+del?|previo\s+al?)\s+(?:la\s+|el\s+)?(?:embarque|envío|envio|despacho|carga|entrega|embarcar|enviar|cargar|despachar)`, kind: 'balance_before_shipment' },
    { id: 'balance_against_bl_bare', source: String.raw`(?:saldo|resto|restante|balance)\s+(?:contra|al\s+recibir|con)\s+(?:la\s+|el\s+)?(?:copia\s+(?:del?\s+)?(?:la\s+|el\s+)?)?(?:b/?l|bl|conocimiento\s+de\s+embarque)`, kind: 'balance_against_bl' },
    { id: 'balance', source: String.raw`(\d{1,3})\s*%\s*(?:de\s+)?(?:saldo|restante|resto|balance)`, kind: 'balance', percentGroup: 1 },
    { id: 'balance_of', source: String.raw`(?:saldo|resto|restante)\s+(?:del?\s+)?(\d{1,3})\s*%`, kind: 'balance', percentGroup: 1 },
    { id: 'tt_advance', source: String.raw`(\d{1,3})\s*%\s*(?:por\s+|vía\s+|via\s+)?(?:t/?t|tt|transferencia(?:\s+bancaria)?)\s+(?:por\s+adelantado|anticipad[oa]|antes\s+de\s+(?:la\s+)?(?:producción|produccion|producir|fabricar))`, kind: 'tt_advance', percentGroup: 1 },
    { id: 'tt_advance_percent', source: String.raw`(\d{1,3})\s*%\s*(?:del?\s+(?:total|valor|monto|importe|pedido)\s+)?(?:por\s+adelantado|adelantado|anticipado|(?:como\s+)?pago\s+anticipado)`, kind: 'tt_advance', percentGroup: 1 },
    { id: 'tt_deposit', source: String.raw`(\d{1,3})\s*%\s*(?:de\s+)?(?:t/?t\s+|tt\s+)?(?:anticipo|adelanto|depósito|deposito|enganche|seña|sena|pago\s+inicial|prepago|inicial)(?:\s+(?:por|vía|via|mediante|con|en)\s+(?:t/?t|tt|transferencia(?:\s+bancaria)?))?`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'tt_deposit_on_order', source: String.raw`(\d{1,3})\s*%\s*(?:al|a\s+la|con\s+la|con\s+el)\s+(?:confirmar|confirmación|confirmacion|firmar|firma|colocar|pedido|orden|oc|po)`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'deposit_of', source: String.raw`(?:anticipo|adelanto|depósito|deposito|enganche|seña|sena|pago\s+inicial|prepago)\s+(?:del?\s+)?(\d{1,3})\s*%`, kind: 'tt_deposit', percentGroup: 1 },
    // A share sent by transfer: "la transferencia del 30%", "wire del 50%", "ya deposité el 40%".
    { id: 'transfer_of_share', source: String.raw`(?:transferencia|wire|giro|abono)\s+(?:bancari[oa]\s+)?del?\s+(\d{1,3})\s*%`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'paid_share', source: String.raw`(?<=(?:deposit[eé]|depositamos|transfer[ií]|transferimos|gir[eé]|giramos|pagu[eé]|pagamos|mand[eé]|mandamos|deposito)\s+(?:el\s+)?)(\d{1,3})\s*%`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'lc_at_sight', source: String.raw`(?:carta\s+de\s+cr[ée]dito|l/?c)\s+(?:irrevocable\s+)?(?:a\s+la\s+vista|a\s+vista|at\s+sight)`, kind: 'lc_at_sight' },
    { id: 'lc_usance', source: String.raw`(?:carta\s+de\s+cr[ée]dito|l/?c)\s+(?:irrevocable\s+)?(?:a\s+)?\d{2,3}\s+d[íi]as`, kind: 'lc_usance' },
    { id: 'lc', source: String.raw`carta\s+de\s+cr[ée]dito(?:\s+irrevocable)?|l/c|(?<=\s)lc(?=\s)`, kind: 'lc' },
    { id: 'dp', source: String.raw`d/p|documentos\s+contra\s+pago`, kind: 'dp' },
    { id: 'da', source: String.raw`d/a|documentos\s+contra\s+aceptaci[óo]n`, kind: 'da' },
    { id: 'net', source: String.raw`net[o]?\s*-?\s*(30|45|60|90|120|15|7)`, kind: 'net_$1' },
    { id: 'credit_days', source: String.raw`(?:pago|cr[ée]dito)\s+(?:a\s+|de\s+)?\d{1,3}\s+d[íi]as`, kind: 'open_account' },
    { id: 'days_of_credit', source: String.raw`\d{1,3}\s+d[íi]as\s+(?:de\s+)?(?:cr[ée]dito|financiamiento|plazo\s+de\s+pago)`, kind: 'open_account' },
    { id: 'tt_in_advance', source: String.raw`(?:t/?t|tt|transferencia(?:\s+bancaria)?)\s+(?:por\s+adelantado|anticipad[ao])`, kind: 'tt_advance' },
    { id: 'advance_payment', source: String.raw`pago\s+(?:por\s+)?(?:adelantado|anticipado)`, kind: 'tt_advance' },
    { id: 'open_account', source: String.raw`o/a|cuenta\s+abierta`, kind: 'open_account' },
    { id: 'cash_against_documents', source: String.raw`(?:pago|efectivo)\s+contra\s+documentos`, kind: 'cad' },
    { id: 'cash_on_delivery', source: String.raw`(?:pago\s+)?contra\s*-?\s*entrega|pago\s+a\s+la\s+entrega`, kind: 'cod' },
    { id: 'paypal', source: String.raw`paypal`, kind: 'paypal' },
    { id: 'western_union', source: String.raw`western\s+union`, kind: 'western_union' },
    { id: 'escrow', source: String.raw`escrow|trade\s+assurance`, kind: 'escrow' },
    { id: 'tt', source: String.raw`t/t|transferencia\s+(?:bancaria|telegr[áa]fica|internacional)|giro\s+bancario`, kind: 'tt' },
    // A bare deposit or balance counts after a verb of paying: "pagar el anticipo", "transferí el saldo".
    { id: 'pay_the_deposit', source: String.raw`(?<=(?:pagar|pagamos|pago|pagaré|pagare|pagaremos|transferir|transfiero|transferimos|transferí|transferi|depositar|deposito|depositamos|girar|giramos|mandar|mando|enviar|envío|envio|abonar|abonamos|hacer|hacemos|realizar|realizamos)\s+(?:el|la|nuestro|nuestra|su)\s+)(?:anticipo|adelanto|seña|sena|enganche|depósito|deposito)`, kind: 'tt_deposit' },
    { id: 'pay_the_balance', source: String.raw`(?<=(?:pagar|pagamos|pago|pagaré|pagare|pagaremos|transferir|transfiero|transferimos|transferí|transferi|depositar|deposito|depositamos|girar|giramos|mandar|mando|enviar|envío|envio|abonar|abonamos|liquidar|liquidamos|cancelar|cancelamos)\s+(?:el|la|nuestro|nuestra|su)\s+)(?:saldo|resto|restante)`, kind: 'balance' },
  ],
};

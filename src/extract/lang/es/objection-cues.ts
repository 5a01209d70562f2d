/**
 * Spanish objection cues. Each pattern uses the phrase syntax of `text/phrases.ts`,
 * and strength is the weight of one match in [0, 1].
 *
 * Spanish adjectives follow their noun ("calidad alta y precio bajo"), so a
 * gap between a topic noun and an adjective can reach the next noun's
 * adjective. Cues for ambiguous adjectives ("alto", "bajo", "malo") therefore
 * chain optional verbs and intensifiers instead of using a gap, and the
 * bare-predicate cues with `topics` catch the longer sentences.
 * Spanish negation is a separate word ("no podemos aceptar"), so a cue that
 * contains "no" is marked `negatable: false`.
 */
import type { SignalCue } from '../types.js';
import { CAN_YOU, CERTIFICATE, PAYMENT, SUPPLIER, VERY } from './words.js';

const PRICE_NOUN = 'precio|precios|costo|costos|coste|costes|cotización|cotizacion|oferta|tarifa|tarifas|valor';
const LINKING_VERB = '?me ?nos ?les ?está|esta|es|son|están|estan|era|eran|estaba|estaban|fue|sale|salen|parece|parecen|quedó|quedo|resulta|sigue|siguen|sería|seria ?siendo';
const HIGH = 'alto|alta|altos|altas|elevado|elevada|elevados|elevadas';
const EXPENSIVE = 'caro|caros|costoso|costosa|costosos|excesivo|excesiva|inflado|inflada|salado|salada|carísimo|carisimo|carísima|carisima';
const CHEAPER = 'barato|barata|baratos|baratas|económico|economico|económica|economica|económicos|economicos|bajo|bajos|conveniente|competitivo';
const SLOW = 'largo|larga|largos|largas|lento|lenta|lentos|lentas|extenso|extensa|excesivo|excesiva|tardado|tardada';
const BAD = 'mala|malo|malos|malas|baja|bajo|pobre|pésima|pesima|pésimo|pesimo|deficiente|deficientes|mediocre|inferior|terrible|horrible|regular|floja|flojo|irregular|inconsistente';
const CERT_CODE = 'ce|fda|iso|rohs|ul|reach|nom|invima|cofepris|anmat|digemid|halal|etl|fcc|saso|gcc';
const LATE_VERB = 'tarda|tardan|demora|demoran|tardando|demorando|tardó|tardo|tardaron|demoró|demoro|demoraron';
const OFFER_VERB =
  'ofrece|ofrecen|ofreció|ofrecio|ofrecieron|cotiza|cotizan|cotizó|cotizo|cotizaron|da|dan|dio|dieron|vende|venden|' +
  'vendió|vendieron|cobra|cobran|deja|dejan|dejó|dejaron|tiene|tienen';
const PAST_SUPPLIER = 'proveedor|proveedores|fábrica|fabrica|fábricas|fabricas|fabricante|fabricantes|vendedor|vendedores';
/** Verbs for a past supplier's failure, or for what the buyer had to do about it. */
const FAILED =
  'estafó|estafo|estafaron|engañó|engaño|engañaron|desapareció|desaparecio|desaparecieron|falló|fallo|fallaron|' +
  'incumplió|incumplio|incumplieron|mintió|mintio|mintieron|nunca|jamás|jamas|cobró|cobro|cobraron|perdimos|' +
  'tiramos|devolvimos|rechazamos|oxidó|oxido|rompió|rompio|quedó|quedo';
const NEWS = 'novedad|novedades|noticia|noticias|actualización|actualizacion|información|informacion|respuesta';
const SHIPMENT = 'entrega|embarque|envío|envio|producción|produccion|pedido|contenedor|mercancía|mercancia|despacho|orden';
const FAILS = 'abren|abre|descose|descosen|sueltan|suelta|despegan|despega|rompen|rompe|caen|cae|deforman|deforma|doblan|dobla|oxidan|oxida';
const DEFECT =
  'defecto|defectos|defectuoso|defectuosa|defectuosos|defectuosas|roto|rota|rotos|rotas|dañado|dañada|dañados|dañadas|' +
  'danado|danada|danados|quebrado|quebrada|quebrados|averiado|averiada|averiados|fallado|fallada|fallados|falladas|' +
  'oxidado|oxidada|oxidados|oxidadas|rayado|rayada|rayados|rayadas|agrietado|agrietados|fisurado|fisurados|' +
  'golpeado|golpeada|golpeados|golpeadas|abollado|abollada|abolladas|abollados|aplastado|aplastada|aplastados|aplastadas|descosido|descosidos|manchado|manchados|inservible|inservibles|' +
  'despegado|despegada|despegados|despegadas|desprendido|desprendida|desprendidos|desprendidas|rasgado|rasgada|rasgados|rasgadas|' +
  'desteñido|desteñida|desteñidos|destenido|descolorido|descolorida|deformado|deformada|deformados|deformadas|torcido|torcida|torcidos|' +
  'podrido|podrida|podridos|mohoso|mohosa|mohosos|mojado|mojada|mojados|mojadas';

/** Other sellers and marketplaces a buyer compares with: "otro proveedor", "en Alibaba", "la competencia". */
const OTHER_SOURCE = 'otro|otra|otros|otras|competencia|competidor|competidores|alibaba|aliexpress|amazon|mercadolibre|temu|internet';
/** Verbs for a price someone else gives or the buyer finds: "me lo deja en", "está a", "lo veo a". */
const SELLS_AT =
  'ofrece|ofrecen|ofreció|ofrecio|ofrecieron|ofreciendo|cotiza|cotizan|cotizó|cotizo|cotizaron|cotizando|da|dan|dio|dieron|dando|' +
  'vende|venden|vendió|vendio|vendieron|vendiendo|cobra|cobran|deja|dejan|pone|ponen|puso|pusieron|está|esta|' +
  'están|estan|sale|salen|anda|andamos|consigo|conseguimos|veo|vi|encuentro|encontramos|pagamos';
/** Certificate words, with the reports and listings that buyers send in place of a certificate. */
const CERT_DOC = `${CERTIFICATE}|informe|informes|reporte|reportes|licencia|listing|pdf|documento|documentos`;
/** Spellings of "paid in advance" that an objection to prepayment names. */
const ADVANCE = 'adelantado|anticipado|anticipo|adelanto|anticipos|anticipados|anticipadas|prepago|upfront|advance';

/** The minimum order, with the plural "mínimos" of "2.000 metros mínimos". */
const MOQ_WORD = 'moq|moqs|mínimo|minimo|mínima|minima|mínimos|minimos|mínimas|minimas';
/** Verbs for the buyer's own sales, use or turnover: "vendemos", "movemos", "consumo", "rotamos". */
const OWN_USE =
  'vendemos|vendo|vende|movemos|muevo|mueve|desplazamos|rotamos|roto|consumimos|consumo|usamos|uso|utilizamos|gastamos|gasto|' +
  'ocupamos|ocupo|colocamos|coloco|despachamos|necesitamos|necesito|sacamos|saco';
/** Words that call the buyer's own business small: "chica", "chiquita", "familiar", "pyme". */
const SMALL =
  'pequeño|pequeña|pequeños|pequeñas|chico|chica|chicos|chicas|chiquito|chiquita|chiquitos|chiquitas|chiquitico|chiquitica|' +
  'familiar|artesanal|pyme|pymes|emprendimiento|emprendedor|emprendedora|startup|modesto|modesta|minorista|boutique';
/** Spans of time that a quantity lasts the buyer: "un año de ventas", "eso nos dura dos años". */
const LONG_SPAN = 'año|años|meses|temporada|temporadas|trimestre|trimestres|semestre|semestres';

/** A certificate, report or mark, or the register or body behind it: the subject of a certificate objection. */
const CERT_THING = `${CERTIFICATE}|sello|sellos|marcado|informe|informes|reporte|reportes|licencia|declaración|declaracion|documento|documentos|norma`;
/** Expired or out of date, as a participle or a verb. */
const EXPIRED =
  'vencido|vencida|vencidos|vencidas|venció|vencio|vencieron|caducado|caducada|caducados|caducadas|caducó|caduco|caducaron|' +
  'expirado|expirada|expirados|expiró|expiro|expiraron|desactualizado|desactualizada|desactualizados';
/** A body that issues certificates or tests: "organismo notificado", "laboratorio acreditado". */
const CERT_BODY = 'organismo|organismos|laboratorio|laboratorios|lab|entidad|agencia|certificadora|certificadoras|ente|empresa|instituto';

/** Month names and the seasons buyers sell in, for "el pedido de marzo llegó en junio". */
const MONTH =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|navidad|verano|invierno|' +
  'primavera|otoño|otono|pascua|reyes';
/** A sales season the goods must reach: "temporada", "campaña", "Buen Fin", "vuelta al cole". */
const SEASON = 'temporada|temporadas|campaña|campana|campañas|navidad|verano|invierno|buen|cole|escolar|feria|black|hot|pileta|cosecha';
/** Arrival or dispatch verbs in the past: "llegó", "entregaron", "salió". */
const ARRIVED =
  'llegó|llego|llegaron|llegan|llega|llegue|lleguen|vino|vinieron|entregaron|entregó|entrego|recibimos|recibí|recibi|salió|salio|' +
  'salieron|despacharon|despachó|embarcaron|embarcó|zarpó|zarpo';
/** Tracking and shipping papers a buyer waits for: "booking", "guía", "número de contenedor". */
const TRACKING = 'booking|guía|guia|guías|tracking|rastreo|zarpe|eta|etd|bl|b/l';

/** Another or earlier supplier, as buyers name one in a story: "un proveedor de Yiwu", "el último fabricante". */
const OTHER_SUPPLIER = `${PAST_SUPPLIER}|supplier|suplidor|suplidores|importador|importadores|trader|traders|empresa`;
/** Past-tense verbs for a supplier's act on the buyer: "nos mandó", "nos vendió", "nos dejó plantados". */
const DID_TO_US =
  'mandó|mando|mandaron|mandaba|mandaban|vendió|vendio|vendieron|vendía|vendia|despachó|despacho|despacharon|envió|envio|enviaron|' +
  'entregó|entregaron|entregaba|entregaban|cambió|cambiaron|cambiaba|cambiaban|dejó|dejo|dejaron|tuvo|tuvieron|juró|juro|juraron|' +
  'prometió|prometio|prometieron|cobró|cobraron|coló|colo|colaron|robó|robo|robaron|quedó|quedaron|hizo|hicieron|subcontrataba|subcontrató';

/** Damage words the `DEFECT` list leaves out, and past forms of failing: "rajado", "desportillados", "se oxidaron". */
const DAMAGED =
  'rajado|rajada|rajados|rajadas|desportillado|desportillada|desportillados|desportilladas|despostillado|despostillados|' +
  'endurecido|endurecida|endurecidos|endurecidas|saltado|saltada|saltados|saltadas|microfisuras|microfisura|descascarillado|' +
  'descascarillada|descascarillados|descascarilladas|reventado|reventada|reventados|hinchado|hinchada|hinchados|apolillado|apolillados|' +
  'picado|picada|picados|picadas|cojas|cojos|desnivelado|desnivelada|desniveladas|desnivelados|oxidaron|destiñeron|destiñó|' +
  'pelaron|peló|rajaron|rajó|agrietaron|agrietó|desarmaron|desarmó|descosieron|quebraron|quebró|hincharon|pudrieron|pudrió|' +
  'encogieron|encogió|decoloraron|deformaron|torcieron|aflojaron|soltaron|rechinan|rechina|chirrían|chirrian';
/** Measured or tested, as the buyer reports a result: "el análisis dio", "nuestro laboratorio midió". */
const MEASURED = 'dio|dieron|da|dan|midió|midio|medimos|mide|miden|marcó|marco|marca|pesa|pesan|salió|salio|salieron|resultó|resulto|arrojó|arrojo';

/** Units after a figure that make it a count or a duration, not a price. */
const ES_COUNT_UNITS = 'piezas|pzas|pzs|unidades|uds|cajas|bultos|sacos|bolsas|toneladas|ton|kg|kilos|contenedores|palets|pallets|rollos|metros|días|dias|semanas|meses|%';

export const OBJECTION_CUES: SignalCue[] = [
  // objection.price
  { id: 'price.price_high', type: 'objection.price', pattern: `${PRICE_NOUN} ${LINKING_VERB} ?${VERY} ?un ?poco ${HIGH}|${EXPENSIVE}`, strength: 0.85 },
  { id: 'price.price_above', type: 'objection.price', pattern: `${PRICE_NOUN} .. ?por encima|arriba`, strength: 0.75 },
  { id: 'price.price_expensive_gap', type: 'objection.price', pattern: `${PRICE_NOUN} .. ${EXPENSIVE}`, strength: 0.8 },
  { id: 'price.too_expensive', type: 'objection.price', pattern: `${VERY} caro|cara|caros|caras|costoso|costosa|costosos|costosas`, strength: 0.8 },
  { id: 'price.a_bit_expensive', type: 'objection.price', pattern: 'un poco caro|cara|caros|caras|costoso|costosa', strength: 0.7 },
  { id: 'price.very_expensive_word', type: 'objection.price', pattern: 'carísimo|carisimo|carísima|carisima|carísimos|carisimos|carísimas|carisimas', strength: 0.8 },
  { id: 'price.expensive', type: 'objection.price', pattern: 'caro|caros|costoso|costosos|costosa', strength: 0.5 },
  { id: 'price.competitor_cheaper', type: 'objection.price', pattern: `competencia|competidor|competidores|otros|otras .. más|mas ${CHEAPER}`, strength: 0.8 },
  { id: 'price.other_supplier_cheaper', type: 'objection.price', pattern: `${SUPPLIER} ... más|mas ${CHEAPER}`, strength: 0.75 },
  { id: 'price.found_cheaper', type: 'objection.price', pattern: `encontramos|encontré|encontre|conseguimos|conseguí|consegui|tenemos|tengo|recibimos|recibí|recibi .. más|mas ${CHEAPER}`, strength: 0.8 },
  { id: 'price.found_better_price', type: 'objection.price', pattern: 'encontramos|encontré|encontre|conseguimos|conseguí|consegui|tenemos|tengo|recibimos|recibí|recibi .. mejor|mejores precio|precios|oferta|ofertas|cotización|cotizacion|tarifa', strength: 0.8 },
  { id: 'price.offered_better_price', type: 'objection.price', pattern: 'nos|me dan|ofrecen|dieron|ofrecieron|cotizan|cotizaron|pasaron ... mejor|mejores precio|precios|oferta|ofertas|cotización|cotizacion|tarifa', strength: 0.75 },
  { id: 'price.cheaper_elsewhere', type: 'objection.price', pattern: 'más|mas barato|barata|baratos|baratas|económico|economico en|con otro|otra|otros|otras|china|internet|alibaba|otro', strength: 0.8 },
  { id: 'price.target_price', type: 'objection.price', pattern: 'precio|precios objetivo|meta|target|ideal', strength: 0.75 },
  { id: 'price.target_price_english', type: 'objection.price', pattern: 'target price', strength: 0.75 },
  { id: 'price.over_budget', type: 'objection.price', pattern: 'fuera|encima|arriba|sobre|excede|exceden|supera|superan|sobrepasa|sobrepasan|sale|salen|pasa|pasan|pasamos|rebasa|rebasan .. presupuesto|budget', strength: 0.8 },
  { id: 'price.more_than_we_can_pay', type: 'objection.price', pattern: 'de|del lo que .. podemos|puedo|queremos|pensábamos|pensabamos|esperábamos|esperabamos|tenemos|teníamos ?pensado pagar|gastar|invertir|presupuestado|presupuestados', strength: 0.75 },
  { id: 'price.out_of_market', type: 'objection.price', pattern: 'fuera de ?nuestro ?del rango|mercado', strength: 0.75 },
  { id: 'price.cannot_afford', type: 'objection.price', pattern: 'no nos|me alcanza|alcanzan', strength: 0.7, negatable: false },
  { id: 'price.cannot_reach_price', type: 'objection.price', pattern: 'no ?nos ?me alcanza|alcanzamos|llegamos|llego ?a ?ese|este|tal|su|el precio|precios|monto|valor|presupuesto', strength: 0.75, negatable: false },
  // The price named first: "con ese precio no llegamos", "a esos precios no nos sale".
  { id: 'price.with_that_price_no', type: 'objection.price', pattern: `con|a ese|este|esos|estos|su|sus|el|los|tal ${PRICE_NOUN} no ?nos ?me llegamos|llego|alcanzamos|alcanza|alcanzan|sale|salen|da|dan|conviene|convienen|cuadra|cuadran|cierra|cierran|competimos|podemos|vendemos`, strength: 0.75, negatable: false },
  { id: 'price.cannot_pay_that', type: 'objection.price', pattern: 'no podemos|puedo pagar|permitirnos|costear tanto|eso|ese|este ?precio|monto', strength: 0.8, negatable: false },
  { id: 'price.reduce_price', type: 'objection.price', pattern: `bajar|bajen|baje|bajan|bajarnos|rebajar|rebajen|rebaje|rebajan|reducir|reduzcan|reduzca|reducen|mejorar|mejoren|mejore|mejoran|ajustar|ajusten|ajuste|ajustan|revisar|revisen|revise|disminuir|reconsiderar|reconsideren .. ${PRICE_NOUN}`, strength: 0.65 },
  { id: 'price.not_competitive', type: 'objection.price', pattern: 'no .. competitivo|competitiva|competitivos|competitivas', strength: 0.85, negatable: false },
  { id: 'price.price_not_acceptable', type: 'objection.price', pattern: `${PRICE_NOUN} .. no ?es ?son ?está ?esta ?resulta ?nos ?parece competitivo|competitiva|aceptable|razonable|accesible|viable|conveniente|justo`, strength: 0.8, negatable: false },
  { id: 'price.price_issue', type: 'objection.price', pattern: 'precio|costo|costos .. problema|inconveniente', strength: 0.6 },
  { id: 'price.issue_with_price', type: 'objection.price', pattern: 'problema|inconveniente .. con|en ?el ?los precio|precios|costo|costos', strength: 0.6 },
  // objection.price: bare predicates about a price or quantity just mentioned ("9,80?? muy alto")
  { id: 'price.bare_too_high', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: `${VERY} ${HIGH}|grande|grandes`, strength: 0.7 },
  { id: 'price.bare_too_much', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: 'es|son|sería|seria|está|esta|resulta demasiado', strength: 0.7 },
  { id: 'price.bare_a_lot', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: 'mucho|demasiado para nosotros|nuestro|nuestra|mí|mi|este|esta', strength: 0.6 },
  { id: 'price.bare_is_a_lot', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: 'es|son|sería|seria mucho ,|.|!|?', strength: 0.65 },
  { id: 'price.still_high', type: 'objection.price', topicOptional: true, topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: `sigue|siguen|continúa|continua|todavía|todavia|aún|aun ?siendo ?muy ?es ?está ?esta ?son ?bastante ${HIGH}|caro|cara|caros|elevado|costoso`, strength: 0.6 },
  { id: 'price.far_from', type: 'objection.price', topics: ['objection.price'], pattern: 'lejos de|del', strength: 0.65 },
  { id: 'price.higher_than', type: 'objection.price', topics: ['objection.price'], pattern: `más|mas ${HIGH}|caro|cara|caros|caras que|de ... mercado|anterior|último|ultimo|otros|otras|competencia|antes|habitual|nuestro|nuestra|el|lo|pasado|pasada|china`, strength: 0.65 },
  { id: 'price.double', type: 'objection.price', topics: ['objection.price'], pattern: 'doble|triple del|de|que', strength: 0.65 },
  { id: 'price.cant_explain_price', type: 'objection.price', pattern: 'no podemos|puedo explicar|justificar|vender .. cliente|clientes|jefe|gerencia|mercado', strength: 0.5, negatable: false },
  { id: 'price.numbers_dont_work', type: 'objection.price', pattern: 'no ?nos ?me salen|dan|cuadran|cierran ?los ?las números|numeros|cuentas', strength: 0.75, negatable: false },
  // objection.price: competitor offers ("otro proveedor nos ofrece a 9,20")
  { id: 'price.competitor_offered', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${SUPPLIER}|competencia|competidor|competidores|chinos|otros ... ${OFFER_VERB} ?a ?en ?por ?solo ?sólo ?usd ?us$ ?eur #`, strength: 0.75 },
  { id: 'price.competitor_offered_item', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${SUPPLIER}|competencia|competidor|competidores|chinos|otros ... ${OFFER_VERB} .. a|en|por ?solo ?sólo ?usd ?us$ ?eur #`, strength: 0.75 },
  { id: 'price.competitor_offered_less', type: 'objection.price', pattern: `${SUPPLIER}|competencia|competidor|competidores|chinos|otros ... ${OFFER_VERB} ?a ?en ?por ?la ?el menos|mitad|mismo|misma`, strength: 0.75 },
  { id: 'price.half_the_price', type: 'objection.price', pattern: 'consigo|conseguimos|consiguen|encontré|encontre|encuentro|encontramos|encuentran|compro|compramos|venden|ofrecen|dan|cotizan ... a|por|en la mitad', strength: 0.75 },
  { id: 'price.for_less', type: 'objection.price', pattern: 'consigo|conseguimos|consiguen|encontré|encontre|encuentro|encontramos|encuentran|compro|compramos|venden|ofrecen|dan|cotizan ... por menos|mitad', strength: 0.75 },
  { id: 'price.they_offered_number', type: 'objection.price', topics: ['objection.price'], pattern: 'nos|me ofrecen|ofrecieron|dan|dieron|cotizan|cotizaron|venden|vendieron|cobran|dejan ?a|en|por ?solo ?sólo ?usd ?us$ ?eur #', strength: 0.7 },
  { id: 'price.we_buy_at', type: 'objection.price', topics: ['objection.price'], pattern: 'compramos|pagamos|conseguimos|compro|consigo|comprando|pagando ... a|en|por|alrededor|solo|sólo #', strength: 0.6 },
  { id: 'price.can_you_match', type: 'objection.price', pattern: `${CAN_YOU} igualar|mejorar|superar|igualarlo|mejorarlo`, strength: 0.65 },
  { id: 'price.can_you_do', type: 'objection.price', pattern: `${CAN_YOU} ?me ?nos ?lo ?la dejar|dejarlo|dejarla|dejarlos|dejármelo|dejarmelo|dejárnoslo|hacer|hacerlo|dar|darlo|darnos|dármelo|darmelo|ofrecer|aceptar|quedar|poner|ponerlo ?el ?precio en|a|por ?usd ?us$ ?eur ?dólares ?dolares #`, strength: 0.7 },
  { id: 'price.leave_it_at', type: 'objection.price', pattern: 'déjamelo|dejamelo|déjelo|dejelo|déjanoslo|dejanoslo|déjalo|dejalo|dejámelo|dejalos|déjenlo|dejenlo en|a ?usd ?us$ ?eur #', strength: 0.7 },
  { id: 'price.if_you_give', type: 'objection.price', pattern: 'si ?me ?nos ?lo ?la dejan|dejas|deja|dan|das|hacen|haces|ofrecen|ponen|bajan|bajas|rebajan|rebajas|mejoran ?el ?precio en|a|por ?usd ?us$ ?eur #', strength: 0.7 },
  { id: 'price.we_set_price_at', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'dejamos|dejemos|ponemos|pongamos|cerramos|cerremos|quedamos|quedemos .. en|a ?usd ?us$ ?eur #', strength: 0.7 },
  { id: 'price.match_our_price', type: 'objection.price', pattern: 'igualar|igualen|iguale|llegar|lleguen|acercarse|acérquense|acerquense ?a ?al ?nuestro|mi|este precio|objetivo|presupuesto|target', strength: 0.75 },
  { id: 'price.best_you_can', type: 'objection.price', pattern: `mejor|mínimo|minimo|menor|último|ultimo que .. ${CAN_YOU}|pueda|puedan dar|dejar|ofrecer|hacer`, strength: 0.6 },
  { id: 'price.last_price', type: 'objection.price', pattern: 'último|ultimo precio', strength: 0.55 },
  // The buyer paid less before: "el año pasado era 1,90", "antes pagábamos 1,90", "la vez pasada nos lo dejaron a 1,90".
  // A unit after the figure ("el pedido anterior era de 500 cajas") names no price.
  { id: 'price.was_before', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'año|vez|mes|temporada|pedido|embarque|lote pasado|pasada|anterior ?, ?nos ?me ?lo ?la ?los ?las era|eran|estaba|estaban|costaba|costaban|salía|salia|pagábamos|pagabamos|pagamos|pagué|pague|dejaron|dieron|vendieron|cobraron|cotizaron ?a|en|de ?usd|us|us$|eur|euros|dólares|dolares|soles|pesos #', strength: 0.6, notBefore: [ES_COUNT_UNITS] },
  { id: 'price.was_before_antes', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: '^ antes|anteriormente ?nos ?me ?lo ?la era|eran|estaba|costaba|costaban|salía|salia|pagábamos|pagabamos|dejaban|daban|vendían|vendian|cobraban ?a|en|de ?usd|us|us$|eur|euros|dólares|dolares|soles|pesos #', strength: 0.6, notBefore: [ES_COUNT_UNITS] },
  // Disbelief at a price just named: "¿USD 2,40? ¿En serio?", "¿me estás tomando el pelo?".
  { id: 'price.incredulous', type: 'objection.price', topics: ['objection.price'], pattern: 'serio|enserio|neta ?', strength: 0.55 },
  { id: 'price.you_kidding', type: 'objection.price', topics: ['objection.price'], pattern: 'es|son|está|esta una broma|cargada|joda', strength: 0.6 },
  { id: 'price.you_kidding', type: 'objection.price', topics: ['objection.price'], pattern: 'es|son un chiste', strength: 0.6 },
  { id: 'price.you_kidding', type: 'objection.price', topics: ['objection.price'], pattern: 'estás|estas|están|estan|está|esta bromeando', strength: 0.6 },
  { id: 'price.final_price', type: 'objection.price', pattern: 'precio final|último|ultimo ?', strength: 0.55 },
  { id: 'price.pay_max', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'pagar|pagamos|pago|ofrecer|ofrecemos|ofrezco|aceptar|aceptamos ?como máximo|maximo|solo|sólo|hasta ?usd ?us$ ?eur #', strength: 0.65 },
  { id: 'price.target_is', type: 'objection.price', pattern: 'objetivo|target|meta ?de ?precio ?es|era|está|esta|:|=|de|sería|seria ?alrededor|aproximadamente|aprox|unos|máximo|maximo|como ?de ?a ?usd ?us$ ?eur #', strength: 0.75 },
  { id: 'price.our_budget', type: 'objection.price', pattern: 'nuestro|mi presupuesto ?es ?está ?esta ?son ?de ?máximo ?maximo ?:|= ?usd ?us$ ?eur #', strength: 0.7 },
  { id: 'price.budget_tight', type: 'objection.price', pattern: 'presupuesto .. limitado|ajustado|justo|corto|reducido', strength: 0.65 },
  { id: 'price.short_of_budget', type: 'objection.price', pattern: 'corto|cortos|corta|cortas|justos|justo|escasos|apretados de presupuesto|plata|dinero|fondos|lana', strength: 0.65 },
  // A price increase: "nos subieron el precio un 15%", "una subida del 12%", "otro aumento de precios".
  { id: 'price.raised_price', type: 'objection.price', pattern: `subieron|subió|subio|aumentaron|aumentó|aumento|incrementaron|incrementó|incremento|subiendo|aumentando|subís|suben|aumentan ?nos ?me ?el ?la ?los ?las ${PRICE_NOUN}`, strength: 0.8 },
  // The buyer's own price, so no third party in between: "los precios de la competencia subieron" is no objection.
  { id: 'price.price_went_up', type: 'objection.price', pattern: `${PRICE_NOUN} ?ya ?nos ?me ?les ?se ?han ?ha subió|subio|subieron|subido|aumentó|aumentaron|aumentado|subiendo|aumentando|disparó|disparo|disparado|dispararon`, strength: 0.8 },
  { id: 'price.increase_percent', type: 'objection.price', pattern: 'subida|subidas|alza|alzas ?de ?del ?un ?una #', strength: 0.75 },
  { id: 'price.increase_of_price', type: 'objection.price', pattern: `subida|aumento|alza|incremento|incrementos|subidas|aumentos ?de ?del ?en ?los ?el ${PRICE_NOUN}`, strength: 0.75 },
  // Another seller or a marketplace at a stated price: "en Alibaba lo veo a 18", "con el otro proveedor andamos en 11.20".
  { id: 'price.other_source_at', type: 'objection.price', topics: ['objection.price'], pattern: `${OTHER_SOURCE} ... ${SELLS_AT} ... ?a ?en ?por ?usd ?us$ ?eur ?$ #`, strength: 0.7 },
  // A counter-offer on an item: "si nos dejan el rollo de PET a 1.55", "si me lo dejáis en 2,10".
  // NOTE: a quantity usually follows ("… a 1.55, confirmamos 3 contenedores"), so no topic check is made, and "si nos dejan pagar a 60 días" also reads as price.
  { id: 'price.if_you_leave_item', type: 'objection.price', pattern: 'si ?me ?nos ?lo ?la ?los ?las ?le ?les dejan|dejas|dejás|deja|dejáis|dejais|dejaran|dejara|ponen|pones|ponés|ponéis|poneis ... en|a ?usd ?us$ ?eur ?$ #', strength: 0.7 },
  // A counter-offer as a lower price: "si el precio baja a USD 0,42", "si bajáis a 0,92".
  { id: 'price.if_price_drops', type: 'objection.price', pattern: 'si ?el ?precio ?me ?nos ?lo ?la ?le baja|bajan|bajáis|bajais|bajas|bajás|rebajan|rebajáis|rebajas ?el ?precio ?a ?al ?hasta ?un ?usd ?us$ ?eur ?$ #', strength: 0.7 },
  // Matching another price: "si igualan el precio de Shenzhen Lighting".
  { id: 'price.match_price', type: 'objection.price', pattern: 'igualar|igualen|igualan|igualáis|igualais|igualas|igualás|iguale|igualarnos|igualarme ?me ?nos ?el ?la ?su ?sus ?ese ?esa precio|precios|oferta|ofertas|cotización|cotizacion|tarifa|propuesta', strength: 0.7 },
  // The seller's price set against another, as a plain fact: "ustedes están en 4,20", "en otro lado lo encuentro a 3".
  { id: 'price.you_are_at', type: 'objection.price', pattern: 'ustedes|vos|tú|tu|usted|vosotros|vosotras ?me ?nos ?lo ?la ?los ?las estás|están|estan|está|esta|estáis|estais|ponen|pones|ponés|ponéis|poneis|dejan|dejás|dejas|dejáis|dejais|cobran|cobrás|cobras|cobráis ?en ?a ?por ?usd ?us$ ?eur ?$ #', strength: 0.7 },
  { id: 'price.found_it_at', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'lo|la|los|las|me|nos encuentro|encontré|encontre|encuentra|encontramos|consigo|conseguimos|consiguen|compro|compramos|veo|vi|vemos|factura|facturan|ofrecen|venden|cotizan|cotizando|deja|dejan|dejando|pasan|pasó|paso|pasaron ... a|en|por ?usd ?us$ ?eur ?$ ?solo ?sólo #', strength: 0.6 },
  // A difference above the seller or below a rival: "otra oferta vino 12% abajo", "40 dólares arriba de lo que pagamos".
  { id: 'price.percent_off', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: '# ?más ?mas ?por abajo|arriba|encima', strength: 0.6 },
  { id: 'price.above_what_we_pay', type: 'objection.price', pattern: 'por encima|arriba|sobre de|del ?lo ?que ?nuestro ?nuestra ?el ?la ... pagamos|pagando|pagábamos|pagabamos|manejamos|esperábamos|esperabamos|presupuesto|presupuestado|mercado|competencia|paga|pagan|ofrece|ofrecen|nacional|tenemos|teníamos|teniamos|aprobado|cotizan|cotizaron', strength: 0.7 },
  // A rise stated as a fact: "nos suben un 9%", "un aumento del 15%", "cuesta un 20% más que en enero".
  { id: 'price.goes_up_by', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'subiendo|subieron|subió|subio|sube|suben|subís|aumentan|aumentaron|aumentó|aumenta|incrementan|incrementaron|incrementó|cuesta|cuestan|sale|salen ?un ?una ?casi ?más ?mas ?de #', strength: 0.6 },
  { id: 'price.percent_more_than', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'un|una # más|mas que|caro|cara|caros|caras', strength: 0.55 },
  { id: 'price.rise_of', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'aumento|aumentos|incremento|incrementos|recargo|recargos|alza|subida ?de ?del ?un ?una #', strength: 0.65 },
  { id: 'price.dearer_each_time', type: 'objection.price', pattern: 'cada vez|cotización|cotizacion|oferta|lista ... más|mas caro|cara|caros|caras', strength: 0.65 },
  // No margin left at that price: "nos quedamos sin margen", "el flete se come el margen".
  { id: 'price.no_margin', type: 'objection.price', pattern: 'sin|ningún|ningun|cero|poco|nada ?de margen|ganancia|utilidad|rentabilidad', strength: 0.65 },
  { id: 'price.no_margin_left', type: 'objection.price', pattern: 'no ?me ?nos ?les queda|quedaría|quedaria|quedan|deja|dejaría|dejaria|dejan ?ningún ?ningun ?nada ?de margen|ganancia|utilidad', strength: 0.65, negatable: false },
  { id: 'price.eats_margin', type: 'objection.price', pattern: 'come|comen|comería|comeria|se ?come ?todo ?el ?nuestro ?mi ?los margen|márgenes|margenes|ganancia|utilidad', strength: 0.65 },
  { id: 'price.margin_gone', type: 'objection.price', pattern: 'margen|márgenes|margenes|ganancia|utilidad ?se ?nos ?me fue|fueron|va|queda|quedó|quedo|quedaría|quedaria ?a ?en cero|nada|negativo|negativa|nulo|mínimo|minimo', strength: 0.65 },
  { id: 'price.earn_nothing', type: 'objection.price', pattern: 'no ?le ?les ?me ?nos gano|ganamos|ganaríamos|ganariamos|ganaría|ganaria nada|ni', strength: 0.6, negatable: false },
  // High, written before the noun or softened: "se me hace caro el precio", "está un poquito alto".
  { id: 'price.feels_high', type: 'objection.price', pattern: `se ?me ?nos hace|hacen|ve|ven|nota ?muy ?un ?poco ?bastante ${HIGH}|caro|cara|caros|caras|salado|salada ?el ?la ?los ?las ${PRICE_NOUN}`, strength: 0.75 },
  { id: 'price.a_little_high', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.payment_terms', 'objection.lead_time'], topicOptional: true, pattern: `está|esta|están|estan|es|son|queda|quedan ?un ?muy ?bastante poquito|poco|poquitín|poquitin|tantito|algo|pelín|pelin ${HIGH}|caro|cara|caros|caras|elevado|elevada|salado|salada|subido|subida`, strength: 0.65 },
  { id: 'price.salty', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'salado|salada|salados|saladas|saladito|saladita|carito|carita|caritos|caritas', strength: 0.6 },
  // Over the buyer's ceiling or budget: "nuestro techo es 2,50", "no entra en nuestro presupuesto".
  { id: 'price.our_ceiling', type: 'objection.price', pattern: 'techo|tope es|son|sería|seria|está|esta ?en ?de ?usd ?us$ ?eur ?$ #', strength: 0.65 },
  { id: 'price.not_in_budget', type: 'objection.price', pattern: 'no entra|entran|cabe|caben en ?nuestro ?nuestra ?mi ?el ?la presupuesto|mercado|rango|budget', strength: 0.7, negatable: false },
  { id: 'price.leaves_budget', type: 'objection.price', pattern: 'se ?me ?nos va|van|iría|iria|sale|salen|fue|dispara|disparan de|del presupuesto|budget|rango|precio|mercado', strength: 0.7 },
  { id: 'price.leaves_budget', type: 'objection.price', pattern: 'se ?me ?nos va|van|fue|dispara|disparan|disparó a|por las nubes', strength: 0.7 },
  // Mockery of the price: "por esa plata lo fabrico yo", "ni que fuera de oro".
  { id: 'price.for_that_money', type: 'objection.price', pattern: 'por|con ese|esa|este|esta|tal precio|plata|dinero|lana|guita|monto|valor|cifra ... compro|traigo|fabrico|hago|imagino|consigo|fabricamos|compramos', strength: 0.65 },
  { id: 'price.as_if_gold', type: 'objection.price', topics: ['objection.price', 'objection.moq'], topicOptional: true, pattern: 'ni que fuera|fueran|fuese|fuesen', strength: 0.6 },
  { id: 'price.gold_plated', type: 'objection.price', pattern: 'bañado|bañados|bañada|bañadas|bañáis|banais|bañan|bañas de|en oro', strength: 0.6 },
  // A request for the old price or some margin: "si mantienen el precio anterior", "¿hay margen?", "si me hacen 3% menos".
  { id: 'price.keep_old_price', type: 'objection.price', pattern: 'respetan|respeten|respetar|respetáis|respetais|mantienen|mantengan|mantener|mantenéis|dejan|dejen ?nos ?me ?el ?los precio|precios ?de ?del ?la anterior|pasado|año|lista|acordado|antes|siempre', strength: 0.65 },
  { id: 'price.any_margin', type: 'objection.price', pattern: 'hay|algún|algun|qué|que|cuánto|cuanto|tenés|tienen|tenéis|teneis|tiene|tienes|queda margen|esfuerzo|esfuercito', strength: 0.55 },
  { id: 'price.effort_on_price', type: 'objection.price', pattern: 'esfuerzo|esfuercito|ajuste|ajustito ?en ?con ?el ?la precio|precios|oferta|tarifa', strength: 0.6 },
  { id: 'price.percent_less', type: 'objection.price', pattern: 'hacés|haces|hacen|hace|hacéis|haceis|dejás|dejas|dejan ?un ?el # menos|descuento|abajo', strength: 0.65 },
  { id: 'price.lower_it', type: 'objection.price', pattern: 'bájale|bajale|bájele|bajele|bájenle|bajenle|rebájale|rebajale|bájame|bajame|bájanos|bajanos|bajate|bájate', strength: 0.6 },
  // objection.certification
  { id: 'certification.no_certificate', type: 'objection.certification', pattern: `no tienen|tiene|tenéis|teneis|cuentan|cuenta|poseen|posee|manejan|tenés|tienes|traen|trae|llevan|lleva|incluyen|incluye|vienen|viene ?con ?el ?la ?marcado ?sello ?marca ?el ?la ?un ?una ?los ?las ?ningún ?ningun ?ninguna ${CERTIFICATE}`, strength: 0.85, negatable: false },
  { id: 'certification.missing_certificate', type: 'objection.certification', pattern: `sin|falta|faltan|carece|carecen|carecen ?de ?el ?la ?los ?las ?un ?una ?válido ?valido ?marca ?marcado ?sello ${CERTIFICATE}`, strength: 0.85, negatable: false },
  { id: 'certification.not_certified', type: 'objection.certification', pattern: 'no .. certificado|certificada|certificados|certificadas|homologado|homologada|homologados|homologadas|acreditado|acreditada|acreditados', strength: 0.8, negatable: false },
  { id: 'certification.not_compliant', type: 'objection.certification', pattern: 'no cumple|cumplen|cumplía|cumplian ?con ?la ?el ?las ?los norma|normas|normativa|normativas|estándar|estandar|estándares|estandares|regulación|regulacion|reglamento|nom|requisitos', strength: 0.8, negatable: false },
  { id: 'certification.certificate_invalid', type: 'objection.certification', pattern: 'certificado|certificados|certificación|certificacion|registro|registros ... vencido|vencida|vencidos|caducado|caducada|caducados|expirado|expirada|inválido|invalido|inválida|invalida|falso|falsa|falsos|incorrecto|equivocado|desactualizado|desactualizada', strength: 0.85 },
  { id: 'certification.does_not_match', type: 'objection.certification', pattern: 'certificado|certificados|certificación|certificacion|registro|informe|reporte ... no corresponde|corresponden|coincide|coinciden|aplica|aplican|cubre|cubren|incluye|incluyen|menciona', strength: 0.8, negatable: false },
  { id: 'certification.only_have_cert', type: 'objection.certification', pattern: `solo|sólo|solamente|únicamente|unicamente tienen|tiene|manejan|cuentan ?con ?el ?la ?certificado ${CERT_CODE}`, strength: 0.6 },
  { id: 'certification.not_enough', type: 'objection.certification', pattern: `${CERT_CODE}|certificado|certificados|certificación|certificacion|informe|reporte ?solo ?sólo no ?es ?son ?está ?están suficiente|suficientes|válido|valido|válida|valida|aceptado|aceptada|reconocido|reconocida|basta|alcanza|sirve|vale|aplica`, strength: 0.8, negatable: false },
  // Doubt that a certificate is real: "¿ese certificado UL es de verdad?", "no aparece en la base de datos".
  { id: 'certification.is_it_real', type: 'objection.certification', pattern: `certificado|certificados|certificación|certificacion|registro|${CERT_CODE} ... es|son ?de verdad|real|reales|auténtico|autentico|auténticos|original|originales|válido|valido|legítimo|legitimo|verdadero ?`, strength: 0.75 },
  { id: 'certification.not_in_database', type: 'objection.certification', pattern: 'no aparece|aparecen|figura|figuran|existe|existen|encontramos|encuentro|encontré ... base|bases|registro|registros|listado', strength: 0.7, negatable: false },
  { id: 'certification.fake_certificate', type: 'objection.certification', pattern: 'certificado|certificados|certificación|certificacion ?es ?son ?parece ?parecen falso|falsos|falsa|falsas|trucho|truchos|adulterado|dudoso|dudosos', strength: 0.8 },
  // A certificate or report for another model or maker: "el UL listing que me enviaron es de otro fabricante".
  { id: 'certification.for_other', type: 'objection.certification', pattern: `${CERT_DOC} ... .. de|a|para otro|otra modelo|modelos|empresa|fabricante|fábrica|fabrica|planta|producto|productos|compañía|compania|organismo|referencia|marca`, strength: 0.8 },
  // Expired, written as a verb or after a code: "la ISO 14001 que nos enviaron venció en enero", "la ISO 9001 caducada".
  { id: 'certification.expired', type: 'objection.certification', pattern: `${CERTIFICATE} ... venció|vencio|vencieron|caducó|caduco|caducaron|expiró|expiro|expiraron|caducada|caducado|caducados|caducadas|vencida|vencido|vencidos|vencidas|expirado|expirada`, strength: 0.85 },
  // Expired, far from the certificate word or in a later sentence: "el certificado que nos pasaron de las bombas está vencido".
  { id: 'certification.expired_far', type: 'objection.certification', pattern: `certificado|certificados|certificación|certificacion|registro|registros ... ... ${EXPIRED}`, strength: 0.8 },
  { id: 'certification.expired_topic', type: 'objection.certification', topics: ['objection.certification'], pattern: EXPIRED, strength: 0.75 },
  { id: 'certification.not_current', type: 'objection.certification', topics: ['objection.certification'], pattern: 'no ?está ?esta ?es ?están ?son ?sigue ?siguen ?ya vigente|vigentes|válido|valido|válida|valida|actualizado|actualizada|renovado|renovada', strength: 0.7, negatable: false },
  { id: 'certification.pending', type: 'objection.certification', topics: ['objection.certification'], pattern: 'en trámite|tramite|trámites|tramites|renovación|renovacion', strength: 0.65 },
  // Issued to another party: "está a nombre de otra empresa", "emitido a nombre de un distribuidor".
  { id: 'certification.in_other_name', type: 'objection.certification', topics: ['objection.certification'], pattern: 'está|esta|están|estan|sale|salen|viene|vienen|figura|figuran|aparece|aparecen|emitido|emitida|emitidos|emitidas|expedido|expedida|registrado|registrada|es|son ?a nombre de|del otro|otra|otros|otras|un|una|tercero|terceros|distinto|distinta', strength: 0.8 },
  // Not on the register it claims: "buscamos el número en la web del organismo y no aparece".
  { id: 'certification.not_on_register', type: 'objection.certification', topics: ['objection.certification'], pattern: 'no ?lo ?la ?los ?las ?me ?nos aparece|aparecen|figura|figuran|existe|existen|encuentro|encontramos|encontré|encontre|encuentra|encuentran|encontraron|consta|constan|aparecía|aparecia', strength: 0.75, negatable: false },
  // Does not cover the product or match the papers: "no coincide con la factura", "no menciona nuestro modelo".
  { id: 'certification.does_not_cover', type: 'objection.certification', topics: ['objection.certification'], pattern: 'no corresponde|corresponden|coincide|coinciden|cuadra|cuadran|concuerda|concuerdan|cubre|cubren|aplica|aplican|incluye|incluyen|muestra|muestran|menciona|mencionan|ampara|amparan', strength: 0.75, negatable: false },
  // From an unknown or unaccredited body: "lo emitió una entidad que no está acreditada", "no es de un laboratorio acreditado".
  { id: 'certification.body_not_recognized', type: 'objection.certification', topics: ['objection.certification'], pattern: `${CERT_BODY} ?notificado ?acreditado que no`, strength: 0.75, negatable: false },
  { id: 'certification.body_not_accredited', type: 'objection.certification', pattern: `no es|son|está|esta|fue ?de ?por ?un ?una ?el ?la ${CERT_BODY} ?notificado ?oficial acreditado|acreditada|notificado|reconocido|reconocida|independiente|oficial|autorizado|autorizada|serio|seria`, strength: 0.75, negatable: false },
  { id: 'certification.body_unknown', type: 'objection.certification', pattern: `${CERT_BODY} no ?notificado acreditado|acreditada|notificado|reconocido|reconocida|autorizado|autorizada|desconocido|desconocida`, strength: 0.75, negatable: false },
  // Unsigned, unstamped or missing its mark: "sin firma ni sello", "el documento no tiene firma".
  { id: 'certification.no_stamp', type: 'objection.certification', pattern: 'sin|falta|faltan|faltó|falto|faltaba|faltaban ?de ?el ?la ?los ?las ?un ?una ?ningún ?ningun ?ninguna ?firma ?firmas ?ni sello|sellos|marcado', strength: 0.75, negatable: false },
  { id: 'certification.unsigned', type: 'objection.certification', topics: ['objection.certification'], pattern: 'sin|falta|faltan ?la ?el ?ninguna ?ningún ?ningun firma|firmas|firmar|número|numero|sello|sellos|membrete|fecha', strength: 0.7, negatable: false },
  { id: 'certification.has_no_signature', type: 'objection.certification', topics: ['objection.certification'], pattern: 'no tiene|tienen|trae|traen|traía|traia|traían|traian|lleva|llevan|muestra|muestran ?ni ?la ?el ?los ?las ?ninguna ?ningún ?ningun ?un ?una firma|firmas|sello|sellos|número|numero|marcado|registro|logo', strength: 0.7, negatable: false },
  // Forged or edited: "parece hecho en Word", "el logo está recortado", "¿quién lo emitió?".
  { id: 'certification.looks_forged', type: 'objection.certification', topics: ['objection.certification'], pattern: 'word|photoshop|paint|editado|editada|retocado|retocada|alterado|alterada|adulterado|adulterada|falsificado|falsificada|pegado|pegada|recortado|recortada|template|trucho|trucha', strength: 0.7 },
  { id: 'certification.who_issued', type: 'objection.certification', topics: ['objection.certification'], pattern: 'quién|quien ?lo ?la ?los ?las ?ha ?han emitió|emitio|emitido|firmó|firmo|firmado|expidió|expidio|expedido|otorgó|otorgo|otorgado|certificó|certifico|hizo', strength: 0.65 },
  { id: 'certification.certified_really', type: 'objection.certification', pattern: 'certificado|certificada|certificados|certificadas|certificación|certificacion|homologado|homologada ?de verdad|veras|realmente', strength: 0.7 },
  // Another standard than the one required: "tienen la norma china, pero aquí nos exigen UL", "ese CE no nos sirve".
  { id: 'certification.other_standard', type: 'objection.certification', pattern: `${CERT_THING} ... ?, pero ... exigen|exige|piden|pide|requieren|requiere|necesitamos|necesito|ocupamos|ocupo|aceptan|acepta|reconocen|reconoce|obligatorio|obligatoria|obligan`, strength: 0.7 },
  { id: 'certification.does_not_serve', type: 'objection.certification', topics: ['objection.certification'], pattern: 'no ?me ?nos ?les ?le sirve|sirven|vale|valen|reconocen|reconoce|aceptan|acepta|admiten|admite', strength: 0.7, negatable: false },
  // Required and missing, named by a pronoun: "y ustedes no lo tienen", "sin eso no podemos vender", "hasta que no tengan el marcado".
  { id: 'certification.dont_have_it', type: 'objection.certification', topics: ['objection.certification'], cancelledBy: ['si', 'cuando'], pattern: 'no lo|la|los|las tienen|tiene|tenéis|teneis|tenés|tenes|tienes|manejan|traen|trae|incluyen', strength: 0.7 },
  { id: 'certification.without_it', type: 'objection.certification', topics: ['objection.certification'], pattern: 'sin eso|esto|él|ella|ellos|ellas|estos|esos|este|ese|esa|esta ?documento ?certificado no|quedamos|nos|me|pago|pagamos|hay', strength: 0.7, negatable: false },
  { id: 'certification.until_you_have', type: 'objection.certification', topics: ['objection.certification'], pattern: 'hasta que no ?lo ?la ?nos ?me tengan|tengáis|tengais|tenga|tengas|presenten|envíen|envien|manden|obtengan|saquen', strength: 0.65, negatable: false },
  // objection.lead_time
  { id: 'lead_time.lead_time_too_long', type: 'objection.lead_time', pattern: `tiempo|plazo|tiempos|plazos ?de entrega|producción|produccion|fabricación|fabricacion|envío|envio|tránsito|transito|espera|despacho .. ?${VERY} ${SLOW}`, strength: 0.85 },
  { id: 'lead_time.delivery_slow', type: 'objection.lead_time', pattern: `entrega|producción|produccion|fabricación|fabricacion|despacho|envío|envio|entregas .. ?${VERY} lento|lenta|tardado|tardada|tarde|largo|larga`, strength: 0.8 },
  { id: 'lead_time.days_too_long', type: 'objection.lead_time', pattern: '# días|dias|semanas|meses .. mucho|demasiado|bastante|largo|excesivo|eterno|eternidad', strength: 0.8 },
  { id: 'lead_time.too_long_wait', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: `${VERY} ${SLOW}`, strength: 0.6 },
  { id: 'lead_time.too_late', type: 'objection.lead_time', pattern: 'demasiado tarde', strength: 0.5 },
  { id: 'lead_time.duration_not_possible', type: 'objection.lead_time', pattern: '# días|dias|semanas|meses ... no ?es ?son ?nos posible|aceptable|aceptables|viable|factible|sirve|conviene|funciona', strength: 0.8, negatable: false },
  { id: 'lead_time.doesnt_work', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'], pattern: 'no ?nos ?me sirve|sirven|funciona|funcionan|conviene|convienen|cuadra|cuadran', strength: 0.7, negatable: false },
  { id: 'lead_time.not_possible', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'], pattern: 'no es|son|sería|seria|resulta|resultan posible|aceptable|aceptables|viable|viables|factible|ok|opción|opcion', strength: 0.65, negatable: false },
  { id: 'lead_time.excessive', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'], pattern: 'locura|exagerado|exagerada|exagerados|excesivo|excesiva|abusivo|abusiva|barbaridad', strength: 0.65 },
  { id: 'lead_time.something_faster', type: 'objection.lead_time', pattern: 'algo|opción|opcion|alternativa|forma más|mas rápido|rapido|rápida|rapida|pronto', strength: 0.6 },
  { id: 'lead_time.impossible', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'], pattern: 'imposible|inviable|inaceptable|irreal|irrealista', strength: 0.65, negatable: false },
  { id: 'lead_time.faster_delivery', type: 'objection.lead_time', pattern: 'entrega|producción|produccion|plazo|envío|envio|despacho|fabricación|fabricacion|tiempo más|mas rápida|rapida|rápido|rapido|pronta|corto|corta|temprana|temprano|breve', strength: 0.7 },
  { id: 'lead_time.shorten', type: 'objection.lead_time', pattern: 'acortar|acorten|reducir|reduzcan|bajar|mejorar|mejoren|adelantar|adelanten .. tiempo|plazo|tiempos|plazos|entrega|fecha', strength: 0.7 },
  { id: 'lead_time.competitor_faster', type: 'objection.lead_time', pattern: 'competencia|competidor|competidores|otros|otras|proveedor|proveedores ... entrega|entregan|despacha|despachan|tarda|tardan|demora|demoran|produce|producen en #', strength: 0.7 },
  { id: 'lead_time.competitor_quicker', type: 'objection.lead_time', pattern: 'competencia|competidor|competidores|otros|otras|proveedor|proveedores ... entrega|entregan|despacha|despachan|produce|producen ?más|mas rápido|rapido|pronto|antes', strength: 0.7 },
  { id: 'lead_time.not_arrived', type: 'objection.lead_time', pattern: 'no .. llega|llegan|llegado|llegó|llego|llegaron|recibimos|recibido .. mercancía|mercancia|mercadería|mercaderia|pedido|contenedor|embarque|envío|envio|producto|productos|carga|material', strength: 0.75, negatable: false },
  { id: 'lead_time.still_not_sent', type: 'objection.lead_time', pattern: 'todavía|todavia|aún|aun|siguen|seguimos no|sin .. envían|envian|enviaron|envió|despachan|despacharon|despachado|mandan|mandaron|embarcan|embarcaron|embarcado|llega|llegan|llegó|llegado|enviado|recibir|recibimos', strength: 0.75, negatable: false },
  { id: 'lead_time.date_passed', type: 'objection.lead_time', pattern: 'pasó|paso|venció|vencio|vencido|pasado .. fecha|plazo', strength: 0.7 },
  // "You said it was shipped": the seller's word, not a third party's ("mi jefe dijo que …").
  { id: 'lead_time.you_said', type: 'objection.lead_time', pattern: 'dijeron|dijiste|dijisteis|prometieron|prometiste|prometió|prometio|aseguraron|aseguraste ... listo|lista|listos|listas|embarcado|embarcada|enviado|enviada|despachado|despachada|salía|salia|llegaba|estaba|estaría|estaria', strength: 0.6 },
  // A promised lead time already passed: "ustedes dijeron 30 días y ya van 45".
  { id: 'lead_time.promised_days_passed', type: 'objection.lead_time', pattern: 'dijeron|dijiste|prometieron|prometiste|quedaron|quedaste|acordamos ?en # días|dias|semanas ... ya van|vamos|llevamos|pasaron|estamos|son', strength: 0.75 },
  { id: 'lead_time.cannot_wait', type: 'objection.lead_time', pattern: 'no podemos|puedo|pueden esperar tanto|más|mas|hasta|semanas|meses', strength: 0.8, negatable: false },
  { id: 'lead_time.cannot_wait_days', type: 'objection.lead_time', pattern: 'no podemos|puedo|pueden esperar #', strength: 0.8, negatable: false },
  { id: 'lead_time.takes_too_long', type: 'objection.lead_time', pattern: `${LATE_VERB} .. mucho|demasiado|bastante`, strength: 0.7 },
  // "Retrasado" counts for the goods ("el pedido está retrasado"), not for the buyer's own plans ("el cliente ha retrasado la obra").
  { id: 'lead_time.delay', type: 'objection.lead_time', pattern: 'retraso|retrasos|demoras|atraso|atrasos|retrasaron|atrasaron|demoraron', strength: 0.6 },
  { id: 'lead_time.goods_delayed', type: 'objection.lead_time', pattern: `${SHIPMENT}|carga|mercadería|mercaderia|contenedor|barco ... retrasado|retrasada|retrasados|retrasadas|demorado|demorada|demorados|atrasado|atrasada|atrasados|atrasadas`, strength: 0.6 },
  { id: 'lead_time.is_delayed', type: 'objection.lead_time', pattern: 'está|esta|están|estan|va|van|viene|vienen|sigue|siguen|llegó|llego|llegaron ?muy ?bastante retrasado|retrasada|retrasados|retrasadas|demorado|demorada|atrasado|atrasada|atrasados|atrasadas', strength: 0.6 },
  // Time already spent waiting: "3 semanas esperando la guía", "llevamos un mes esperando".
  { id: 'lead_time.waiting_for_weeks', type: 'objection.lead_time', pattern: '# ?_ días|dias|semanas|meses|semana|mes esperando', strength: 0.7 },
  { id: 'lead_time.waiting_for_weeks_words', type: 'objection.lead_time', pattern: 'dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|varias|varios|muchas|muchos días|dias|semanas|meses esperando', strength: 0.7 },
  { id: 'lead_time.been_waiting', type: 'objection.lead_time', pattern: 'llevamos|llevo|llevan|llevás|llevas ... esperando', strength: 0.65 },
  { id: 'lead_time.already_waiting', type: 'objection.lead_time', pattern: 'ya van|va ... esperando', strength: 0.65 },
  // Tracking that does not move: "el tracking no se actualiza", "la guía sigue sin movimiento".
  { id: 'lead_time.tracking_stuck', type: 'objection.lead_time', pattern: 'tracking|rastreo|seguimiento|guía|guia|contenedor|barco .. no se actualiza|actualizan|mueve|mueven|avanza|avanzan', strength: 0.65, negatable: false },
  { id: 'lead_time.tracking_no_movement', type: 'objection.lead_time', pattern: 'tracking|rastreo|guía|guia|contenedor|barco .. sigue|siguen|está|esta ?sin movimiento|movimientos|actualización|actualizacion|actualizar', strength: 0.65 },
  // Nobody gave a lead time or a date: "nadie me ha dicho cuántos días tardan", "no nos han confirmado la fecha".
  { id: 'lead_time.nobody_told', type: 'objection.lead_time', pattern: 'nadie|no ?me ?nos ?ha ?han dicho|dado|confirmado|informado|aclarado|avisado ... plazo|tiempo|tiempos|cuándo|cuando|cuántos|cuantos|fecha|fechas|eta|lead', strength: 0.7, negatable: false },
  // The promised date passed: "prometieron embarcar el 10", "dijeron que salía la semana pasada".
  { id: 'lead_time.promised_date', type: 'objection.lead_time', pattern: 'prometieron|prometiste|prometió|prometio|prometisteis|quedaron|quedaste|quedó ?en ?que .. embarcar|enviar|despachar|entregar|mandar|tener|salía|salia|llegaba|estaría|estaria', strength: 0.65 },
  // Goods that will arrive after the season: "para cuando lleguen ya pasó la temporada".
  { id: 'lead_time.after_season', type: 'objection.lead_time', pattern: 'para cuando llegue|lleguen|esté|este|estén|esten ... pasó|paso|terminó|termino|acabó|acabo|habrá|habra|pasado', strength: 0.7 },
  { id: 'lead_time.miss_season', type: 'objection.lead_time', pattern: 'perdemos|perderíamos|perderiamos|perdimos|pasa|pasaría|pasaria|se ?nos ?pasa|pasó ?la temporada|campaña|campana|navidad|temporada', strength: 0.6 },
  // Worry names its topic: "nos preocupa el plazo de 60 días" is about lead time, "me preocupa el anticipo" about payment.
  { id: 'lead_time.worried_about', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.price', 'objection.payment_terms', 'objection.moq', 'objection.quality'], pattern: 'preocupa|preocupan|inquieta|inquietan|preocupación|preocupacion|preocupados|preocupado|preocupada', strength: 0.65 },
  { id: 'lead_time.behind_schedule', type: 'objection.lead_time', pattern: 'fuera de plazo|tiempo|fecha', strength: 0.7 },
  { id: 'lead_time.unclear_lead_time', type: 'objection.lead_time', pattern: 'fecha|tiempo|plazo ?de entrega|llegada|embarque .. incierta|incierto|desconocida|desconocido|indefinida|indefinido|confusa|confuso', strength: 0.7 },
  { id: 'lead_time.lead_time_not_clear', type: 'objection.lead_time', pattern: 'fecha|tiempo|plazo ?de entrega|llegada|embarque .. no ?es ?está ?esta clara|claro|definida|definido', strength: 0.7, negatable: false },
  { id: 'lead_time.no_update_shipment', type: 'objection.lead_time', pattern: `ninguna|sin ${NEWS} .. ${SHIPMENT}`, strength: 0.5, negatable: false },
  { id: 'lead_time.no_news_shipment', type: 'objection.lead_time', pattern: `no hay|tenemos|tengo ?ninguna ${NEWS} .. ${SHIPMENT}`, strength: 0.5, negatable: false },
  { id: 'lead_time.still_waiting_goods', type: 'objection.lead_time', pattern: 'seguimos|sigo|todavía|todavia|aún|aun|continuamos .. esperando .. mercancía|mercancia|pedido|envío|envio|contenedor|embarque|producto|productos|entrega|material|carga|mercadería|mercaderia', strength: 0.75 },
  // A lead time called too much: "60 días de producción es demasiado", "120 días es un montón".
  { id: 'lead_time.bare_too_much', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'es|son|sería|seria|resulta|parece ?un ?una demasiado|montón|monton|muchísimo|muchisimo|eterno|eterna|eternidad|absurdo|inasumible|excesivo|exagerado|barbaridad|locura', strength: 0.65 },
  // Arrived late: "llegó tarde", "llega tres semanas tarde". "La tarde" is also the afternoon, so only a count and a time unit may come before "tarde".
  { id: 'lead_time.came_late', type: 'objection.lead_time', pattern: 'llegó|llego|llegaron|llega|llegan|llegará|llegara|llegarán|llegaran|vino|vinieron|salió|salio|salieron|entregaron|entregó ?muy ?bastante ?super ?un ?una ?dos ?tres ?cuatro ?cinco ?# ?día ?dia ?días ?dias ?semana ?semanas ?mes ?meses tarde|tardísimo|tardisimo', strength: 0.7 },
  // A promised shipment that did not come: "prometieron la entrega el lunes", "me juraste que zarpaba el lunes".
  { id: 'lead_time.promised_shipment', type: 'objection.lead_time', pattern: 'prometieron|prometido|prometiste|prometisteis|prometió|prometio|juraste|juraron|juró|juro ?me ?nos ?la ?el ?que entrega|despacho|embarque|envío|envio|salida|zarpe|llegada|zarpaba|salía|salia|llegaba|embarcaba|despachaban|despachaba', strength: 0.65 },
  // The goods come too late for the buyer, about a lead time just named: "con 90 días de producción no llegamos".
  { id: 'lead_time.wont_make_it', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'no ?ya llegamos|llego|llegaríamos|llegariamos|alcanzamos|alcanzo|llega|llegan|llegaría|llegaria', strength: 0.65, negatable: false },
  // Still stuck: "la mercancía sigue sin salir de fábrica", "sigue en fábrica", "sigo sin guía de rastreo".
  { id: 'lead_time.still_without', type: 'objection.lead_time', pattern: 'sigue|siguen|sigo|seguimos|continúa|continua|continúan|continuan ?todavía ?todavia ?aún ?aun sin|en salir|zarpar|embarcar|llegar|despachar|fecha|fábrica|fabrica|guía|guia|gia|tracking|rastreo|booking|movimiento|confirmación|confirmacion', strength: 0.7 },
  // A promised lead time already overrun: "eran 25 días y ya vamos por 40", "prometió 15 y tardó 30".
  { id: 'lead_time.promised_then_more', type: 'objection.lead_time', pattern: '# días|dias|semanas|meses|hábiles|habiles ?calendario ?y ?ya van|vamos|llevamos|estamos|pasaron|llevan|son ?en ?por ?casi ?más ?mas #', strength: 0.75 },
  { id: 'lead_time.promised_then_took', type: 'objection.lead_time', pattern: '# ?días ?dias ?semanas y ?se ?nos ?me tardó|tardo|tardaron|demoró|demoro|demoraron|llegó|llego|llegaron|entregó|entregaron ?en ?a ?casi #', strength: 0.7 },
  { id: 'lead_time.took_instead_of', type: 'objection.lead_time', pattern: 'tardó|tardo|tardaron|tardasteis|tardaste|demoró|demoro|demoraron ... en vez|lugar de', strength: 0.7 },
  { id: 'lead_time.took_almost', type: 'objection.lead_time', pattern: 'tardó|tardo|tardaron|tardasteis|tardaste|demoró|demoro|demoraron|demorasteis ?casi ?más ?mas ?de #|dos|tres|cuatro|cinco|seis', strength: 0.6 },
  // Still nothing a while after a date or a payment: "hace 12 días que pagamos y todavía nada".
  { id: 'lead_time.days_ago_still', type: 'objection.lead_time', pattern: 'hace|desde # ?_ días|dias|semanas|semana|meses|mes ... ?y aún|aun|todavía|todavia|nada|sigue|siguen|seguimos|ni', strength: 0.7 },
  { id: 'lead_time.been_saying_since', type: 'objection.lead_time', pattern: 'vienen|viene|vienes|venís|venis|llevan|llevas|lleváis|llevais ?diciendo|prometiendo|repitiendo desde|hace', strength: 0.6 },
  // Dates moved again and again: "otra vez nos cambiaron la fecha", "fechas que se corren", "la próxima semana de nuevo".
  { id: 'lead_time.date_moved', type: 'objection.lead_time', pattern: 'mueven|movieron|movió|movio|cambiaron|cambian|cambió|corren|corrieron|corrió|corrio|aplazan|aplazaron|posponen|pospusieron|postergan|postergaron|reprogramaron|retrasan|retrasaron|atrasan|atrasaron ?me ?nos ?otra ?vez ?de ?nuevo ?la ?el fecha|fechas|embarque|entrega|salida|zarpe|despacho|eta|etd', strength: 0.7 },
  { id: 'lead_time.dates_slip', type: 'objection.lead_time', pattern: 'fecha|fechas|eta|etd|entrega|embarque|zarpe ?que se corre|corren|mueve|mueven|movió|movio|cambia|cambian|aplaza|aplazan|pospone|retrasa|corrió|corrio', strength: 0.7 },
  { id: 'lead_time.rescheduled', type: 'objection.lead_time', pattern: 'reprogramación|reprogramacion|reprogramaciones|aplazamiento|aplazamientos|postergación|postergacion', strength: 0.6 },
  { id: 'lead_time.promise_again', type: 'objection.lead_time', pattern: 'próxima|proxima semana ... otra|de vez|nuevo', strength: 0.55 },
  { id: 'lead_time.nth_promise', type: 'objection.lead_time', pattern: 'tercer|tercera|tres|cuarto|cuarta|cuatro|quinto|quinta|enésimo|enésima|enesima|# ?_ próxima|proxima|última|ultima semana', strength: 0.6 },
  { id: 'lead_time.nth_promise', type: 'objection.lead_time', pattern: 'tercer|tercera|tres|cuarto|cuarta|cuatro|quinto|quinta|enésimo|enésima|enesima|# ?_ mañanas', strength: 0.6 },
  // Arrived a span after the date: "llegó tres semanas después de lo acordado", "el pedido de octubre llegó en enero".
  { id: 'lead_time.arrived_after', type: 'objection.lead_time', pattern: `${ARRIVED} ... mes|meses|semana|semanas|día|días|dia|dias ?de después|despues|tarde|retraso|atraso|demora`, strength: 0.7 },
  { id: 'lead_time.ordered_for_came_in', type: 'objection.lead_time', pattern: `pedido|pedidos|orden|contenedor|embarque|envío|envio|mercancía|mercancia|entrega de|para ${MONTH} ... llegue|llegó|llego|llegaron|lleguen|llega|llegan|llegará|llegara|sale|salió|salio|entregan|entregaron en|para|a ${MONTH}`, strength: 0.65 },
  // The promised or scheduled date, written in the past: "debía salir el lunes", "la ETA era el 3", "estaba previsto para mayo".
  { id: 'lead_time.was_due', type: 'objection.lead_time', pattern: 'debía|debia|debían|debian|debió|debio|tenía|tenia|tenían|tenian ?que ?haber zarpar|zarpado|despacharse|despachar|despachado|salir|salido|llegar|llegado|embarcar|embarcarse|embarcado|entregarse|entregar|entregado|estar', strength: 0.65 },
  { id: 'lead_time.eta_said', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'eta|etd|fecha|entrega|zarpe|salida|llegada ?de ?estimada decía|decia|era|eran|fue|marcaba|indicaba', strength: 0.6 },
  { id: 'lead_time.was_promised_for', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'estaba|estaban|estuvo|estuvieron|era|eran prometido|prometida|prometidos|previsto|prevista|previstos|programado|programada|pactado|pactada|comprometido|comprometida|acordado|acordada|agendado|agendada para', strength: 0.6 },
  { id: 'lead_time.today_and_nothing', type: 'objection.lead_time', pattern: 'hoy|ya ?estamos ?es ?a ?en ... y ?todavía ?todavia ?aún ?aun nada|sin', strength: 0.55 },
  // Tracking or papers still missing: "todavía no hay booking", "no tenemos ni el número de contenedor", "el tracking sin actualizar".
  { id: 'lead_time.no_tracking', type: 'objection.lead_time', pattern: `no|sin ?me ?nos ?tengo ?tenemos ?hay ?tienen ?recibí ?recibimos ?han ?ha ?dado ?pasado ?mandado ?enviado ?ni ?el ?la ?un ?una ?ningún ?ningun ?ninguna ?número ?numero ?de ${TRACKING}|contenedor|container`, strength: 0.65, negatable: false },
  { id: 'lead_time.tracking_not_updated', type: 'objection.lead_time', pattern: `${TRACKING} ... sin actualizar|movimiento|novedad|cambios|avance|confirmar|fecha`, strength: 0.6 },
  { id: 'lead_time.not_released', type: 'objection.lead_time', pattern: 'todavía|todavia|aún|aun no ?nos ?me ?lo ?la liberan|liberaron|confirman|confirmaron|arrancan|arrancaron|empiezan|empezaron|inician|iniciaron|zarpa|zarpó|embarcan|embarcaron|cargan|cargaron', strength: 0.65, negatable: false },
  { id: 'lead_time.nothing_arrived', type: 'objection.lead_time', pattern: 'no ?nos ?me ?ha ?han llegado|llegó|llego|llega|recibimos|recibí|recibi nada|ni', strength: 0.6, negatable: false },
  { id: 'lead_time.goods_not_arrived', type: 'objection.lead_time', pattern: `${SHIPMENT}|carga|mercadería|mercaderia|contenedor|contenedores|paquete|cajas|barco ?todavía ?todavia ?aún ?aun ?nunca no ?nos ?me ?ha ?han llegó|llego|llegaron|llegado|llega|llegan|salió|salio|salieron|sale|zarpó|zarpo|embarcó|embarco|aparece`, strength: 0.65, negatable: false },
  // Chasing the shipment: "¿dónde está nuestro pedido?", "¿salió o no?", "nadie nos dice cuándo sale".
  { id: 'lead_time.where_is_it', type: 'objection.lead_time', pattern: 'dónde|donde está|esta|están|estan|anda|andan|quedó|quedo ?mi ?mis ?el ?la ?los ?las ?nuestro ?nuestra pedido|pedidos|contenedor|contenedores|container|carga|mercancía|mercancia|mercadería|mercaderia|envío|envio|embarque|orden|paquete|barco', strength: 0.6 },
  { id: 'lead_time.left_or_not', type: 'objection.lead_time', pattern: 'salió|salio|zarpó|zarpo|llegó|llego|embarcaron|despacharon|embarcó|despachó o no', strength: 0.6 },
  { id: 'lead_time.nobody_says_when', type: 'objection.lead_time', pattern: 'nadie ?me ?nos ?les dice|contesta|responde|informa|avisa|confirma|sabe ... dónde|donde|cuándo|cuando|fecha|eta|estado|llega|sale|salió|zarpa|guía|guia|booking|tracking', strength: 0.65 },
  { id: 'lead_time.chasing', type: 'objection.lead_time', pattern: 'llevo|llevamos|lleva|llevan ... preguntando|pidiendo|reclamando|insistiendo|persiguiendo|escribiendo|llamando', strength: 0.6 },
  { id: 'lead_time.chasing_again', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'tercer|tercera|tres|cuarto|cuarta|cuatro|quinto|quinta|cinco|enésima|enesima|varias|dos vez|veces|correo|correos|mensaje|mensajes|email|emails|mail|mails|llamada|llamadas ... pregunto|pregunté|pregunte|preguntando|pido|pedí|pedi|pidiendo|escribo|escribiendo|reclamo|reclamando|insisto', strength: 0.55 },
  { id: 'lead_time.chasing_count', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: '# ?_ vez|veces|correos|mensajes|emails|mails|llamadas ... pregunto|pregunté|pregunte|preguntando|pido|pedí|pedi|pidiendo|escribo|escribiendo|reclamo|reclamando|insisto', strength: 0.55 },
  // Too late for the buyer's season or need: "nos quedamos fuera de la temporada", "el verano ya habrá pasado", "no nos da el tiempo".
  { id: 'lead_time.out_of_season', type: 'objection.lead_time', pattern: `deja|dejan|dejaría|dejaria|dejarían|dejarian|quedamos|quedaríamos|quedariamos|quedan|queda ?nos ?me fuera|afuera|sin ?de ?del ?la ?el ${SEASON}`, strength: 0.7 },
  { id: 'lead_time.season_gone', type: 'objection.lead_time', pattern: `${SEASON} ... ya ?se ?nos ?me ?habrá ?habra ?ha ?había ?habia pasado|terminado|acabado|ido|fue|pasó|paso|terminó|termino|acabó|acabo|terminada|acabada`, strength: 0.7 },
  { id: 'lead_time.season_passed', type: 'objection.lead_time', pattern: `ya ?se ?nos ?me ?habrá ?habra ?ha ?había ?habia pasó|paso|pasado|terminó|termino|terminado|acabó|acabo|acabado|fue ?la ?el ${SEASON}`, strength: 0.7 },
  { id: 'lead_time.caught_by_season', type: 'objection.lead_time', pattern: `pilla|pilló|pillo|pillará|pillara|agarra|agarró|agarro|coge|cogió|cogio ?justo ?en ?el ?la ?de ?pleno ?plena ${SEASON}`, strength: 0.65 },
  { id: 'lead_time.by_then_over', type: 'objection.lead_time', pattern: 'para entonces|esa|ese ?fecha ?momento ... acabado|terminado|pasado|acabó|acabo|terminó|termino|pasó|paso|habrá|habra|fue', strength: 0.6 },
  { id: 'lead_time.no_time_left', type: 'objection.lead_time', pattern: 'no ?nos ?me da|dan|daría|daria|alcanza|alcanzan|alcanzaría|alcanzaria ?el ?los tiempo|tiempos|plazo|plazos|fecha|fechas', strength: 0.7, negatable: false },
  { id: 'lead_time.not_sure_we_make_it', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'no sé|se si ?nos ?me llegamos|llego|llegaríamos|llegariamos|alcanzamos|alcanza|llega|llegan|llegaría|llegaria|sirve|sirven|da', strength: 0.6, negatable: false },
  { id: 'lead_time.lead_time_wont_do', type: 'objection.lead_time', pattern: 'tiempo|tiempos|plazo|plazos|entrega ... no ?nos ?me da|dan|alcanza|alcanzan|llegamos|llego|sirve|sirven|vale|valen|cuadra|cuadran|cierra|funciona|conviene', strength: 0.7, negatable: false },
  { id: 'lead_time.days_wont_do', type: 'objection.lead_time', pattern: '# días|dias|semanas|meses ... no ?nos ?me alcanza|alcanzan|da|dan|llega|llegamos|llego|sirve|sirven|vale|valen|cuadra|cuadran|cierra|cierran', strength: 0.7, negatable: false },
  // A lead time judged too long in other words: "se nos hace eterno", "nos parecen excesivos", "¿45 días para unas bolsas?".
  { id: 'lead_time.feels_endless', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'se|nos|me ?me ?nos hace|hacen|hará|hara|parece|parecen|ve|antoja|antojan ?muy ?un ?una ?demasiado eterno|eterna|eternos|eternas|eternidad|larguísimo|larguisimo|larguísimos|excesivo|excesivos|excesiva|excesivas|exagerado|exagerados|largo|largos|lento', strength: 0.65 },
  { id: 'lead_time.days_for_so_little', type: 'objection.lead_time', pattern: '# días|dias|semanas|meses ?de ?producción ?produccion ?fabricación ?fabricacion ?entrega para unas|unos|simples ... ?', strength: 0.6 },
  { id: 'lead_time.slower_than', type: 'objection.lead_time', cancelledBy: ['transferencia', 'transferencias', 'giro', 'giros', 'pago', 'pagos', 'banco', 'bancos'], pattern: `${LATE_VERB}|tardasteis|tardáis|tardais ?lo ?que ?una ?un ?más ?mas quieren|eternidad|siglo|siglos|horrores|montón|monton|que`, strength: 0.55 },
  // objection.supplier_history
  { id: 'supplier_history.bad_experience', type: 'objection.supplier_history', pattern: 'mala|malas|pésima|pesima|pésimas|terrible|terribles|horrible|negativa|negativas|fea experiencia|experiencias', strength: 0.85 },
  { id: 'supplier_history.experience_was_bad', type: 'objection.supplier_history', pattern: 'experiencia|experiencias ?fue|fueron|ha|han ?sido ?muy mala|malas|pésima|pesima|terrible|negativa|negativas', strength: 0.85 },
  { id: 'supplier_history.previous_supplier', type: 'objection.supplier_history', pattern: `${PAST_SUPPLIER} anterior|anteriores|pasado|previo|previos|antiguo|chino|chinos ... ${FAILED}`, strength: 0.8 },
  { id: 'supplier_history.last_supplier', type: 'objection.supplier_history', pattern: `último|ultimo|anterior|antiguo|otro|otros|previo ${PAST_SUPPLIER} ... ${FAILED}`, strength: 0.8 },
  { id: 'supplier_history.scammed', type: 'objection.supplier_history', pattern: 'nos|me estafaron|estafó|estafo|timaron|timó|engañaron|engañó|robaron|robó|defraudaron|tumbaron|jodieron|clavaron|fallaron', strength: 0.85 },
  { id: 'supplier_history.they_fooled_us', type: 'objection.supplier_history', pattern: 'nos|me vieron la cara', strength: 0.8 },
  { id: 'supplier_history.let_down', type: 'objection.supplier_history', pattern: 'nos|me quedaron|quedó|quedo mal', strength: 0.75 },
  { id: 'supplier_history.were_scammed', type: 'objection.supplier_history', pattern: 'fuimos|fui|hemos|he ?sido estafados|estafado|estafada|engañados|engañado|timados|defraudados|robados', strength: 0.85 },
  { id: 'supplier_history.scam', type: 'objection.supplier_history', pattern: 'estafa|estafas|fraude|fraudes|estafadores|estafador|timo', strength: 0.7 },
  { id: 'supplier_history.lost_money', type: 'objection.supplier_history', pattern: 'perdimos|perdí|perdi|perdió|perdio .. dinero|plata|lana|mercancía|mercancia|inversión|inversion', strength: 0.7 },
  { id: 'supplier_history.hard_to_trust', type: 'objection.supplier_history', pattern: 'difícil|dificil|cuesta|complicado ?nos ?me confiar|fiarnos|fiarse', strength: 0.75 },
  { id: 'supplier_history.cannot_trust', type: 'objection.supplier_history', pattern: 'no podemos|puedo confiar|fiarnos|fiarme', strength: 0.75, negatable: false },
  { id: 'supplier_history.how_trust', type: 'objection.supplier_history', pattern: 'cómo|como .. confiar|fiarnos|fiarme|confiamos', strength: 0.6 },
  { id: 'supplier_history.distrust', type: 'objection.supplier_history', pattern: 'desconfianza|desconfiados|desconfiamos|desconfío|desconfio', strength: 0.7 },
  { id: 'supplier_history.issues_with_previous', type: 'objection.supplier_history', pattern: `problemas|problema|inconvenientes|malas|mala ... ${PAST_SUPPLIER} ?anterior|anteriores|chino|chinos|extranjeros|asiáticos|asiaticos|pasado`, strength: 0.7 },
  { id: 'supplier_history.supplier_that_vanished', type: 'objection.supplier_history', pattern: `${PAST_SUPPLIER} que ?nos ?me desapareció|desaparecio|desaparecieron|estafó|estafo|estafaron|engañó|engaño|engañaron|robó|robaron|falló|fallaron|incumplió|incumplieron`, strength: 0.8 },
  { id: 'supplier_history.vanished_with_money', type: 'objection.supplier_history', pattern: 'desapareció|desaparecio|desaparecieron|huyó|huyo|huyeron con ?el ?la ?nuestro ?nuestra ?nuestros dinero|plata|anticipo|pago|mercancía|mercancia', strength: 0.8 },
  { id: 'supplier_history.vanished_with_money', type: 'objection.supplier_history', pattern: 'se fue|fueron con ?el ?la ?nuestro ?nuestra ?nuestros dinero|plata|anticipo|pago|mercancía|mercancia', strength: 0.8 },
  { id: 'supplier_history.promise_not_kept', type: 'objection.supplier_history', pattern: 'prometen|prometieron|promete|prometió|prometio|dicen|dijeron ... no|nunca cumplen|cumplieron|cumple|cumplió|cumplio|entregan|entregaron', strength: 0.7, negatable: false },
  { id: 'supplier_history.suppliers_promised', type: 'objection.supplier_history', pattern: 'proveedores|fábricas|fabricas|vendedores|fabricantes ... prometieron|prometen|estafaron|desaparecieron|mintieron|fallaron|incumplieron', strength: 0.7 },
  // A supplier named with a past time: "el año pasado un proveedor de Yiwu …", "la vez pasada otro fabricante …".
  { id: 'supplier_history.past_time_supplier', type: 'objection.supplier_history', pattern: `año|vez|temporada|ocasión|ocasion pasado|pasada|anterior ... ${PAST_SUPPLIER}`, strength: 0.6 },
  { id: 'supplier_history.bought_elsewhere_failed', type: 'objection.supplier_history', pattern: `compramos|compré|compre|pedimos|importamos a|con ?un ?una ?otro ?otra ${PAST_SUPPLIER} ... ${FAILED}`, strength: 0.75 },
  { id: 'supplier_history.with_past_supplier', type: 'objection.supplier_history', pattern: `con el|la|un|una|otro|otra ?último ?ultimo ?anterior ${PAST_SUPPLIER} ?anterior ?chino ?chinos ?pasado ... tuvimos|sufrimos que|problemas|pérdidas|perdidas|inconvenientes|reclamos|fallas|defectos`, strength: 0.75 },
  // It happened before: "ya nos pasó que la muestra era una cosa y el contenedor otra".
  { id: 'supplier_history.happened_before', type: 'objection.supplier_history', pattern: 'ya|antes|también|tambien nos|me ?ha ?han pasó|paso|pasado ?lo ?mismo ?antes con|que', strength: 0.7 },
  // The last purchase elsewhere: "la última vez que importamos de China nos mandaron tornillos de zinc".
  { id: 'supplier_history.last_time_imported', type: 'objection.supplier_history', pattern: 'última|ultima vez que importamos|importé|importe|compré|compre|compramos', strength: 0.65 },
  // Burned by a supplier: "ya nos quemamos con un fabricante de Yiwu", "ya me tranzaron 2 veces".
  { id: 'supplier_history.got_burned', type: 'objection.supplier_history', pattern: 'ya ?me ?nos quemaron|quemamos|quemé|queme|tranzaron|transaron|chamaquearon', strength: 0.8 },
  // Harm done by another or an earlier supplier: "un fabricante de Shenzhen nos mandó lámparas sin balastro".
  { id: 'supplier_history.other_supplier_did', type: 'objection.supplier_history', pattern: `otro|otra|otros|otras|un|una|supuesto|supuesta|último|ultimo|última|ultima|últimos|ultimos|antiguo|antigua ?último ?ultimo ?última ?anterior ?antiguo ?actual ${OTHER_SUPPLIER} ... nos|me|le|les ${DID_TO_US}`, strength: 0.7 },
  { id: 'supplier_history.our_supplier_did', type: 'objection.supplier_history', pattern: `mi|nuestro|nuestra|el|la ${OTHER_SUPPLIER} anterior|actual|antiguo|antigua|previo|pasado|último|ultimo ... nos|me|le|les ${DID_TO_US}`, strength: 0.7 },
  { id: 'supplier_history.happened_with', type: 'objection.supplier_history', pattern: `pasó|paso|pasado con|a ?un ?una ?el ?la ?otro ?otra ?otros ?nuestro ?nuestra ?último ?ultimo ?anterior ${OTHER_SUPPLIER}`, strength: 0.7 },
  { id: 'supplier_history.used_to_buy', type: 'objection.supplier_history', pattern: `antes|antiguamente trabajábamos|trabajabamos|comprábamos|comprabamos|importábamos|importabamos|usábamos|usabamos|teníamos|teniamos ... ${OTHER_SUPPLIER}|con`, strength: 0.55 },
  // The same claim made before by another supplier: "lo mismo nos dijo el proveedor anterior".
  { id: 'supplier_history.same_words_before', type: 'objection.supplier_history', pattern: 'lo|eso mismo|igual ?me ?nos ?les dijo|dijeron|decía|decia|decían|decian|prometió|prometio|prometieron|juró|juro|juraron|dicen|dice|prometen|juran', strength: 0.6 },
  // Cheated before, in general: "ya nos han estafado", "nos vendieron plástico como si fuera vidrio", "nunca más supimos nada".
  { id: 'supplier_history.been_cheated', type: 'objection.supplier_history', pattern: 'me|nos|les han|ha tumbado|estafado|engañado|timado|clavado|colado|robado|tranzado|transado|quemado|jodido|visto', strength: 0.65 },
  { id: 'supplier_history.sold_as_if', type: 'objection.supplier_history', pattern: 'vendido|vendieron|vendió|vendio|mandaron|mandó|mandado|colaron|pasaron ... como si fuera|fueran|fuese|fuesen', strength: 0.6 },
  { id: 'supplier_history.never_heard_again', type: 'objection.supplier_history', pattern: 'nunca|jamás|jamas más|mas supimos|sabemos|respondió|respondio|respondieron|contestó|contesto|contestaron|apareció|aparecio|aparecieron|mandaron|mandó|embarcó|embarco|llegó|llego', strength: 0.65 },
  { id: 'supplier_history.kept_our_money', type: 'objection.supplier_history', pattern: 'se quedó|quedo|quedaron con ?el ?la ?nuestro ?nuestra ?mi ?los ?nuestros anticipo|adelanto|dinero|depósito|deposito|plata|pago|anticipos', strength: 0.75 },
  { id: 'supplier_history.lost_deposit', type: 'objection.supplier_history', pattern: 'perdimos|perdí|perdi|perdió ?un ?una ?el ?todo ?nuestro ?nuestra anticipo|adelanto|depósito|deposito|todo|pago|seña', strength: 0.7 },
  // objection.moq
  { id: 'moq.moq_too_high', type: 'objection.moq', pattern: `moq|moqs|mínimo|minimo|mínima|minima ... ${VERY}|es|son|está|esta|sería|seria|resulta ${HIGH}|grande|grandes|mucho|excesivo|excesiva|demasiado`, strength: 0.85 },
  { id: 'moq.moq_quite_a_lot', type: 'objection.moq', pattern: `moq|moqs|mínimo|minimo|mínima|minima ... es|son|sería|seria|resulta|parece bastante|mucho|demasiado para|,|.|!|...`, strength: 0.75 },
  { id: 'moq.moq_hard_for_us', type: 'objection.moq', pattern: 'moq|moqs|mínimo|minimo|mínima|minima ... se ?nos ?me complica|complican|dificulta|dificultan', strength: 0.75 },
  { id: 'moq.moq_too_hard', type: 'objection.moq', pattern: 'moq|moqs|mínimo|minimo|mínima|minima ... se ?nos ?me hace|hacen|resulta|queda ?muy ?bastante imposible|difícil|dificil|complicado|cuesta|pesado|grande', strength: 0.75 },
  // The seller's MOQ repeated in disbelief: "10 mil piezas de mínimo??".
  { id: 'moq.minimum_disbelief', type: 'objection.moq', pattern: '# ?mil ?_ de mínimo|minimo|moq ??', strength: 0.7 },
  { id: 'moq.need_at_most', type: 'objection.moq', pattern: 'necesito|necesitamos|ocupo|ocupamos|requerimos|requiero|queremos|quiero|compramos|podemos ?unos ?unas # ?mil ?_ ?como ?a ?lo ?cuando máximo|maximo|nomás|nomas|sumo', strength: 0.6 },
  { id: 'moq.moq_not_possible', type: 'objection.moq', pattern: 'moq|moqs|mínimo|minimo|mínima|minima ... no ?es ?son ?nos posible|aceptable|viable|factible|realista|sirve', strength: 0.85, negatable: false },
  { id: 'moq.cannot_take', type: 'objection.moq', pattern: 'no podemos|puedo ?comprar|pedir|tomar|ordenar|vender|manejar|comprometernos|llegar|con ?a #', strength: 0.7, negatable: false },
  { id: 'moq.max_for_first_order', type: 'objection.moq', pattern: 'máximo|maximo|solo|sólo|solamente|apenas # ... primer|primera|prueba|inicial', strength: 0.65 },
  { id: 'moq.first_order_only', type: 'objection.moq', pattern: 'primer|primera|pedido|orden|compra inicial|pedido|orden|compra ... solo|sólo|máximo|maximo|apenas #', strength: 0.6 },
  { id: 'moq.half_container', type: 'objection.moq', pattern: 'medio contenedor|container', strength: 0.55 },
  { id: 'moq.mixed_container', type: 'objection.moq', pattern: 'contenedor|carga mixto|mixta|consolidado|consolidada|compartido', strength: 0.55 },
  { id: 'moq.mix_models', type: 'objection.moq', pattern: 'mezclar|combinar|surtir .. modelos|colores|referencias|tallas|diseños', strength: 0.55 },
  { id: 'moq.per_model_too_much', type: 'objection.moq', pattern: `por modelo|color|diseño|diseno|talla|referencia|artículo|articulo|sku|medida ... ?${VERY} mucho|demasiado|alto|alta|grande|elevado|elevada`, strength: 0.8 },
  { id: 'moq.cannot_meet_moq', type: 'objection.moq', pattern: 'no podemos|puedo|llegamos|alcanzamos|llego|alcanzo .. moq|mínimo|minimo|mínima|minima|cantidad', strength: 0.85, negatable: false },
  { id: 'moq.lower_moq', type: 'objection.moq', pattern: 'bajar|bajen|baje|reducir|reduzcan|reduzca|disminuir|disminuyan|flexibilizar .. moq|mínimo|minimo|mínima|minima', strength: 0.7 },
  { id: 'moq.below_moq', type: 'objection.moq', pattern: 'debajo|menos|bajo del|de|que ?el ?la moq|mínimo|minimo|mínima|minima', strength: 0.6 },
  { id: 'moq.smaller_than_moq', type: 'objection.moq', pattern: 'menor|menores|inferior|inferiores al|del|que ?el ?la moq|mínimo|minimo|mínima|minima', strength: 0.6 },
  { id: 'moq.below_the_moq', type: 'objection.moq', pattern: 'por debajo del|de ?el ?la moq|mínimo|minimo|mínima|minima', strength: 0.6 },
  { id: 'moq.only_need_small', type: 'objection.moq', pattern: 'solo|sólo|solamente|únicamente|unicamente necesitamos|necesito|queremos|quiero|requerimos|pedimos|ocupamos|ocupo|compramos .. piezas|pzas|pza|unidades|pcs|juegos|sets|cajas|muestras', strength: 0.4 },
  { id: 'moq.moq_issue', type: 'objection.moq', pattern: 'moq|mínimo|minimo .. problema|inconveniente', strength: 0.6 },
  { id: 'moq.issue_with_moq', type: 'objection.moq', pattern: 'problema|inconveniente .. con|es ?el ?la moq|mínimo|minimo', strength: 0.6 },
  // It kills us, typed by the nearest topic: "el MOQ de 5.000 metros nos mata", "el precio me mata".
  // NOTE: "shipping" is an English lead-time topic word, so "el shipping me mata" reads as lead time, though buyers mostly mean the freight cost.
  { id: 'moq.kills_us', type: 'objection.moq', topics: ['objection.moq', 'objection.price', 'objection.lead_time', 'objection.payment_terms'], pattern: 'me|nos mata|matan', strength: 0.65 },
  // Too big for the buyer, typed by the nearest topic: "el pedido mínimo de 10.000 unidades nos queda grande".
  { id: 'moq.too_big_for_us', type: 'objection.moq', topics: ['objection.moq', 'objection.price', 'objection.lead_time', 'objection.payment_terms'], pattern: 'queda|quedan|quedaría|quedaria|viene|vienen ?muy ?bastante grande|grandes|enorme|enormes', strength: 0.65 },
  // A quantity beyond what the buyer sells, uses or stores: "es más de lo que vendemos en un año", "no tenemos dónde guardarlo".
  { id: 'moq.more_than_we_sell', type: 'objection.moq', pattern: `más|mas de lo que ?nosotros ?yo ?me ?nos ${OWN_USE}|cabe|caben|almacenamos|guardamos|rotamos`, strength: 0.75 },
  { id: 'moq.span_of_sales', type: 'objection.moq', pattern: `es|son|sería|seria|serían|serian|equivale|equivalen|representa|representan ?a ?casi ?como ?más ?mas ?de ?un ?una ?unos ?dos ?tres ?cuatro ?seis ?medio ?# ${LONG_SPAN} de venta|ventas|stock|inventario|consumo|existencias`, strength: 0.75 },
  { id: 'moq.lasts_us_years', type: 'objection.moq', pattern: `eso|esto|esa|esas|esos|tanto|tantas|tantos ?cantidad ?me ?nos ?les dura|duran|duraría|duraria|durarían|durarian|alcanza|alcanzaría|alcanzaria ?para ?como ?casi ?unos ?más ?mas ?de ?un ?una ?dos ?tres ?cuatro ?medio ?# ${LONG_SPAN}`, strength: 0.75 },
  { id: 'moq.left_in_stock', type: 'objection.moq', pattern: 'se ?me ?nos ?les quedan|queda|quedarían|quedarian|quedaría|quedaria|quedarán|quedaran|quedaba|quedaban ?en ?el ?la ?nuestro ?nuestra ?mi almacén|almacen|bodega|depósito|deposito|inventario|estantería|estanteria|estantes|stock', strength: 0.7 },
  { id: 'moq.store_for_months', type: 'objection.moq', pattern: `almacenar|almacenarlo|almacenarla|almacenarlos|almacenarlas|stockear|stockearnos ?en ?bodega ?durante ?por ?unos ?unas ?casi ?más ?mas ?de _ ${LONG_SPAN}|mes`, strength: 0.7 },
  { id: 'moq.no_room', type: 'objection.moq', pattern: 'no ?tenemos ?tengo ?hay dónde|donde|espacio|lugar ?para ponerlo|ponerla|ponerlos|ponerlas|guardarlo|guardarla|guardarlos|guardarlas|almacenarlo|almacenarla|almacenarlos|almacenarlas|meterlo|meterlos|tanto|tanta|tantos|tantas', strength: 0.7, negatable: false },
  { id: 'moq.expires_before_use', type: 'objection.moq', pattern: 'caduca|caducan|caducaría|caducaria|caducarían|vence|vencen|vencería|venceria|pudre|pudren|echa|echan ?a ?perder antes de|que usar|usarla|usarlo|usarlos|usarlas|venderla|venderlo|venderlos|venderlas|consumirla|consumirlo|terminarla|terminarlo|gastarla|gastarlo|rotarla|rotarlo|lo|la|los|las', strength: 0.65 },
  // The buyer's own sales rate, set against the quantity asked: "nosotros vendemos unas 150 por mes".
  { id: 'moq.our_monthly_sales', type: 'objection.moq', pattern: `pero|nosotros|yo ?solo ?sólo ?apenas ${OWN_USE} ?como ?unos ?unas ?apenas ?solo ?sólo ?cerca ?de ?alrededor # ?mil ?_ ?_ al|por|cada|mensuales|mensualmente|anuales|anualmente|semanales|mensual|anual ?mes|año|semana|trimestre|temporada`, strength: 0.6 },
  // A small business of the buyer's own, near the quantity: "mi negocio es chiquito", "es mucho para una tienda chica".
  { id: 'moq.our_shop_is_small', type: 'objection.moq', topics: ['objection.moq'], statementOnly: true, pattern: `mi|nuestra|nuestro tienda|negocio|empresa|local|marca|taller|emprendimiento|mercado|fábrica|fabrica|comercio ?es|son ?muy ?bien ?bastante ?re ${SMALL}`, strength: 0.55 },
  { id: 'moq.too_much_for_small', type: 'objection.moq', topics: ['objection.moq'], pattern: `para|pa un|una ?_ ?_ ${SMALL}`, strength: 0.55 },
  // A quantity turned down as too much, typed by its topic: "800 mesas es un montón", "60 días es demasiado".
  { id: 'moq.number_is_a_lot', type: 'objection.moq', topics: ['objection.moq', 'objection.price', 'objection.lead_time', 'objection.payment_terms'], topicOptional: true, pattern: '# ... es|son|sería|seria|serían|serian ?muy ?un ?una ?demasiado mucho|demasiado|muchísimo|muchisimo|montón|monton|exagerado|excesivo|riesgo|riesgoso|arriesgado|locura|barbaridad', strength: 0.65 },
  // A volume the buyer cannot take in, typed by its topic: "esa cantidad no la podemos rotar".
  { id: 'moq.cannot_absorb', type: 'objection.moq', topics: ['objection.moq', 'objection.price', 'objection.payment_terms'], pattern: 'no ?lo ?la ?los ?las ?podemos ?podríamos ?podriamos ?puedo ?podría ?podria ?vamos ?voy ?a absorber|asumir|rotar|mover|colocar|desplazar|almacenar|vender|comprometer|consumir|sacar|darle', strength: 0.65, negatable: false },
  { id: 'moq.hard_to_turn', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], topicOptional: true, pattern: 'imposible|difícil|dificil|complicado|complicada|inviable de rotar|colocar|mover|vender|absorber|desplazar|almacenar', strength: 0.65 },
  { id: 'moq.out_of_hand', type: 'objection.moq', topics: ['objection.moq', 'objection.price', 'objection.payment_terms', 'objection.lead_time'], topicOptional: true, pattern: 'se ?me ?nos ?les va|van|iría|iria|irían|irian|fue|escapa|escapan de las manos', strength: 0.65 },
  // A MOQ that troubles the buyer or does not fit: "el mínimo por color nos complica", "veo muy difícil el mínimo".
  { id: 'moq.moq_troubles_us', type: 'objection.moq', pattern: `${MOQ_WORD} ... nos|me complica|complican|complicaría|complicaria|dificulta|dificultan|pesa|aprieta|asusta|deja|dejan ?por ?fuera|afuera|grande|vértigo|vertigo`, strength: 0.75 },
  { id: 'moq.moq_does_not_fit', type: 'objection.moq', pattern: `${MOQ_WORD} ... no ?lo ?la ?los ?las ?nos ?me ?se encaja|encajan|cuadra|cuadran|cierra|cierran|da|alcanza|conviene|funciona|podemos|puedo|llegamos|llego|hacemos|tiene ?lógica ?logica ?sentido`, strength: 0.75, negatable: false },
  { id: 'moq.see_moq_hard', type: 'objection.moq', pattern: `veo|vemos|ve|lo ?muy complicado|complicada|difícil|dificil|imposible|inviable|cuesta|pesado ?el ?la ?lo ?los ?del ?de ${MOQ_WORD}|cantidad|volumen`, strength: 0.7 },
  // A MOQ raised or changed: "el mínimo se duplicó", "nos cambiaron el mínimo".
  { id: 'moq.moq_went_up', type: 'objection.moq', pattern: `${MOQ_WORD} ... subió|subio|subieron|subido|aumentó|aumento|aumentaron|aumentado|cambió|cambio|cambiaron|cambiado|dobló|doblo|doblaron|doblado|duplicó|duplico|duplicaron|duplicado|triplicó|triplico|triplicaron|triplicado|doblasteis|doblaste`, strength: 0.7 },
  { id: 'moq.raised_the_moq', type: 'objection.moq', pattern: `subieron|subió|subio|subís|aumentaron|aumentó|cambiaron|cambió|cambio|doblaron|duplicaron|triplicaron|doblasteis|cambiasteis ?me ?nos ?les ?el ?la ?su ?vuestro ${MOQ_WORD}`, strength: 0.7 },
  // Less than the quantity asked: "no necesitamos 20.000 etiquetas", "pensábamos empezar con unas 200".
  { id: 'moq.dont_need_that_many', type: 'objection.moq', pattern: 'no necesitamos|necesito|ocupamos|ocupo|queremos|quiero|requerimos|vendemos|vendo ?tantas ?tantos ?unas ?unos # ?mil', strength: 0.65, negatable: false },
  { id: 'moq.meant_to_start_smaller', type: 'objection.moq', pattern: 'pensaba|pensábamos|pensabamos|quería|queria|queríamos|queriamos|esperaba|esperábamos|esperabamos|pretendíamos|pretendiamos ?arrancar|empezar|partir|comenzar|iniciar|probar|pedir|comprar ?con solo|sólo|unas|unos|apenas|menos ?de #', strength: 0.6 },
  // A first lot to try, then more if it sells: "mandame 600 y si se venden bien repetimos".
  { id: 'moq.start_then_see', type: 'objection.moq', pattern: '# ... y ?si ?se rota|rotan|vende|venden|mueve|mueven|funciona|funcionan|responde|pega ?bien', strength: 0.6 },
  // objection.payment_terms
  { id: 'payment_terms.cannot_accept_terms', type: 'objection.payment_terms', pattern: `no podemos|puedo|aceptamos|acepto|trabajamos|trabajo|pagamos|pago|hacemos|manejamos|damos|damos ... ${PAYMENT}|adelantado|anticipado|upfront`, strength: 0.8, negatable: false },
  { id: 'payment_terms.deposit_too_high', type: 'objection.payment_terms', pattern: `anticipo|adelanto|depósito|deposito|prepago|enganche .. ?${VERY} ${HIGH}|mucho|grande|excesivo|excesiva`, strength: 0.8 },
  { id: 'payment_terms.terms_unacceptable', type: 'objection.payment_terms', pattern: 'condiciones|términos|terminos|forma|formas|modalidad de pago .. inaceptable|inaceptables|difícil|dificil|difíciles|dificiles|problema|complicadas|complicada|duras|estrictas|riesgosas|riesgosa|arriesgadas', strength: 0.8 },
  { id: 'payment_terms.terms_not_ok', type: 'objection.payment_terms', pattern: 'condiciones|términos|terminos|forma|formas|modalidad de pago .. no ?son ?es ?nos aceptables|aceptable|posibles|posible|viables|viable|factibles|convenientes|sirven|sirve', strength: 0.8, negatable: false },
  { id: 'payment_terms.method_not_possible', type: 'objection.payment_terms', pattern: `${PAYMENT} .. no ?es ?son ?nos posible|aceptable|viable|factible|sirve|conviene`, strength: 0.8, negatable: false },
  { id: 'payment_terms.advance_not_accepted', type: 'objection.payment_terms', pattern: 'adelantado|anticipado|anticipo|adelanto|prepago|anticipos .. no ?lo ?la ?los ?las aceptamos|acepto|podemos|pagamos|trabajamos|manejamos|hacemos', strength: 0.8, negatable: false },
  { id: 'payment_terms.only_pay_by', type: 'objection.payment_terms', pattern: 'solo|sólo|solamente|únicamente|unicamente .. pagamos|pagar|aceptamos|trabajamos|manejamos|pago .. l/c|lc|carta|d/p|dp|crédito|credito|contra|contraentrega|días|dias', strength: 0.55 },
  { id: 'payment_terms.cannot_pay_before', type: 'objection.payment_terms', pattern: 'no podemos|puedo pagar|adelantar|anticipar ... antes|adelantado|anticipado|total|completo|todo|anticipo|adelanto', strength: 0.8, negatable: false },
  { id: 'payment_terms.do_not_pay_before', type: 'objection.payment_terms', pattern: 'no|nunca|jamás|jamas pagamos|pago|pagaremos|pagaríamos|pagariamos|adelantamos|anticipamos ... antes|adelantado|anticipado|total|completo|todo|anticipo|adelanto', strength: 0.75, negatable: false },
  { id: 'payment_terms.no_deposit', type: 'objection.payment_terms', pattern: 'sin|ningún|ningun anticipo|adelanto|depósito|deposito|prepago|enganche', strength: 0.65, negatable: false },
  { id: 'payment_terms.pay_after', type: 'objection.payment_terms', pattern: 'pago|pagamos|pagar|pagaremos|pagaríamos|saldo|pagaría ?solo ?sólo contra|al|después|despues|tras|luego .. entrega|llegada|recepción|recepcion|recibir|inspección|inspeccion|arribo|venta|ventas|vender|recibida', strength: 0.6 },
  { id: 'payment_terms.cash_on_delivery', type: 'objection.payment_terms', pattern: 'contraentrega|contra-entrega', strength: 0.55 },
  { id: 'payment_terms.days_credit', type: 'objection.payment_terms', pattern: '# días|dias de crédito|credito|pago|financiamiento', strength: 0.65 },
  // "Carta de crédito a 90 días" is a letter of credit, so a credit period needs a verb or "a" before it.
  { id: 'payment_terms.credit_of', type: 'objection.payment_terms', pattern: 'a|con|necesitamos|necesitaríamos|necesitariamos|queremos|pedimos|pido|ofrecen|dan|trabajamos|trabajo crédito|credito|financiamiento a|de #', strength: 0.6 },
  { id: 'payment_terms.payment_period_of', type: 'objection.payment_terms', pattern: 'plazo de pago a|de #', strength: 0.6 },
  { id: 'payment_terms.pay_in_days', type: 'objection.payment_terms', pattern: 'pago|pagos|pagar|pagamos|pagaríamos|pagariamos|saldo|resto|restante a # días|dias', strength: 0.6 },
  { id: 'payment_terms.open_account', type: 'objection.payment_terms', pattern: 'cuenta abierta', strength: 0.55 },
  { id: 'payment_terms.net_days', type: 'objection.payment_terms', pattern: 'neto|net 30|45|60|90|120', strength: 0.65 },
  { id: 'payment_terms.afraid_to_pay', type: 'objection.payment_terms', pattern: 'miedo|temor|riesgo|riesgoso|riesgosa|arriesgado|arriesgada|inseguro .. pagar|pago|anticipo|anticipos|adelantado|adelanto|prepago', strength: 0.7 },
  { id: 'payment_terms.pay_on_arrival', type: 'objection.payment_terms', pattern: 'pagar|pagamos|pago|saldo|resto|restante .. cuando|hasta|una .. llegue|lleguen|recibamos|reciba|recibir|tengamos|vendamos|llegada|entrega', strength: 0.6 },
  { id: 'payment_terms.method_risky', type: 'objection.payment_terms', pattern: 'anticipo|adelanto|t/t|tt|transferencia|prepago|l/c|lc .. riesgoso|riesgosa|arriesgado|arriesgada|difícil|dificil|complicado|complicada|imposible|problema', strength: 0.75 },
  // The seller's demand of prepayment, as the buyer reports it: "nos pedís el 100% por adelantado".
  { id: 'payment_terms.you_ask_upfront', type: 'objection.payment_terms', pattern: 'nos|me piden|pedís|pedis|pide|exigen|exigís|exige|cobran|quieren ... adelantado|anticipado|anticipo|adelanto|prepago|upfront', strength: 0.6 },
  // Paying up front named as too much: "el 100% por adelantado … es demasiado riesgo".
  { id: 'payment_terms.advance_too_risky', type: 'objection.payment_terms', pattern: 'adelantado|anticipado|anticipo|adelanto|prepago|anticipos ... demasiado|mucho|excesivo|excesiva ?riesgo', strength: 0.75 },
  { id: 'payment_terms.advance_risk', type: 'objection.payment_terms', pattern: 'adelantado|anticipado|anticipo|adelanto|prepago|anticipos ... riesgo|riesgoso|riesgosa|arriesgado|arriesgada', strength: 0.7 },
  // Bank costs of a payment method: "los costos bancarios nos matan".
  { id: 'payment_terms.bank_costs', type: 'objection.payment_terms', pattern: 'costos|costes|comisiones|gastos bancarios|bancarias', strength: 0.55 },
  { id: 'payment_terms.bank_fees', type: 'objection.payment_terms', pattern: 'costos|costes|comisiones|gastos del|de ?los banco|bancos', strength: 0.55 },
  // Prepayment turned down: "100% por adelantado no", "el 100% antes de embarcar no lo hacemos".
  { id: 'payment_terms.advance_no', type: 'objection.payment_terms', pattern: `# ?por ?de ?el ${ADVANCE}|antes ... no|nel|nope`, strength: 0.75, negatable: false },
  // Escrow or trade assurance in place of a transfer: "preferimos pagar mediante escrow".
  { id: 'payment_terms.escrow', type: 'objection.payment_terms', pattern: 'escrow|assurance', strength: 0.6 },
  // Prepayment that hurts: "el 50% de anticipo nos complica el flujo de caja", "el 100% anticipado nos deja sin caja".
  { id: 'payment_terms.advance_hurts', type: 'objection.payment_terms', pattern: `${ADVANCE} ... complica|complican|cuesta|cuestan|dificulta|dificultan|caja|liquidez|capital|inmovilizada|inmovilizado`, strength: 0.7 },
  // The bank or the finance department rejects the method: "nuestro departamento financiero no autoriza pagos anticipados".
  { id: 'payment_terms.finance_refuses', type: 'objection.payment_terms', pattern: 'banco|bancos|bank|financiero|financiera|finanzas|tesorería|tesoreria ... no ?nos ?lo ?la ?les autoriza|autorizan|admite|admiten|permite|permiten|opera|operan|trabaja|trabajan|deja|dejan|paga|pagan|libera|liberan|transfiere|transfieren|adelanta|adelantan', strength: 0.7, negatable: false },
  // Refused by the buyer's finance, bank or board: "el directorio no aprueba pagos adelantados". "Si el banco no aprueba" is no refusal yet.
  { id: 'payment_terms.not_approved', type: 'objection.payment_terms', topics: ['objection.payment_terms'], cancelledBy: ['si', 'todavía', 'todavia', 'aún', 'aun', 'cuando'], pattern: 'no ?nos ?me ?lo ?la ?los ?las ?les aprueba|aprueban|aprobaría|aprobaria|aprobarían|aprobarian|aprobó|aprobo|aprobaron|autoriza|autorizan|autorizó|autorizo', strength: 0.7 },
  { id: 'payment_terms.wont_send_before', type: 'objection.payment_terms', pattern: 'no ?podemos ?puedo ?podríamos ?podriamos ?vamos ?voy ?a ?les ?le girar|giramos|girarles|adelantar|adelantamos|adelantarles|anticipar|anticipamos|transferir|transferimos|transferirles|pagar|pagamos|pagarles|mandar|mandamos|enviar|enviamos|soltar|soltamos|depositar|depositamos ... antes|adelantado|anticipado|anticipo|anticipos|adelanto|adelantos|hasta', strength: 0.7, negatable: false },
  // Prepayment requested again or anew, as the buyer reports it: "¿otra vez piden todo por adelantado?", "ahora nos piden el saldo antes".
  { id: 'payment_terms.asked_again', type: 'objection.payment_terms', pattern: `ahora|vez|nuevo|encima ?me ?nos ?les piden|pedís|pedis|pide|exigen|exige|exigís|quieren|quiere|querés|solicitan|cobran ... ${ADVANCE}|antes|saldo|resto|anticipado|anticipo`, strength: 0.65 },
  { id: 'payment_terms.demand_before', type: 'objection.payment_terms', pattern: 'exigir|exigirnos|pedirnos|pedir|cobrarnos|cobrar el|la|todo|los ?saldo ?resto ?restante ?pago ... antes', strength: 0.6 },
  // Paying up front called hard or unsettling: "el anticipo del 50% lo veo difícil", "no me siento cómodo pagando por adelantado".
  { id: 'payment_terms.advance_hard', type: 'objection.payment_terms', pattern: `${ADVANCE} ... difícil|dificil|complicado|complicada|nervioso|nerviosa|nerviosos|miedo|incómodo|incomoda|incómoda|incomodo|pesado|pesada|duro|dura|cuesta|imposible|inviable|inaceptable`, strength: 0.6 },
  { id: 'payment_terms.before_shipment_hard', type: 'objection.payment_terms', pattern: '# ?el ?del ?de ?por antes ... difícil|dificil|complicado|complicada|nervioso|nerviosa|nerviosos|miedo|incómodo|incomoda|incómoda|incomodo|pesado|pesada|duro|dura|cuesta|imposible|inviable|inaceptable', strength: 0.6 },
  { id: 'payment_terms.not_comfortable_paying', type: 'objection.payment_terms', pattern: 'no|tampoco|nada ?me ?nos siento|sentimos|sentiría|sentiria|sentiríamos|sentiriamos|estamos|estoy ?muy cómodo|comodo|cómoda|comoda|cómodos|comodos|seguro|seguros|segura|tranquilo|tranquilos ... adelantado|anticipado|anticipo|adelanto|prepago|pagar|girar|transferir|transferencia|mandando|girando|pagando', strength: 0.65, negatable: false },
  { id: 'payment_terms.leaves_no_cash', type: 'objection.payment_terms', topics: ['objection.payment_terms', 'objection.price', 'objection.moq'], topicOptional: true, pattern: 'sin|nos|me deja|dejan|dejaría|dejaria|quedamos|quedaríamos|quedariamos ?sin capital|caja|liquidez|flujo', strength: 0.6 },
  { id: 'payment_terms.money_tied_up', type: 'objection.payment_terms', topics: ['objection.payment_terms', 'objection.moq'], topicOptional: true, pattern: 'dinero|plata|capital|guita|lana|caja ?tan ?tanto ?tanta inmovilizado|inmovilizada|inmovilizados|congelado|congelada|atado|atada', strength: 0.55 },
  { id: 'payment_terms.tie_up_money', type: 'objection.payment_terms', topics: ['objection.payment_terms', 'objection.moq'], topicOptional: true, pattern: 'inmovilizar|congelar ?el ?ese ?esa ?tanto ?tanta ?nuestro ?nuestra dinero|plata|capital|guita|lana|cantidad|caja', strength: 0.55 },
  // Costs and delays of the payment method itself: "la carta de crédito nos sale carísima", "el banco cobra comisión".
  { id: 'payment_terms.method_costs', type: 'objection.payment_terms', pattern: 'carta|l/c|lc|transferencia|transferencias|giro|giros|banco|bancos|banca|paypal|western ... caro|cara|carísima|carisima|carísimo|carisimo|encarece|encarecen|cobra|cobran|comisión|comision|comisiones|demora|demoran|tarda|tardan|eternidad|disparate|costoso|costosa', strength: 0.65 },
  // Another method or split instead of prepayment: "en lugar de anticipo", "proponemos 30% ahora y el saldo contra BL".
  { id: 'payment_terms.instead_of_advance', type: 'objection.payment_terms', pattern: `en lugar|vez de ?el ?un ?una ?los ?las ?pagar ?todo ?por ?el ?# ?% ?de ?del ${ADVANCE}|antes|anticipo|adelanto|contado|transferencia|l/c|lc|carta|tt|t/t`, strength: 0.6 },
  { id: 'payment_terms.counter_split', type: 'objection.payment_terms', pattern: 'proponemos|propongo|proponer|proponerles|aceptarían|aceptarian|aceptaríais|aceptariais|aceptarías|aceptarias|aceptaría|aceptaria|podemos|podríamos|podriamos ?hacer ?con ?un ?el # ... contra|saldo|resto|restante|llegada|recibir|bl|b/l', strength: 0.6 },
  // objection.quality. "Tengo una duda" is "I have a question" in Spanish, so "duda" and "dudas" are no objection.
  { id: 'quality.quality_poor', type: 'objection.quality', pattern: `calidad ${LINKING_VERB} ?${VERY} ${BAD}|problema|problemas|dudosa|cuestionable`, strength: 0.8 },
  { id: 'quality.poor_quality', type: 'objection.quality', pattern: 'mala|baja|pésima|pesima|pobre|deficiente|dudosa|mediocre|peor|regular|poca|inferior calidad', strength: 0.8 },
  { id: 'quality.quality_problem', type: 'objection.quality', pattern: 'problema|problemas|defecto|defectos|falla|fallas|fallo|fallos de|con ?la calidad', strength: 0.8 },
  { id: 'quality.quality_not_good', type: 'objection.quality', pattern: 'calidad .. no ?es ?está ?esta ?son ?fue ?era buena|bueno|aceptable|consistente|adecuada|suficiente|igual|misma|óptima|optima', strength: 0.8, negatable: false },
  { id: 'quality.quality_worse', type: 'objection.quality', pattern: 'calidad ... fue|es|está|esta|era|salió|salio|vino|resultó|resulto ?muy ?bastante ?mucho inferior|peor|mala|malísima|malisima|deficiente|pésima|pesima|distinta|diferente', strength: 0.8 },
  { id: 'quality.bare_bad', type: 'objection.quality', topics: ['objection.quality'], pattern: `${VERY} mala|malo|malos|malas|deficiente|deficientes|pobre|mediocre|floja|flojo|flojos|flojas|regular`, strength: 0.65 },
  { id: 'quality.bare_is_bad', type: 'objection.quality', topics: ['objection.quality'], pattern: 'es|son|está|esta|están|estan|era|fue|salió|salio|salieron|vino|vinieron|llegó|llego|llegaron ?muy ?bastante mala|malo|malos|malas|deficiente|deficientes|pésima|pesima|pésimo|pesimo|mediocre|inaceptable', strength: 0.65 },
  { id: 'quality.bare_terrible', type: 'objection.quality', topics: ['objection.quality'], pattern: 'pésima|pésimo|pesima|pesimo|pésimas|pésimos|malísima|malisima|malísimo|malisimo|malísimos|horrible|horribles', strength: 0.6 },
  { id: 'quality.defects', type: 'objection.quality', pattern: DEFECT, strength: 0.75 },
  { id: 'quality.came_with_faults', type: 'objection.quality', pattern: 'tiene|tienen|presenta|presentan|vino|vinieron|salió|salio|salieron|llegó|llego|llegaron ... falla|fallas|fallo|fallos|imperfecciones|desperfectos|desperfecto|defectos|defecto', strength: 0.7 },
  { id: 'quality.worried_quality', type: 'objection.quality', pattern: 'preocupa|preocupan|preocupados|preocupado|preocupada|preocupación|preocupacion|dudar|dudando|dudamos|dudo|desconfiamos|desconfianza|escépticos|escepticos|escéptico|esceptico|inseguros .. calidad|durabilidad|resistencia|material|materiales|acabado|acabados|terminación|terminaciones', strength: 0.8 },
  // "No me convence el acabado de las costuras": unconvinced by the product itself.
  { id: 'quality.not_convinced', type: 'objection.quality', pattern: 'no ?me ?nos convence|convencen|convenció|convencio|convencieron|gusta|gustó|gusto|gustaron ?el ?la ?los ?las calidad|acabado|acabados|terminación|terminacion|costura|costuras|material|materiales|tela|textura|color|colores|olor|sabor|resistencia', strength: 0.7, negatable: false },
  // Ordered one thing, got another: "pedí tela color arena y me mandaron gris".
  { id: 'quality.ordered_other', type: 'objection.quality', pattern: 'pedí|pedi|pedimos|ordené|ordene|ordenamos|solicitamos|compramos ... .. y ?me ?nos mandaron|enviaron|despacharon|entregaron', strength: 0.7 },
  // End customers complaining about the goods: "mis clientes se están quejando".
  { id: 'quality.customers_complain', type: 'objection.quality', pattern: 'clientes|cliente|usuarios|consumidores .. quejando|quejan|quejaron|reclamando|reclaman|reclamaron|devolviendo|devuelven', strength: 0.65 },
  { id: 'quality.noise', type: 'objection.quality', pattern: 'hace|hacen .. ruido|ruidos|vibración|vibracion|chirrido', strength: 0.6 },
  { id: 'quality.differs_from_sample', type: 'objection.quality', pattern: 'diferente|diferentes|distinto|distinta|distintos|distintas .. muestra|muestras|foto|fotos|catálogo|catalogo|descripción|descripcion|especificaciones|ficha|aprobado|acordado|original|pedimos', strength: 0.75 },
  { id: 'quality.does_not_match', type: 'objection.quality', pattern: 'no coincide|coinciden|corresponde|corresponden|concuerda|concuerdan|cumple|cumplen|es|son .. muestra|muestras|foto|fotos|catálogo|catalogo|descripción|descripcion|especificaciones|ficha|aprobado|acordado|pedimos|ordenamos|original', strength: 0.75, negatable: false },
  { id: 'quality.complaint', type: 'objection.quality', pattern: 'reclamo|reclamos|reclamación|reclamacion|reclamaciones|queja|quejas|devolución|devolucion', strength: 0.6 },
  { id: 'quality.warranty_claim', type: 'objection.quality', pattern: 'garantía|garantia por defecto|defectos|falla|fallas', strength: 0.6 },
  { id: 'quality.rejected_batch', type: 'objection.quality', pattern: 'rechazamos|rechazar|rechazado|rechazada|rechazados|devolvemos|devolver|devolvimos|devolveremos .. lote|mercancía|mercancia|embarque|pedido|contenedor|producto|productos|piezas|mercadería|mercaderia', strength: 0.75 },
  { id: 'quality.how_sure', type: 'objection.quality', pattern: 'cómo|como .. seguros|seguro|saber|sé|sabemos|sabremos|sabría|sabria|garantizan|garantizar|asegurar|asegurarnos|confiar ... calidad|misma|mismo|igual|dure|duren|muestra|material', strength: 0.7 },
  { id: 'quality.finish_not_good', type: 'objection.quality', pattern: 'acabado|acabados|terminación|terminacion|terminaciones|costura|costuras|soldadura|soldaduras|pintura|recubrimiento|empaque|embalaje|impresión|impresion .. malo|mala|malos|malas|pobre|deficiente|defectuoso|defectuosa|irregular|rugoso|disparejo|dispareja|feo|fea|horrible', strength: 0.75 },
  { id: 'quality.finish_not_ok', type: 'objection.quality', pattern: 'acabado|acabados|terminación|terminacion|terminaciones|costura|costuras|soldadura|soldaduras|pintura|recubrimiento|impresión|impresion .. no ?es ?está ?esta ?son ?están buena|bueno|buenos|bien|aceptable|correcto|correcta', strength: 0.75, negatable: false },
  { id: 'quality.scratches', type: 'objection.quality', pattern: 'rayón|rayon|rayones|rayadura|rayaduras|abolladura|abolladuras|óxido|oxido|grieta|grietas|fisura|fisuras|burbujas|parpadeo|parpadea|parpadean|mancha|manchas|fuga|fugas|goteo', strength: 0.65 },
  { id: 'quality.breaks', type: 'objection.quality', pattern: 'rompe|rompen|rompió|rompio|rompieron|dañó|daño|dañaron|quemó|quemo|quemaron|descompuso|descompusieron|estropeó|estropeo|estropearon|fallan|fallaron|falló', strength: 0.6 },
  { id: 'quality.peels', type: 'objection.quality', pattern: 'descascara|descascaran|descascarado|descascarada|pela|pelan|despega|despegan|despegó|despego|destiñe|destiñen|decolora|decoloran|oxida|oxidan|oxidó|desarma|desarman', strength: 0.65 },
  { id: 'quality.fails_after_use', type: 'objection.quality', pattern: `${FAILS} .. después|despues|tras|al|con ?de ?del ?el ?la ?los ?las ?primer ?primera ?primeros ?pocos ?pocas ?dos ?tres ?unos ?unas uso|usos|lavada|lavadas|lavado|lavados|semana|semanas|día|días|dia|dias|mes|meses`, strength: 0.6 },
  { id: 'quality.fails_after_count', type: 'objection.quality', pattern: `${FAILS} .. después|despues|tras|a ?de ?los #`, strength: 0.6 },
  { id: 'quality.stopped_working', type: 'objection.quality', pattern: 'dejan|dejaron|dejó|dejo|deja de funcionar|servir|prender|encender|andar', strength: 0.7 },
  { id: 'quality.will_it_last', type: 'objection.quality', pattern: 'aguanta|aguantan|aguantará|aguantara|durará|durara|durarán|resistirá|resistira .. ?', strength: 0.5 },
  { id: 'quality.wrong_goods', type: 'objection.quality', pattern: 'producto|productos|modelo|modelos|color|colores|medida|medidas|talla|tallas|material|mercancía|mercancia|piezas|referencia equivocado|equivocada|equivocados|equivocadas|incorrecto|incorrecta|incorrectos|incorrectas|erróneo|erroneo|errónea|erronea', strength: 0.6 },
  // Doubt that the material is what was sold: "¿es realmente 316 o es 201?", "¿son originales o no?".
  { id: 'quality.really_or_not', type: 'objection.quality', pattern: 'realmente|verdad|verdaderamente|original|originales|genuino|genuina|genuinos|auténtico|autentico|auténtica|autentica ... o|ó es|son|será|sera|nomás|nomas|no|copia|genérico|generico|genérica|generica|réplica|replica', strength: 0.65 },
  // The product does not work: "la mitad de los focos no prenden", "un 20% no carga", "el POS no imprime".
  { id: 'quality.does_not_work', type: 'objection.quality', pattern: 'no ?lo ?la ?los ?las enciende|encienden|prende|prenden|funciona|funcionan|funcionó|funciono|arranca|arrancan|carga|cargan|imprime|imprimen|enfría|enfria|enfrían|enfrian|calienta|calientan|lee|leen', strength: 0.65, negatable: false },
  // Too thin, weak or crooked: "el polipropileno está muy delgado", "unas tarimas bien chuecas".
  { id: 'quality.too_thin', type: 'objection.quality', pattern: 'muy|demasiado|bien|súper|super|re|tan|bastante delgado|delgada|delgados|delgadas|delgadito|delgadita|débil|debil|débiles|debiles|frágil|fragil|frágiles|fragiles|endeble|endebles|flojita|flojito|flojitas|flojitos|blando|blanda|chueco|chueca|chuecos|chuecas|torcido|torcida|torcidos|torcidas', strength: 0.65 },
  // Not what was agreed: "el repuesto no es el correcto", "eso no es lo pactado".
  { id: 'quality.not_as_agreed', type: 'objection.quality', pattern: 'no es|son|era|eran|fue|fueron ?el ?la ?los ?las ?lo ?que correcto|correcta|correctos|correctas|pactado|pactada|acordado|acordada|aprobado|aprobada|solicitado|especificado|ordenado|prometido|pedido|pedimos|pedí|pedi|ordenamos|acordamos|aprobamos', strength: 0.65, negatable: false },
  // Failed a test: "no pasan la prueba hidrostática", "340 no pasaron inspección por dureza".
  { id: 'quality.failed_test', type: 'objection.quality', pattern: 'no pasa|pasan|pasó|paso|pasaron|supera|superan|superó|supero|superaron|aprueba|aprueban|aprobó|aprobaron ?la ?el ?las ?los prueba|pruebas|test|tests|ensayo|ensayos|inspección|inspeccion|control|análisis|analisis|auditoría|auditoria|drop', strength: 0.75, negatable: false },
  // Lighter, darker or thinner than the sample: "más oscuro que la muestra aprobada", "más light que el Pantone".
  { id: 'quality.shade_vs_sample', type: 'objection.quality', pattern: 'más|mas oscuro|oscura|oscuros|oscuras|claro|clara|claros|claras|clarito|clarita|light|dark|opaco|opaca|brillante|rosado|rosada|amarillento|amarillenta|delgado|delgada|delgados|delgadas|fino|fina|finos|finas|liviano|liviana|livianas|débil|debil|blando|blanda ... que|de ?lo ?la ?el ?los ?las ?que muestra|muestras|pantone|aprobado|aprobada|esperábamos|esperabamos|pedimos|pedido|original|anterior|acordado|ficha|referencia|dijeron|dijiste', strength: 0.7 },
  // Damage in words the older lists lack: "llegaron con el vidrio rajado", "los tornillos se oxidaron".
  { id: 'quality.more_damage', type: 'objection.quality', pattern: DAMAGED, strength: 0.7 },
  { id: 'quality.came_with', type: 'objection.quality', pattern: `${ARRIVED}|viene|vienen|trae|traen ... con humedad|moho|hongos|óxido|oxido|plomo|plaga|plagas|insectos|gorgojo|bichos|manchas|grietas|fisuras|golpes|rayones|faltantes|piezas ?faltantes ?rotas`, strength: 0.7 },
  { id: 'quality.parts_loose', type: 'objection.quality', pattern: 'ruedas|patas|tornillos|tapas|asas|manijas|botones|bisagras|juntas|costuras|piezas ... flojas|flojos|sueltas|sueltos|cojas|chuecas|chuecos', strength: 0.65 },
  { id: 'quality.does_not_close', type: 'objection.quality', pattern: 'no cierran|cierra|ajustan|ajusta|encajan|encaja|calzan|calza|sellan|sella|tapan|tapa|enroscan|enrosca ?bien ?correctamente', strength: 0.65, negatable: false },
  { id: 'quality.did_not_last', type: 'objection.quality', pattern: 'no aguantan|aguanta|aguantaron|aguantó|aguanto|resisten|resiste|resistieron|resistió|resistio|duran|dura|duraron|duró|duro ni', strength: 0.7, negatable: false },
  { id: 'quality.breaks_on_touch', type: 'objection.quality', pattern: 'con solo|sólo|solamente|nomás|nomas tocarlo|tocarla|tocarlos|tocarlas|tocar|mirarlas|mirarlo|mirarla|mirarlos|jalarlas|jalarlo|jalarla|jalarlos|jalar|pasarle|usarlo|usarla|usarlos|usarlas|lavarla|lavarlo|lavarlas|lavarlos|doblarla|doblarlo|apretarlo|apretarla|abrirla|abrirlo|moverla|moverlo', strength: 0.65 },
  { id: 'quality.pilling', type: 'objection.quality', pattern: 'hace|hacen|hizo|hicieron|sale|salen|salieron bolitas|pelotitas|motas|pilling', strength: 0.6 },
  { id: 'quality.smells', type: 'objection.quality', pattern: 'huele|huelen|olía|olia|sabe|saben ?a raro|rara|raros|mal|feo|fea|rancio|rancia|podrido|humedad|químico|quimico|mezcla|plástico|plastico|azufre|viejo|moho', strength: 0.6 },
  // Goods mixed up or other than ordered: "vinieron con las tallas cambiadas", "pedimos verde y esto es como gris".
  { id: 'quality.swapped', type: 'objection.quality', pattern: 'tallas|talles|medidas|colores|etiquetas|referencias|modelos|piezas|cajas cambiadas|cambiados|mezcladas|mezclados|equivocadas|equivocados|trocadas|trocados', strength: 0.65 },
  { id: 'quality.ordered_got', type: 'objection.quality', pattern: 'pedí|pedi|pedimos|ordené|ordene|ordenamos|solicitamos|encargamos|compramos ... y|pero ?me ?nos ?esto ?eso llegó|llego|llegaron|vino|vinieron|recibimos|recibí|recibi|es|son ?como ?un ?una', strength: 0.6 },
  // Short delivery: "nos llegaron 2 cajas de menos".
  { id: 'quality.short_by', type: 'objection.quality', pattern: '# ?_ ?_ de menos', strength: 0.6 },
  // A test or measurement against the claim: "el análisis del laboratorio dio 4% de humedad", "dice 50 mm pero mide 42".
  { id: 'quality.test_result', type: 'objection.quality', pattern: `análisis|analisis|laboratorio|prueba|pruebas|ensayo|ensayos|medición|medicion|test|perito|inspector|calibre ... ${MEASURED}`, strength: 0.6 },
  { id: 'quality.says_but_measured', type: 'objection.quality', pattern: `dice|dicen|decía|decia|indica|indican|pone|ponen|ponéis|poneis|declara|declaran|según|segun ... pero|y ... ${MEASURED}|tiene|tienen|vino|viene|vienen|llegó|llego`, strength: 0.6 },
  { id: 'quality.not_as_stated', type: 'objection.quality', pattern: 'no ?es ?son # ?_ como dice|dicen|indica|indican|pone|ponen|decía|decia|dijeron|dijiste|dijo|ofrecieron|prometieron|declaran|especificamos|pedimos', strength: 0.65, negatable: false },
  { id: 'quality.misses_spec', type: 'objection.quality', pattern: 'no cumple|cumplen|cumplía|cumplían|cumplian|alcanza|alcanzan|llega|llegan ?con ?la ?el ?los ?las dureza|espesor|peso|medida|medidas|resistencia|especificación|especificacion|especificaciones|ficha|tolerancia|gramaje|densidad|potencia|pureza|humedad|acidez|rendimiento|dimensiones|calibre|grosor', strength: 0.7, negatable: false },
  // A price so low that the quality is doubted: "a ese precio lo dudo", "¿por qué tan barato?".
  { id: 'quality.at_that_price_doubt', type: 'objection.quality', pattern: 'a|con|por ese|este|esos|estos|tal|semejante precio|precios ... dudo|duda|creer|creerlo|creíble|creible|imposible|huele|sospecho|sospechoso|raro|cuadra|cierra|desconfío|desconfio|dudoso', strength: 0.65 },
  { id: 'quality.how_so_cheap', type: 'objection.quality', pattern: 'por|cómo ?qué ... tan barato|barata|baratos|baratas|bajo|baja', strength: 0.55 },
  // Doubt about the claimed material or rating: "¿seguro que el motor es de cobre?", "¿o es puro cuento?", "¿qué espesor real tiene?".
  { id: 'quality.sure_it_is', type: 'objection.quality', topics: ['objection.quality'], topicOptional: true, pattern: 'seguro|segura|seguros|seguras ?de que ... es|son|sea|sean|aguanta|aguantan|tiene|tienen|dura|duran', strength: 0.6 },
  { id: 'quality.just_talk', type: 'objection.quality', topics: ['objection.quality', 'objection.certification'], topicOptional: true, pattern: 'puro|pura cuento|verso|mentira|marketing|publicidad|humo|chamuyo|floro|cuentos', strength: 0.6 },
  { id: 'quality.swear_it_is', type: 'objection.quality', pattern: 'me jurás|juras|juran|juráis|jurais|garantizás|garantizas ... que', strength: 0.55 },
  { id: 'quality.real_spec', type: 'objection.quality', pattern: 'espesor|peso|potencia|medida|medidas|gramaje|composición|composicion|eficiencia|densidad|pureza|dureza|rendimiento|vatios|watts|ah|mah|amperaje|voltaje|calibre|grosor ?de ?del ?_ real|reales|realmente|verdadero|verdadera', strength: 0.6 },
];

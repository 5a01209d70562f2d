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
  { id: 'price.discount', type: 'objection.price', pattern: 'descuento|descuentos|rebaja|rebajita|bonificación|bonificacion', strength: 0.5 },
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
  { id: 'price.meet_at', type: 'objection.price', pattern: 'quedamos|quedemos|cerramos|cerremos|dejemos|dejémoslo|dejemoslo ?lo ?en|a #', strength: 0.75 },
  { id: 'price.match_our_price', type: 'objection.price', pattern: 'igualar|igualen|iguale|llegar|lleguen|acercarse|acérquense|acerquense ?a ?al ?nuestro|mi|este precio|objetivo|presupuesto|target', strength: 0.75 },
  { id: 'price.best_you_can', type: 'objection.price', pattern: `mejor|mínimo|minimo|menor|último|ultimo que .. ${CAN_YOU}|pueda|puedan dar|dejar|ofrecer|hacer`, strength: 0.6 },
  { id: 'price.last_price', type: 'objection.price', pattern: 'último|ultimo precio', strength: 0.55 },
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
  { id: 'supplier_history.vanished_with_money', type: 'objection.supplier_history', pattern: 'desapareció|desaparecio|desaparecieron|huyó|se fue|fueron con ?el ?la ?nuestro ?nuestra ?nuestros dinero|plata|anticipo|pago|mercancía|mercancia', strength: 0.8 },
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
];

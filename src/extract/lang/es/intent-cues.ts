/**
 * Spanish intent cues. Each pattern uses the phrase syntax of `text/phrases.ts`,
 * and strength is the weight of one match in [0, 1]. An unaccented "que" also
 * starts relative clauses ("queremos que el precio …"), so question cues that
 * start with it end in `.. ?`: they count only when the sentence is a question.
 */
import { RFQ_REFERENCE_WORDS, RFQ_STATUS_WORDS } from '../neutral.js';
import type { SignalCue } from '../types.js';
import { CAN_YOU, CERTIFICATE, NEED, QUOTE, QUOTE_VERB, SEND } from './words.js';

const MINIMUM = 'moq|moqs|mínimo|minimo|mínima|minima|mínimos|minimos';
const PARAMETER =
  'lúmenes|lumenes|lm/w|eficiencia|cri|irc|potencia|voltaje|tensión|tension|ángulo|angulo|ip|espesor|grosor|calibre|' +
  'vida|garantía|garantia|medida|medidas|tamaño|tamano|dimensiones|peso|capacidad|amperaje|watts|vatios|material|materiales';

/**
 * A buyer's own move that closes a deal: "…, te compro", "…, cerramos", "…, lo pido". Present tense only, and
 * "compramos" or "pedimos" are also past tenses, so the cues that use this list need a condition before it.
 */
const WE_COMMIT =
  'compro|compramos|cierro|cerramos|firmo|firmamos|pido|pedimos|confirmo|confirmamos|tomo|tomamos|llevo|llevamos|' +
  'cojo|cogemos|colocamos|ordenamos|encargamos|reservamos|avanzamos|procedemos|arrancamos|entramos|montamos';
/** Batches and likenesses of a repeat order: "otro contenedor igualito", "otra tanda igual", "otras 600 iguales". */
const BATCH =
  'contenedor|contenedores|container|containers|tanda|lote|pedido|embarque|pallet|pallets|palé|palés|pale|pales|' +
  'tarima|tarimas|run|corrida|tirada|partida|camión|camion|40hq|40hc|40|20|igual|iguales|igualito|igualita|igualitos|igualitas';
/** Imperatives that ask the seller to prepare or send goods: "prepárenme", "armame", "mándame", "ponme" (Spain). */
const PREPARE_FOR_ME =
  'prepárame|preparame|prepárenme|preparenme|prepárennos|preparennos|prepáranos|preparanos|prepárenos|preparenos|' +
  'preparad|preparadme|preparadnos|preparen|prepara|prepare|ármame|armame|ármenme|armenme|armá|hazme|haceme|hacéme|' +
  'hágame|hagame|háganme|haganme|hacedme|fabríquenme|fabriquenme|fabrícame|fabricame|cuádrame|cuadrame|cuadremos|' +
  'mándame|mandame|mándeme|mandeme|mándenme|mandenme|mándanos|mandanos|mándenos|mandenos|mandadme|mandadnos|' +
  'envíame|enviame|envíenme|envienme|envíanos|envianos|enviadme|enviadnos|despáchenme|despachenme|despáchame|despachame|' +
  'despachadme|súrteme|surteme|súrtanme|surtanme|ponme|póngame|pongame|pónganme|ponganme|pónganos|ponganos|ponedme|ponednos';
/** Imperatives that ask the seller to hold goods for the buyer: "apártame", "resérvenos", "anótame", "sepárame". */
const HOLD_FOR_ME =
  'apártame|apartame|apártenos|apartenos|apártennos|apartennos|apártenme|apartenme|apártanos|apartanos|aparta|apartá|' +
  'apartad|apartadme|resérvame|reservame|resérvenos|reservenos|resérvennos|reservennos|resérvanos|reservanos|resérvenme|' +
  'reservenme|reservadme|reservadnos|anótame|anotame|anótanos|anotanos|anóteme|anoteme|anótenos|anotenos|apúntame|' +
  'apuntame|apúntanos|apuntanos|apúnteme|apunteme|apúntenos|apuntenos|apuntadme|sepárame|separame|sepárenme|separenme|' +
  'sepárenos|separenos';
/** Words after an order document that mean it is signed and sent now: "te mando la OC firmada". */
const SIGNED = ['firmada', 'firmado', 'firmadas', 'firmados', 'adjunta', 'adjunto', 'escaneada', 'escaneado'];
/** Words after "lo compramos" that send the purchase elsewhere: "o lo compramos en Europa". */
const BUY_ELSEWHERE = ['en', 'a', 'al', 'afuera', 'fuera', 'aquí', 'aqui', 'acá', 'aca', 'allá', 'alla', 'localmente', 'con', 'por', 'porque'];
/** Words that name who signs off a purchase: "aprobado por dirección", "ya lo aprobó el gerente". */
const APPROVER =
  'dirección|direccion|gerencia|gerente|directorio|director|directora|junta|jefe|jefa|dueño|dueno|corporativo|finanzas|comité|comite|socio|socia';

export const INTENT_CUES: SignalCue[] = [
  // intent.early_qualification
  { id: 'early_qualification.moq_question', type: 'intent.early_qualification', pattern: `cuál|cual|cuáles|cuales|qué|cuánto|cuanto .. ${MINIMUM}|capacidad`, strength: 0.8 },
  // "Sólo fabricantes", "sin intermediarios": the buyer screens who may supply.
  { id: 'early_qualification.manufacturers_only', type: 'intent.early_qualification', pattern: 'sólo|solo|solamente|únicamente|unicamente fabricantes|fábricas|fabricas|productores', strength: 0.75 },
  { id: 'early_qualification.no_middlemen', type: 'intent.early_qualification', pattern: 'sin|no intermediarios|revendedores|traders|comercializadoras', strength: 0.7, negatable: false },
  { id: 'early_qualification.que_moq_question', type: 'intent.early_qualification', pattern: `que .. ${MINIMUM}|capacidad .. ?`, strength: 0.75 },
  // A bare "mínimo?" after a figure ("10 mil piezas de mínimo??") repeats the seller's MOQ in disbelief, so only
  // "MOQ?" and a sentence that opens with the word ask for it.
  { id: 'early_qualification.moq_bare_question', type: 'intent.early_qualification', pattern: 'moq|moqs ?', strength: 0.7 },
  { id: 'early_qualification.minimum_opening_question', type: 'intent.early_qualification', pattern: `^ ${MINIMUM} ?de ?pedido ?compra ?`, strength: 0.7 },
  { id: 'early_qualification.and_the_minimum_question', type: 'intent.early_qualification', pattern: `^ y|el|la|su ?el ?la ${MINIMUM} ?de ?pedido ?compra ?`, strength: 0.7 },
  { id: 'early_qualification.capacity', type: 'intent.early_qualification', pattern: 'capacidad ?de producción|produccion|fabricación|fabricacion|mensual|diaria|anual|instalada', strength: 0.6 },
  { id: 'early_qualification.monthly_output', type: 'intent.early_qualification', pattern: 'producción|produccion mensual|diaria|anual|semanal', strength: 0.6 },
  { id: 'early_qualification.capacity_question', type: 'intent.early_qualification', pattern: `cuántas|cuantas|cuántos|cuantos .. ${CAN_YOU} producir|fabricar|entregar|surtir|suministrar|despachar|hacer`, strength: 0.8 },
  { id: 'early_qualification.manufacturer_question', type: 'intent.early_qualification', pattern: 'son|eres|es|sos ?ustedes ?usted ?una ?la fabricantes|fabricante|fábrica|fabrica|productores|productor|comercializadora|comercializadores|distribuidores|distribuidor|intermediarios|intermediario|trading|importadores|importador', strength: 0.8 },
  { id: 'early_qualification.you_are_manufacturer', type: 'intent.early_qualification', pattern: 'ustedes|usted son|es ?una ?la fabricantes|fabricante|fábrica|fabrica|productores|comercializadora|distribuidores|intermediarios|trading', strength: 0.8 },
  { id: 'early_qualification.factory_or_trader', type: 'intent.early_qualification', pattern: 'fabricante|fabricantes|fábrica|fabrica|productor|productores o|u comercializadora|comercializadores|distribuidor|distribuidores|intermediario|intermediarios|trading|revendedor|revendedores|importador', strength: 0.8 },
  { id: 'early_qualification.own_factory', type: 'intent.early_qualification', pattern: 'tienen|tiene|cuentan|cuenta|tenés ?con ?su ?una fábrica|fabrica|planta|producción|produccion propia', strength: 0.8 },
  { id: 'early_qualification.company_profile', type: 'intent.early_qualification', pattern: 'perfil|presentación|presentacion|brochure|dossier ?de ?la ?su empresa|compañía|compania|corporativo|corporativa|institucional', strength: 0.7 },
  { id: 'early_qualification.factory_location', type: 'intent.early_qualification', pattern: 'dónde|donde .. fábrica|fabrica|planta|empresa|oficina|oficinas|bodega|almacén|almacen|ubicados|ubicada|ubicado|ubicación|ubicacion', strength: 0.7 },
  { id: 'early_qualification.years_in_business', type: 'intent.early_qualification', pattern: 'cuántos|cuantos años .. mercado|experiencia|operando|trabajando|fabricando|exportando|tienen|lleva|llevan', strength: 0.6 },
  { id: 'early_qualification.since_when', type: 'intent.early_qualification', pattern: 'desde cuándo|cuando .. operan|existen|fabrican|exportan|producen', strength: 0.6 },
  { id: 'early_qualification.lead_time_question', type: 'intent.early_qualification', pattern: 'cuánto|cuanto|qué|que tiempo|plazo .. tarda|tardan|demora|demoran|toma|lleva|es|sería|seria|tienen|manejan', strength: 0.5 },
  { id: 'early_qualification.how_long_question', type: 'intent.early_qualification', pattern: 'cuánto|cuanto|cuántos|cuantos|cuántas|cuantas .. tarda|tardan|demora|demoran|días|dias|semanas .. producción|produccion|entrega|envío|envio|fabricación|fabricacion|fabricar|producir|despacho', strength: 0.5 },
  // A catalog asked for is material to judge the product by. "Recibí el catálogo" acknowledges one.
  { id: 'evaluation.catalog', type: 'intent.evaluation', pattern: `${SEND}|${NEED}|tienen|tiene|tenéis|teneis|cuentan|ver .. catálogo|catalogo|catálogos|catalogos`, strength: 0.6 },
  { id: 'evaluation.catalog_question', type: 'intent.evaluation', pattern: 'catálogo|catalogo|catálogos|catalogos ... ?', strength: 0.6 },
  // A portfolio asked for shows the supplier's range.
  { id: 'early_qualification.portfolio', type: 'intent.early_qualification', pattern: `${SEND}|${NEED}|tienen|tiene|tenéis|teneis|cuentan|ver .. portafolio|portfolio`, strength: 0.6 },
  { id: 'early_qualification.portfolio_question', type: 'intent.early_qualification', pattern: 'portafolio|portfolio ... ?', strength: 0.6 },
  { id: 'early_qualification.product_range', type: 'intent.early_qualification', pattern: 'gama|línea|linea|líneas|lineas ?de productos', strength: 0.6 },
  { id: 'early_qualification.main_markets', type: 'intent.early_qualification', pattern: 'principales|principal mercados|mercado|clientes|destinos', strength: 0.5 },
  { id: 'early_qualification.export_to', type: 'intent.early_qualification', pattern: 'exportan|venden|envían|envian|despachan a|hacia', strength: 0.5 },
  { id: 'early_qualification.can_you_produce', type: 'intent.early_qualification', pattern: `${CAN_YOU} fabricar*|producir*|suministrar*|surtir*|exportar*|desarrollar*|elaborar*|conseguir*`, strength: 0.6 },
  // "¿Fabrican tubos de PVC?", "¿Manejan acero inoxidable?": a question that opens with the verb.
  { id: 'early_qualification.do_you_make', type: 'intent.early_qualification', pattern: '^ fabrican|producen|manejan|elaboran|venden|ofrecen|hacen|importan|exportan|distribuyen', strength: 0.5 },
  { id: 'early_qualification.you_make', type: 'intent.early_qualification', pattern: 'ustedes|uds|usted fabrican|producen|manejan|venden|hacen|importan|exportan|distribuyen|fabrica|produce|maneja|vende', strength: 0.5 },
  { id: 'early_qualification.stock_question', type: 'intent.early_qualification', pattern: 'tienen|tiene|tenéis|teneis|tienes|tenés|hay|manejan|manejáis|cuentan ?con stock|inventario|existencias|disponibilidad', strength: 0.5 },
  { id: 'early_qualification.business_license', type: 'intent.early_qualification', pattern: 'licencia|registro|cámara|camara ?de negocio|negocios|comercial|funcionamiento|mercantil|comercio', strength: 0.7 },
  { id: 'early_qualification.business_license_english', type: 'intent.early_qualification', pattern: 'business license|licence', strength: 0.7 },
  { id: 'early_qualification.customer_references', type: 'intent.early_qualification', pattern: 'referencias ?de ?sus ?otros ?algunos clientes|compradores|comerciales', strength: 0.6 },
  // Seeing the factory, in person or on a video call, checks the company itself.
  { id: 'evaluation.factory_visit', type: 'intent.evaluation', pattern: 'visitar|visita|visitarlos|auditoría|auditoria|auditar|recorrido|videollamada|videollamadas|llamada ... fábrica|fabrica|planta|instalaciones|almacén|almacen|bodega', strength: 0.6 },
  { id: 'early_qualification.other_models', type: 'intent.early_qualification', pattern: 'tienen|tenéis|teneis|tienes|tenés|manejan|manejáis|hay|ofrecen algún|algun|alguna|otro|otra|otros|otras modelo|modelos|versión|version|versiones|referencia|referencias|presentación|presentacion|presentaciones|tamaño|tamaños|tamano|color|colores|medida|medidas ... ?', strength: 0.6 },
  { id: 'early_qualification.oem', type: 'intent.early_qualification', pattern: 'oem|odm|personalización|personalizacion|personalizado|personalizados|personalizada|personalizadas', strength: 0.6 },
  { id: 'early_qualification.private_label', type: 'intent.early_qualification', pattern: 'marca propia|blanca|privada', strength: 0.6 },
  // intent.evaluation
  { id: 'evaluation.datasheet', type: 'intent.evaluation', pattern: 'ficha|fichas|hoja|hojas ?de técnica|tecnica|técnicas|tecnicas|datos|seguridad|especificaciones', strength: 0.8 },
  { id: 'evaluation.send_sheet', type: 'intent.evaluation', pattern: `${SEND}|${NEED} .. ficha|fichas`, strength: 0.7 },
  { id: 'evaluation.datasheet_word', type: 'intent.evaluation', pattern: 'datasheet|datasheets|msds|sds', strength: 0.8 },
  // Specifications, photos and a comparison count when asked for: "Te paso las especificaciones" and
  // "Adjunto fotos" supply them instead.
  { id: 'evaluation.request_specifications', type: 'intent.evaluation', pattern: `${SEND}|${NEED}|ver|conocer|revisar .. especificaciones|especificación|especificacion|specs|spec`, strength: 0.6 },
  { id: 'evaluation.specifications_question', type: 'intent.evaluation', pattern: 'especificaciones|especificación|especificacion|specs ... ?', strength: 0.6 },
  { id: 'evaluation.technical_details', type: 'intent.evaluation', pattern: 'detalles|datos|información|informacion|parámetros|parametros|características|caracteristicas|planos|dibujos|documentos|documentación|documentacion técnicos|tecnicos|técnica|tecnica|técnicas|tecnicas', strength: 0.75 },
  { id: 'evaluation.test_report', type: 'intent.evaluation', pattern: 'informe|informes|reporte|reportes|resultados|certificado|certificados|protocolo ?de pruebas|prueba|ensayo|ensayos|laboratorio|calidad|inspección|inspeccion|análisis|analisis', strength: 0.8 },
  { id: 'evaluation.share_certificate', type: 'intent.evaluation', pattern: `${SEND}|${NEED}|ver .. certificado|certificados|certificación|certificacion|certificaciones|certificate|certificates|cert|certs`, strength: 0.75, notBefore: ['de origen'] },
  // A question, or "si tienen …": the statement "ustedes solo tienen CE" names a gap, not a request.
  { id: 'evaluation.have_certificate', type: 'intent.evaluation', pattern: `tienen|tiene|tenéis|teneis|cuentan|cuenta|manejan|poseen ?con .. ${CERTIFICATE} ... ?`, strength: 0.7, notWithin: ['de origen'] },
  { id: 'evaluation.made_of', type: 'intent.evaluation', pattern: 'hecho|hecha|hechos|hechas de', strength: 0.5 },
  { id: 'evaluation.what_material', type: 'intent.evaluation', pattern: 'qué|cuál|cual material|materiales', strength: 0.5 },
  { id: 'evaluation.que_material', type: 'intent.evaluation', pattern: 'que material|materiales .. ?', strength: 0.5 },
  { id: 'evaluation.made_of_question', type: 'intent.evaluation', pattern: 'de qué|que está|esta|están|estan|es|son hecho|hecha|hechos|hechas|fabricado|fabricada|fabricados', strength: 0.5 },
  { id: 'evaluation.lifespan', type: 'intent.evaluation', pattern: 'vida útil|util', strength: 0.5 },
  { id: 'evaluation.request_photos', type: 'intent.evaluation', pattern: `${SEND}|${NEED}|ver|tener .. foto|fotos|fotografías|fotografias|imágenes|imagenes|video|videos|vídeo|vídeos`, strength: 0.5 },
  { id: 'evaluation.photos_question', type: 'intent.evaluation', pattern: 'fotos|fotografías|fotografias|imágenes|imagenes|video|videos|vídeo|vídeos ... ?', strength: 0.5 },
  { id: 'evaluation.request_information', type: 'intent.evaluation', pattern: `${NEED}|${SEND} .. información|informacion|info|detalles`, strength: 0.5 },
  { id: 'evaluation.more_details', type: 'intent.evaluation', pattern: 'más|mas detalles|información|informacion|info|datos', strength: 0.5 },
  { id: 'evaluation.compare', type: 'intent.evaluation', pattern: 'comparar|comparación|comparacion|comparativa|comparativo ... con|contra|entre|versus', strength: 0.5 },
  { id: 'evaluation.compared_question', type: 'intent.evaluation', pattern: 'comparado|comparada|comparados|comparadas ... ?', strength: 0.5 },
  { id: 'evaluation.technical_files', type: 'intent.evaluation', pattern: 'ies|ldt|lm-80|lm80|tm-21|dialux|dwg|step|fotométrico|fotometrico|fotometría|fotometria|cad', strength: 0.75 },
  { id: 'evaluation.send_drawing', type: 'intent.evaluation', pattern: `${SEND}|${NEED} .. plano|planos|dibujo|dibujos|manual|manuales|diagrama|diagramas|instructivo`, strength: 0.65 },
  // "Qué" + noun is also an exclamation ("¡Qué eficiencia!", often sarcastic), so that form needs the "?".
  { id: 'evaluation.what_parameter_question', type: 'intent.evaluation', pattern: `qué .. ${PARAMETER} ... ... ?`, strength: 0.6 },
  { id: 'evaluation.que_parameter_question', type: 'intent.evaluation', pattern: `que .. ${PARAMETER} .. ?`, strength: 0.6 },
  // "Tengo una duda sobre el material": in Spanish "duda" is a question, not distrust.
  { id: 'evaluation.question_about', type: 'intent.evaluation', pattern: 'duda|dudas|consulta|consultas|pregunta|preguntas sobre|acerca|respecto|referente|con', strength: 0.5 },
  { id: 'evaluation.difference_between', type: 'intent.evaluation', pattern: 'diferencia|diferencias entre', strength: 0.5 },
  { id: 'evaluation.what_difference', type: 'intent.evaluation', pattern: 'qué|que diferencia|diferencias', strength: 0.5 },
  // intent.quotation
  { id: 'quotation.quote_imperative', type: 'intent.quotation', pattern: `^ ${QUOTE_VERB}`, strength: 0.8 },
  { id: 'quotation.please_quote', type: 'intent.quotation', pattern: `favor|porfavor|porfa|xfa|xfavor|pls|please ?de ${QUOTE_VERB}`, strength: 0.85 },
  { id: 'quotation.can_you_quote', type: 'intent.quotation', pattern: `${CAN_YOU} ?me ?nos ${QUOTE_VERB}`, strength: 0.85 },
  { id: 'quotation.quote_me', type: 'intent.quotation', pattern: `me|nos ${QUOTE_VERB}`, strength: 0.8 },
  { id: 'quotation.send_quote', type: 'intent.quotation', pattern: `${SEND}|${NEED} .. ${QUOTE}`, strength: 0.85 },
  { id: 'quotation.need_to_quote', type: 'intent.quotation', pattern: `${NEED} ?que ?me ?nos ${QUOTE_VERB}`, strength: 0.8 },
  { id: 'quotation.awaiting_quote', type: 'intent.quotation', pattern: 'espera|espero|esperamos|esperando|aguardamos ?de ?su ?sus ?la ?tu cotización|cotizacion|oferta|propuesta|precios', strength: 0.7 },
  { id: 'quotation.best_price', type: 'intent.quotation', pattern: 'mejor|mejores|último|ultimo precio|precios|oferta|ofertas|tarifa|cotización|cotizacion', strength: 0.8 },
  { id: 'quotation.lowest_price', type: 'intent.quotation', pattern: 'precio|precios|oferta|tarifa ?más|mas bajo|baja|bajos|económico|economico|competitivo|competitiva', strength: 0.7 },
  { id: 'quotation.how_much', type: 'intent.quotation', pattern: 'cuánto|cuanto|cuánta|cuanta .. cuesta|cuestan|sale|salen|vale|valen|cobran|cobra|costaría|costaria|costarían|costarian|saldría|saldria|saldrían|saldrian|serían|serian|sería|seria', strength: 0.75 },
  // "¿A cómo está el metro?", "¿en cuánto me deja las 200?": asking a price in the market's own words.
  { id: 'quotation.at_how_much', type: 'intent.quotation', pattern: 'a cómo|como|cuánto|cuanto está|están|estan|sale|salen|queda|quedan|lo|la|los|las|me|nos', strength: 0.75 },
  { id: 'quotation.for_how_much', type: 'intent.quotation', pattern: 'en|por cuánto|cuanto ?me ?nos ?lo ?la ?los ?las deja|dejan|dejás|dejas|sale|salen|queda|quedan|vende|venden|das|dan', strength: 0.75 },
  { id: 'quotation.what_price', type: 'intent.quotation', pattern: 'qué|cuál|cual|cuáles|cuales .. precio|precios|costo|costos|coste|tarifa|valor', strength: 0.8 },
  { id: 'quotation.que_price', type: 'intent.quotation', pattern: 'que precio|precios|costo|valor|tarifa .. ?', strength: 0.8 },
  { id: 'quotation.final_price_question', type: 'intent.quotation', pattern: 'precio|costo|valor final|definitivo|último|ultimo ?', strength: 0.7 },
  { id: 'quotation.price_question', type: 'intent.quotation', pattern: 'precio|precios|costo|cotización|cotizacion|valor ?', strength: 0.7, cancelledBy: ['ese', 'este', 'esos', 'estos', 'tal'] },
  { id: 'quotation.price_please', type: 'intent.quotation', pattern: 'precio|precios|cotización|cotizacion|oferta|tarifa porfa|porfavor|xfa|pls|plis|please|urgente', strength: 0.75 },
  { id: 'quotation.price_por_favor', type: 'intent.quotation', pattern: 'precio|precios|cotización|cotizacion|oferta|tarifa por favor', strength: 0.75 },
  { id: 'quotation.unit_price', type: 'intent.quotation', pattern: 'precio|costo unitario', strength: 0.6 },
  { id: 'quotation.price_per_unit', type: 'intent.quotation', pattern: 'precio|costo por unidad|pieza|metro|kilo|tonelada', strength: 0.6 },
  { id: 'quotation.price_list', type: 'intent.quotation', pattern: 'lista|listado|listas de precios', strength: 0.7 },
  { id: 'quotation.rfq', type: 'intent.quotation', pattern: 'rfq|rfqs|rfi', strength: 0.8, notAfter: RFQ_REFERENCE_WORDS, notBefore: RFQ_STATUS_WORDS },
  { id: 'quotation.request_for_quote', type: 'intent.quotation', pattern: 'solicitud|pedido|petición|peticion|requerimiento de cotización|cotizacion|precio|precios|oferta|presupuesto', strength: 0.85 },
  { id: 'quotation.incoterm_price', type: 'intent.quotation', pattern: 'precio|precios|cotización|cotizacion|valor|tarifa ?en fob|cif|cfr|exw|ddp|dap|cnf|c&f|fca', strength: 0.6 },
  { id: 'quotation.incoterm_first', type: 'intent.quotation', pattern: 'fob|cif|cfr|exw|ddp|dap|cnf|c&f price|precio|precios|cotización|cotizacion', strength: 0.6 },
  { id: 'quotation.in_order_to_quote', type: 'intent.quotation', pattern: 'para|a cotizar|cotización|cotizacion', strength: 0.75 },
  { id: 'quotation.price_delivered', type: 'intent.quotation', pattern: 'precio|precios|costo|valor puesto|puesta|colocado|entregado', strength: 0.7 },
  { id: 'quotation.quotation_for', type: 'intent.quotation', pattern: 'cotización|cotizacion|cotizaciones para|por', strength: 0.6 },
  { id: 'quotation.quotation_of_quantity', type: 'intent.quotation', pattern: 'cotización|cotizacion|cotizaciones de #', strength: 0.6 },
  { id: 'quotation.offer_for', type: 'intent.quotation', pattern: 'presupuesto|oferta|precio|precios para ?el ?la ?los ?las ?unos ?unas #', strength: 0.6 },
  // A budget or target the buyer gives, then a question about what fits: "¿Entran en ese rango?", "¿Qué nos podéis ofrecer?"
  { id: 'quotation.fit_range', type: 'intent.quotation', pattern: 'entran|entra|están|estan|estáis|estais|llegan|llegáis|caben|cabe|quedan|queda en|dentro ?de ese|este|nuestro|nuestra|mi rango|presupuesto|precio|target|objetivo|cifra', strength: 0.7 },
  { id: 'quotation.what_can_you_offer', type: 'intent.quotation', pattern: `qué|que ?me ?nos ?les ${CAN_YOU}|puedes|podés ofrecer|ofrecernos|ofrecerme|proponer|proponernos|cotizar|dar ... ?`, strength: 0.7 },
  { id: 'quotation.what_do_you_offer', type: 'intent.quotation', pattern: 'qué|que ?me ?nos ofrecen|ofrecéis|ofreceis|ofreces|proponen|proponéis|propones ... ?', strength: 0.7 },
  // intent.urgency. "Sin" is not in the negators list (see index.ts), so "sin prisa" would not cancel a bare
  // "prisa". Hurry words therefore count only after a verb: "tenemos prisa", "me urge", "estamos apurados".
  // An away notice points elsewhere for urgent matters ("para temas urgentes escribir a…"): no pressure on the seller.
  { id: 'urgency.urgent', type: 'intent.urgency', pattern: 'urgente|urgentes|urgentemente|asap|urgentísimo|urgentisimo', strength: 0.9, cancelledBy: ['temas', 'asuntos', 'casos'] },
  { id: 'urgency.it_urges', type: 'intent.urgency', pattern: 'me|nos|les urge|urgen', strength: 0.9 },
  { id: 'urgency.have_hurry', type: 'intent.urgency', pattern: 'tenemos|tengo|hay|con|de ?mucha prisa|apuro|urgencia', strength: 0.85 },
  { id: 'urgency.in_a_hurry', type: 'intent.urgency', pattern: 'estamos|estoy|andamos|ando apurados|apurado|apurada|urgidos|urgido|urgida|corriendo', strength: 0.85 },
  { id: 'urgency.hurry_up', type: 'intent.urgency', pattern: 'apúrense|apurense|apúrate|apurate|apúrese|apurese|apuren', strength: 0.8 },
  { id: 'urgency.hurry_up', type: 'intent.urgency', pattern: 'dense|dése|date prisa', strength: 0.8 },
  { id: 'urgency.as_soon_as_possible', type: 'intent.urgency', pattern: 'lo antes|pronto|rápido|rapido posible', strength: 0.9 },
  { id: 'urgency.as_soon_as_possible_mas', type: 'intent.urgency', pattern: 'lo más|mas pronto|rápido|rapido ?posible', strength: 0.9 },
  { id: 'urgency.cuanto_antes', type: 'intent.urgency', pattern: 'cuanto|cuánto antes', strength: 0.9 },
  { id: 'urgency.a_la_brevedad', type: 'intent.urgency', pattern: 'a la ?mayor brevedad', strength: 0.8 },
  { id: 'urgency.immediately', type: 'intent.urgency', pattern: 'inmediatamente|inmediato|inmediata|enseguida', strength: 0.8 },
  // "Al tiro" (Chile) and "al toque" (Argentina, Peru): right away.
  { id: 'urgency.right_away', type: 'intent.urgency', pattern: 'al tiro|toque', strength: 0.8 },
  // "Hoy", "mañana" and "ahora mismo" press the seller only in a request ("mándame la proforma hoy").
  // "Mañana te respondo" and "lo firmamos hoy mismo" are the buyer's own plans.
  { id: 'urgency.request_today', type: 'intent.urgency', pattern: `${SEND}|${NEED}|${CAN_YOU}|saber|confirmen|confirme|confirmar|respondan|responda|contesten .. hoy|mañana|manana`, strength: 0.75 },
  { id: 'urgency.request_right_now', type: 'intent.urgency', pattern: `${SEND}|${NEED}|${CAN_YOU}|saber|confirmen|confirme|confirmar|respondan|responda|contesten .. ya|ahora mismo`, strength: 0.8 },
  { id: 'urgency.by_today', type: 'intent.urgency', pattern: 'para|pa|antes ?de ?del hoy|mañana|manana|mediodía|mediodia', strength: 0.85 },
  { id: 'urgency.deadline', type: 'intent.urgency', pattern: 'fecha|plazo|hora límite|limite|tope', strength: 0.7 },
  { id: 'urgency.deadline_word', type: 'intent.urgency', pattern: 'deadline', strength: 0.7 },
  { id: 'urgency.need_quickly', type: 'intent.urgency', pattern: 'necesito|necesitamos|ocupo|ocupamos|requiero|requerimos .. rápido|rapido|pronto|urgente|ya', strength: 0.7 },
  { id: 'urgency.quick_reply', type: 'intent.urgency', pattern: 'cotización|cotizacion|entrega|envío|envio|despacho|solución|solucion rápida|rapida|rápido|rapido|inmediata|inmediato|urgente|express|exprés', strength: 0.7, cancelledBy: ['por', 'gracias', 'agradezco', 'agradecemos', 'agradecido', 'agradecida'] },
  { id: 'urgency.quick_reply_before', type: 'intent.urgency', pattern: 'rápida|rapida|inmediata entrega|cotización|cotizacion', strength: 0.7, cancelledBy: ['por', 'gracias', 'agradezco', 'agradecemos', 'agradecido', 'agradecida'] },
  // "Gracias por la rápida respuesta" thanks for speed. Only asking for a quick reply is time pressure.
  { id: 'urgency.need_quick_reply', type: 'intent.urgency', pattern: `${NEED}|espero|esperamos .. respuesta|contestación|contestacion rápida|rapida|inmediata|urgente|hoy|ya`, strength: 0.7 },
  { id: 'urgency.running_out', type: 'intent.urgency', pattern: 'quedando|quedamos|quedan|quedó|quedo|quedaremos sin stock|inventario|existencias|mercancía|mercancia|material|producto', strength: 0.6 },
  { id: 'urgency.stock_ending', type: 'intent.urgency', pattern: 'se ?nos acaba|acabó|acabo|acabando|agota|agotó|agoto|agotando|termina|terminando ?el stock|inventario', strength: 0.5 },
  { id: 'urgency.without_fail', type: 'intent.urgency', pattern: 'sin falta', strength: 0.7, negatable: false },
  { id: 'urgency.by_yesterday', type: 'intent.urgency', pattern: 'para ayer', strength: 0.9 },
  { id: 'urgency.any_update', type: 'intent.urgency', pattern: 'alguna|algún|algun|hay|tienen|tiene|tenés novedad|novedades|noticia|noticias|actualización|actualizacion|respuesta|avance|avances|update', strength: 0.6 },
  { id: 'urgency.news_question', type: 'intent.urgency', pattern: 'novedades|noticias|avances|update ?', strength: 0.6 },
  { id: 'urgency.bare_question_marks', type: 'intent.urgency', pattern: '^ ??|???|????|?????', strength: 0.6 },
  { id: 'urgency.hello_question_marks', type: 'intent.urgency', pattern: 'hola|buenas|amigo|amiga|señor|señora|estimado|estimada|novedades|respuesta|noticias ??', strength: 0.6 },
  { id: 'urgency.reply_fast', type: 'intent.urgency', pattern: 'respondan|contesten|responda|conteste|respóndame|respondame|confirmen|confirme|avisen|avise|avíseme|aviseme|avísame|avisame .. rápido|rapido|pronto|ya|urgente|hoy|antes', strength: 0.7 },
  { id: 'urgency.customer_waiting', type: 'intent.urgency', pattern: 'cliente|clientes|jefe|gerente|gerencia|obra|proyecto|gente ?me ?nos ?lo ?está ?esta ?están ?estan esperando|presionando|apurando', strength: 0.6 },
  { id: 'urgency.within_hours', type: 'intent.urgency', pattern: '24|48|12|72 horas|hrs|hs|h', strength: 0.8 },
  { id: 'urgency.within_hours_glued', type: 'intent.urgency', pattern: '24h|48h|24hs|48hs|24hrs|48hrs', strength: 0.8 },
  { id: 'urgency.few_hours', type: 'intent.urgency', pattern: 'pocas|unas horas', strength: 0.7 },
  // intent.purchase
  // A PO announced for later, named first: "la OC la enviaremos el lunes", "la OC sale el lunes".
  { id: 'purchase.po_will_go', type: 'intent.purchase', pattern: 'oc|po|orden ?de ?compra ?se ?te ?le ?les ?os la|lo mandaré|mandare|mandaremos|enviaré|enviare|enviaremos|pasaré|pasare|pasaremos', strength: 0.75 },
  { id: 'purchase.po_goes_out', type: 'intent.purchase', pattern: 'oc|po sale|saldrá|saldra|va|irá|ira|llega|llegará|llegara', strength: 0.75 },
  // A plan or a hedge before the order is no readiness: "antes de hacer el pedido", "al hacer el pedido",
  // "quizás les hagamos un pedido", "no vamos a poder emitir la orden".
  { id: 'purchase.place_order', type: 'intent.purchase', pattern: 'hagamos|pongamos|coloquemos|hacer|hacemos|haremos|haríamos|hariamos|hago|haré|hare|realizar|realizamos|realizaremos|colocar|colocamos|colocaremos|poner|ponemos|pasar|pasamos|pasaremos|emitir|emitimos|emitiremos|concretar|concretamos|lanzar|lanzamos|lanzaremos|levantar|levantamos|montar|montamos|montaremos|meter|metemos|meteremos|cursar|cursamos|cursaremos|formalizar|formalizamos|formalizaremos|tramitar|tramitamos|tramitaremos|armar|armamos|armaremos|armando|armo .. pedido|pedidos|orden|órden|compra|oc|po', strength: 0.85, cancelledBy: ['antes', 'al', 'cuando', 'quizás', 'quizas', 'quizá', 'quiza', 'poder', 'puede', 'podríamos', 'podriamos', 'conviene', 'idea', 'prefiero', 'preferimos', 'adelante', 'vez'] },
  { id: 'purchase.want_to_buy', type: 'intent.purchase', pattern: 'queremos|quiero|quisiera|quisiéramos|quisieramos|deseamos|deseo|planeamos|pensamos|vamos|voy|necesitamos|interesa|interesados|interesado|interesada ?a ?en comprar|ordenar|adquirir|importar|encargar|reservar|comprarles|comprarle', strength: 0.75 },
  // "Pedir" also means to ask for: "vamos a pedir la devolución", "quiero pedir la ficha técnica".
  { id: 'purchase.want_to_order', type: 'intent.purchase', pattern: 'queremos|quiero|quisiera|quisiéramos|quisieramos|deseamos|deseo|planeamos|pensamos|vamos|voy|necesitamos ?a pedir|pedirles|pedirle|pedirte|pediros', strength: 0.75, notBefore: ['la', 'las', 'que', 'una', 'información', 'informacion', 'info', 'muestra', 'muestras', 'cotización', 'cotizacion', 'precio', 'precios', 'descuento', 'devolución', 'devolucion', 'reembolso', 'ficha', 'fichas', 'catálogo', 'catalogo', 'disculpas', 'explicaciones', 'ayuda', 'factura', 'proforma', 'datos'] },
  { id: 'purchase.proceed_with_order', type: 'intent.purchase', pattern: 'avanzar|avancemos|avanzamos|seguir|continuar|proceder|procedemos|procedamos con ?el ?la ?nuestro ?nuestra pedido|orden|compra|negocio', strength: 0.8 },
  { id: 'purchase.lets_proceed', type: 'intent.purchase', pattern: 'procedamos|avancemos|hagámoslo|hagamoslo|cerremos', strength: 0.8 },
  // "Vamos con calma", "vamos con uno de 40?": "vamos con" is a purchase only before the order or the deal.
  { id: 'purchase.go_ahead', type: 'intent.purchase', pattern: 'sigamos|vamos|adelante con el|la|nuestro|nuestra|este|esta pedido|orden|compra|negocio|proyecto|propuesta|oferta', strength: 0.6 },
  { id: 'purchase.go_ahead_order', type: 'intent.purchase', pattern: 'sigamos|vamos|adelante con el|la pedido|orden|compra ?grande ?completo ?completa', strength: 0.7 },
  // Choosing this supplier: "nos vamos con ustedes", "nos quedamos con su oferta", "me quedo con las 250".
  { id: 'purchase.choose_supplier', type: 'intent.purchase', pattern: 'nos|me vamos|voy|quedamos|quedo|iremos con ustedes|vosotros|usted|uds|su|tu|vuestra oferta|propuesta|cotización|cotizacion|empresa', strength: 0.85 },
  { id: 'purchase.choose_supplier_plain', type: 'intent.purchase', pattern: 'nos|me vamos|voy|quedamos|quedo|iremos con ustedes|vosotros|usted|uds', strength: 0.85 },
  { id: 'purchase.take_quantity', type: 'intent.purchase', pattern: 'nos|me quedamos|quedo|llevamos|llevo ?con ?el ?la ?los ?las #', strength: 0.75 },
  { id: 'purchase.go_ahead_forward', type: 'intent.purchase', pattern: 'sigamos|vamos|seguimos|sigue|sigan|siga|seguir|sigo adelante', strength: 0.75, cancelledBy: ['pena', 'antes', 'si'] },
  { id: 'purchase.will_take', type: 'intent.purchase', pattern: 'nos|me lo|los|la|las llevamos|llevo|quedamos|quedo', strength: 0.75 },
  { id: 'purchase.we_take_it', type: 'intent.purchase', pattern: 'lo|los|las tomamos|compramos', strength: 0.7, notBefore: BUY_ELSEWHERE },
  { id: 'purchase.budget_approved', type: 'intent.purchase', pattern: 'presupuesto|compra|pedido|proyecto|partida .. aprobado|aprobada|autorizado|autorizada', strength: 0.7 },
  { id: 'purchase.approved_budget', type: 'intent.purchase', pattern: 'aprobó|aprobo|aprobaron|aprobamos|autorizó|autorizo|autorizaron|autorizamos|aprobado|autorizado .. presupuesto|compra|pedido|proyecto|partida|inversión|inversion', strength: 0.7 },
  { id: 'purchase.deal', type: 'intent.purchase', pattern: 'trato hecho', strength: 0.85 },
  { id: 'purchase.close_like_this', type: 'intent.purchase', pattern: 'cerramos|cerremos|cerrámos así|asi|entonces', strength: 0.75 },
  // "Cerramos con los 1.200 pares", "cerramos con ustedes": closing on an offer.
  { id: 'purchase.close_with', type: 'intent.purchase', pattern: 'cerramos|cerremos|cerrámos con', strength: 0.75, notBefore: ['otro', 'otra', 'otros', 'otras'] },
  { id: 'purchase.close_order', type: 'intent.purchase', pattern: 'cerrar|cerramos|cerremos|cerraremos ?el ?la pedido|orden|compra', strength: 0.8 },
  // Planning the payment is readiness to buy: "envíen la PI para pagar el anticipo", "la semana que viene tramitamos el pago".
  { id: 'purchase.to_pay_deposit', type: 'intent.purchase', pattern: 'para pagar|transferir|depositar|tramitar|programar|girar|hacer|realizar|gestionar ?el ?la anticipo|adelanto|depósito|deposito|pago|seña|sena|transferencia|enganche', strength: 0.7 },
  { id: 'purchase.will_pay', type: 'intent.purchase', pattern: 'tramitamos|tramitaremos|pagaremos|transferiremos|depositaremos|giraremos|programamos|programaremos|gestionamos|gestionaremos|enviaremos|mandaremos ?el ?la anticipo|adelanto|pago|seña|sena|transferencia|enganche|depósito|deposito|saldo', strength: 0.65 },
  { id: 'purchase.going_to_pay', type: 'intent.purchase', pattern: 'vamos|voy a pagar|transferir|depositar|tramitar|girar ?el ?la anticipo|adelanto|pago|seña|sena|transferencia|enganche', strength: 0.7 },
  // "Te firmo hoy mismo", "lo firmamos hoy": the buyer offers to sign.
  { id: 'purchase.will_sign', type: 'intent.purchase', pattern: 'te|le|les|os|lo|la firmo|firmamos|firmaremos|firmaría|firmariamos|firmaríamos', strength: 0.7 },
  { id: 'purchase.close_deal', type: 'intent.purchase', pattern: 'cerramos|cerremos|cerrar ?el trato|negocio|acuerdo', strength: 0.8 },
  { id: 'purchase.accept_offer', type: 'intent.purchase', pattern: 'aceptamos|acepto|aceptaremos .. oferta|cotización|cotizacion|precio|propuesta|presupuesto', strength: 0.8 },
  // "Vamos con las 2.500 cajas", "vámonos con las 5 mil piezas", "vamos con la opción B". A question ("¿vamos con 2 o
  // con 3?") still weighs the options, and "¡vamos con todo!" cheers as often after an order as before one.
  { id: 'purchase.go_with_quantity', type: 'intent.purchase', pattern: 'vamos|vámonos|vamonos|iremos con ?el ?la ?los ?las ?un ?una ?unos ?unas #', strength: 0.8, statementOnly: true },
  { id: 'purchase.go_with_option', type: 'intent.purchase', pattern: 'vamos|vámonos|vamonos|iremos con ?la ?el ?los ?las opción|opcion|modelo|versión|version|alternativa|referencia|propuesta|oferta|cotización|cotizacion|ambos|ambas|dos|tres|cuatro|cinco|diez|mil', strength: 0.75, statementOnly: true },
  // A go-ahead on a quantity: "adelante con las 2.000 mochilas", "procedan con los 10 mil vasos", "avanzá con las 1.200".
  { id: 'purchase.go_ahead_quantity', type: 'intent.purchase', pattern: 'adelante|dale|dele|denle|dénle|procedan|proceda|procedemos|procedamos|avancen|avanzá|avanza|avancemos|avanzamos|seguimos|sigan|arranquen|arrancá|hágale|hagale|cuadremos con ?el ?la ?los ?las ?unos ?unas #', strength: 0.8 },
  { id: 'purchase.go_ahead_all', type: 'intent.purchase', pattern: 'adelante|dale|dele|denle|dénle|procedan|avancen|arranquen|hágale|hagale con ?el ?la todo|ello|oc|po|orden|pedido|compra|producción|produccion|fabricación|fabricacion', strength: 0.75 },
  // "Adelante." on its own, or after a settled point ("ok, con 35 días llego bien, adelante"). "Más adelante" is later,
  // "de aquí en adelante" is from now on, "salir adelante" is to get by.
  { id: 'purchase.go_ahead_word', type: 'intent.purchase', pattern: 'adelante', strength: 0.65, cancelledBy: ['más', 'mas', 'en', 'de', 'hacia', 'para', 'salir', 'sacar', 'llevar', 'paso', 'pasos', 'hacerse', 'irse', 'seguir', 'seguimos', 'sigue', 'sigan', 'siga', 'sigamos', 'vamos'], notBefore: ['de', 'del', 'con'] },
  // A one-word go-ahead that ends its sentence: "Procedemos.", "Reservamos.". "Si les sirve, seguimos." only offers terms.
  { id: 'purchase.proceed_sentence', type: 'intent.purchase', pattern: 'procedemos|procedamos|reservamos .|!|!!|!!!', strength: 0.7 },
  // "Pueden embarcar.", "Podemos seguir.": the last check has passed.
  { id: 'purchase.you_can_ship', type: 'intent.purchase', pattern: '^ pueden|puede|podéis|podeis embarcar|despachar|cargar', strength: 0.65, statementOnly: true },
  { id: 'purchase.we_can_go_on', type: 'intent.purchase', pattern: 'podemos seguir|avanzar|proceder|continuar .|!|!!|!!!', strength: 0.65 },
  { id: 'purchase.we_buy_sentence', type: 'intent.purchase', pattern: '^ compramos|reservamos .|!|!!|!!!|,', strength: 0.7 },
  // Colloquial go-aheads: "vámonos" (Mexico), "hágale" (Colombia), "métele" (Venezuela, Colombia), "dale nomás" and
  // "démosle" (Southern Cone, Andes), "dale caña" (Spain). "Démosle una vuelta" is thinking it over.
  { id: 'purchase.lets_go', type: 'intent.purchase', pattern: 'vámonos|vamonos|hágale|hagale|démosle|demosle|dénle|métele|metele', strength: 0.7, notBefore: ['una', 'vuelta', 'tiempo', 'otra', 'más', 'mas'] },
  // "De una le damos" and "y le damos" (Chile, Argentina): we go for it. "Le damos las gracias" thanks.
  { id: 'purchase.we_go_for_it', type: 'intent.purchase', pattern: 'y|una le|les damos', strength: 0.7, notBefore: ['las', 'la', 'el', 'los', 'un', 'una', 'gracias', 'nuestro', 'nuestra', 'más', 'mas', 'tiempo', 'prioridad'] },
  { id: 'purchase.lets_go_exclaim', type: 'intent.purchase', pattern: '^ vamos !', strength: 0.6 },
  { id: 'purchase.go_on', type: 'intent.purchase', pattern: 'dale|dele|denle|dénle nomás|nomas|nomá|caña|gas|pues|palante', strength: 0.75 },
  { id: 'purchase.go_on_no_mas', type: 'intent.purchase', pattern: 'dale|dele|denle|démosle|demosle no más|mas', strength: 0.75, negatable: false },
  // Closing words: "¡Trato!", "Cerrado.", "¡Vendido!" (Spain), "va va va, cerramos!!", "¿Cerramos?". "¡Hecho!" also reports
  // a payment sent.
  { id: 'purchase.closing_word', type: 'intent.purchase', pattern: '^ trato|cerrado|vendido .|!|!!|!!!|,', strength: 0.8 },
  // Mexican and Caribbean closings: "va que va", "sale y vale", "¡de una!", "es un hecho".
  { id: 'purchase.closing_phrase', type: 'intent.purchase', pattern: 'va que va', strength: 0.7 },
  { id: 'purchase.closing_phrase_sale', type: 'intent.purchase', pattern: 'sale y vale', strength: 0.7 },
  { id: 'purchase.closing_de_una', type: 'intent.purchase', pattern: '^ de una .|!|!!|!!!|,', strength: 0.6 },
  { id: 'purchase.closing_done_fact', type: 'intent.purchase', pattern: 'es un hecho', strength: 0.65, notBefore: ['que'] },
  { id: 'purchase.we_close', type: 'intent.purchase', pattern: 'cerramos|cerremos|cierro .|!|!!|!!!|?|??', strength: 0.75 },
  { id: 'purchase.there_is_deal', type: 'intent.purchase', pattern: 'hay|tenemos|es ?un trato', strength: 0.8 },
  { id: 'purchase.close_now', type: 'intent.purchase', pattern: 'cerramos|cierro|cerremos|cerraremos|cerraríamos|cerrariamos ya|hoy|ahora|altiro|mañana|manana|esta|este|de', strength: 0.75 },
  { id: 'purchase.close_it', type: 'intent.purchase', pattern: 'lo|la|te|le|les|os cierro|cerramos|cerraríamos|cerrariamos|cerraremos', strength: 0.75 },
  { id: 'purchase.close_quantity', type: 'intent.purchase', pattern: 'cerramos|cierro|cerremos ?ya las|los #', strength: 0.75 },
  { id: 'purchase.close_at_price', type: 'intent.purchase', pattern: 'cerramos|cierro|cerremos en ?usd ?us ?eur #', strength: 0.75 },
  // A purchase addressed to the seller: "te compro los 4.000 m2", "les tomo 2,000", "os cogemos 40.000", "te cierro 120 equipos".
  // "El año pasado les compramos" and "lo que le compramos a otro proveedor" tell of old orders. "Si te compro todo, ¿a cómo
  // me lo dejas?" is a price question.
  { id: 'purchase.i_buy_from_you', type: 'intent.purchase', pattern: 'te|le|les|os compro|compramos|tomo|tomamos|cojo|cogemos|agarro|agarramos', strength: 0.8, statementOnly: true, cancelledBy: ['si', 'ya', 'siempre', 'antes', 'pasado', 'pasada', 'cuando', 'años', 'año'], notBefore: ['a', 'al'] },
  { id: 'purchase.i_take_from_you', type: 'intent.purchase', pattern: 'te|os llevo|llevamos|saco|sacamos', strength: 0.7, cancelledBy: ['ya', 'siempre', 'antes', 'pasado', 'pasada', 'cuando'] },
  { id: 'purchase.order_from_you', type: 'intent.purchase', pattern: 'te|le|les|os encargo|encargamos ?el ?la ?los ?las #', strength: 0.75 },
  { id: 'purchase.i_order_quantity', type: 'intent.purchase', pattern: '^ pido|pedimos|encargo|encargamos ?el ?la ?los ?las #', strength: 0.7, statementOnly: true },
  { id: 'purchase.bring_myself_to', type: 'intent.purchase', pattern: 'me|nos animo|animamos con ?el ?la ?los ?las ?un ?una #', strength: 0.7 },
  { id: 'purchase.i_take_it', type: 'intent.purchase', pattern: 'lo|la|los|las compro|pido|cierro|tomo|cojo|cogemos|encargo|encargamos|colocamos|pedimos|reservo|aparto|apartamos', strength: 0.75, notBefore: BUY_ELSEWHERE },
  // An order announced to the seller: "te paso el pedido hoy", "les mandamos el PO el lunes", "ya te mando el siguiente pedido".
  // "Adjunto le envío la OC", "os confirmo el pedido" and "te mando la OC firmada" place it now (commitment.order_confirmation).
  { id: 'purchase.order_to_you', type: 'intent.purchase', pattern: 'te|le|les|os paso|pasamos|mando|mandamos|mandaré|mandare|mandaremos|pasaré|pasare|pasaremos|enviaré|enviare|enviaremos|doy|damos|daremos|confirmaré|confirmare|confirmaremos|confirmaríamos|confirmariamos|colocamos|colocaremos|emitiremos|montamos|armo|armamos ?el ?la ?nuestro ?nuestra ?un ?una ?siguiente ?próximo ?proximo ?segundo ?segunda ?nuevo ?nueva pedido|orden|oc|po|compra', strength: 0.8, cancelledBy: ['adjunto', 'adjunta', 'anexo', 'aquí', 'aqui', 'acá', 'aca'], notBefore: SIGNED },
  // "Cuenten con el pedido" promises the order. "Si me lo entregan en 40 días le confirmo el pedido" promises a
  // confirmation on a condition.
  { id: 'purchase.count_on_order', type: 'intent.purchase', pattern: 'cuenten|cuente|cuenta|contá|contad con ?el ?la ?nuestro ?nuestra pedido|orden|compra', strength: 0.75 },
  { id: 'purchase.if_then_confirm', type: 'intent.purchase', pattern: 'si _ ... te|le|les|os confirmo|confirmamos ?el ?la pedido|orden|compra', strength: 0.7 },
  { id: 'purchase.po_coming', type: 'intent.purchase', pattern: 'mando|mandamos|paso|emito|emitimos|subo|subimos ?el ?la oc|po hoy|mañana|manana|esta|este|el|en|luego|pronto|enseguida|apenas|cuando', strength: 0.7 },
  // A condition met, then the buyer's move: "si el precio se mantiene, lo colocamos", "si nos aceptan la carta de crédito, avanzamos".
  // A negator in the condition ("si no bajan, compramos en otro lado") cancels it.
  { id: 'purchase.if_then_commit', type: 'intent.purchase', pattern: `si ... ... , ?te ?le ?les ?os ?lo ?la ?los ?las ?ya ${WE_COMMIT}`, strength: 0.75 },
  { id: 'purchase.if_then_quantity', type: 'intent.purchase', pattern: `si _ _ ... ${WE_COMMIT} ?el ?la ?los ?las #`, strength: 0.7, statementOnly: true },
  { id: 'purchase.and_then_commit', type: 'intent.purchase', pattern: 'y|e ?lo ?la ?te ?le ?les ?os arrancamos|cerramos|firmamos|cierro|firmo|compro|arranco|procedemos|avanzamos', strength: 0.7 },
  // Repeat orders: "queremos repetir el mismo pedido", "repetimos YA:", "les vuelvo a pedir las 500", "lo mismo del mes pasado".
  { id: 'purchase.repeat_order', type: 'intent.purchase', pattern: 'repetir|repetimos|repito|repetiremos|repitamos|repetiríamos|repetiriamos ?el ?la ?los ?las ?mismo ?misma ?mismos ?mismas pedido|orden|compra|ya|:', strength: 0.8, cancelledBy: ['antes', 'cuando'] },
  { id: 'purchase.repeat_quantity', type: 'intent.purchase', pattern: 'repetir|repetimos|repito|repetiremos|repitamos ?el ?la ?los ?las #', strength: 0.8 },
  { id: 'purchase.buy_again', type: 'intent.purchase', pattern: 'vuelvo|volvemos|volveremos|volveré|volvere|volvería|volveria|volveríamos|volveriamos a comprar|comprarles|comprarte|comprarle|ordenar|encargar', strength: 0.75 },
  { id: 'purchase.order_again', type: 'intent.purchase', pattern: 'vuelvo|volvemos|volveremos|volveré|volvere a pedir|pedirles|pedirte|pedirle', strength: 0.7, notBefore: ['que', 'por', 'la', 'el', 'una', 'información', 'informacion', 'cotización', 'cotizacion', 'precio', 'precios', 'factura', 'proforma', 'muestra', 'muestras', 'datos', 'disculpas'] },
  { id: 'purchase.same_as_last_time', type: 'intent.purchase', pattern: 'lo mismo que|del|de ?la ?el ?mes vez|mes|pedido|orden|última|ultima|anterior|pasado|pasada', strength: 0.75 },
  { id: 'purchase.same_order_as', type: 'intent.purchase', pattern: 'mismo|misma pedido|orden|compra que|de|del ?la ?el ?mes ?año vez|mes|año|pedido|orden|última|ultima|anterior|pasado|pasada|siempre', strength: 0.75 },
  { id: 'purchase.the_usual', type: 'intent.purchase', pattern: 'lo de siempre', strength: 0.7 },
  { id: 'purchase.same_as_before', type: 'intent.purchase', pattern: 'igual|igualito|igualita que|al ?la ?el vez|pedido|orden|última|ultima|anterior', strength: 0.7 },
  // "Otro contenedor igualito", "otra tanda igual", "otras 600 iguales". "El otro pedido" is another order already placed.
  { id: 'purchase.another_batch', type: 'intent.purchase', pattern: `otro|otra|otros|otras ?# ?mil ?de ${BATCH}`, strength: 0.7, cancelledBy: ['el', 'la', 'los', 'las', 'del', 'al', 'ese', 'esa', 'este', 'esta'] },
  { id: 'purchase.more_units', type: 'intent.purchase', pattern: 'otros|otras # ?mil', strength: 0.65, cancelledBy: ['el', 'la', 'los', 'las', 'del', 'al', 'cobraron', 'cobran', 'pagamos', 'pagar', 'cuesta', 'costó', 'costo'], notBefore: ['dólares', 'dolares', 'usd', 'euros', 'eur', 'pesos', 'días', 'dias', 'semanas', 'meses', 'años'] },
  { id: 'purchase.double_order', type: 'intent.purchase', pattern: 'duplicar|duplicamos|duplicaremos|triplicar|triplicamos|doblar|doblamos ?el ?la ?nuestro ?nuestra pedido|orden|compra|cantidad|cantidades|volumen', strength: 0.75 },
  { id: 'purchase.double_this_time', type: 'intent.purchase', pattern: 'ahora|vez|pero|mismo ?el doble', strength: 0.65, notBefore: ['de'] },
  // Wanting a quantity now: "queremos 2 contenedores de 40HQ", "necesito 500 pzs para el lunes", "ocupo 20 rollos".
  { id: 'purchase.want_quantity', type: 'intent.purchase', pattern: 'queremos|quiero|quisiéramos|quisieramos|necesito|necesitamos|ocupo|ocupamos|requerimos|requiero|necesitaremos|necesitaré|necesitare|requeriremos ?ya ?mismo ?otros ?otras ?unos ?unas ?al ?menos #', strength: 0.7, notBefore: ['muestras', 'muestra', 'días', 'dias', 'semanas', 'meses', 'cotizaciones', 'opciones', 'fotos'] },
  { id: 'purchase.going_to_need', type: 'intent.purchase', pattern: 'vamos|voy a requerir|necesitar|tomar|llevar|llevarnos|quedarnos|ocupar ?al ?menos ?unos ?unas ?el ?la ?los ?las #', strength: 0.75 },
  { id: 'purchase.take_the_minimum', type: 'intent.purchase', pattern: 'vamos|voy a tomar|llevar|pedir|hacer|aceptar el mínimo|minimo', strength: 0.7 },
  // Holding or preparing goods for the buyer: "apártame los 500 kg", "resérvenos producción", "prepárenme 2 contenedores".
  { id: 'purchase.hold_for_me', type: 'intent.purchase', pattern: `${HOLD_FOR_ME}`, strength: 0.75, notBefore: ['el', 'la', 'número', 'numero', 'dirección', 'direccion', 'correo', 'mail', 'teléfono', 'telefono', 'nombre', 'datos', 'que'] },
  { id: 'purchase.hold_for_me_question', type: 'intent.purchase', pattern: `me|nos aparta|apartan|apartás|apartas|apunta|apuntan|anota|anotan|separa|separan|reserva|reservan|reservás|reservas ?otra ?vez ?el ?la ?los ?las #`, strength: 0.7 },
  { id: 'purchase.hold_for_me_stock', type: 'intent.purchase', pattern: `me|nos aparta|apartan|apartás|apartas|separa|separan|reserva|reservan|reservás|reservas ?el ?la stock|producción|produccion|lote|mercancía|mercancia|contenedor`, strength: 0.7 },
  { id: 'purchase.can_you_hold', type: 'intent.purchase', pattern: `${CAN_YOU} reservar|reservarnos|reservarme|apartar|apartarnos|apartarme|separar|separarnos|separarme`, strength: 0.7 },
  { id: 'purchase.prepare_quantity', type: 'intent.purchase', pattern: `${PREPARE_FOR_ME} ?ya ?unos ?unas ?otros ?otras #`, strength: 0.7, notBefore: ['muestras', 'muestra', 'muestritas', 'samples', 'fotos', 'cotizaciones', 'opciones', 'días', 'dias', 'fichas'] },
  { id: 'purchase.send_it_all', type: 'intent.purchase', pattern: 'mándalo|mandalo|mándalos|mandalos|mándenlo|mandenlo|despáchenlo|despachenlo|despáchalo|despachalo|envíalo|envialo todo|todos|ya', strength: 0.6 },
  // Restocking: "necesitamos reponer el stock", "ya te armo la orden de reposición".
  { id: 'purchase.restock', type: 'intent.purchase', pattern: 'necesitamos|necesito|queremos|quiero|vamos|voy|toca ?a reponer', strength: 0.7, notBefore: ['las', 'los', 'la', 'el', 'lo'] },
  { id: 'purchase.restock_order', type: 'intent.purchase', pattern: 'pedido|orden|compra de reposición|reposicion', strength: 0.7 },
  { id: 'purchase.prepare_same', type: 'intent.purchase', pattern: `${PREPARE_FOR_ME} ?lo mismo|igual`, strength: 0.75 },
  { id: 'purchase.lets_make', type: 'intent.purchase', pattern: 'hagamos|hacemos ?el ?la ?los ?las #', strength: 0.7, statementOnly: true, cancelledBy: ['si', 'cuando'], notBefore: ['colores', 'modelos', 'referencias', 'diseños', 'disenos', 'tallas', 'muestras'] },
  // Starting with a first order: "arrancamos con 10.000 unidades", "partimos con 5 toneladas", "queremos arrancar ya con un primer pedido".
  { id: 'purchase.start_with', type: 'intent.purchase', pattern: 'arrancamos|arranquemos|arranco|partimos|partamos|parto|empezamos|empecemos|empiezo|comenzamos|comencemos|iniciamos|iniciemos ?ya con ?el ?la ?los ?las ?un ?una ?unos ?unas #', strength: 0.75, statementOnly: true, cancelledBy: ['cuando', 'antes'] },
  { id: 'purchase.start_with_first', type: 'intent.purchase', pattern: 'arrancamos|arranquemos|arranco|partimos|partamos|parto|empezamos|empecemos|empiezo|comenzamos|comencemos|iniciamos|iniciemos ?ya ?con ?el ?la ?un ?una primer|primera|contenedor|contenedores|lote|tanda', strength: 0.7, statementOnly: true, cancelledBy: ['cuando', 'antes'] },
  { id: 'purchase.want_to_start_with', type: 'intent.purchase', pattern: 'queremos|quiero|vamos|voy|podemos ?a arrancar|empezar|partir|comenzar|iniciar ?ya con ?el ?la ?un ?una ?unos ?unas #', strength: 0.7, statementOnly: true },
  { id: 'purchase.want_to_start_with_first', type: 'intent.purchase', pattern: 'queremos|quiero|vamos|voy|podemos ?a arrancar|empezar|partir|comenzar|iniciar ?ya con ?el ?la ?un ?una primer|primera|contenedor|lote|tanda', strength: 0.7, statementOnly: true },
  { id: 'purchase.so_we_start', type: 'intent.purchase', pattern: 'así|asi|entonces arrancamos|empezamos|arranco|partimos', strength: 0.7 },
  // Starting production: "arrancá ya con la producción" (voseo), "dale a la producción", "aprobado para producción".
  { id: 'purchase.start_production_now', type: 'intent.purchase', pattern: 'arrancá|arranca|empezá|empieza|empezad|comenzad|comiencen|inicien|iniciad|lanzad|lancen|lanza|lanzá|metan|meted|métele|metele|pongan|poned|dale|denle|dele|dénle ?ya ?con ?a ?la ?el producción|produccion|fabricación|fabricacion|production', strength: 0.8 },
  { id: 'purchase.cleared_for_production', type: 'intent.purchase', pattern: 'aprobado|aprobada|ok|listo|lista|liberado|liberada para ?la producción|produccion|fabricación|fabricacion|producir|fabricar|production', strength: 0.8 },
  // The buyer's side has signed off: "ya tenemos luz verde", "damos el visto bueno a la oferta", "todo aprobado por dirección".
  { id: 'purchase.green_light', type: 'intent.purchase', pattern: 'damos|doy|dar|dale|denle|dales|demos|daremos|tenemos|tengo|dio|dieron ?la ?el ?ya luz verde', strength: 0.75 },
  { id: 'purchase.green_light_english', type: 'intent.purchase', pattern: 'green light', strength: 0.7 },
  { id: 'purchase.approval_in_hand', type: 'intent.purchase', pattern: 'ya tenemos|tengo ?la ?el aprobación|aprobacion|autorización|autorizacion|ok|okey|okay|visto', strength: 0.7 },
  { id: 'purchase.approved_by_boss', type: 'intent.purchase', pattern: `aprobado|aprobada|aprobó|aprobo|autorizó|autorizo|autorizado|autorizada ?ya ?por ?el ?la ${APPROVER}`, strength: 0.7 },
  { id: 'purchase.nod_given', type: 'intent.purchase', pattern: 'damos|doy|di|dimos|dio|dieron|tenemos|tengo ?ya ?el ?su visto bueno', strength: 0.7 },
  // Persuaded or decided: "me convenciste", "ya nos decidimos", "nos decantamos por la opción B", "nos quedamos con el modelo de 5 kW".
  { id: 'purchase.convinced', type: 'intent.purchase', pattern: 'me|nos convenciste|convencieron|convencisteis|convenció|convencio', strength: 0.75 },
  { id: 'purchase.convinced_perfect', type: 'intent.purchase', pattern: 'me|nos has|han|habéis|habeis convencido', strength: 0.75 },
  { id: 'purchase.decided', type: 'intent.purchase', pattern: 'ya nos|me decidimos|decidí|decidi', strength: 0.7, notBefore: ['por'] },
  { id: 'purchase.decided_for', type: 'intent.purchase', pattern: 'decidimos|decidí|decidi|decantamos|decanto|optamos|opto por ?el ?la ?los ?las', strength: 0.75, notBefore: ['otro', 'otra', 'otros', 'otras', 'esperar', 'no'] },
  { id: 'purchase.pick_option', type: 'intent.purchase', pattern: 'quedamos|quedo con ?el ?la opción|opcion|modelo|versión|version|propuesta|oferta|alternativa|referencia|cotización|cotizacion', strength: 0.8 },
  { id: 'purchase.take_option', type: 'intent.purchase', pattern: 'tomamos|tomo|elegimos|elijo|escogemos|escojo|preferimos ?el ?la opción|opcion|alternativa|propuesta|oferta|versión|version', strength: 0.75 },
  { id: 'purchase.no_more_thinking', type: 'intent.purchase', pattern: 'ya no lo pienso|pensamos más|mas', strength: 0.7, negatable: false },
  // Terms settled on a figure: "quedamos en $186.50 la cubeta", "quedamos en 8.000 unidades".
  { id: 'purchase.agreed_at', type: 'intent.purchase', pattern: 'quedamos|quedemos ?entonces en ?usd ?us ?eur #', strength: 0.7 },
  // Wanting the goods themselves: "lo queremos ya", "los quiero todos", "mi cliente los quiere todos", "lo queremos en las tres tallas".
  { id: 'purchase.want_it', type: 'intent.purchase', pattern: 'lo|los|la|las quiero|queremos|quiere|quieren|necesito|necesitamos ya|todo|todos|todas', strength: 0.7 },
  { id: 'purchase.ready_to', type: 'intent.purchase', pattern: 'listos|listo|lista|listas|preparados|preparado|decididos|decidido ?ya para|a comprar|pedir|ordenar|arrancar|avanzar|cerrar|proceder|firmar|colocar|empezar|comenzar|pagar|confirmar', strength: 0.75 },
  { id: 'purchase.want_to_close', type: 'intent.purchase', pattern: 'queremos|quiero|quisiéramos|quisieramos|deseamos|necesitamos|necesito|interesa ?lo ?la cerrar|concretar|avanzar|proceder|firmar|formalizar|cerrarlo|concretarlo', strength: 0.7, notBefore: ['el', 'la', 'los', 'las', 'mi', 'nuestro', 'nuestra', 'tema'] },
  { id: 'purchase.want_to_close_it', type: 'intent.purchase', pattern: 'lo|la quiero|queremos cerrar|concretar|firmar|confirmar', strength: 0.7 },
  { id: 'purchase.go_for_it', type: 'intent.purchase', pattern: 'vamos|voy|iremos a por', strength: 0.75 },
  // A payment promised to the seller: "mañana te deposito", "te giro la seña", "te transfiero el 50%". "Ya les pagué" is done,
  // "¿y si les pago por adelantado?" is a request for other terms, and "te pago por PayPal" names the method, often for a
  // sample.
  { id: 'purchase.pay_you', type: 'intent.purchase', pattern: 'te|le|les|os deposito|transfiero|giro|pago|abono|depositaré|depositare|transferiré|transferire|pagaré|pagare|giraré|girare', strength: 0.7, statementOnly: true, cancelledBy: ['si', 'ya', 'ayer', 'pasado', 'pasada'], notBefore: ['por', 'con'] },
  { id: 'purchase.invoice_then_pay', type: 'intent.purchase', pattern: 'proforma|pi|factura|contrato|cuenta|bancarios ... y pagamos|transferimos|depositamos|giramos|abonamos|hacemos|realizamos', strength: 0.7 },
  { id: 'purchase.pay_on_day', type: 'intent.purchase', pattern: 'mañana|manana|lunes|martes|miércoles|miercoles|jueves|viernes|semana ?mismo ?a ?primera ?hora ?te ?le ?les ?os pagamos|transferimos|depositamos|giramos|abonamos|deposito|transfiero|giro|pago', strength: 0.65 },
  // "Van las 5 mil gorras", "va otro 40HQ igual". "¿Cómo van los 20 días?" is a question, and "va la OC"
  // places the order now.
  { id: 'purchase.here_go_units', type: 'intent.purchase', pattern: 'va|van las|los|otro|otra #', strength: 0.7, statementOnly: true, cancelledBy: ['cómo', 'como', 'qué', 'que', 'cuándo', 'cuando', 'ya'] },
  { id: 'purchase.proforma_for_quantity', type: 'intent.purchase', pattern: 'proforma|pi para|por ?el ?la ?los ?las #', strength: 0.6 },
];

/**
 * Spanish intent cues. Each pattern uses the phrase syntax of `text/phrases.ts`,
 * and strength is the weight of one match in [0, 1]. An unaccented "que" also
 * starts relative clauses ("queremos que el precio …"), so question cues that
 * start with it end in `.. ?`: they count only when the sentence is a question.
 */
import type { SignalCue } from '../types.js';
import { CAN_YOU, CERTIFICATE, NEED, QUOTE, QUOTE_VERB, SEND } from './words.js';

const MINIMUM = 'moq|moqs|mínimo|minimo|mínima|minima|mínimos|minimos';
const PARAMETER =
  'lúmenes|lumenes|lm/w|eficiencia|cri|irc|potencia|voltaje|tensión|tension|ángulo|angulo|ip|espesor|grosor|calibre|' +
  'vida|garantía|garantia|medida|medidas|tamaño|tamano|dimensiones|peso|capacidad|amperaje|watts|vatios|material|materiales';

export const INTENT_CUES: SignalCue[] = [
  // intent.early_qualification
  { id: 'early_qualification.moq_question', type: 'intent.early_qualification', pattern: `cuál|cual|cuáles|cuales|qué|cuánto|cuanto .. ${MINIMUM}|capacidad`, strength: 0.8 },
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
  { id: 'early_qualification.factory_visit', type: 'intent.early_qualification', pattern: 'visitar|visita|visitarlos|auditoría|auditoria|auditar|recorrido|videollamada|videollamadas|llamada ... fábrica|fabrica|planta|instalaciones|almacén|almacen|bodega', strength: 0.6 },
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
  { id: 'evaluation.share_certificate', type: 'intent.evaluation', pattern: `${SEND}|${NEED}|ver .. certificado|certificados|certificación|certificacion|certificaciones|certificate|certificates|cert|certs`, strength: 0.75 },
  // A question, or "si tienen …": the statement "ustedes solo tienen CE" names a gap, not a request.
  { id: 'evaluation.have_certificate', type: 'intent.evaluation', pattern: `tienen|tiene|tenéis|teneis|cuentan|cuenta|manejan|poseen ?con .. ${CERTIFICATE} ... ?`, strength: 0.7 },
  { id: 'evaluation.warranty', type: 'intent.evaluation', pattern: 'garantía|garantia', strength: 0.5 },
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
  { id: 'evaluation.does_it_have', type: 'intent.evaluation', pattern: 'incluye|incluyen|trae|traen|viene|vienen|soporta|soportan|lleva|llevan ... ?', strength: 0.5 },
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
  { id: 'quotation.price_question', type: 'intent.quotation', pattern: 'precio|precios|costo|cotización|cotizacion|valor ?', strength: 0.7 },
  { id: 'quotation.price_please', type: 'intent.quotation', pattern: 'precio|precios|cotización|cotizacion|oferta|tarifa porfa|porfavor|xfa|pls|plis|please|urgente', strength: 0.75 },
  { id: 'quotation.price_por_favor', type: 'intent.quotation', pattern: 'precio|precios|cotización|cotizacion|oferta|tarifa por favor', strength: 0.75 },
  { id: 'quotation.unit_price', type: 'intent.quotation', pattern: 'precio|costo unitario', strength: 0.6 },
  { id: 'quotation.price_per_unit', type: 'intent.quotation', pattern: 'precio|costo por unidad|pieza|metro|kilo|tonelada', strength: 0.6 },
  { id: 'quotation.price_list', type: 'intent.quotation', pattern: 'lista|listado|listas de precios', strength: 0.7 },
  { id: 'quotation.rfq', type: 'intent.quotation', pattern: 'rfq|rfqs|rfi', strength: 0.8 },
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
  { id: 'urgency.hurry_up', type: 'intent.urgency', pattern: 'apúrense|apurense|apúrate|apurate|apúrese|apurese|apuren|dense prisa', strength: 0.8 },
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
  { id: 'purchase.place_order', type: 'intent.purchase', pattern: 'hagamos|pongamos|coloquemos|hacer|hacemos|haremos|haríamos|hariamos|realizar|realizamos|realizaremos|colocar|colocamos|colocaremos|poner|ponemos|pasar|pasamos|pasaremos|emitir|emitimos|emitiremos|concretar|concretamos|lanzar|levantar|levantamos .. pedido|pedidos|orden|órden|compra|oc|po', strength: 0.85 },
  { id: 'purchase.want_to_buy', type: 'intent.purchase', pattern: 'queremos|quiero|quisiera|quisiéramos|quisieramos|deseamos|deseo|planeamos|pensamos|vamos|voy|necesitamos|interesa|interesados|interesado|interesada ?a ?en comprar|ordenar|pedir|adquirir|importar|encargar|reservar|comprarles|comprarle', strength: 0.75 },
  { id: 'purchase.proceed_with_order', type: 'intent.purchase', pattern: 'avanzar|avancemos|avanzamos|seguir|continuar|proceder|procedemos|procedamos con ?el ?la ?nuestro ?nuestra pedido|orden|compra|negocio', strength: 0.8 },
  { id: 'purchase.lets_proceed', type: 'intent.purchase', pattern: 'procedamos|avancemos|hagámoslo|hagamoslo|cerremos', strength: 0.8 },
  // "Vamos con calma", "vamos con uno de 40?": "vamos con" is a purchase only before the order or the deal.
  { id: 'purchase.go_ahead', type: 'intent.purchase', pattern: 'sigamos|vamos|adelante con el|la|nuestro|nuestra|este|esta pedido|orden|compra|negocio|proyecto|propuesta|oferta', strength: 0.6 },
  { id: 'purchase.go_ahead_order', type: 'intent.purchase', pattern: 'sigamos|vamos|adelante con el|la pedido|orden|compra ?grande ?completo ?completa', strength: 0.7 },
  // Choosing this supplier: "nos vamos con ustedes", "nos quedamos con su oferta", "me quedo con las 250".
  { id: 'purchase.choose_supplier', type: 'intent.purchase', pattern: 'nos|me vamos|voy|quedamos|quedo|iremos con ustedes|vosotros|usted|uds|su|tu|vuestra oferta|propuesta|cotización|cotizacion|empresa', strength: 0.85 },
  { id: 'purchase.choose_supplier_plain', type: 'intent.purchase', pattern: 'nos|me vamos|voy|quedamos|quedo|iremos con ustedes|vosotros|usted|uds', strength: 0.85 },
  { id: 'purchase.take_quantity', type: 'intent.purchase', pattern: 'nos|me quedamos|quedo|llevamos|llevo con ?el ?la ?los ?las #', strength: 0.75 },
  { id: 'purchase.go_ahead_forward', type: 'intent.purchase', pattern: 'sigamos|vamos adelante', strength: 0.75 },
  { id: 'purchase.will_take', type: 'intent.purchase', pattern: 'nos|me lo|los|la|las llevamos|llevo|quedamos|quedo', strength: 0.75 },
  { id: 'purchase.we_take_it', type: 'intent.purchase', pattern: 'lo|los|las tomamos|compramos', strength: 0.7 },
  { id: 'purchase.budget_approved', type: 'intent.purchase', pattern: 'presupuesto|compra|pedido|proyecto|partida .. aprobado|aprobada|autorizado|autorizada', strength: 0.7 },
  { id: 'purchase.approved_budget', type: 'intent.purchase', pattern: 'aprobó|aprobo|aprobaron|aprobamos|autorizó|autorizo|autorizaron|autorizamos|aprobado|autorizado .. presupuesto|compra|pedido|proyecto|partida|inversión|inversion', strength: 0.7 },
  { id: 'purchase.deal', type: 'intent.purchase', pattern: 'trato hecho', strength: 0.85 },
  { id: 'purchase.close_like_this', type: 'intent.purchase', pattern: 'cerramos|cerremos|cerrámos así|asi|entonces', strength: 0.75 },
  // "Cerramos con los 1.200 pares", "cerramos con ustedes": closing on an offer.
  { id: 'purchase.close_with', type: 'intent.purchase', pattern: 'cerramos|cerremos|cerrámos con', strength: 0.75 },
  { id: 'purchase.close_order', type: 'intent.purchase', pattern: 'cerrar|cerramos|cerremos|cerraremos ?el ?la pedido|orden|compra', strength: 0.8 },
  // Planning the payment is readiness to buy: "envíen la PI para pagar el anticipo", "la semana que viene tramitamos el pago".
  { id: 'purchase.to_pay_deposit', type: 'intent.purchase', pattern: 'para pagar|transferir|depositar|tramitar|programar|girar|hacer|realizar|gestionar ?el ?la anticipo|adelanto|depósito|deposito|pago|seña|sena|transferencia|enganche', strength: 0.7 },
  { id: 'purchase.will_pay', type: 'intent.purchase', pattern: 'tramitamos|tramitaremos|pagaremos|transferiremos|depositaremos|giraremos|programamos|programaremos|gestionamos|gestionaremos ?el ?la anticipo|adelanto|pago|seña|sena|transferencia|enganche', strength: 0.65 },
  { id: 'purchase.going_to_pay', type: 'intent.purchase', pattern: 'vamos|voy a pagar|transferir|depositar|tramitar|girar ?el ?la anticipo|adelanto|pago|seña|sena|transferencia|enganche', strength: 0.7 },
  // "Te firmo hoy mismo", "lo firmamos hoy": the buyer offers to sign.
  { id: 'purchase.will_sign', type: 'intent.purchase', pattern: 'te|le|les|os|lo|la firmo|firmamos|firmaremos|firmaría|firmariamos|firmaríamos', strength: 0.7 },
  { id: 'purchase.close_deal', type: 'intent.purchase', pattern: 'cerramos|cerremos|cerrar ?el trato|negocio|acuerdo', strength: 0.8 },
  { id: 'purchase.accept_offer', type: 'intent.purchase', pattern: 'aceptamos|acepto|aceptaremos .. oferta|cotización|cotizacion|precio|propuesta|presupuesto', strength: 0.8 },
];

/**
 * Spanish relationship cues. Each pattern uses the phrase syntax of `text/phrases.ts`,
 * and strength is the weight of one match in [0, 1]. Tone cue ids start with
 * `tone.warm.` or `tone.polite.`, which sets the signal's value. Formal
 * closings such as "quedo atento" and "a la espera de su pronta respuesta"
 * end most Latin American business emails, so they count as polite tone and
 * not as urgency. "Por favor" and "quedo atento" alone are request formulas, not tone:
 * they end nearly every message, warm or curt.
 */
import type { SignalCue } from '../types.js';
import { CAN_YOU } from './words.js';

/** The buyer's side of a deal: "pedimos", "te compro", "arrancamos con un contenedor". */
const WE_ORDER =
  'pedimos|compramos|tomamos|aumentamos|pagamos|ordenamos|hacemos|subimos|duplicamos|llevamos|confirmamos|colocamos|' +
  'ampliamos|cerramos|arrancamos|empezamos|comenzamos|iniciamos|probamos|pido|compro|tomo|llevo|ordeno|encargo|hago|pago|' +
  'subo|duplico|cierro|firmo|firmamos|pasamos|renovamos|sumamos|incluimos|montamos|cogemos|confirmaríamos|confirmariamos|' +
  'compraríamos|comprariamos|pediríamos|pediriamos|haríamos|hariamos|tomaríamos|tomariamos|paso|saco|vuelvo';
/** The seller's side of a condition: "si llegan a 4,50", "si me respetás ese precio", "si nos dan 60 días". */
const YOU_GIVE =
  'dan|dejan|hacen|ofrecen|mejoran|aceptan|bajan|igualan|llegan|respetan|mantienen|sostienen|consiguen|logran|incluyen|' +
  'das|dejas|haces|mejorás|mejoras|bajás|bajas|llegás|llegas|respetás|respetas|mantenés|mantienes|conseguís|consigues|' +
  'dais|dejáis|hacéis|ofrecéis|mejoráis|bajáis|llegáis|respetáis|mantenéis|conseguís|' +
  'igualan|igualas|igualás|igualáis|garantizan|garantizas|garantizás|garantizáis|aceptas|aceptás|aceptáis|incluís|incluyes|' +
  'sostenés|sostienes|dividen|rebajan|descuentan|pudieran|pudierais|pudieras|pudiera|dejaran|hicieran|respetaran|mantuvieran|' +
  'hacés|dejás|incluís|entregar|dividir|bajar|mejorar|igualar|incluir|acercarse|aceptar|mantener|respetar|dejarnos|dejarme|hacernos|hacerme';
/** "We could" and the buyer's moves that follow a condition: "…, podríamos subir el pedido", "…, te firmo hoy". */
const WE_COULD = 'podríamos|podriamos|podemos|puedo|podría|podria|cierro|confirmo|procedemos|avanzamos|seguimos|aceptamos|acepto|aceptaríamos|aceptariamos';
const QUESTION = 'pregunta|preguntas|consulta|consultas|solicitud|correo|mensaje|email|mail|requerimiento|inquietud|inquietudes';

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: 'gracias|agradezco|agradecemos|agradecido|agradecida|agradecidos|agradecidas|grax|thanks|thx', strength: 0.5 },
  // Alone, a salutation is labeled tone on 42 of 100 messages of the fitted sets: it only supports other tone.
  { id: 'tone.polite.dear', type: 'relationship.tone', pattern: '^ estimado|estimada|estimados|estimadas|apreciado|apreciada|apreciados|distinguido|distinguida|distinguidos|señor|señora|señores|sr|sra|srs|srta', strength: 0.35, supportOnly: true },
  { id: 'tone.polite.regards', type: 'relationship.tone', pattern: 'saludos|atentamente|cordialmente|salu2|slds', strength: 0.3 },
  { id: 'tone.polite.cordial_greeting', type: 'relationship.tone', pattern: 'cordial|cordiales saludo|saludos', strength: 0.35 },
  { id: 'tone.warm.hug', type: 'relationship.tone', pattern: 'abrazo|abrazos|abrazote|besos|bendiciones', strength: 0.6 },
  { id: 'tone.warm.nice_day', type: 'relationship.tone', pattern: 'tengan|tenga|tengas|tenés|pase|pasen|pases|disfrute|disfruten ?un ?una buen|buena|bonito|bonita|lindo|linda|excelente|feliz|gran día|dia|fin|finde|semana|tarde|jornada', strength: 0.55 },
  { id: 'tone.warm.happy_day', type: 'relationship.tone', pattern: 'feliz|lindo|linda|bonito|bonita|excelente día|dia|fin|finde|semana|tarde|año|navidad', strength: 0.5 },
  // "Buen día" alone is a greeting, while "buen fin de semana" and "buena semana" are wishes.
  { id: 'tone.warm.good_weekend', type: 'relationship.tone', pattern: 'buen|buena fin|finde|semana|año', strength: 0.5 },
  { id: 'tone.warm.hope_well', type: 'relationship.tone', pattern: 'espero|esperamos|esperando|ojalá|ojala que .. bien|excelente|genial|bendecido|bendecida|bendecidos|maravilla', strength: 0.6 },
  { id: 'tone.warm.pleasure', type: 'relationship.tone', pattern: 'placer|gusto|encanta|encantó|encanto|gusta|encantados|encantado|encantada|felices|contentos|contento .. trabajar|colaborar|negocios|conocerle|conocerte|conocerlos|saludarle|saludarte|saludarlos|cooperar|atenderle', strength: 0.7 },
  // A bare warm address that opens the message: "Amigo, ¿me pasas el catálogo?".
  { id: 'tone.warm.friend_opening', type: 'relationship.tone', pattern: '^ amigo|amiga|hermano|hermana|pana|parcero|parce|compadre|mano ,', strength: 0.65 },
  { id: 'tone.warm.friend', type: 'relationship.tone', pattern: 'mi|querido|querida|estimado|estimada|hola|buenas|gracias amigo|amiga|amigos|hermano|hermana|pana|parcero|parce|compa|compadre|bro', strength: 0.7 },
  { id: 'tone.polite.would_appreciate', type: 'relationship.tone', pattern: 'agradecería|agradeceria|agradeceríamos|agradeceriamos|agradeceré|agradecere|agradeceremos', strength: 0.3 },
  // An apology for the delay or the trouble: "disculpen la demora en responder".
  { id: 'tone.polite.apology', type: 'relationship.tone', pattern: 'disculpe|disculpa|disculpen|disculpad|perdón|perdon|perdone|perdona|perdonen|lamento|lamentamos .. demora|tardanza|retraso|molestia|molestias|inconveniente|inconvenientes', strength: 0.4 },
  { id: 'tone.polite.at_your_disposal', type: 'relationship.tone', pattern: 'quedo|quedamos|quedaré|quedare|quedaremos|estoy|estamos a ?su ?sus ?tu ?vuestra ?entera disposición|disposicion|órdenes|ordenes', strength: 0.35 },
  { id: 'tone.polite.prompt_reply', type: 'relationship.tone', pattern: 'pronta|amable respuesta|contestación|contestacion|atención|atencion', strength: 0.3 },
  { id: 'tone.warm.looking_forward', type: 'relationship.tone', pattern: 'esperamos|espero con gusto|ansias|entusiasmo', strength: 0.45 },
  { id: 'tone.warm.with_pleasure', type: 'relationship.tone', pattern: 'con ?mucho gusto', strength: 0.45 },
  // relationship.negotiation_openness
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: 'partir|dividir|repartir|partamos|dividamos|repartamos|partimos|dividimos ?la diferencia', strength: 0.85 },
  { id: 'negotiation_openness.meet_middle', type: 'relationship.negotiation_openness', pattern: 'mitad de camino', strength: 0.85 },
  // Another split in place of the seller's: "En vez de 100% anticipado, ¿hacemos 30/70?".
  { id: 'negotiation_openness.instead_we_do', type: 'relationship.negotiation_openness', pattern: 'vez|lugar de ... , ?¿ hacemos|hagamos|pagamos|damos|podemos|ponemos #', strength: 0.7 },
  { id: 'negotiation_openness.meet_halfway', type: 'relationship.negotiation_openness', pattern: 'quedemos|quedamos|encontrarnos|encontremos|juntémonos|juntemonos en el medio', strength: 0.75 },
  { id: 'negotiation_openness.meet_halfway', type: 'relationship.negotiation_openness', pattern: 'quedemos|quedamos|encontrarnos|encontremos|juntémonos|juntemonos en la mitad', strength: 0.75 },
  { id: 'negotiation_openness.go_halves', type: 'relationship.negotiation_openness', pattern: 'vamos|vayamos|ir|pagamos|paguemos|pagar|pagarlo|cubrimos|asumimos ?lo a medias', strength: 0.65 },
  { id: 'negotiation_openness.middle_point', type: 'relationship.negotiation_openness', pattern: 'punto|término|termino medio|intermedio', strength: 0.8 },
  { id: 'negotiation_openness.what_if', type: 'relationship.negotiation_openness', pattern: `tal|y si .. ${WE_ORDER}`, strength: 0.8 },
  { id: 'negotiation_openness.if_we_order', type: 'relationship.negotiation_openness', pattern: `si ?te ?le ?les ?os ${WE_ORDER}`, strength: 0.75 },
  { id: 'negotiation_openness.can_you_leave', type: 'relationship.negotiation_openness', pattern: `${CAN_YOU} ?me ?nos dejar|dejarlo|dejarnos|dejármelo|dejarmelo|mejorar|mejorarnos|mejorarlo|ajustar|ajustarlo|flexibilizar`, strength: 0.55 },
  // "Si llegan a 4,50, podríamos subir el pedido", "si me respetás ese precio, te firmo hoy".
  { id: 'negotiation_openness.if_you_give', type: 'relationship.negotiation_openness', pattern: `si .. ${YOU_GIVE} ... ${WE_ORDER}|${WE_COULD}`, strength: 0.75 },
  { id: 'negotiation_openness.if_you_give_then', type: 'relationship.negotiation_openness', pattern: `si .. ${YOU_GIVE} ... .. , ?te ?le ?les ?os ?lo ?la ?nos ?me ?ya ${WE_ORDER}|${WE_COULD}`, strength: 0.75 },
  { id: 'negotiation_openness.if_you_give_to_you', type: 'relationship.negotiation_openness', pattern: `si .. ${YOU_GIVE} ... ... te|le|les|os ${WE_ORDER}`, strength: 0.7 },
  // "Dame 100 por diseño y te llevo cuatro diseños": a counter-offer, then the buyer's move.
  { id: 'negotiation_openness.give_me_and_i_buy', type: 'relationship.negotiation_openness', pattern: 'dame|deme|denme|danos|dennos|hazme|hágame|hagame|hacéme|haceme|háganme|haganme|déjame|dejame|déjenme|dejenme|déjanos|dejanos|iguálalo|igualalo|bájale|bajale ... y te|le|les|os compro|tomo|llevo|cierro|firmo|pido|saco|compramos|tomamos|llevamos|cerramos|firmamos|pedimos', strength: 0.7 },
  // "Podemos aceptar su precio si nos dan 60 días", "igual nos sirve si conseguís adelantar una parte".
  { id: 'negotiation_openness.accept_if', type: 'relationship.negotiation_openness', pattern: 'podemos|podríamos|podriamos|puedo|podría|podria aceptar|aceptarlo|aceptarla|hacer|cerrar|confirmar|avanzar|seguir|trabajar|firmar ... si', strength: 0.75 },
  { id: 'negotiation_openness.works_if', type: 'relationship.negotiation_openness', pattern: 'nos|me sirve|sirven|serviría|serviria|funciona|funcionaría|funcionaria|conviene|convendría|convendria .. si', strength: 0.7 },
  // Proposing other terms: "podríamos hacer un 30% de anticipo", "pagamos un poco más por metro".
  { id: 'negotiation_openness.we_could_do', type: 'relationship.negotiation_openness', pattern: 'podríamos|podriamos|podemos|podría|podria|puedo hacer|pagar|dar|ofrecer|adelantar|aceptar|ir ?con ?un ?una #', strength: 0.7 },
  { id: 'negotiation_openness.pay_a_bit_more', type: 'relationship.negotiation_openness', pattern: 'pagamos|pagaríamos|pagariamos|pagaría|pagaria|pagaremos|pagar ?un ?algo ?poco más|mas', strength: 0.7 },
  // Growing the order: "pasamos a 5 toneladas mensuales", "podríamos subir el pedido a 6.000".
  { id: 'negotiation_openness.scale_up_to', type: 'relationship.negotiation_openness', pattern: 'pasamos|pasaríamos|pasariamos|subimos|subiríamos|subiriamos|aumentamos|aumentaríamos|aumentariamos|ampliamos|ampliaríamos|duplicamos ?el ?la ?nuestro ?nuestra ?pedido ?orden ?volumen a #', strength: 0.7 },
  { id: 'negotiation_openness.could_raise_order', type: 'relationship.negotiation_openness', pattern: 'podríamos|podriamos|podemos|podría|podria|puedo subir|aumentar|ampliar|duplicar|incrementar ?el ?la pedido|orden|volumen|cantidad|compra',  strength: 0.7 },
  { id: 'negotiation_openness.would_you_consider', type: 'relationship.negotiation_openness', pattern: 'considerarían|considerarian|consideraría|consideraria|aceptarían|aceptarian|aceptaría|aceptaria', strength: 0.7 },
  { id: 'negotiation_openness.willing', type: 'relationship.negotiation_openness', pattern: 'estarían|estarian|estaría|estaria dispuestos|dispuesto|dispuesta|abiertos|abierto', strength: 0.7 },
  { id: 'negotiation_openness.counter_offer', type: 'relationship.negotiation_openness', pattern: 'contraoferta|contrapropuesta|contra-oferta|contra-propuesta', strength: 0.8 },
  { id: 'negotiation_openness.counter_offer_words', type: 'relationship.negotiation_openness', pattern: 'contra oferta|propuesta', strength: 0.8 },
  { id: 'negotiation_openness.we_propose', type: 'relationship.negotiation_openness', pattern: 'proponemos|propongo|sugerimos|sugiero|planteamos|planteo', strength: 0.65 },
  { id: 'negotiation_openness.make_an_offer', type: 'relationship.negotiation_openness', pattern: 'te|le|les|os hago|hacemos una|un propuesta|oferta|contraoferta', strength: 0.75 },
  { id: 'negotiation_openness.lets_do_this', type: 'relationship.negotiation_openness', pattern: 'hagamos una cosa', strength: 0.65 },
  { id: 'negotiation_openness.lets_do_this', type: 'relationship.negotiation_openness', pattern: 'hagamos algo', strength: 0.65 },
  { id: 'negotiation_openness.i_offer_figure', type: 'relationship.negotiation_openness', pattern: 'ofrezco|ofrecemos|ofreceríamos|ofreceriamos ?usd ?us ?eur #', strength: 0.7 },
  { id: 'negotiation_openness.our_offer', type: 'relationship.negotiation_openness', pattern: 'nuestra|mi propuesta|oferta|contraoferta es|sería|seria|:', strength: 0.7 },
  { id: 'negotiation_openness.flexible', type: 'relationship.negotiation_openness', pattern: 'negociable|negociables|negociar|negociemos|negociamos|flexibles|flexible|flexibilidad', strength: 0.6 },
  { id: 'negotiation_openness.open_to', type: 'relationship.negotiation_openness', pattern: 'abiertos|abierto|abierta|dispuestos|dispuesto|dispuesta ?a discutir|negociar|considerar|ajustar|aumentar|pagar|pedir|revisar|escuchar|evaluar|analizar|conversar|hablar|ampliar|subir', strength: 0.75 },
  { id: 'negotiation_openness.volume_first', type: 'relationship.negotiation_openness', pattern: 'volumen|volúmenes|volumenes|mayoreo ... descuento|precio|precios|pedido|pedidos|cantidad', strength: 0.6 },
  { id: 'negotiation_openness.tiered_price', type: 'relationship.negotiation_openness', pattern: 'precio|precios|tarifa|tarifas|descuento|descuentos escalado|escalados|escalonado|escalonados|escalonada|escalonadas|diferenciado|diferenciados', strength: 0.65 },
  // "Estamos buscando alternativas" looks for another supplier, not another deal with this one.
  { id: 'negotiation_openness.alternative', type: 'relationship.negotiation_openness', pattern: 'alternativa|alternativas', strength: 0.5, cancelledBy: ['buscando', 'buscar', 'buscamos', 'busco', 'ver', 'otras'] },
  { id: 'negotiation_openness.how_about', type: 'relationship.negotiation_openness', pattern: 'qué|que tal si', strength: 0.6 },
  { id: 'negotiation_openness.how_about_number', type: 'relationship.negotiation_openness', pattern: 'qué|que tal ?en ?a ?usd ?us$ ?eur #', strength: 0.65 },
  // Another payment mix: "podemos 30% y el resto contra BL", "¿aceptan 30% y saldo contra documentos?". The same mix stated in
  // a first inquiry or an order ("Pago: 30% anticipo, saldo contra BL") offers nothing new, so the mix alone is no cue.
  { id: 'negotiation_openness.balance_against', type: 'relationship.negotiation_openness', pattern: 'podemos|podríamos|podriamos|haríamos|hariamos|aceptan|aceptarían|aceptarian|aceptaríais|aceptariais|aceptar|doy|damos|propongo|proponemos|mucho ... y|, ?el resto|saldo', strength: 0.65 },
  { id: 'negotiation_openness.payment_split_offer', type: 'relationship.negotiation_openness', pattern: 'podemos|podríamos|podriamos|haríamos|hariamos|hago|hacemos|aceptan|aceptarían|aceptarian|aceptaríais|aceptariais|aceptar|doy|damos|propongo|proponemos|mucho|vale|sirve .. # ... y|, ?el ?un #', strength: 0.65 },
  { id: 'negotiation_openness.accept_figure', type: 'relationship.negotiation_openness', pattern: 'aceptan|aceptarían|aceptarian|aceptaríais|aceptariais|aceptás|aceptas|aceptáis|aceptais ?un ?el #', strength: 0.65 },
  // Proposing other payment terms: "¿podríamos pagar mediante carta de crédito?", "podemos pagar en 3 cuotas".
  { id: 'negotiation_openness.we_could_pay', type: 'relationship.negotiation_openness', pattern: 'podemos|podríamos|podriamos|puedo|podría|podria|podrían|podrian|podríais|podriais|pueden|podéis|podeis trabajar|trabajarnos|trabajarme|pagar|pagarles|abonar|girar|transferir .. carta|l/c|lc|crédito|credito|cuotas|partes|pagos|tramos|escrow|mediante', strength: 0.7 },
  { id: 'negotiation_openness.we_could_pay_share', type: 'relationship.negotiation_openness', pattern: 'podemos|podríamos|podriamos|puedo|podría|podria|podrían|podrian|podríais|podriais|pueden|podéis|podeis trabajar|trabajarnos|trabajarme|pagar|pagarles|abonar|girar|transferir .. #', strength: 0.65 },
  { id: 'negotiation_openness.we_prefer_terms', type: 'relationship.negotiation_openness', pattern: 'queremos|quiero|preferimos|prefiero|proponemos ?pagar ?trabajar con|por|mediante carta|l/c|lc|crédito|credito|cuotas|escrow|trade', strength: 0.65 },
  // A counter-offer on the terms: "como mucho un 20%", "lo máximo sería 20% de anticipo", "mínimo denme 30/70".
  { id: 'negotiation_openness.at_most', type: 'relationship.negotiation_openness', pattern: 'como mucho|máximo|maximo ?un ?el #', strength: 0.65 },
  { id: 'negotiation_openness.the_most_we_can', type: 'relationship.negotiation_openness', pattern: 'lo máximo|maximo sería|seria|que|podemos|puedo', strength: 0.65 },
  { id: 'negotiation_openness.at_least_give', type: 'relationship.negotiation_openness', pattern: 'mínimo|minimo|menos denme|dennos|dame|danos|deme|carta|crédito|credito', strength: 0.6 },
  // Splitting the order, the shipment or the payment: "en dos embarques", "embarques parciales", "la mitad por aéreo y el resto en barco".
  { id: 'negotiation_openness.in_parts', type: 'relationship.negotiation_openness', pattern: 'en dos|tres|2|3|varias|varios partes|cuotas|pagos|tramos|embarques|envíos|envios|despachos', strength: 0.7, cancelledBy: ['llegó', 'llego', 'llegaron', 'vino', 'vinieron', 'recibimos', 'mandaron', 'enviaron'] },
  { id: 'negotiation_openness.partial_shipment', type: 'relationship.negotiation_openness', pattern: 'embarque|embarques|despacho|despachos|entrega|entregas|envío|envio|envíos|envios parcial|parciales', strength: 0.7, cancelledBy: ['recibimos', 'llegó', 'llego', 'llegaron', 'enviaron', 'mandaron'], notBefore: ['permitido', 'permitidos', 'permitida', 'permitidas'] },
  { id: 'negotiation_openness.split_or_mix', type: 'relationship.negotiation_openness', pattern: 'dividir|dividirlo|dividirla|divídanmelo|dividanmelo|dividimos|dividamos|partirlo|partirla|partimos|partamos|repartir|repartirlo|repartirla|repartimos|repartamos|repartidas|repartidos|divididos|divididas|fraccionar|mezclar|mezclamos|mezclemos|mezclando|combinar|combinamos|combinemos|combinando|consolidar|consolidamos .. colores|referencias|modelos|tallas|talles|sabores|diseños|disenos|aromas|tonos|estampados|skus|sku|partes|embarques|envíos|envios|entregas|despachos|pedido|pedidos|contenedor|mínimo|minimo|dos|tres|mitad', strength: 0.7 },
  { id: 'negotiation_openness.split_payment', type: 'relationship.negotiation_openness', pattern: 'dividir|dividirlo|dividamos|dividimos|partir|partirlo|partamos|fraccionar|fraccionamos ?el ?la pago|anticipo|adelanto|depósito|deposito|seña|sena', strength: 0.7 },
  { id: 'negotiation_openness.half_and_rest', type: 'relationship.negotiation_openness', pattern: 'la|una mitad|parte .. y|, ?la ?el otra|resto', strength: 0.7 },
  { id: 'negotiation_openness.part_by_air', type: 'relationship.negotiation_openness', pattern: 'mitad|parte|resto por aéreo|aereo|avión|avion|barco|mar|marítimo|maritimo', strength: 0.7 },
  { id: 'negotiation_openness.half_container', type: 'relationship.negotiation_openness', pattern: 'medio contenedor|container|contenedorcito', strength: 0.7 },
  { id: 'negotiation_openness.smaller_order', type: 'relationship.negotiation_openness', pattern: 'pedido|orden|tanda|corrida|lote|compra más|mas pequeño|pequeña|chico|chica|reducido|reducida|corto|corta', strength: 0.7 },
  // Starting smaller than the MOQ: "¿podemos empezar con 1.500?", "¿se podría partir con 1.500 por aroma?", "arrancaríamos con 1,500".
  { id: 'negotiation_openness.start_with_less', type: 'relationship.negotiation_openness', pattern: 'podemos|podríamos|podriamos|puedo|podría|podria|puede|arrancaríamos|arrancariamos|empezaríamos|empezariamos|partiríamos|partiriamos ?empezar ?arrancar ?partir ?comenzar con|por ?un ?una #', strength: 0.7 },
  { id: 'negotiation_openness.could_you_do', type: 'relationship.negotiation_openness', pattern: 'podrían|podrian|podría|podria|podrías|podrias|podríais|podriais aceptar|aceptarnos|aceptarme|hacer|hacernos|hacerme|considerar ... #', strength: 0.7 },
  { id: 'negotiation_openness.could_it_be', type: 'relationship.negotiation_openness', pattern: 'podría|podria|podrían|podrian|puede|pueden ser|quedar ?el ?la ?un ?una ?en ?a ?de #', strength: 0.65 },
  { id: 'negotiation_openness.if_we_take', type: 'relationship.negotiation_openness', pattern: 'si ?te ?le ?les ?os ?me ?nos ?se ?lo ?la ?los ?las llevo|llevamos|agarro|agarramos|tomo|compro|cojo|cogemos|agrego|agregamos|sumo|sumamos|juntamos', strength: 0.7 },
  // Paying more for an alternative: "aunque cueste un poco más por unidad", "aunque sea con la mitad del pedido", "pagaríamos la diferencia".
  { id: 'negotiation_openness.even_if_more', type: 'relationship.negotiation_openness', pattern: 'aunque ?el ?la ?precio ?nos ?me ?tenga ?tengamos ?que cueste|cuesten|pague|paguemos|pagar|pagáramos|pagaramos|salga|salgan|cobren ... más|mas|extra|recargo|diferencia', strength: 0.7 },
  { id: 'negotiation_openness.even_if_price_rises', type: 'relationship.negotiation_openness', pattern: 'aunque .. suba|suban|aumente|aumenten|encarezca', strength: 0.65 },
  { id: 'negotiation_openness.even_if_only', type: 'relationship.negotiation_openness', pattern: 'aunque sea|fuera con|un|una|la|el|medio|parte', strength: 0.65 },
  { id: 'negotiation_openness.we_cover_difference', type: 'relationship.negotiation_openness', pattern: 'pagaríamos|pagariamos|asumimos|asumiríamos|asumiriamos|asumo|cubrimos|cubriríamos|cubririamos|absorbemos ?nosotros ?el ?la ?un ?una ?coste ?costo diferencia|recargo|extra|sobrecosto|sobrecoste|adicional', strength: 0.7 },
  { id: 'negotiation_openness.we_handle_freight', type: 'relationship.negotiation_openness', pattern: 'nos encargamos|encargaríamos|encargariamos del|de ?la flete|transporte|envío|envio|seguro|logística|logistica', strength: 0.65 },
  { id: 'negotiation_openness.our_forwarder', type: 'relationship.negotiation_openness', pattern: 'ponemos|usamos ?nosotros ?el ?nuestro forwarder|agente|transportista', strength: 0.65 },
  // Looking for room: "¿hay forma de mandar una parte por aéreo?", "¿hay margen?", "¿qué pueden hacer?", "lo mejor que pueden hacer".
  // "¿No hay forma de que sean 200?" is still a request, so a negator does not cancel it.
  { id: 'negotiation_openness.is_there_a_way', type: 'relationship.negotiation_openness', pattern: 'hay|habría|habria|habrá|habra|existe ?alguna ?otra forma|manera|chance|posibilidad ... ... ?', strength: 0.65, negatable: false },
  { id: 'negotiation_openness.other_option', type: 'relationship.negotiation_openness', pattern: 'hay|habría|habria|existe ?alguna otra opción|opcion|forma|manera|alternativa ... ?', strength: 0.65, negatable: false },
  { id: 'negotiation_openness.any_room', type: 'relationship.negotiation_openness', pattern: 'hay|habría|habria|algún|algun|algo|qué|que|cuánto|cuanto|tienen|tenéis|teneis|tenés|tienes ?un ?poco ?de margen', strength: 0.65 },
  { id: 'negotiation_openness.room_to_move', type: 'relationship.negotiation_openness', pattern: 'espacio|margen para|de acercarnos|negociar|negociación|negociacion|mejorar|moverse|maniobra', strength: 0.65 },
  { id: 'negotiation_openness.what_can_you_do', type: 'relationship.negotiation_openness', pattern: `qué|que ?más ?mas ?me ?nos ?se ${CAN_YOU}|puede|podemos hacer|hacerme|hacernos`, strength: 0.65 },
  { id: 'negotiation_openness.best_you_can', type: 'relationship.negotiation_openness', pattern: `lo mejor|máximo|maximo|último|ultimo que|q ${CAN_YOU}|puedes|podés hacer|dar|ofrecer|dejar`, strength: 0.7 },
  { id: 'negotiation_openness.how_much_lower', type: 'relationship.negotiation_openness', pattern: `cuánto|cuanto ?me ?nos ?lo ?la ${CAN_YOU}|puedes|podés bajar|rebajar|descontar|mejorar|dejar`, strength: 0.7 },
  // A fixed alternative: "o nos ayudan con un 5% o este trimestre no compramos", "ni tú ni yo: 3.85", "a cambio, ¿podríais incluir el flete?".
  { id: 'negotiation_openness.either_or', type: 'relationship.negotiation_openness', pattern: `^ o ?nos ?me ?os ?lo ${YOU_GIVE}|ayudan|ayudáis|bajáis|dais ... o`, strength: 0.7, negatable: false },
  { id: 'negotiation_openness.neither_you_nor_me', type: 'relationship.negotiation_openness', pattern: 'ni tú|tu|vos|usted|ustedes|vosotros ni yo|nosotros', strength: 0.8, negatable: false },
  { id: 'negotiation_openness.in_exchange', type: 'relationship.negotiation_openness', pattern: 'a cambio', strength: 0.75 },
  { id: 'negotiation_openness.instead_of', type: 'relationship.negotiation_openness', pattern: 'si|proponemos|propongo|preferimos|prefiero|podríamos|podriamos|podemos|podría|podria|puedo|hagamos|pagamos|pagaríamos|pagariamos ... ... en vez|lugar de|del', strength: 0.65 },
  // Volume offered for terms: "podemos comprometer 4 contenedores al año", "le aseguro volumen todo el año".
  { id: 'negotiation_openness.commit_volume', type: 'relationship.negotiation_openness', pattern: 'comprometer|comprometernos|comprometemos|comprometeríamos|comprometeriamos|aseguramos|aseguro|aseguraríamos|asegurariamos|garantizamos|garantizo|garantizaríamos|garantizariamos ... volumen|pedido|pedidos|contenedores|compras|toneladas|exclusividad|mil', strength: 0.7, cancelledBy: ['antes', 'de'] },
  // A condition, then talk or a move: "si te acercas hablamos", "bájale tantito y hablamos", "si les sirve, firmamos".
  { id: 'negotiation_openness.if_then_talk', type: 'relationship.negotiation_openness', pattern: `si .. ${YOU_GIVE}|acercarse|acercaros|acercarte|acercas|acercás|acercan|acercáis ... ?, ?lo hablamos|charlamos|platicamos|conversamos|hablaríamos|hablariamos|seguimos|presento`, strength: 0.7 },
  { id: 'negotiation_openness.lower_and_talk', type: 'relationship.negotiation_openness', pattern: 'bájale|bajale|bájele|bajele|bájenle|bajenle|bájame|bajame|bájeme|bajeme|rebájame|rebajame|rebájeme|rebajeme|mejórame|mejorame|mejóreme|mejoreme|mejórenme|mejorenme|iguálame|igualame|iguálalo|igualalo|iguálenme|igualenme|iguáleme|igualeme|iguálenlo|igualenlo', strength: 0.65 },
  { id: 'negotiation_openness.if_it_works_for_you', type: 'relationship.negotiation_openness', pattern: 'si te|le|les|os sirve|vale|encaja|conviene|cuadra|funciona', strength: 0.7 },
  { id: 'negotiation_openness.does_it_work_for_you', type: 'relationship.negotiation_openness', pattern: 'te|le|les|os parece|sirve|vale|encaja|funcionaría|funcionaria|serviría|serviria|cuadra|conviene ... ?', strength: 0.6 },
  // "Capaz que partamos con uno", "tal vez podamos", "quizás con menos". The cue starts at "vez" and "mejor" of
  // "tal vez" and "a lo mejor", because a pattern element is one token. "Otra vez con el mínimo" is no proposal.
  { id: 'negotiation_openness.maybe_we_could', type: 'relationship.negotiation_openness', pattern: 'quizá|quizás|quizas|quiza|capaz|vez|mejor ?que podamos|podemos|partamos|empecemos|arranquemos|hagamos|vayamos', strength: 0.65 },
  { id: 'negotiation_openness.maybe_with_less', type: 'relationship.negotiation_openness', pattern: 'quizá|quizás|quizas|quiza|capaz ?que con menos|medio', strength: 0.65 },
  { id: 'negotiation_openness.with_amount_we_can', type: 'relationship.negotiation_openness', pattern: 'con ?usd ?us ?eur # ... podemos|podríamos|podriamos|arrancamos|arrancaríamos|empezamos|empezaríamos|partimos|vamos|trabajamos|cerramos|cierro|alcanza|animo|animamos', strength: 0.65 },
  { id: 'negotiation_openness.with_amount_word_we_can', type: 'relationship.negotiation_openness', pattern: 'con mil|cien|quinientas|quinientos ... podemos|podríamos|podriamos|arrancamos|empezamos|vamos|trabajamos|alcanza|animo|animamos', strength: 0.65 },
  { id: 'negotiation_openness.could_study', type: 'relationship.negotiation_openness', pattern: `lo|la ${CAN_YOU} estudiar|considerar|evaluar|revisar`, strength: 0.6 },
  { id: 'negotiation_openness.include_freight', type: 'relationship.negotiation_openness', pattern: 'incluyan|incluya|incluid|incluir|incluirnos|incluirme|inclúyanos|incluyanos ?el ?la ?nos ?me flete|envío|envio|transporte|seguro|montaje|instalación|instalacion|molde|moldes', strength: 0.6, cancelledBy: ['favor', 'de'] },
  // relationship.clarification
  { id: 'clarification.to_clarify', type: 'relationship.clarification', pattern: 'para aclarar|precisar|clarificar', strength: 0.85 },
  { id: 'clarification.i_clarify', type: 'relationship.clarification', pattern: 'aclaro|aclaramos|aclarando|aclaración|aclaracion|aclaraciones', strength: 0.7 },
  { id: 'clarification.as_requested', type: 'relationship.clarification', pattern: 'según|segun|como lo|me|nos|le|les|fue ?usted ?ustedes ?me ?nos solicitó|solicito|solicitaron|solicitado|pidió|pidio|pidieron|pediste|pedido|acordado|comentado|comentó|comento|comentaron|mencionado|mencionó|menciono|conversado|hablado|indicado|indicó|indico|dije|dijimos', strength: 0.85 },
  { id: 'clarification.in_reply', type: 'relationship.clarification', pattern: `en respuesta .. ${QUESTION}`, strength: 0.85 },
  { id: 'clarification.per_your_question', type: 'relationship.clarification', pattern: 'respondiendo|contestando|atendiendo|referente|relación|relacion|respecto .. pregunta|preguntas|consulta|consultas|solicitud|correo|mensaje|email|mail|requerimiento|inquietud|inquietudes', strength: 0.8 },
  { id: 'clarification.here_are', type: 'relationship.clarification', pattern: 'aquí|aqui|acá|aca|continuación|continuacion|abajo .. detalles|información|informacion|info|datos|respuesta|respuestas|especificaciones|planos|requisitos|documentos|lista|listado|requerimientos', strength: 0.7 },
  { id: 'clarification.let_me_explain', type: 'relationship.clarification', pattern: 'explico|explicamos|aclaro ?mejor|bien', strength: 0.75 },
  { id: 'clarification.correction', type: 'relationship.clarification', pattern: 'equivoqué|equivoque|equivocamos|corrijo|corregimos|corrección|correccion|erratas', strength: 0.7 },
  { id: 'clarification.i_detail', type: 'relationship.clarification', pattern: 'detallo|detallamos|especifico|especificamos', strength: 0.6 },
  { id: 'clarification.i_meant', type: 'relationship.clarification', pattern: 'refería|referia|referíamos|referiamos|refiero|referimos', strength: 0.7 },
  { id: 'clarification.meant_to_say', type: 'relationship.clarification', pattern: 'quise|quisimos|quería|queria|queríamos|queriamos decir', strength: 0.7 },
  { id: 'clarification.sorry_confusion', type: 'relationship.clarification', pattern: 'disculpe|disculpa|disculpen|perdón|perdon|perdone|perdona|lamento|lamentamos .. confusión|confusion|malentendido|error', strength: 0.6 },
];

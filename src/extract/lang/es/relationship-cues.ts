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
  'subo|duplico|cierro|firmo|firmamos|pasamos';
/** The seller's side of a condition: "si llegan a 4,50", "si me respetás ese precio", "si nos dan 60 días". */
const YOU_GIVE =
  'dan|dejan|hacen|ofrecen|mejoran|aceptan|bajan|igualan|llegan|respetan|mantienen|sostienen|consiguen|logran|incluyen|' +
  'das|dejas|haces|mejorás|mejoras|bajás|bajas|llegás|llegas|respetás|respetas|mantenés|mantienes|conseguís|consigues|' +
  'dais|dejáis|hacéis|ofrecéis|mejoráis|bajáis|llegáis|respetáis|mantenéis|conseguís';
/** "We could" and the buyer's moves that follow a condition: "…, podríamos subir el pedido", "…, te firmo hoy". */
const WE_COULD = 'podríamos|podriamos|podemos|puedo|podría|podria|cierro|confirmo|procedemos|avanzamos|seguimos';
const QUESTION = 'pregunta|preguntas|consulta|consultas|solicitud|correo|mensaje|email|mail|requerimiento|inquietud|inquietudes';

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: 'gracias|agradezco|agradecemos|agradecido|agradecida|agradecidos|agradecidas|grax|thanks|thx', strength: 0.5 },
  { id: 'tone.polite.dear', type: 'relationship.tone', pattern: '^ estimado|estimada|estimados|estimadas|apreciado|apreciada|apreciados|distinguido|distinguida|distinguidos|señor|señora|señores|sr|sra|srs|srta', strength: 0.35 },
  { id: 'tone.polite.regards', type: 'relationship.tone', pattern: 'saludos|atentamente|cordialmente|salu2|slds', strength: 0.3 },
  { id: 'tone.polite.cordial_greeting', type: 'relationship.tone', pattern: 'cordial|cordiales saludo|saludos', strength: 0.35 },
  { id: 'tone.warm.hug', type: 'relationship.tone', pattern: 'abrazo|abrazos|abrazote|besos|bendiciones', strength: 0.6 },
  { id: 'tone.warm.nice_day', type: 'relationship.tone', pattern: 'tengan|tenga|tengas|tenés|pase|pasen|pases|disfrute|disfruten ?un ?una buen|buena|bonito|bonita|lindo|linda|excelente|feliz|gran día|dia|fin|finde|semana|tarde|jornada', strength: 0.55 },
  { id: 'tone.warm.happy_day', type: 'relationship.tone', pattern: 'feliz|lindo|linda|bonito|bonita|excelente día|dia|fin|finde|semana|tarde|año|navidad', strength: 0.5 },
  // "Buen día" alone is a greeting, while "buen fin de semana" and "buena semana" are wishes.
  { id: 'tone.warm.good_weekend', type: 'relationship.tone', pattern: 'buen|buena fin|finde|semana|año', strength: 0.5 },
  { id: 'tone.warm.hope_well', type: 'relationship.tone', pattern: 'espero|esperamos|esperando|ojalá|ojala que .. bien|excelente|genial|bendecido|bendecida|bendecidos|maravilla', strength: 0.6 },
  { id: 'tone.warm.pleasure', type: 'relationship.tone', pattern: 'placer|gusto|encanta|encantó|encanto|gusta|encantados|encantado|encantada|felices|contentos|contento .. trabajar|colaborar|negocios|conocerle|conocerte|conocerlos|saludarle|saludarte|saludarlos|cooperar|atenderle', strength: 0.7 },
  { id: 'tone.warm.friend', type: 'relationship.tone', pattern: 'mi|querido|querida|estimado|estimada|hola|buenas|gracias amigo|amiga|amigos|hermano|hermana|pana|parcero|parce|compa|compadre|bro', strength: 0.7 },
  { id: 'tone.polite.would_appreciate', type: 'relationship.tone', pattern: 'agradecería|agradeceria|agradeceríamos|agradeceriamos|agradeceré|agradecere|agradeceremos', strength: 0.3 },
  // An apology for the delay or the trouble: "disculpen la demora en responder".
  { id: 'tone.polite.apology', type: 'relationship.tone', pattern: 'disculpe|disculpa|disculpen|disculpad|perdón|perdon|perdone|perdona|perdonen|lamento|lamentamos .. demora|tardanza|retraso|molestia|molestias|inconveniente|inconvenientes', strength: 0.4 },
  { id: 'tone.polite.at_your_disposal', type: 'relationship.tone', pattern: 'quedo|quedamos|quedaré|quedare|quedaremos|estoy|estamos a ?su ?sus ?tu ?vuestra ?entera disposición|disposicion|órdenes|ordenes', strength: 0.35 },
  { id: 'tone.polite.prompt_reply', type: 'relationship.tone', pattern: 'pronta|amable respuesta|contestación|contestacion|atención|atencion', strength: 0.3 },
  { id: 'tone.warm.looking_forward', type: 'relationship.tone', pattern: 'esperamos|espero con gusto|ansias|entusiasmo', strength: 0.45 },
  { id: 'tone.warm.with_pleasure', type: 'relationship.tone', pattern: 'con ?mucho gusto', strength: 0.45 },
  // relationship.negotiation_openness
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: 'partir|dividir|repartir ?la diferencia', strength: 0.85 },
  { id: 'negotiation_openness.meet_middle', type: 'relationship.negotiation_openness', pattern: 'mitad de camino', strength: 0.85 },
  { id: 'negotiation_openness.middle_point', type: 'relationship.negotiation_openness', pattern: 'punto|término|termino medio|intermedio', strength: 0.8 },
  { id: 'negotiation_openness.what_if', type: 'relationship.negotiation_openness', pattern: `tal|y si .. ${WE_ORDER}`, strength: 0.8 },
  { id: 'negotiation_openness.if_we_order', type: 'relationship.negotiation_openness', pattern: `si ?te ?le ?les ?os ${WE_ORDER}`, strength: 0.75 },
  { id: 'negotiation_openness.can_you_leave', type: 'relationship.negotiation_openness', pattern: `${CAN_YOU} ?me ?nos dejar|dejarlo|dejarnos|dejármelo|dejarmelo|mejorar|mejorarnos|mejorarlo|ajustar|ajustarlo|flexibilizar`, strength: 0.55 },
  // "Si llegan a 4,50, podríamos subir el pedido", "si me respetás ese precio, te firmo hoy".
  { id: 'negotiation_openness.if_you_give', type: 'relationship.negotiation_openness', pattern: `si .. ${YOU_GIVE} ... ${WE_ORDER}|${WE_COULD}`, strength: 0.75 },
  { id: 'negotiation_openness.if_you_give_then', type: 'relationship.negotiation_openness', pattern: `si .. ${YOU_GIVE} ... .. , ?te ?le ?les ?os ?lo ?la ?nos ?me ?ya ${WE_ORDER}|${WE_COULD}`, strength: 0.75 },
  // "Podemos aceptar su precio si nos dan 60 días", "igual nos sirve si conseguís adelantar una parte".
  { id: 'negotiation_openness.accept_if', type: 'relationship.negotiation_openness', pattern: 'podemos|podríamos|podriamos|puedo|podría|podria aceptar|aceptarlo|aceptarla|cerrar|confirmar|avanzar|seguir|trabajar|firmar ... si', strength: 0.75 },
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
  { id: 'negotiation_openness.our_offer', type: 'relationship.negotiation_openness', pattern: 'nuestra|mi propuesta|oferta|contraoferta es|sería|seria|:', strength: 0.7 },
  { id: 'negotiation_openness.flexible', type: 'relationship.negotiation_openness', pattern: 'negociable|negociables|negociar|negociemos|negociamos|flexibles|flexible|flexibilidad', strength: 0.6 },
  { id: 'negotiation_openness.open_to', type: 'relationship.negotiation_openness', pattern: 'abiertos|abierto|abierta|dispuestos|dispuesto|dispuesta ?a discutir|negociar|considerar|ajustar|aumentar|pagar|pedir|revisar|escuchar|evaluar|analizar|conversar|hablar|ampliar|subir', strength: 0.75 },
  { id: 'negotiation_openness.volume_first', type: 'relationship.negotiation_openness', pattern: 'volumen|volúmenes|volumenes|mayoreo ... descuento|precio|precios|pedido|pedidos|cantidad', strength: 0.6 },
  { id: 'negotiation_openness.tiered_price', type: 'relationship.negotiation_openness', pattern: 'precio|precios|tarifa|tarifas|descuento|descuentos escalado|escalados|escalonado|escalonados|escalonada|escalonadas|diferenciado|diferenciados', strength: 0.65 },
  { id: 'negotiation_openness.alternative', type: 'relationship.negotiation_openness', pattern: 'alternativa|alternativas', strength: 0.5 },
  { id: 'negotiation_openness.how_about', type: 'relationship.negotiation_openness', pattern: 'qué|que tal si', strength: 0.6 },
  { id: 'negotiation_openness.how_about_number', type: 'relationship.negotiation_openness', pattern: 'qué|que tal ?en ?a ?usd ?us$ ?eur #', strength: 0.65 },
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

/**
 * Spanish configuration: every cue table the extract engine needs, for
 * buyers writing from Spain and Latin America (Mexico, Colombia, Argentina,
 * Chile, Peru and their neighbors). Cue words keep their accents in the
 * tokens, so tables list accented and unaccented spellings. Signal cues are
 * listed family by family. Their order does not matter because every cue is
 * tried and the engine merges hits per signal type.
 */
import type { LanguageCues } from '../types.js';
import { COMMITMENT_CUES } from './commitment-cues.js';
import { ES_DATES } from './date-cues.js';
import { ES_ENTITIES } from './entity-cues.js';
import { INTENT_CUES } from './intent-cues.js';
import { OBJECTION_CUES } from './objection-cues.js';
import { RELATIONSHIP_CUES } from './relationship-cues.js';
import { ES_SENTIMENT } from './sentiment-cues.js';
import { ES_TOPICS } from './topic-cues.js';

/** Spanish cue resources. */
export const ES: LanguageCues = {
  code: 'es',
  // Spain and most of South America write "1.200,50", Mexico and most of Central America "1,200.50".
  // The mark only decides a bare number with no unit or currency: "1.200" reads as 1200 and "1,200" as 1.2.
  decimalSeparator: ',',
  chronoLocale: 'es',
  // "Sin" (without) is left out: it also starts "sin embargo" (however), which would cancel the cue
  // after it ("sin embargo el precio es alto"). Cues that need it ("sin certificado") contain it.
  negators: ['no', 'nunca', 'jamás', 'jamas', 'ni', 'tampoco', 'nada', 'ningún', 'ningun', 'ninguna', 'ninguno', 'nadie'],
  resolutions: [
    'ya|ahora ?sí|si ?nos ?me está|esta|es|son|quedó|quedo|quedaron|están|estan|parece|parecen|luce ?muy bien|ok|okey|aceptable|aceptables|correcto|correcta|razonable|razonables|competitivo|competitiva|perfecto|perfecta',
    'ya .. resuelto|resuelta|resueltos|solucionado|solucionada|solucionados|arreglado|arreglada|aclarado|aclarada|superado|superada|resolvió|resolvio|solucionó|soluciono|arregló|arreglo|resolvieron|solucionaron|arreglaron',
    'problema|tema|asunto|inconveniente resuelto|resuelta|solucionado|solucionada|arreglado|superado',
    'ya|ahora nos|me sirve|sirven|funciona|funcionan|conviene|cuadra',
    'ya|ahora ?sí|si ?lo ?la ?los ?las podemos|puedo aceptar|aceptarlo|aceptarla|trabajar|vivir',
    'ya|ahora ?sí|si lo|la|los aceptamos|acepto',
    // A polar question answered "no" ("¿precio alto? no, está bien"). A bare "no" at the end of the text is not matched.
    '? no ,|.|!',
    '? no es|está|esta|el|la|lo|hay|tenemos|pasa',
  ],
  autoReply: [
    'respuesta|mensaje|contestación|contestacion automática|automatica',
    'estoy|estaré|estare ?actualmente fuera de la oficina',
    'fuera de la oficina',
    'su|tu mensaje|correo|solicitud|consulta ha sido recibido|recibida',
    'hemos recibido su|tu mensaje|correo|solicitud|consulta',
  ],
  // The buyer ends the deal: the stage classifier reads these as lost.
  dealLost: [
    'quedamos|fuimos|optamos|elegimos|escogimos|cerramos|compramos|seguimos .. con|por otro|otra proveedor|proveedora|fabricante|fábrica|empresa|oferta|opción',
    'ya no necesitamos|requerimos|interesa',
    'ya no nos interesa',
    'ya no estamos interesados',
    'cancelamos|anulamos|cancelen|anulen la|el|esta|este solicitud|cotización|rfq|pedido|proyecto|requerimiento',
    'cerramos|cierren la|el|esta|este solicitud|cotización|rfq|requerimiento',
    'no vamos a seguir|avanzar|continuar',
    'no seguiremos|avanzaremos|continuaremos',
  ],
  comingBack: [
    'te|le|les aviso|avisamos|avisaré|avisare|avisaremos|aviso',
    'te|le|les confirmo|confirmamos|confirmaré|confirmare|confirmaremos|escribo|escribimos|comento|comentamos|cuento|contamos luego|después|despues|pronto|mañana|manana|más|mas',
    'te|le|les marco|llamo|contacto|contactamos|contactaré|contactaremos|escribiré|escribiremos',
    'te|le|les daré|daremos|doy|damos ?una respuesta|noticias',
    'internamente',
    'te|le|les responderemos|responderé|respondere|contestaremos|contestaré|contestare',
  ],
  signals: [...INTENT_CUES, ...COMMITMENT_CUES, ...OBJECTION_CUES, ...RELATIONSHIP_CUES],
  topics: ES_TOPICS,
  sentiment: ES_SENTIMENT,
  dates: ES_DATES,
  entities: ES_ENTITIES,
};

/** Spanish date words for the date extractor (see `entities/date.ts`). */
import type { DateCues } from '../types.js';

// "Setiembre" is a common spelling in Peru and Uruguay. The
// abbreviations "mar" (the sea: "por mar") and "set" (a unit) are left out,
// because "por mar 15 días" must not become March 15.
const MONTHS: Record<string, number> = {
  enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6, jun: 6,
  julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sep: 9, sept: 9,
  octubre: 10, oct: 10, noviembre: 11, nov: 11, diciembre: 12, dic: 12,
};

const WEEKDAYS: Record<string, number> = {
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6,
};

/** Spanish date cues. */
export const ES_DATES: DateCues = {
  bareDayIntroducers: ['para el', 'hasta el', 'antes del', 'el día', 'a más tardar el', 'no más tarde del'],
  deadlineMarkersAfter: ['a más tardar', 'a mas tardar', 'como máximo', 'sin falta'],
  // chrono runs only around these. Weekdays, "lo antes posible", "dentro de 2 semanas"
  // and the other forms below are resolved without it.
  chronoTriggers: ['hoy', 'mañana', 'manana', 'ayer', 'pasado', ...Object.keys(MONTHS)],
  chronoPeriods: ['semana', 'mes', 'año'],
  chronoPeriodModifiers: ['próxima', 'proxima', 'próximo', 'proximo', 'esta', 'este', 'siguiente'],
  ambiguousMonths: [],
  months: MONTHS,
  weekdays: WEEKDAYS,
  // Also read after the weekday: "el viernes que viene", "el lunes próximo".
  pastMarkers: ['ya', 'ayer', 'mandé', 'envié', 'fue', 'hemos', 'he'],
  paymentStepWords: ['pagar', 'pagamos', 'pagaremos', 'pago', 'transferir', 'transferimos', 'transferencia', 'depositar', 'depositamos', 'giro', 'giramos', 'swift'],
  brokenPromise: {
    promised: ['dijeron', 'dijo', 'dijiste', 'dijeron que', 'prometieron', 'prometió', 'prometio', 'prometiste', 'quedamos|quedaron|quedaste|quedó|quedo en', 'aseguraron', 'aseguró', 'confirmaron', 'decía', 'decia'],
    now: ['hoy es', 'hoy cumplimos|van', 'estamos a|en', 'ya estamos', 'vamos en|por', 'ya van', 'ya pasaron'],
  },
  pastWeekdayModifiers: ['pasado', 'pasada', 'anterior'],
  weekdayModifiers: [
    'próximo', 'proximo', 'este', 'este próximo', 'este proximo', 'el próximo', 'el proximo', 'que viene', 'entrante',
  ],
  sameWeekModifiers: ['este'],
  // "Hasta" sets a due date in parts of Latin America, but in the labeled sets a near date after it put
  // time pressure on none of 4 messages ("de viaje hasta el lunes").
  waitMarkers: ['hasta'],
  deadlineMarkers: [
    'antes de', 'antes del', 'antes de la', 'para', 'para el', 'para la', 'pa', 'pa el', 'hasta', 'hasta el', 'hasta la',
    'a más tardar', 'a mas tardar', 'a más tardar el', 'a mas tardar el', 'como máximo', 'como maximo',
    'como máximo el', 'como maximo el', 'máximo', 'maximo', 'máximo el', 'maximo el', 'fecha límite', 'fecha limite',
    'plazo', 'plazo hasta', 'vence', 'vence el', 'no más tarde de', 'no mas tarde de', 'no más tarde del',
    'no mas tarde del', 'sin falta', 'sin falta el', 'deadline',
  ],
  asap: [
    'asap', 'lo antes posible', 'cuanto antes', 'cuánto antes', 'lo más pronto posible', 'lo mas pronto posible',
    'lo más rápido posible', 'lo mas rapido posible', 'a la brevedad', 'a la brevedad posible',
    'a la mayor brevedad', 'a la mayor brevedad posible', 'de inmediato',
  ],
  // "Hoy mismo" alone is no deadline: "lo firmamos hoy mismo" is the buyer's plan. It reads as "hoy".
  endOfDay: [
    'al final del día', 'al final del dia', 'final del día', 'final del dia', 'fin del día', 'fin del dia',
    'antes del cierre', 'cierre del día', 'cierre del dia', 'eod',
  ],
  // "Fin de semana" is the weekend, so only "final/finales de (la/esta) semana" mean the end of the business week.
  endOfWeek: [
    'final de semana', 'final de la semana', 'finales de semana', 'finales de la semana', 'final de esta semana',
    'finales de esta semana',
  ],
  endOfMonth: [
    'fin de mes', 'fin del mes', 'final de mes', 'final del mes', 'finales de mes', 'finales del mes', 'fin de este mes',
    'final de este mes', 'finales de este mes', 'cierre de mes', 'cierre del mes',
  ],
  // Also before a modifier and a period or quarter: "fin del próximo mes", "finales de la próxima semana", "fin del primer trimestre".
  endOfNamedMonth: [
    'fin de', 'fines de', 'final de', 'finales de', 'a fin de', 'a fines de', 'a finales de', 'fin del', 'final del',
    'finales del', 'fin de la', 'final de la', 'finales de la',
  ],
  withinMarkers: [
    'en', 'dentro de', 'en los próximos', 'en los proximos', 'en las próximas', 'en las proximas', 'los próximos',
    'los proximos', 'las próximas', 'las proximas', 'próximos', 'proximos', 'próximas', 'proximas', 'en un plazo de',
    'en un plazo máximo de', 'en un plazo maximo de', 'en un máximo de', 'en un maximo de', 'en menos de',
    'en máximo', 'en maximo',
  ],
  relativeDays: {
    hoy: 0, 'esta noche': 0, 'esta mañana': 0, 'esta manana': 0, 'esta tarde': 0, 'la mañana': 0, 'la manana': 0,
    mañana: 1, manana: 1, 'mañana por la mañana': 1, 'mañana en la mañana': 1, 'pasado mañana': 2, 'pasado manana': 2,
    ayer: -1,
  },
  // Before or after the period word: "la próxima semana", "la semana que viene", "el mes entrante".
  periodOffsets: {
    próxima: 1, proxima: 1, próximo: 1, proximo: 1, siguiente: 1, 'que viene': 1, entrante: 1, esta: 0, este: 0,
  },
  periodUnits: { week: ['semana'], month: ['mes'], year: ['año'] },
  // "1º", "1°", "1ro", "1ero", "2do", "3ro", "4to" before "de mayo".
  ordinalSuffixes: ['º', '°', 'ro', 'ero', 'do', 'to', 'vo', 'no', 'mo'],
  // NOTE: the year after "de" ("15 de marzo de 2027") is not read, so the day resolves to its next
  // occurrence from the send date. Only a comma or a space before the year is understood.
  dayMonthLinkers: ['de', 'del'],
  partOfMonth: {
    'principios de': 5, 'inicios de': 5, 'comienzos de': 5, 'primeros días de': 5, 'primeros dias de': 5,
    'mediados de': 15, 'la mitad de': 15,
  },
  // Counts a within marker may take besides numbers: "en un par de semanas", "dentro de unos días".
  countWords: {
    'un par de': 2, 'par de': 2, unos: 3, unas: 3, 'unos pocos': 3, 'unas pocas': 3, algunos: 3, algunas: 3,
    pocos: 3, pocas: 3,
  },
  endOfYear: [
    'fin de año', 'fin del año', 'final de año', 'final del año', 'finales de año', 'finales del año', 'fin de este año',
    'finales de este año', 'cierre de año', 'cierre del año',
  ],
  endOfQuarter: [
    'fin de trimestre', 'fin del trimestre', 'final del trimestre', 'finales del trimestre', 'cierre del trimestre',
    'cierre de trimestre', 'fin de este trimestre', 'finales de este trimestre',
  ],
  quarterNames: {
    'primer trimestre': 1, 'segundo trimestre': 2, 'tercer trimestre': 3, 'cuarto trimestre': 4,
    '1er trimestre': 1, '2do trimestre': 2, '3er trimestre': 3, '4to trimestre': 4,
  },
  // Spanish business writing names half years as semesters. A year must follow ("segundo semestre de 2027").
  halfYears: {
    'primer semestre': 1, 'segundo semestre': 2, '1er semestre': 1, '2do semestre': 2, 'primera mitad': 1,
    'segunda mitad': 2,
  },
  yearLinkers: ['de', 'del'],
  // NOTE: the engine reads a day after these only with an ordinal suffix ("para el 1ro"), and Spanish
  // writes plain numbers ("para el 15"), so most such days are not read as dates.
  dayOfMonthIntroducers: [
    'para el', 'antes del', 'hasta el', 'el día', 'el dia', 'a más tardar el', 'a mas tardar el', 'desde el',
    'después del', 'despues del', 'no más tarde del', 'no mas tarde del',
  ],
  leadTimeMarkers: [
    'tiempo de entrega', 'plazo de entrega', 'tiempo de producción', 'tiempo de produccion', 'plazo de producción',
    'plazo de produccion', 'tiempo de fabricación', 'tiempo de fabricacion', 'plazo de fabricación',
    'plazo de fabricacion', 'producción', 'produccion', 'fabricación', 'fabricacion', 'tarda', 'tardan', 'demora',
    'demoran', 'se demora', 'lead time', 'leadtime', 'tiempo de tránsito', 'tiempo de transito',
  ],
};

/**
 * French date words for the date extractor (see `entities/date.ts`). Every
 * list is widened with unaccented spellings ("fevrier", "debut mai").
 */
import type { DateCues } from '../types.js';
import { spellingKeys, spellings } from './spelling.js';

// Elided forms ("fin d'avril", "début d'octobre") are whole tokens, so they are months of their own.
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, février: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, "d'avril": 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, août: 8, "d'août": 8, septembre: 9, sept: 9, sep: 9, octobre: 10, oct: 10, "d'octobre": 10,
  novembre: 11, nov: 11, décembre: 12, déc: 12,
};

const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

/** French date cues. */
export const FR_DATES: DateCues = {
  bareDayIntroducers: ['avant le', 'pour le', "jusqu'au", "d'ici le", 'au plus tard le', 'dès le'],
  deadlineMarkersAfter: ['au plus tard', 'dernier délai', 'impérativement'],
  // chrono runs only around these; weekdays, ASAP, "sous 10 jours" and the
  // other forms below are resolved without it. "sept" is also the number seven.
  chronoTriggers: spellings(['aujourd\'hui', 'demain', ...Object.keys(MONTHS).filter((m) => m !== 'sept')]),
  chronoPeriods: ['semaine', 'mois', 'année', 'annee', 'an'],
  chronoPeriodModifiers: ['ce', 'cet', 'cette', 'prochain', 'prochaine'],
  ambiguousMonths: ['sept'],
  months: spellingKeys(MONTHS),
  weekdays: WEEKDAYS,
  // Before the weekday ("ce vendredi", "dès lundi") or after it ("vendredi prochain").
  pastMarkers: ['déjà', 'deja', 'hier', 'ai', 'avons', 'été', 'envoyé', 'envoyée', 'transmis'],
  paymentStepWords: ['payer', 'payons', 'payé', 'virer', 'virons', 'virement', 'réglons', 'régler', 'swift'],
  brokenPromise: {
    promised: ['avez|aviez|m\'aviez|m\'avez dit|promis|assuré|annoncé', 'promis', 'promise', 'était prévu|prévue'],
    now: ['nous sommes le|déjà|aujourd\'hui', 'on est le|déjà', 'ça|cela fait', 'aujourd\'hui nous|on sommes|est'],
  },
  pastWeekdayModifiers: spellings(['dernier', 'passé']),
  weekdayModifiers: spellings(['ce', 'prochain', 'dès', 'qui vient']),
  sameWeekModifiers: ['ce'],
  // "Jusqu'à" mostly bounds the buyer's own wait ("absent jusqu'à lundi"), so it marks no deadline.
  deadlineMarkers: spellings([
    'avant', 'avant le', 'avant la', "avant l'", "d'ici", "d'ici le", "d'ici la", "d'ici à", "d'ici au", 'au plus tard',
    'au plus tard le', 'au plus tard la', 'pour', 'pour le', 'pour la', 'date limite',
    'date limite le', 'délai', 'échéance', 'échéance le', 'deadline', 'dernier délai', 'impérativement', 'impérativement le',
    'au plus tard pour', 'prévu le', 'prévue le', 'limite',
  ]),
  asap: spellings([
    'asap', 'a.s.a.p', 'dès que possible', 'au plus vite', 'le plus vite possible', 'le plus rapidement possible',
    'le plus tôt possible', 'dans les plus brefs délais', 'dans les meilleurs délais',
  ]),
  endOfDay: spellings(['fin de journée', 'fin de la journée', 'eod', 'dans la journée', 'avant ce soir']),
  // In Quebec "fin de semaine" is the weekend ("Bonne fin de semaine !"), so without its article it
  // counts only after a deadline word.
  endOfWeek: spellings([
    'fin de la semaine', 'fin de cette semaine', 'eow', "d'ici fin de semaine", "d'ici la fin de semaine", 'avant la fin de semaine',
    'avant fin de semaine', 'pour la fin de semaine', 'pour fin de semaine', 'en fin de semaine', "d'ici fin semaine",
    'avant fin semaine', 'pour fin semaine',
  ]),
  // "fin de mois" without an article is a payment term ("60 jours fin de mois"), so it is left out.
  endOfMonth: spellings(['fin du mois', 'fin de ce mois', 'fin du mois en cours', 'fin de ce mois-ci', 'eom']),
  endOfNamedMonth: spellings(['fin', 'fin de', 'la fin de', 'à la fin de', 'fin du mois de', 'fin mois']),
  withinMarkers: spellings([
    'sous', 'dans', "d'ici", 'en', 'dans les', 'sous les', "d'ici les", 'dans un délai de', 'dans un délai maximum de',
    'au cours des', 'endéans', 'endéans les',
  ]),
  relativeDays: spellingKeys({
    "aujourd'hui": 0, aujourdhui: 0, auj: 0, 'ce soir': 0, 'ce matin': 0, 'cet après-midi': 0, 'cet aprem': 0, 'ce midi': 0,
    'ce jour': 0, 'en ce jour': 0, demain: 1, 'demain matin': 1, 'demain après-midi': 1, 'demain soir': 1, hier: -1, 'hier soir': -1,
    'après-demain': 2, 'après demain': 2, 'semaine pro': 7,
    // NOTE: "sous huitaine" and "sous quinzaine" stay plain dates, not deadlines, and so does a date followed by
    // its marker ("vendredi au plus tard"), because deadline markers are read only before a date.
    'sous huitaine': 8, 'sous quinzaine': 15,
  }),
  // Before the period ("cette semaine", "prochain mois") or after it ("la semaine prochaine", "le mois prochain").
  periodOffsets: spellingKeys({ ce: 0, cet: 0, cette: 0, prochain: 1, prochaine: 1, 'qui vient': 1, suivant: 1, suivante: 1 }),
  periodUnits: { week: ['semaine'], month: ['mois'], year: spellings(['année', "l'année", 'an', "l'an"]) },
  ordinalSuffixes: ['er', 'ère', 'ere', 're', 'ème', 'eme', 'e'],
  dayMonthLinkers: spellings(['du mois de']),
  partOfMonth: spellingKeys({ début: 5, 'début de': 5, 'tout début': 1, 'au début de': 5, 'début du mois de': 5, mi: 15, 'milieu de': 15, courant: 15 }),
  countWords: spellingKeys({
    quelques: 3, 'deux ou trois': 3, 'une huitaine de': 8, 'une dizaine de': 10, 'une quinzaine de': 15,
    'une vingtaine de': 20, 'une trentaine de': 30,
  }),
  endOfYear: spellings(["fin d'année", "fin de l'année", 'fin de cette année', 'fin année']),
  endOfQuarter: spellings(['fin du trimestre', 'fin de trimestre', 'fin de ce trimestre']),
  quarterNames: spellingKeys({
    'premier trimestre': 1, '1er trimestre': 1, 'deuxième trimestre': 2, 'second trimestre': 2, '2e trimestre': 2,
    '2ème trimestre': 2, 'troisième trimestre': 3, '3e trimestre': 3, '3ème trimestre': 3, 'quatrième trimestre': 4,
    '4e trimestre': 4, '4ème trimestre': 4, 'dernier trimestre': 4,
  }),
  halfYears: spellingKeys({
    'premier semestre': 1, '1er semestre': 1, 's1': 1, 'second semestre': 2, 'deuxième semestre': 2, '2e semestre': 2,
    '2ème semestre': 2, 's2': 2,
  }),
  yearLinkers: ['de', 'du'],
  // Only with an ordinal ("avant le 1er", "pour le 2e"): the engine reads no bare "le 15" without a month.
  dayOfMonthIntroducers: spellings(['avant le', "d'ici le", 'pour le', 'au plus tard le', "jusqu'au", 'dès le', 'à partir du', 'prévu le', 'prévue le']),
  leadTimeMarkers: spellings([
    'délai', 'délais', 'délai de livraison', 'délai de production', 'délai de fabrication', 'temps de production',
    'temps de fabrication', 'production', 'fabrication', 'prend', 'prendra', 'faut compter', 'comptez', 'compter',
  ]),
};

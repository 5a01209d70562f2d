/**
 * Portuguese date words for the date extractor (see `entities/date.ts`),
 * written with accents. `index.ts` adds the unaccented spellings.
 */
import type { DateCues } from '../types.js';

const MONTHS: Record<string, number> = {
  janeiro: 1, jan: 1, fevereiro: 2, fev: 2, março: 3, abril: 4, abr: 4, maio: 5, mai: 5, junho: 6, jun: 6,
  julho: 7, jul: 7, agosto: 8, ago: 8, setembro: 9, set: 9, outubro: 10, out: 10, novembro: 11, nov: 11,
  dezembro: 12, dez: 12,
};

/**
 * Abbreviations that are also common words: "set" (a set), "dez" (ten) and
 * "out" (English in mixed messages). They trigger chrono only next to a number.
 * NOTE: "mar" (the sea, as in "frete por mar 30 dias") is left out on purpose,
 * so "15 de mar" is not read as a date.
 */
const AMBIGUOUS_MONTHS = ['set', 'dez', 'out'];

/**
 * Weekdays with and without "-feira". The bare ordinals "segunda" … "sexta"
 * are also "second" … "sixth", but buyers use them for weekdays far more often.
 */
const WEEKDAYS: Record<string, number> = {
  domingo: 0, segunda: 1, 'segunda-feira': 1, terça: 2, 'terça-feira': 2, quarta: 3, 'quarta-feira': 3,
  quinta: 4, 'quinta-feira': 4, sexta: 5, 'sexta-feira': 5, sábado: 6,
};

/**
 * Phrases that introduce a lead time, so "em 30 dias" after them is a duration, not a deadline.
 * Payment heads are listed too: "pagamento em 60 dias" is a payment term, not a deadline.
 */
const LEAD_TIME_HEADS = [
  'prazo de entrega', 'prazo de produção', 'prazo de fabricação', 'prazo de fabrico', 'prazo de embarque', 'prazo',
  'lead time', 'leadtime', 'tempo de produção', 'tempo de entrega', 'tempo de fabricação', 'tempo de fabrico', 'produção',
  'fabricação', 'a produção leva', 'leva', 'demora', 'levam', 'demoram', 'pagamento', 'prazo de pagamento', 'boleto',
  'faturamento', 'faturado', 'crédito',
];

/** Lead-time heads followed by the words Portuguese puts before the figure ("prazo de entrega é de"). */
function leadTimeMarkers(): string[] {
  const tails = ['', ' de', ' é de', ' é', ' de até', ' é de até', ' seria de', ' fica em', ' em torno de', ' cerca de'];
  return LEAD_TIME_HEADS.flatMap((head) => tails.map((tail) => head + tail));
}

/** Portuguese date cues. */
export const PT_DATES: DateCues = {
  bareDayIntroducers: ['até o dia', 'até dia', 'antes do dia', 'no dia', 'para o dia', 'pro dia'],
  deadlineMarkersAfter: ['no máximo', 'no mais tardar', 'sem falta', 'impreterivelmente'],
  chronoTriggers: ['hoje', 'hj', 'amanhã', 'ontem', ...Object.keys(MONTHS).filter((m) => !AMBIGUOUS_MONTHS.includes(m))],
  chronoPeriods: ['semana', 'mês', 'ano'],
  chronoPeriodModifiers: ['próxima', 'próximo', 'esta', 'este', 'nesta', 'neste', 'essa', 'esse'],
  ambiguousMonths: AMBIGUOUS_MONTHS,
  months: MONTHS,
  weekdays: WEEKDAYS,
  // "que vem" follows its word: "sexta que vem", "semana que vem".
  pastMarkers: ['já', 'ja', 'ontem', 'enviei', 'mandei', 'foi', 'foram'],
  paymentStepWords: ['pagar', 'pagamos', 'pago', 'transferir', 'transferimos', 'transferência', 'transferencia', 'depositar', 'depositamos', 'pix', 'swift'],
  brokenPromise: {
    promised: ['disseram', 'disse', 'prometeram', 'prometeu', 'ficou|ficaram|ficaste de', 'combinamos', 'combinámos', 'garantiram', 'garantiu', 'confirmaram'],
    now: ['hoje é|e', 'hoje já é|e', 'já estamos', 'estamos em|a', 'já vão|são|passaram', 'hoje faz|fazem'],
  },
  pastWeekdayModifiers: ['passado', 'passada', 'último', 'última'],
  weekdayModifiers: ['próxima', 'próximo', 'na próxima', 'no próximo', 'que vem', 'esta', 'este', 'nesta', 'neste', 'essa', 'esse', 'nessa', 'nesse'],
  sameWeekModifiers: ['esta', 'este', 'nesta', 'neste', 'essa', 'esse', 'nessa', 'nesse'],
  deadlineMarkers: [
    'até', 'até o', 'até a', 'até o dia', 'até dia', 'até no máximo', 'no máximo até', 'no máximo', 'no mais tardar',
    'antes de', 'antes do', 'antes da', 'antes do dia', 'prazo', 'prazo final', 'prazo até', 'data limite', 'deadline',
    'para o dia', 'pro dia', 'vencimento', 'vence', 'impreterivelmente',
  ],
  asap: [
    'asap', 'a.s.a.p', 'o quanto antes', 'quanto antes', 'o mais rápido possível', 'o mais breve possível',
    'o mais cedo possível', 'assim que possível', 'logo que possível', 'pra ontem', 'para ontem', 'com a maior brevidade',
  ],
  endOfDay: ['fim do dia', 'final do dia', 'fim do dia de hoje', 'final do dia de hoje', 'fim do expediente', 'final do expediente'],
  endOfWeek: ['fim da semana', 'final da semana', 'fim desta semana', 'final desta semana', 'fim dessa semana', 'final dessa semana'],
  endOfMonth: ['fim do mês', 'final do mês', 'fim deste mês', 'final deste mês', 'fim desse mês', 'final desse mês', 'virada do mês'],
  endOfNamedMonth: ['fim de', 'final de', 'fim do', 'final do', 'fim da', 'final da'],
  withinMarkers: [
    'em', 'em até', 'até', 'dentro de', 'no prazo de', 'no máximo em', 'nos próximos', 'nas próximas', 'próximos',
    'próximas', 'dentro dos próximos', 'dentro das próximas', 'daqui a', 'daqui',
  ],
  relativeDays: { hoje: 0, hj: 0, amanhã: 1, 'depois de amanhã': 2 },
  periodOffsets: {
    esta: 0, este: 0, nesta: 0, neste: 0, essa: 0, esse: 0, nessa: 0, nesse: 0,
    próxima: 1, próximo: 1, 'na próxima': 1, 'no próximo': 1, 'que vem': 1, seguinte: 1,
  },
  periodUnits: { week: ['semana'], month: ['mês'], year: ['ano'] },
  ordinalSuffixes: ['º', 'ª', 'o'],
  dayMonthLinkers: ['de'],
  partOfMonth: {
    'início de': 5, 'começo de': 5, 'princípio de': 5, 'inícios de': 5, 'meados de': 15, 'metade de': 15, 'meio de': 15,
    'fins de': 25, 'finais de': 25,
  },
  leadTimeMarkers: leadTimeMarkers(),
  countWords: { alguns: 3, algumas: 3, poucos: 3, poucas: 3, uns: 3, umas: 3, 'um par de': 2, 'uns dois': 2, 'umas duas': 2 },
  endOfYear: ['fim do ano', 'final do ano', 'fim de ano', 'final de ano', 'fim deste ano', 'final deste ano', 'virada do ano'],
  endOfQuarter: ['fim do trimestre', 'final do trimestre', 'fim deste trimestre', 'final deste trimestre'],
  quarterNames: {
    'primeiro trimestre': 1, '1º trimestre': 1, '1o trimestre': 1, 'segundo trimestre': 2, '2º trimestre': 2, '2o trimestre': 2,
    'terceiro trimestre': 3, '3º trimestre': 3, '3o trimestre': 3, 'quarto trimestre': 4, '4º trimestre': 4, '4o trimestre': 4,
  },
  halfYears: {
    'primeiro semestre': 1, '1º semestre': 1, '1o semestre': 1, 'segundo semestre': 2, '2º semestre': 2, '2o semestre': 2,
  },
  yearLinkers: ['de', 'do', 'deste', 'desse'],
  // NOTE: the engine reads an introduced day only with an ordinal suffix ("dia 15º"), so the usual "até o dia 15" stays unread.
  dayOfMonthIntroducers: ['dia', 'até o dia', 'até dia', 'no dia', 'antes do dia', 'para o dia', 'pro dia', 'a partir do dia'],
};

import { describe, expect, it } from 'vitest';
import { languageCues } from '../lang/index.js';
import type { DateCues, LanguageCues } from '../lang/types.js';
import { analyze } from '../test-builder.js';

// SENT_AT is Tuesday 2026-03-10 09:15 at +04:00.

/** Returns a registered language with some date cues replaced, for values its pack may not list yet. */
function withDates(code: string, dates: Partial<DateCues>): LanguageCues {
  const cues = languageCues(code);
  return { ...cues, dates: { ...cues.dates, ...dates } };
}

function datesOf(text: string, language: string, cues?: LanguageCues): (string | undefined)[][] {
  return analyze(text, { language }, cues === undefined ? {} : { cues }).entities.flatMap((e) => (e.type === 'date' ? [[e.iso, e.kind, e.text]] : []));
}

describe('year after a day and month', () => {
  it.each([
    ['es', 'Entrega el 15 de marzo de 2027', '15 de marzo de 2027'],
    ['es', 'llega marzo 15 de 2027', 'marzo 15 de 2027'],
    ['pt', 'Entrega em 15 de março de 2027', '15 de março de 2027'],
    ['fr', 'Livraison le 15 mars 2027', '15 mars 2027'],
    ['en', 'arrival on March 15, 2027', 'March 15, 2027'],
  ])('[%s] reads the year in "%s"', (language, text, span) => {
    expect(datesOf(text, language)).toEqual([['2027-03-15', 'date', span]]);
  });

  it('keeps the next occurrence without a year', () => {
    expect(datesOf('Entrega el 15 de marzo', 'es')).toEqual([['2026-03-15', 'date', '15 de marzo']]);
  });
});

describe('end of a period with the modifier after it', () => {
  it.each([
    ['pt', 'até o fim do mês que vem', '2026-04-30', 'fim do mês que vem'],
    ['fr', 'livraison fin du mois prochain', '2026-04-30', 'fin du mois prochain'],
    ['es', 'para fin de mes que viene', '2026-04-30', 'fin de mes que viene'],
    ['ar', 'التسليم نهاية الشهر القادم', '2026-04-30', 'نهاية الشهر القادم'],
    ['es', 'a finales de la semana que viene', '2026-03-20', 'finales de la semana que viene'],
    ['fr', "fin de l'année prochaine", '2027-12-31', "fin de l'année prochaine"],
  ])('[%s] reads "%s"', (language, text, iso, span) => {
    expect(datesOf(text, language)).toEqual([[iso, 'deadline', span]]);
  });

  it('still reads the end of this month', () => {
    expect(datesOf('até o fim do mês', 'pt')).toEqual([['2026-03-31', 'deadline', 'fim do mês']]);
  });
});

describe('quarter or half of a year named after its modifier', () => {
  it.each([
    ['ar', 'الربع الأول من السنة القادمة'],
    ['es', 'en el primer trimestre del año que viene'],
    ['fr', "au premier trimestre de l'année prochaine"],
    ['pt', 'no primeiro semestre do ano que vem'],
  ])('[%s] reads "%s" as next year', (language, text) => {
    expect(datesOf(text, language).map(([iso]) => iso)).toEqual(['2027-01-01']);
  });
});

describe('day number without an ordinal after a marker', () => {
  // Values the packs need in `bareDayIntroducers`.
  const es = withDates('es', { bareDayIntroducers: ['para el', 'hasta el', 'antes del', 'a más tardar el'] });
  const pt = withDates('pt', { bareDayIntroducers: ['até o dia', 'até dia', 'antes do dia', 'no dia'] });
  const fr = withDates('fr', { bareDayIntroducers: ['avant le', 'pour le', "jusqu'au", "d'ici le"] });
  const ar = withDates('ar', { bareDayIntroducers: ['قبل', 'بحلول', 'حتى', 'لغاية'] });

  it.each([
    ['es', 'lo necesitamos para el 15', '2026-03-15', '15', es],
    ['es', 'hasta el 8, por favor', '2026-04-08', '8', es],
    ['pt', 'preciso até o dia 15', '2026-03-15', '15', pt],
    ['fr', 'il nous la faut avant le 15', '2026-03-15', '15', fr],
    ['ar', 'نحتاجها قبل 15', '2026-03-15', '15', ar],
    ['ar', 'نحتاجها قبل ١٥', '2026-03-15', '١٥', ar],
  ] as const)('[%s] reads "%s" as the next such day', (language, text, iso, span, cues) => {
    expect(datesOf(text, language, cues)).toEqual([[iso, 'deadline', span]]);
  });

  it.each([
    ['es', 'descuento para el 15%', es],
    ['es', 'precio para el 20 pies', es],
    ['es', 'cotización para el 2 x 40HQ', es],
    ['es', 'hasta el 15,5', es],
    ['fr', 'appelez avant le 15h', fr],
    ['fr', 'appelez avant le 15:30', fr],
    ['ar', 'تواصلت معكم قبل 15 يوم', ar],
  ] as const)('[%s] reads no day in "%s"', (language, text, cues) => {
    expect(datesOf(text, language, cues)).toEqual([]);
  });

  it('reads no bare day without the language listing its introducers', () => {
    expect(datesOf('by the 15 please', 'en', withDates('en', { bareDayIntroducers: undefined }))).toEqual([]);
  });

  it('still reads a day and month after the marker', () => {
    expect(datesOf('para el 3 de abril', 'es', es)).toEqual([['2026-04-03', 'deadline', '3 de abril']]);
  });
});

describe('deadline marker after a date', () => {
  // Values the packs need in `deadlineMarkersAfter`.
  const fr = withDates('fr', { deadlineMarkersAfter: ['au plus tard', 'dernier délai'] });
  const es = withDates('es', { deadlineMarkersAfter: ['a más tardar', 'como máximo', 'sin falta'] });
  const pt = withDates('pt', { deadlineMarkersAfter: ['no máximo', 'no mais tardar', 'sem falta'] });
  const ar = withDates('ar', { deadlineMarkersAfter: ['كحد أقصى', 'على الأكثر'] });

  it.each([
    ['fr', 'vendredi prochain au plus tard', '2026-03-13', 'vendredi prochain', fr],
    ['es', 'el viernes a más tardar', '2026-03-13', 'viernes', es],
    ['es', 'el viernes, a más tardar', '2026-03-13', 'viernes', es],
    ['pt', 'sexta-feira no máximo', '2026-03-13', 'sexta-feira', pt],
    ['ar', 'يوم الخميس كحد أقصى', '2026-03-12', 'يوم الخميس', ar],
  ] as const)('[%s] reads "%s" as a deadline', (language, text, iso, span, cues) => {
    expect(datesOf(text, language, cues)).toEqual([[iso, 'deadline', span]]);
  });

  it('uses the English markers when the language lists none', () => {
    const noMarkers = withDates('en', { deadlineMarkersAfter: undefined });
    expect(datesOf('Friday at the latest', 'en', noMarkers)).toEqual([['2026-03-13', 'deadline', 'Friday']]);
  });

  it('keeps a date without a marker after it', () => {
    expect(datesOf('vendredi prochain nous partons', 'fr', fr)).toEqual([['2026-03-13', 'date', 'vendredi prochain']]);
  });
});

/**
 * Dates and deadlines, resolved against the message's own send time and UTC
 * offset. Parley's own forms (`date-forms.ts`) run first. chrono-node fills
 * in the rest, but only on windows around date words (`date-triggers.ts`),
 * because it is the slowest step of extraction.
 */
import type { Chrono } from 'chrono-node';
import type { Entity } from '../../core/types.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { alternation, bounded } from '../text/regex.js';
import { isoDay, type LocalDay } from '../text/time.js';
import { loadChrono } from '../lazy-deps.js';
import { extractDateForms } from './date-forms.js';
import { chronoWindows, type DateWindow } from './date-triggers.js';

export type DateEntity = Extract<Entity, { type: 'date' }>;

function parserFor(locale: LanguageCues['chronoLocale']): Chrono {
  const chrono = loadChrono();
  const parsers: Record<LanguageCues['chronoLocale'], Chrono> = { en: chrono.casual, es: chrono.es.casual, pt: chrono.pt.casual, fr: chrono.fr.casual };
  return parsers[locale];
}

/** Deadline markers after a date in a language whose cues name none ("Friday at the latest"). */
const DEADLINE_MARKERS_AFTER = ['at the latest', 'at latest', 'latest'];
/** Characters before and after a date searched for a deadline marker. */
const MARKER_REACH = 25;
const MARKER_AFTER_REACH = 30;

const compile = perLanguage((cues: LanguageCues) => {
  const units = alternation(Object.keys(cues.entities.durationUnits));
  const after = cues.dates.deadlineMarkersAfter ?? DEADLINE_MARKERS_AFTER;
  return {
    deadlineBefore: new RegExp(`${bounded(alternation(cues.dates.deadlineMarkers))}\\s*(?:the\\s+)?$`, 'iu'),
    deadlineAfter: after.length === 0 ? null : new RegExp(`^\\s*,?\\s*${bounded(alternation(after))}`, 'iu'),
    // chrono reads a bare "30 days" as a date 30 days ahead; Parley keeps that as a duration.
    bareDuration: new RegExp(String.raw`^\p{N}+(?:\s*-\s*\p{N}+)?\s+(?:${units})$`, 'iu'),
  };
});

/**
 * Finds dates; each is a deadline when a marker such as "by" or "before"
 * precedes it, or one such as "at the latest" follows it.
 */
export function extractDates(doc: Doc): DateEntity[] {
  const { deadlineBefore, deadlineAfter, bareDuration } = compile(doc.cues);
  const found = extractDateForms(doc);
  for (const window of chronoWindows(doc, found)) {
    for (const entity of chronoDates(doc, window, bareDuration, deadlineBefore)) {
      if (!found.some((f) => f.start < entity.end && entity.start < f.end)) {
        found.push(entity);
      }
    }
  }
  for (const entity of found) {
    const before = doc.scan.slice(Math.max(0, entity.start - MARKER_REACH), entity.start);
    const after = doc.scan.slice(entity.end, entity.end + MARKER_AFTER_REACH);
    if (deadlineBefore.test(before) || (deadlineAfter !== null && deadlineAfter.test(after))) {
      entity.kind = 'deadline';
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const BARE_FRACTION_RE = /^\d{1,2}[/.]\d{1,2}$/;

function chronoDates(doc: Doc, window: DateWindow, bareDuration: RegExp, deadlineBefore: RegExp): DateEntity[] {
  const reference = { instant: doc.time.instant, timezone: doc.time.offsetMinutes };
  const results = parserFor(doc.cues.chronoLocale).parse(window.text, reference, { forwardDate: true });
  const out: DateEntity[] = [];
  for (const result of results) {
    const index = window.start + result.index;
    const c = result.start;
    const hasDay = c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month');
    const relative = result.tags().has('result/relativeDate') || result.tags().has('casualReference/today');
    if ((!hasDay && !relative && c.isCertain('hour')) || bareDuration.test(result.text) || isModalMay(result.text)) {
      continue; // time-only ("at 6.5" is a price, never a time), a duration, or the verb "may"
    }
    if (BARE_FRACTION_RE.test(result.text) && !deadlineBefore.test(doc.scan.slice(Math.max(0, index - 25), index))) {
      continue; // "1/2 inch" is a fraction; a bare "20/3" counts only after "by", "before" and the like
    }
    const day: LocalDay = { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1, weekday: 0 };
    const entity: DateEntity = { type: 'date', iso: isoDay(day), kind: 'date', ...span(doc.text, index, index + result.text.length) };
    out.push(entity);
  }
  return out;
}

/** True for a lowercase "may" on its own, which is the modal verb far more often than the month. */
function isModalMay(text: string): boolean {
  return text === 'may';
}

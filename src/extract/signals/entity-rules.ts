/**
 * Signals implied by entities: an Incoterm with a named place states delivery
 * terms, a deadline a few days away is time pressure, and several concrete
 * specification facts together are a detailed requirement.
 */
import type { Entity } from '../../core/types.js';
import { SPEC_MEASURE_RE } from '../data/spec-units.js';
import type { Doc } from '../doc.js';
import { isDestination } from '../entities/place-frames.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { execAtTokens, startsWithDigit } from '../text/anchors.js';
import { normalizedSet } from '../text/normalize.js';
import { tokenIn, type Token } from '../text/tokens.js';
import type { SignalHit } from './types.js';

function mayStartMeasure(token: Token): boolean {
  return startsWithDigit(token) || token.norm.startsWith('ip') || token.norm.startsWith('sus');
}

/** Days ahead within which a deadline counts as urgent, and the strength it gives. */
const URGENT_DEADLINES: [maxDays: number, strength: number][] = [
  [2, 0.8],
  [7, 0.6],
];
const MIN_SPEC_FACTS = 3;
/** Tokens before a deadline searched for a wait marker: "hasta el lunes" has one word between. */
const WAIT_MARKER_REACH = 2;

const waitMarkersOf = perLanguage((cues: LanguageCues) => normalizedSet(cues.dates.waitMarkers ?? []));
/** Payment topic words and payment-step words: a near deadline next to one dates the buyer's own payment. */
const paymentWordsOf = perLanguage((cues: LanguageCues) => {
  const topics = cues.topics.words.filter((group) => group.type === 'objection.payment_terms').flatMap((group) => group.words);
  return normalizedSet([...topics, ...(cues.dates.paymentStepWords ?? [])]);
});
const DAY_MS = 86_400_000;

/** Derives delivery-terms, urgency and detailed-specs hits from entities. */
export function entitySignals(doc: Doc, entities: readonly Entity[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const entity of entities) {
    const hit = hitFor(doc, entity);
    if (hit !== null) {
      out.push(hit);
    }
  }
  const specs = specHit(doc, entities);
  if (specs !== null) {
    out.push(specs);
  }
  return out;
}

function hitFor(doc: Doc, entity: Entity): SignalHit | null {
  const evidence = { start: entity.start, end: entity.end, text: entity.text };
  switch (entity.type) {
    case 'incoterm':
      if (entity.place !== undefined) {
        return { type: 'commitment.delivery_terms', strength: 0.75, evidence: { ...evidence, rule: 'entity.incoterm_place' } };
      }
      // A price question names the Incoterm the buyer needs ("best FOB price?"): the
      // labeled sets mark 21 of 24 such questions as delivery terms.
      return { type: 'commitment.delivery_terms', strength: inQuestion(doc, entity.end) ? 0.4 : 0.45, evidence: { ...evidence, rule: 'entity.incoterm' } };
    case 'port':
      return isDestination(doc, entity.start, entity.end)
        ? { type: 'commitment.delivery_terms', strength: 0.5, evidence: { ...evidence, rule: 'entity.port' } }
        : null;
    case 'date':
      return deadlineHit(doc, entity, evidence);
    default:
      return null;
  }
}

function deadlineHit(doc: Doc, entity: Extract<Entity, { type: 'date' }>, evidence: SignalHit['evidence']): SignalHit | null {
  if (entity.kind !== 'deadline' || afterWaitMarker(doc, entity.start) || inPaymentClause(doc, entity.start, entity.end)) {
    return null;
  }
  const days = daysAhead(doc, entity.iso);
  const match = URGENT_DEADLINES.find(([maxDays]) => days >= 0 && days <= maxDays);
  return match === undefined ? null : { type: 'intent.urgency', strength: match[1], evidence: { ...evidence, rule: 'entity.near_deadline' } };
}

/** Returns the days from the message's send day, in its own offset, to a YYYY-MM-DD day: 1 for tomorrow, -1 for yesterday. */
export function daysAhead(doc: Doc, iso: string): number {
  const sentDay = Date.parse(`${localIso(doc)}T00:00:00Z`);
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - sentDay) / DAY_MS);
}

/** Returns true when a wait marker ("hasta", "لين") sits among the WAIT_MARKER_REACH tokens before `start`. */
function afterWaitMarker(doc: Doc, start: number): boolean {
  const markers = waitMarkersOf(doc.cues);
  if (markers.size === 0) return false;
  let first = doc.tokens.findIndex((token) => token.start >= start);
  if (first === -1) first = doc.tokens.length;
  for (let i = Math.max(0, first - WAIT_MARKER_REACH); i < first; i++) {
    if (tokenIn(markers, doc.tokens[i] as Token)) return true;
  }
  return false;
}

/**
 * Returns true when the clause around `start`..`end` names a payment: "we will
 * process 30% advance by Monday" dates the buyer's own step. Of 44 such
 * near-deadline hits in the labeled sets, writers labeled 8 urgent.
 */
function inPaymentClause(doc: Doc, start: number, end: number): boolean {
  const words = paymentWordsOf(doc.cues);
  let first = doc.tokens.findIndex((token) => token.start >= start);
  if (first === -1) return false;
  let last = first;
  while (last < doc.tokens.length && (doc.tokens[last] as Token).start < end) last += 1;
  while (first > 0 && !isClauseEnd(doc.tokens[first - 1] as Token)) first -= 1;
  while (last < doc.tokens.length && !isClauseEnd(doc.tokens[last] as Token)) last += 1;
  for (let i = first; i < last; i++) {
    if (tokenIn(words, doc.tokens[i] as Token)) return true;
  }
  return false;
}

function isClauseEnd(token: Token): boolean {
  return token.kind === 'punct' && /[.;!?\n]/u.test(token.norm);
}

/** Returns the message's send day in its own offset, as YYYY-MM-DD. */
function localIso(doc: Doc): string {
  return new Date(doc.time.instant.getTime() + doc.time.offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Counts concrete facts (quantity, measurements, certificates, models); three or more are a specification. */
function specHit(doc: Doc, entities: readonly Entity[]): SignalHit | null {
  const kinds = new Set(entities.filter((e) => e.type === 'quantity' || e.type === 'certification' || e.type === 'product').map((e) => e.type));
  const measures = execAtTokens(SPEC_MEASURE_RE, doc.scan, doc.tokens, mayStartMeasure);
  const facts = kinds.size + Math.min(measures.length, 3);
  if (facts < MIN_SPEC_FACTS) {
    return null;
  }
  const first = measures[0];
  const anchor = first === undefined ? entities.find((e) => kinds.has(e.type as never)) : undefined;
  const start = first?.index ?? anchor?.start ?? 0;
  const end = first === undefined ? (anchor?.end ?? 0) : start + first[0].length;
  const strength = Math.min(0.9, 0.5 + 0.1 * (facts - MIN_SPEC_FACTS));
  return { type: 'commitment.detailed_specs', strength, evidence: { start, end, text: doc.text.slice(start, end), rule: 'entity.spec_facts' } };
}

/** True when the sentence around `offset` ends with a question mark. */
function inQuestion(doc: Doc, offset: number): boolean {
  const rest = doc.scan.slice(offset);
  const end = rest.search(/[.!?\n]/);
  return end >= 0 && rest[end] === '?';
}

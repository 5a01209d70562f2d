/**
 * Places named on another party's side: "a supplier in Ningbo", "un proveedor
 * de la India", "made in Vietnam", "we used to buy from Turkey". Such a place
 * is where a competitor, a supplier or the goods are, not where the buyer is
 * or wants delivery, so the region signal and the port extractor skip it.
 * The frame words are per language (`placeFrames` in the entity cues).
 *
 * NOTE: a frame covers only the place right after it, or a list of places
 * there. "The supplier we met in Ningbo" and "the factory in Ningbo" (no
 * determiner that the cues list) still count as the buyer's places.
 */
import { PORTS } from '../data/ports.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { normalizedSet } from '../text/normalize.js';
import { PhraseMatcher, type PhraseHit } from '../text/phrases.js';
import { tokenIn, type Token } from '../text/tokens.js';

/** Predicate over the character span [start, end) of a place: true when the place is in another party's frame. */
export type ForeignPlaceTest = (start: number, end: number) => boolean;

interface CompiledFrames {
  before: PhraseMatcher<true>;
  after: PhraseMatcher<true>;
  own: PhraseMatcher<true>;
  articles: ReadonlySet<string>;
  linkers: ReadonlySet<string>;
  /** The language's places and the listed ports, to follow a frame along a list of places. */
  places: PhraseMatcher<true>;
  destination: PhraseMatcher<true> | null;
}

const NONE: ForeignPlaceTest = () => false;

const compile = perLanguage((cues: LanguageCues): CompiledFrames | null => {
  const frames = cues.entities.placeFrames;
  if (frames === undefined) {
    return null;
  }
  const matcher = (patterns: readonly string[]) => new PhraseMatcher(patterns.map((pattern) => ({ pattern, payload: true as const })));
  return {
    before: matcher(frames.before),
    after: matcher(frames.after),
    own: matcher(frames.own),
    articles: normalizedSet(frames.articles),
    linkers: normalizedSet(frames.listLinkers),
    places: matcher([...Object.keys(cues.entities.places), ...PORTS.keys()]),
    destination: frames.destination === undefined ? null : matcher(frames.destination),
  };
});

const cache = new WeakMap<Doc, ForeignPlaceTest>();

/**
 * Returns the test for one message. It is built once per message, because the
 * region signal and the port extractor both call it.
 *
 * @example
 * const isForeign = foreignPlaces(doc); // doc of "Un proveedor de Ningbo nos ofrece 3,10"
 * isForeign(16, 22); // true: "Ningbo" follows "proveedor de"
 */
export function foreignPlaces(doc: Doc): ForeignPlaceTest {
  let test = cache.get(doc);
  if (test === undefined) {
    test = buildTest(doc);
    cache.set(doc, test);
  }
  return test;
}

function buildTest(doc: Doc): ForeignPlaceTest {
  const compiled = compile(doc.cues);
  if (compiled === null) {
    return NONE;
  }
  const before = compiled.before.match(doc.tokens);
  const after = compiled.after.match(doc.tokens);
  if (before.length === 0 && after.length === 0) {
    return NONE;
  }
  const own = compiled.own.match(doc.tokens);
  // Token indexes where a foreign place starts, and where one ends.
  const starts = new Set<number>();
  for (const frame of before) {
    if (!own.some((o) => o.to === frame.to && o.from <= frame.from)) {
      addStart(starts, doc.tokens, frame.to, compiled.articles);
    }
  }
  const ends = new Set(after.map((frame) => frame.from));
  const ownEnds = new Set(own.map((o) => o.to));
  const isForeignAt = (from: number, to: number) => starts.has(from) || (ends.has(to) && !ownEnds.has(from));
  followLists(doc.tokens, compiled, starts, isForeignAt);
  const startIndex = new Map(doc.tokens.map((token, i) => [token.start, i]));
  const endIndex = new Map(doc.tokens.map((token, i) => [token.end, i + 1]));
  return (start, end) => {
    const from = startIndex.get(start);
    const to = endIndex.get(end);
    return from !== undefined && to !== undefined && isForeignAt(from, to);
  };
}

/**
 * Returns whether the place at characters [start, end) is framed as where
 * the goods go ("to Santos", "destino: porto de Santos"). A language with no
 * destination frames frames every place. A frame may run into the place,
 * because its optional "port" takes the first word of "Port Qasim".
 *
 * @example
 * isDestination(doc, 8, 14); // doc of "Ship to Santos": true, "to" ends before the place
 */
export function isDestination(doc: Doc, start: number, end: number): boolean {
  const frameEnds = destinationEnds(doc);
  if (frameEnds === null) {
    return true;
  }
  // The place's first token; it may begin before the place after an elided article ("d'Alger").
  const first = doc.tokens.findIndex((token) => token.end > start);
  const after = doc.tokens.findIndex((token) => token.start >= end);
  const last = after < 0 ? doc.tokens.length : after;
  return first >= 0 && frameEnds.some((to) => to >= first && to < last);
}

const destinationCache = new WeakMap<Doc, readonly number[] | null>();

/** Returns the token indexes where the message's destination frames end, matched once per message; null without frames. */
function destinationEnds(doc: Doc): readonly number[] | null {
  let ends = destinationCache.get(doc);
  if (ends === undefined) {
    const frames = compile(doc.cues)?.destination ?? null;
    ends = frames === null ? null : frames.match(doc.tokens).map((frame) => frame.to);
    destinationCache.set(doc, ends);
  }
  return ends;
}

/**
 * Extends a frame along a list of places, in text order: "suppliers in China,
 * India and Vietnam" frames all three. A place joins the list when it follows
 * a foreign one directly, or after a comma or a list linker and an article.
 */
function followLists(
  tokens: readonly Token[],
  compiled: CompiledFrames,
  starts: Set<number>,
  isForeignAt: (from: number, to: number) => boolean,
): void {
  const places = longestFirst(compiled.places.match(tokens));
  for (const place of places) {
    if (!isForeignAt(place.from, place.to)) {
      continue;
    }
    starts.add(place.to);
    const next = tokens[place.to];
    if (next !== undefined && (next.norm === ',' || tokenIn(compiled.linkers, next))) {
      addStart(starts, tokens, place.to + 1, compiled.articles);
    }
  }
}

/** Orders hits by start, the longest first at one start, so "Hong Kong" is read before "Hong". */
function longestFirst(hits: PhraseHit<true>[]): PhraseHit<true>[] {
  return hits.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** Adds a place start at `index`, and after the article there, because "La Paz" and "Le Havre" begin with one. */
function addStart(starts: Set<number>, tokens: readonly Token[], index: number, articles: ReadonlySet<string>): void {
  starts.add(index);
  const token = tokens[index];
  if (token !== undefined && tokenIn(articles, token)) {
    starts.add(index + 1);
  }
}

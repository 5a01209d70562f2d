/** Ports: major container ports by name, and "port of X". */
import type { Entity } from '../../core/types.js';
import { COMPANY_WORDS } from '../data/company-words.js';
import { PORTS, type PortInfo } from '../data/ports.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { PhraseMatcher } from '../text/phrases.js';
import { normalizePhrase } from '../text/normalize.js';
import { alternation, WORD_START } from '../text/regex.js';
import type { Token } from '../text/tokens.js';
import { foreignPlaces } from './place-frames.js';

export type PortEntity = Extract<Entity, { type: 'port' }>;

const PORT_MATCHER = new PhraseMatcher<PortInfo>([...PORTS].map(([key, info]) => ({ pattern: key, payload: info })));

/**
 * A port name after an introducer: up to three capitalized words on one line.
 * It is case-sensitive on purpose, because with the `i` flag `\p{Lu}` also
 * matches lowercase letters ("port of discharge in Peru").
 */
const NAME_RE = /\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2}/uy;
/** Tokens after an introducer tried as a known place name ("ميناء جبل علي"). */
const PLACE_TOKENS = 4;

const compile = perLanguage((cues: LanguageCues) => ({
  introducer: new RegExp(String.raw`${WORD_START}(?:${alternation(cues.entities.portIntroducers)})\s*`, 'giu'),
  places: new PhraseMatcher(Object.keys(cues.entities.places).map((name) => ({ pattern: name, payload: name }))),
  localNames: new PhraseMatcher(Object.keys(cues.entities.portNames ?? {}).map((name) => ({ pattern: name, payload: name }))),
}));

/**
 * Finds ports: the listed ones, the language's own port names, and a name
 * after "port of" even when it is in neither list. That name is a
 * capitalized one, or a place the language's cues know, which is how names
 * in scripts without capitals are read ("ميناء صحار"). A port named as a
 * supplier's or competitor's location ("un proveedor de Ningbo") is not one
 * the goods go through, so it is left out, and so is a place inside a company
 * name ("Chennai Motors").
 */
export function extractPorts(doc: Doc): PortEntity[] {
  const isForeign = foreignPlaces(doc);
  const ports = namedPorts(doc).filter((port) => !isForeign(port.start, port.end) && !inCompanyName(doc, port.end));
  for (const port of ports) {
    const name = latinPlaceName(doc.cues, port.value);
    if (name !== undefined) port.name = name;
  }
  return ports;
}

/**
 * Returns the usual Latin-letter name of a place or port written in
 * another script ("ميناء الدمام" → "Dammam"), or undefined when the
 * language lists none for it.
 */
export function latinPlaceName(cues: LanguageCues, written: string): string | undefined {
  const names = cues.entities.latinPlaceNames;
  return names === undefined ? undefined : names[normalizePhrase(written)];
}

/** True when the word after a place is a company word written with a capital ("Chennai Motors"). */
function inCompanyName(doc: Doc, end: number): boolean {
  const next = doc.tokens.find((token) => token.start >= end);
  if (next === undefined || next.kind !== 'word' || !startsUppercase(next)) return false;
  if (doc.text.slice(end, next.start).trim() !== '') return false;
  return COMPANY_WORDS.has(next.norm);
}

function namedPorts(doc: Doc): PortEntity[] {
  const out: PortEntity[] = [];
  for (const hit of PORT_MATCHER.match(doc.tokens)) {
    const first = doc.tokens[hit.from];
    const last = doc.tokens[hit.to - 1];
    if (first !== undefined && last !== undefined && (hit.payload.capitalized !== true || startsUppercase(first))) {
      out.push({ type: 'port', value: hit.payload.name, ...span(doc.text, first.start, last.end) });
    }
  }
  const { introducer, places, localNames } = compile(doc.cues);
  for (const hit of localNames.match(doc.tokens)) {
    const first = doc.tokens[hit.from] as Token;
    const last = doc.tokens[hit.to - 1] as Token;
    if (!out.some((p) => p.start < last.end && first.start < p.end)) {
      out.push({ type: 'port', value: doc.text.slice(first.start, last.end), ...span(doc.text, first.start, last.end) });
    }
  }
  introducer.lastIndex = 0;
  for (let m = introducer.exec(doc.scan); m !== null; m = introducer.exec(doc.scan)) {
    const name = nameAt(doc, m.index + m[0].length, places);
    if (name !== null && !out.some((p) => p.start < name.end && name.start < p.end)) {
      const written = span(doc.text, name.start, name.end);
      out.push({ type: 'port', value: PORTS.get(written.text.toLowerCase())?.name ?? written.text, ...written });
    }
  }
  return out;
}

/** Returns the span of a capitalized name or a known place starting at `start`, or null. */
function nameAt(doc: Doc, start: number, places: PhraseMatcher<string>): { start: number; end: number } | null {
  NAME_RE.lastIndex = start;
  const capitalized = NAME_RE.exec(doc.scan);
  if (capitalized !== null) {
    return { start, end: start + capitalized[0].length };
  }
  const from = doc.tokens.findIndex((t) => t.start === start);
  if (from < 0) {
    return null;
  }
  const window = doc.tokens.slice(from, from + PLACE_TOKENS);
  let longest = 0;
  for (const hit of places.match(window)) {
    if (hit.from === 0 && hit.to > longest) {
      longest = hit.to;
    }
  }
  return longest === 0 ? null : { start, end: (window[longest - 1] as Token).end };
}

function startsUppercase(token: Token): boolean {
  const first = token.raw.charAt(0);
  return first !== first.toLowerCase();
}

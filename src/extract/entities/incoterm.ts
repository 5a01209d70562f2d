/** Incoterms with their named place: "FOB Ningbo", "CIF Jebel Ali", "EXW", "DDP Riyadh". */
import type { Entity } from '../../core/types.js';
import { INCOTERMS } from '../data/incoterms.js';
import { PORTS } from '../data/ports.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { alternation, WORD_END, WORD_START } from '../text/regex.js';
import { latinPlaceName } from './port.js';

export type IncotermEntity = Extract<Entity, { type: 'incoterm' }>;

// Incoterm codes are case-sensitive: only the variants listed in the table match.
const CODE_RE = new RegExp(`${WORD_START}(?:${alternation(Object.keys(INCOTERMS))})${WORD_END}`, 'gu');
const PLACE_WORDS_RE = /^[ \t]+([\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*){0,2})/u;
const MAX_PLACE_WORDS = 3;

const stopWords = perLanguage((cues: LanguageCues) => new Set(cues.entities.incotermPlaceStopWords));

/** Finds Incoterms; the place is the known port or city, or the capitalized name, right after the code. */
export function extractIncoterms(doc: Doc): IncotermEntity[] {
  const out: IncotermEntity[] = [];
  CODE_RE.lastIndex = 0;
  for (let m = CODE_RE.exec(doc.scan); m !== null; m = CODE_RE.exec(doc.scan)) {
    const code = INCOTERMS[m[0]] ?? m[0].toUpperCase();
    const codeEnd = m.index + m[0].length;
    const place = placeAfter(doc, codeEnd);
    const end = place === null ? codeEnd : place.end;
    const entity: IncotermEntity = { type: 'incoterm', code, ...span(doc.text, m.index, end) };
    if (place !== null) {
      entity.place = place.name;
      const latin = latinPlaceName(doc.cues, place.name);
      if (latin !== undefined) entity.placeName = latin;
    }
    out.push(entity);
  }
  return out;
}

function placeAfter(doc: Doc, from: number): { name: string; end: number } | null {
  const words = PLACE_WORDS_RE.exec(doc.scan.slice(from, from + 60));
  if (words === null || words[1] === undefined) {
    return null;
  }
  const leading = words[0].length - words[1].length;
  const parts = words[1].split(/[ \t]+/).slice(0, MAX_PLACE_WORDS);
  const known = longestKnownPrefix(parts, doc.cues);
  const count = known > 0 ? known : capitalizedRun(parts, stopWords(doc.cues));
  if (count === 0) {
    return null;
  }
  const start = from + leading;
  const end = start + endOfWord(words[1], count);
  // The name comes from the original text: the scan text has Arabic letters folded.
  return { name: doc.text.slice(start, end).replace(/[ \t]+/g, ' '), end };
}

/** Returns the end offset of the count-th word in a run of words. */
function endOfWord(words: string, count: number): number {
  const re = /[\p{L}][\p{L}'’-]*/gu;
  let end = 0;
  for (let i = 0; i < count; i++) {
    const m = re.exec(words);
    if (m === null) {
      break;
    }
    end = m.index + m[0].length;
  }
  return end;
}

function longestKnownPrefix(parts: string[], cues: LanguageCues): number {
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join(' ').toLowerCase();
    if (PORTS.has(key) || cues.entities.places[key] !== undefined) {
      return n;
    }
  }
  return 0;
}

function capitalizedRun(parts: string[], stop: Set<string>): number {
  let n = 0;
  for (const part of parts) {
    const isCapital = /^\p{Lu}/u.test(part);
    if (!isCapital || stop.has(part.toLowerCase()) || /^\p{Lu}{2,}$/u.test(part)) {
      break;
    }
    n++;
  }
  return n;
}

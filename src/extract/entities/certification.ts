/** Certifications: CE, FDA, ISO 9001, RoHS, REACH, UL, SASO, Halal, … */
import type { Entity } from '../../core/types.js';
import { CERTIFICATIONS, type CertificationForm } from '../data/certifications.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { execAtTokens } from '../text/anchors.js';
import { alternation, WORD_END, WORD_START } from '../text/regex.js';
import type { Token } from '../text/tokens.js';

export type CertificationEntity = Extract<Entity, { type: 'certification' }>;

interface Branch {
  form: CertificationForm;
  group: number;
}

// One regex for all forms; each form is a capture group, so the matched group names the code.
const branches: Branch[] = [];
let groupIndex = 1;
const parts: string[] = [];
for (const form of CERTIFICATIONS) {
  branches.push({ form, group: groupIndex });
  parts.push(`(${form.source})`);
  groupIndex += 1 + (new RegExp(`${form.source}|`).exec('')?.length ?? 1) - 1;
}
const CERT_RE = new RegExp(`${WORD_START}(?:${parts.join('|')})${WORD_END}`, 'yu');
// Forms that do not start with a capital letter; every other form does.
const LOWERCASE_STARTS = new Set(['halal', 'rohs', 'cul', 'culus', 'cgmp', 'amfori', 'kosher']);

function mayStartCertification(token: Token): boolean {
  const c = token.raw.charCodeAt(0);
  return (c >= 65 && c <= 90) || token.raw.startsWith('Ü') || LOWERCASE_STARTS.has(token.norm);
}

/**
 * Returns the first two characters of every written form ("IS" for "ISO
 * 9001", "G " for "G Mark") as `pairKey` numbers, or null when a form does
 * not start with two literal characters. Most capitalized words ("Hi", "We",
 * "Dear") start no form, and this check spares them the regex.
 */
function formStarts(sources: readonly string[]): Set<number> | null {
  const starts = new Set<number>();
  for (const alternative of sources.flatMap(topLevelAlternatives)) {
    const literal = LITERAL_START_RE.exec(alternative)?.[0] ?? '';
    // A quantifier after the literal run makes its last character optional ("ab?").
    const required = /^[?*{]/.test(alternative.slice(literal.length)) ? literal.slice(0, -1) : literal;
    if (required.length < 2) {
      return null;
    }
    starts.add(pairKey(required, 0));
  }
  return starts;
}

/** Characters that stand for themselves at the start of a form's source. */
const LITERAL_START_RE = /^[^\\()[\]{}|?*+.^$]*/;

/** Splits a regex source at the `|` that are not inside a group or a character class. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      inClass = c !== ']';
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Returns the UTF-16 units at `i` and `i + 1` as one number. */
function pairKey(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

const FORM_STARTS = formStarts(CERTIFICATIONS.map((form) => form.source));
const CONTEXT_WINDOW = 40;

const contextRe = perLanguage(
  (cues: LanguageCues) => new RegExp(`${WORD_START}(?:${alternation(cues.entities.certificationContext)})${WORD_END}`, 'iu'),
);

/** Regexes of the words that confirm one code (`CertificationForm.contextWords`), by form. */
const FORM_CONTEXT = new Map(
  CERTIFICATIONS.filter((form) => form.contextWords !== undefined).map((form) => [
    form,
    new RegExp(`${WORD_START}(?:${alternation(form.contextWords ?? [])})${WORD_END}`, 'iu'),
  ]),
);

/** Finds certifications; ambiguous codes ("GCC", "GS") need a certification word nearby or another certificate. */
export function extractCertifications(doc: Doc): CertificationEntity[] {
  const found: { entity: CertificationEntity; form: CertificationForm }[] = [];
  const accept = (token: Token): boolean =>
    (FORM_STARTS === null || FORM_STARTS.has(pairKey(doc.scan, token.start))) && mayStartCertification(token);
  for (const m of execAtTokens(CERT_RE, doc.scan, doc.tokens, accept)) {
    const branch = branches.find((b) => m[b.group] !== undefined);
    if (branch === undefined) {
      continue;
    }
    const number = branch.form.numbered === true ? m[branch.group + 1] : undefined;
    const code = number === undefined ? branch.form.code : `${branch.form.code} ${number}`;
    const entity: CertificationEntity = { type: 'certification', code, ...span(doc.text, m.index, m.index + m[0].length) };
    found.push({ entity, form: branch.form });
  }
  const anySure = found.some((f) => f.form.ambiguous !== true);
  return found.filter((f) => f.form.ambiguous !== true || anySure || hasContext(doc, f.entity, f.form)).map((f) => f.entity);
}

function hasContext(doc: Doc, entity: CertificationEntity, form: CertificationForm): boolean {
  const window = doc.scan.slice(Math.max(0, entity.start - CONTEXT_WINDOW), entity.end + CONTEXT_WINDOW);
  return contextRe(doc.cues).test(window) || FORM_CONTEXT.get(form)?.test(window) === true;
}

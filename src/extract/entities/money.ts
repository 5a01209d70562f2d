/** Money: "USD 2.35/pc", "$2.35 per piece", "€1.200,50", "US$ 24,000", "$5k-20k". */
import type { Entity } from '../../core/types.js';
import { CODE_ALIASES, CURRENCY_CODES, CURRENCY_SYMBOLS, LOWERCASE_SAFE_CODES } from '../data/currencies.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { applyMagnitude, NUMBER_SOURCE, parseLocaleNumber } from '../text/numbers.js';
import { startsWithDigit } from '../text/anchors.js';
import { alternation, WORD_END, WORD_START } from '../text/regex.js';
import type { Token } from '../text/tokens.js';

export type MoneyEntity = Extract<Entity, { type: 'money' }>;

/** Lower, UPPER and Capitalized forms, because these regexes are case-sensitive. */
function caseVariants(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return out;
}

const compile = perLanguage((cues: LanguageCues) => {
  const e = cues.entities;
  const codes = [...CURRENCY_CODES, ...caseVariants(LOWERCASE_SAFE_CODES), ...caseVariants(Object.keys(e.currencyWords))];
  const sym = alternation(Object.keys(CURRENCY_SYMBOLS));
  const code = `${WORD_START}(?:${alternation(codes)})`;
  const mag = String.raw`(?:\s?(?:[kK]|mn|[mM](?![²2\p{L}])|${alternation(caseVariants(['million', 'thousand']))}))`;
  const amount = (n: string) => String.raw`(?<${n}>${NUMBER_SOURCE})(?<${n}mag>${mag})?`;
  const dash = String.raw`\s*(?:-|–|~|${alternation(['to'])})\s*`;
  const per = String.raw`(?:\s*(?:/|(?:${alternation(caseVariants(e.perWords.filter((w) => w !== '/')))})\s)\s*(?<per>${alternation(caseVariants(Object.keys(e.perUnit)))})${WORD_END}|\s+(?<each>${alternation(caseVariants(e.eachWords))})${WORD_END})?`;
  const prefix = String.raw`(?<cur>${sym}|${code}\s?)\s*${amount('a')}(?:${dash}(?:${sym}|${code})?\s*${amount('b')})?${per}`;
  const suffix = String.raw`(?<![\p{L}\p{N}.,])${amount('a')}(?:${dash}${amount('b')})?\s?(?<cur>${alternation(codes)}|${sym})${WORD_END}${per}`;
  return { prefix: new RegExp(prefix, 'yu'), suffix: new RegExp(suffix, 'yu') };
});

/** Characters before a number searched for a currency symbol or code ("US$ ", "€"). */
const PREFIX_REACH = 6;
/** True for a code glued to its amount ("USD2.35"): three ASCII letters, then a digit. */
function isCodeGlued(norm: string): boolean {
  const d = norm.charCodeAt(3);
  return d >= 48 && d <= 57 && isLower(norm.charCodeAt(0)) && isLower(norm.charCodeAt(1)) && isLower(norm.charCodeAt(2));
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Finds amounts written with a currency; a bare number is never money. */
export function extractMoney(doc: Doc): MoneyEntity[] {
  const out: MoneyEntity[] = [];
  let covered = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i] as Token;
    if (token.start < covered || !(startsWithDigit(token) || isCodeGlued(token.norm))) {
      continue;
    }
    const m = matchAt(doc, i, covered);
    const entity = m === null ? null : toEntity(m, doc);
    if (entity !== null) {
      out.push(entity);
      covered = entity.end;
    }
  }
  return out;
}

/** Tries the currency-first form from just before the number, then the currency-last form at it. */
function matchAt(doc: Doc, i: number, covered: number): RegExpExecArray | null {
  const { prefix, suffix } = compile(doc.cues);
  const token = doc.tokens[i] as Token;
  const prev = doc.tokens[i - 1];
  const candidates: number[] = [];
  if (prev !== undefined && prev.kind === 'word' && prev.start >= covered && token.start - prev.start <= PREFIX_REACH + 3) {
    candidates.push(prev.start);
  }
  const gapStart = Math.max(covered, prev?.end ?? 0, token.start - PREFIX_REACH);
  for (let c = gapStart; c < token.start; c++) {
    if (doc.text.charCodeAt(c) > 32) {
      candidates.push(c);
    }
  }
  candidates.push(token.start);
  for (const start of candidates) {
    prefix.lastIndex = start;
    const m = prefix.exec(doc.text);
    if (m !== null && m.index + m[0].length > token.start) {
      return m;
    }
  }
  suffix.lastIndex = token.start;
  return suffix.exec(doc.text);
}

function toEntity(m: RegExpExecArray, doc: Doc): MoneyEntity | null {
  const g = m.groups ?? {};
  const currency = currencyOf((g.cur ?? '').trim(), doc.cues);
  const amount = amountOf(g.a, g.amag, doc.cues);
  if (currency === null || amount === null) {
    return null;
  }
  const entity: MoneyEntity = { type: 'money', amount, currency, ...span(doc.text, m.index, m.index + m[0].length) };
  const max = amountOf(g.b, g.bmag ?? g.amag, doc.cues);
  if (max !== null && max > amount) {
    entity.max = max;
  }
  if (g.per !== undefined) {
    const per = doc.cues.entities.perUnit[g.per.toLowerCase()];
    if (per !== undefined) {
      entity.per = per;
    }
  } else if (g.each !== undefined) {
    entity.per = 'pcs';
  }
  return entity;
}

function currencyOf(raw: string, cues: LanguageCues): string | null {
  const symbol = CURRENCY_SYMBOLS[raw];
  if (symbol !== undefined) {
    return symbol;
  }
  const upper = raw.toUpperCase();
  const word = cues.entities.currencyWords[raw.toLowerCase()];
  return word ?? CODE_ALIASES[upper] ?? (CURRENCY_CODES.includes(upper) ? upper : null);
}

function amountOf(raw: string | undefined, magnitude: string | undefined, cues: LanguageCues): number | null {
  if (raw === undefined) {
    return null;
  }
  // NOTE: a lone "." followed by three digits after a non-zero integer part is read as a
  // thousands separator in money ("€1.200"), so "$1.250" is 1250, not 1.25.
  const thousands = /^[1-9]\d{0,2}\.\d{3}$/.test(raw);
  const value = thousands ? Number(raw.replace('.', '')) : parseLocaleNumber(raw, cues.decimalSeparator);
  const scaled = applyMagnitude(value, magnitude?.trim(), cues.entities.magnitudes);
  return Number.isFinite(scaled) ? Math.round(scaled * 1e6) / 1e6 : null;
}

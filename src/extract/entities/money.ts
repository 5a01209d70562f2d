/**
 * Money: "USD 2.35/pc", "$2.35 per piece", "€1.200,50", "US$ 24,000", "$5k-20k",
 * "3 038,14 €", "R$ 12,90", "5.000 a 20.000 USD" (with the language's range words),
 * "١٠٠٠ USD" (Arabic-Indic digits), "CHF 12'480.–", "₹4,50,000", "120 دولار للطن"
 * (with the language's basis words) and "بـ9.5 دولار" (with its number prefixes).
 */
import type { Entity } from '../../core/types.js';
import { CODE_ALIASES, CURRENCY_CODES, CURRENCY_SYMBOLS, LOWERCASE_SAFE_CODES } from '../data/currencies.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { applyMagnitude, NUMBER_SOURCE, parseLocaleNumber } from '../text/numbers.js';
import { gluedNumberOffset, startsWithDigit } from '../text/anchors.js';
import { lookupFolded, normalizedSet } from '../text/normalize.js';
import { alternation, caseVariants, rangeSource, WORD_END, WORD_START } from '../text/regex.js';
import type { Token } from '../text/tokens.js';

export type MoneyEntity = Extract<Entity, { type: 'money' }>;

const compile = perLanguage((cues: LanguageCues) => {
  const e = cues.entities;
  const codes = [...CURRENCY_CODES, ...caseVariants(LOWERCASE_SAFE_CODES), ...caseVariants(Object.keys(e.currencyWords))];
  const sym = alternation(Object.keys(CURRENCY_SYMBOLS));
  const code = `${WORD_START}(?:${alternation(codes)})`;
  const magnitudeWords = caseVariants(['million', 'thousand', ...Object.keys(e.magnitudes).filter((w) => w.length > 2)]);
  const mag = String.raw`(?:\s?(?:[kK]|mn|[mM](?![²2\p{L}])|(?:${alternation(magnitudeWords)})${WORD_END}))`;
  // ".–" or ",-" after a whole amount marks it as having no cents ("CHF 12'480.–", "EUR 50,-").
  const noCents = String.raw`(?:[.,][-–—]{1,2}(?!\p{N}))?`;
  const amount = (n: string) => String.raw`(?<${n}>${NUMBER_SOURCE})${noCents}(?<${n}mag>${mag})?`;
  const dash = rangeSource(e.rangeWords ?? ['to']);
  const basisWords = Object.keys(e.basisWords ?? {});
  const basis = basisWords.length === 0 ? '' : String.raw`|\s+(?<basis>${alternation(caseVariants(basisWords))})${WORD_END}`;
  const per = String.raw`(?:\s*(?:/|(?:${alternation(caseVariants(e.perWords.filter((w) => w !== '/')))})\s)\s*(?<per>${alternation(caseVariants(Object.keys(e.perUnit)))})${WORD_END}|\s+(?<each>${alternation(caseVariants(e.eachWords))})${WORD_END}${basis})?`;
  const prefix = String.raw`(?<cur>${sym}|${code}\s?)\s*${amount('a')}(?:${dash}(?:${sym}|${code})?\s*${amount('b')})?${per}`;
  const suffixBody = String.raw`${amount('a')}(?:${dash}${amount('b')})?\s?(?<cur>${alternation(codes)}|${sym})${WORD_END}${per}`;
  return {
    prefix: new RegExp(prefix, 'yu'),
    suffix: new RegExp(String.raw`(?<![\p{L}\p{N}.,])${suffixBody}`, 'yu'),
    // After a prefix glued to the number ("بـ9.5 دولار") a letter precedes the digits.
    gluedSuffix: new RegExp(suffixBody, 'yu'),
    numberPrefixes: normalizedSet(e.numberPrefixes ?? []),
  };
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
  const { numberPrefixes } = compile(doc.cues);
  const out: MoneyEntity[] = [];
  let covered = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i] as Token;
    if (token.start < covered) {
      continue;
    }
    let m: RegExpExecArray | null = null;
    if (startsWithDigit(token) || isCodeGlued(token.norm)) {
      m = matchAt(doc, i, covered);
    } else if (numberPrefixes.size > 0) {
      m = matchGlued(doc, token, numberPrefixes);
    }
    const entity = m === null ? null : toEntity(m, doc);
    if (entity !== null) {
      out.push(entity);
      covered = entity.end;
    }
  }
  return out;
}

/** Tries the currency-last form at the digits of a token such as "بـ9.5", whose letters are a number prefix. */
function matchGlued(doc: Doc, token: Token, prefixes: ReadonlySet<string>): RegExpExecArray | null {
  const digits = gluedNumberOffset(token, prefixes);
  if (digits < 0) {
    return null;
  }
  const { gluedSuffix } = compile(doc.cues);
  gluedSuffix.lastIndex = token.start + digits;
  return gluedSuffix.exec(doc.scan);
}

/** Tries the currency-first form from just before the number, then the currency-last form at it. */
function matchAt(doc: Doc, i: number, covered: number): RegExpExecArray | null {
  const { prefix, suffix } = compile(doc.cues);
  const token = doc.tokens[i] as Token;
  const prev = doc.tokens[i - 1];
  const candidates: number[] = [];
  // A symbol split into two words by its "$" ("U$S 14,20") starts one word further back.
  for (const word of [doc.tokens[i - 2], prev]) {
    if (word !== undefined && word.kind === 'word' && word.start >= covered && token.start - word.start <= PREFIX_REACH + 3) {
      candidates.push(word.start);
    }
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
    const m = prefix.exec(doc.scan);
    if (m !== null && m.index + m[0].length > token.start) {
      return m;
    }
  }
  suffix.lastIndex = token.start;
  return suffix.exec(doc.scan);
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
  const per = g.per !== undefined ? lookupFolded(doc.cues.entities.perUnit, g.per) : g.basis !== undefined ? lookupFolded(doc.cues.entities.basisWords ?? {}, g.basis) : undefined;
  if (per !== undefined) {
    entity.per = per;
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
  const word = lookupFolded(cues.entities.currencyWords, raw);
  return word ?? CODE_ALIASES[upper] ?? (CURRENCY_CODES.includes(upper) ? upper : null);
}

function amountOf(raw: string | undefined, magnitude: string | undefined, cues: LanguageCues): number | null {
  if (raw === undefined) {
    return null;
  }
  // A currency is written with the amount, so "€1.200" is 1200, not 1.2 (see `parseLocaleNumber`).
  const value = parseLocaleNumber(raw, cues.decimalSeparator, true);
  const scaled = applyMagnitude(value, magnitude?.trim(), cues.entities.magnitudes);
  return Number.isFinite(scaled) ? Math.round(scaled * 1e6) / 1e6 : null;
}

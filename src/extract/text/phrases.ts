/**
 * Phrase cues over tokens. Every cue table of a language (signal rules,
 * sentiment phrases, resolution phrases) is written in this small pattern
 * language. Each table is compiled once into an index keyed by the first
 * token, so a message costs one map lookup per token instead of one regex per cue.
 *
 * Pattern syntax, elements separated by spaces:
 * - `price|prices` one token out of alternatives; `quot*` a token starting with "quot"
 * - `_` any one word token; `#` one word token that starts with a digit ("9.50", "60", "2x40hq")
 * - `..` zero to three word tokens; `...` zero to six word tokens
 * - a pattern may start with `#`, but not with `_`, `..` or `...`
 * - `?please` an optional element; `^` first element only: match at a sentence start
 * - `??` (or `???`) a run of question marks, not an optional `?`
 * - punctuation (`,` `?` `!`) matches a punctuation token containing it
 *
 * Literals are normalized like token norms (`normalizeWord`), so a cue
 * written "أسعار" also matches "اسعار", and an elongated token ("pleeease")
 * matches through its shorter forms.
 */
import { startsWithDigit } from './anchors.js';
import { normalizeWord } from './normalize.js';
import { isSentenceEnd, type Token } from './tokens.js';

type Element =
  | { kind: 'word'; exact: Set<string>; prefixes: string[]; optional: boolean; punct: boolean }
  | { kind: 'any'; optional: boolean }
  | { kind: 'number'; optional: boolean }
  | { kind: 'gap'; max: number };

interface CompiledPhrase<T> {
  payload: T;
  elements: Element[];
  anchored: boolean;
}

/** One match of a phrase: token range [from, to) and the tokens a wildcard covered. */
export interface PhraseHit<T> {
  payload: T;
  from: number;
  to: number;
  /** Indexes of tokens matched by `_` or `..`, not by a literal. */
  wildcardTokens: number[];
}

const REPEATED_QUESTION_RE = /^\?{2,}(\|\?{2,})*$/;
const SHORT_GAP = 3;
const WIDE_GAP = 6;
const SCRATCH: number[] = [];

/** A compiled set of phrase patterns. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, CompiledPhrase<T>[]>();
  private readonly byPrefix: { prefix: string; phrase: CompiledPhrase<T> }[] = [];
  /** Phrases whose first element is `#`, tried at number tokens only. */
  private readonly byNumber: CompiledPhrase<T>[] = [];

  /** Compiles patterns; throws on a pattern that cannot start a match. */
  constructor(entries: readonly { pattern: string; payload: T }[]) {
    for (const entry of entries) {
      this.add(entry.pattern, entry.payload);
    }
  }

  /** Returns every match, possibly overlapping, in token order. */
  match(tokens: readonly Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const candidates = this.byFirst.get(token.norm);
      if (candidates !== undefined) {
        this.tryAll(candidates, tokens, i, hits);
      } else if (token.forms !== undefined) {
        this.tryForms(token.forms, tokens, i, hits);
      }
      if (token.kind === 'word') {
        if (this.byNumber.length > 0 && startsWithDigit(token)) {
          this.tryAll(this.byNumber, tokens, i, hits);
        }
        for (const { prefix, phrase } of this.byPrefix) {
          if (hasPrefix(token, prefix)) {
            this.tryAll([phrase], tokens, i, hits);
          }
        }
      }
    }
    return hits;
  }

  /** Tries the phrases that start with the first elongation form that starts any ("sooo" as "soo", else as "so"). */
  private tryForms(forms: readonly string[], tokens: readonly Token[], i: number, hits: PhraseHit<T>[]): void {
    for (const form of forms) {
      const candidates = this.byFirst.get(form);
      if (candidates !== undefined) {
        this.tryAll(candidates, tokens, i, hits);
        return;
      }
    }
  }

  private tryAll(candidates: CompiledPhrase<T>[], tokens: readonly Token[], i: number, hits: PhraseHit<T>[]): void {
    for (const phrase of candidates) {
      if (phrase.anchored && i > 0 && !isSentenceEnd(tokens[i - 1] as Token)) {
        continue;
      }
      // One scratch array for every attempt; it is copied only for a match.
      truncate(SCRATCH, 0);
      const end = matchFrom(phrase.elements, 1, tokens, i + 1, SCRATCH);
      if (end >= 0) {
        hits.push({ payload: phrase.payload, from: i, to: end, wildcardTokens: SCRATCH.slice() });
      }
    }
  }

  private add(pattern: string, payload: T): void {
    const parts = pattern.trim().split(/\s+/);
    const anchored = parts[0] === '^';
    const elements = (anchored ? parts.slice(1) : parts).map(parseElement);
    const first = elements[0];
    const phrase: CompiledPhrase<T> = { payload, elements, anchored };
    if (first !== undefined && first.kind === 'number' && !first.optional) {
      this.byNumber.push(phrase);
      return;
    }
    if (first === undefined || first.kind !== 'word' || first.optional) {
      throw new Error(`Invalid phrase pattern "${pattern}": it must start with a required literal token or #`);
    }
    for (const word of first.exact) {
      const list = this.byFirst.get(word) ?? [];
      list.push(phrase);
      this.byFirst.set(word, list);
    }
    for (const prefix of first.prefixes) {
      this.byPrefix.push({ prefix, phrase });
    }
  }
}

function parseElement(part: string): Element {
  if (part === '..') {
    return { kind: 'gap', max: SHORT_GAP };
  }
  if (part === '...') {
    return { kind: 'gap', max: WIDE_GAP };
  }
  // "??" is the literal double question mark, "?x" an optional x.
  const optional = part.startsWith('?') && part.length > 1 && !REPEATED_QUESTION_RE.test(part);
  const body = optional ? part.slice(1) : part;
  if (body === '_') {
    return { kind: 'any', optional };
  }
  if (body === '#') {
    return { kind: 'number', optional };
  }
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const normalized = normalizeWord(body);
  for (const alt of normalized.split('|')) {
    if (alt.length > 1 && alt.endsWith('*')) {
      prefixes.push(alt.slice(0, -1));
    } else {
      exact.add(alt);
    }
  }
  const punct = /^[.,;:!?]+$/.test(normalized);
  return { kind: 'word', exact, prefixes, optional, punct };
}

/** Matches elements[ei..] at token ti; returns the end token index or -1. */
function matchFrom(elements: Element[], ei: number, tokens: readonly Token[], ti: number, wildcards: number[]): number {
  const element = elements[ei];
  if (element === undefined) {
    return ti;
  }
  if (element.kind === 'gap') {
    return matchGap(elements, ei, element.max, tokens, ti, wildcards);
  }
  const token = tokens[ti];
  if (token !== undefined && elementAccepts(element, token)) {
    const mark = wildcards.length;
    if (element.kind === 'any') {
      wildcards.push(ti);
    }
    const end = matchFrom(elements, ei + 1, tokens, ti + 1, wildcards);
    if (end >= 0) {
      return end;
    }
    truncate(wildcards, mark);
  }
  return element.optional ? matchFrom(elements, ei + 1, tokens, ti, wildcards) : -1;
}

function matchGap(elements: Element[], ei: number, max: number, tokens: readonly Token[], ti: number, wildcards: number[]): number {
  const mark = wildcards.length;
  for (let skip = 0; skip <= max; skip++) {
    if (skip > 0) {
      const skipped = tokens[ti + skip - 1];
      if (skipped === undefined || skipped.kind !== 'word') {
        break;
      }
      wildcards.push(ti + skip - 1);
    }
    const end = matchFrom(elements, ei + 1, tokens, ti + skip, wildcards);
    if (end >= 0) {
      return end;
    }
    truncate(wildcards, mark + skip);
  }
  truncate(wildcards, mark);
  return -1;
}

function elementAccepts(element: Element, token: Token): boolean {
  if (element.kind === 'any') {
    return token.kind === 'word';
  }
  if (element.kind === 'number') {
    return token.kind === 'word' && startsWithDigit(token);
  }
  if (element.kind === 'gap') {
    return false;
  }
  if (element.punct) {
    return token.kind === 'punct' && element.prefixes.length === 0 && hasAny(token.norm, element.exact);
  }
  if (element.exact.has(token.norm)) {
    return true;
  }
  if (token.kind !== 'word') {
    return false;
  }
  if (token.forms !== undefined && token.forms.some((form) => element.exact.has(form))) {
    return true;
  }
  for (const prefix of element.prefixes) {
    if (hasPrefix(token, prefix)) {
      return true;
    }
  }
  return false;
}

function hasPrefix(token: Token, prefix: string): boolean {
  return token.norm.startsWith(prefix) || (token.forms !== undefined && token.forms.some((form) => form.startsWith(prefix)));
}

/** Shortens an array; setting `length` to its current value still costs a runtime call. */
function truncate(values: number[], length: number): void {
  if (values.length !== length) {
    values.length = length;
  }
}

function hasAny(norm: string, marks: Set<string>): boolean {
  for (const mark of marks) {
    if (norm.includes(mark)) {
      return true;
    }
  }
  return false;
}

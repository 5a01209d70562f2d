/**
 * Phrase cues over tokens. Every cue table of a language (signal rules,
 * sentiment phrases, resolution phrases) is written in this small pattern
 * language. Each table is compiled once into an index keyed by the first
 * token, so a message costs one map lookup per token instead of one regex per cue.
 *
 * Pattern syntax, elements separated by spaces:
 * - `price|prices` one token out of alternatives; `quot*` a token starting with "quot".
 *   Alternatives are single tokens: "for the moment" or "for the time being" is two
 *   patterns, since `for the moment|time being` needs "for the moment being".
 * - `_` any one word token; `#` one word token that starts with a digit ("9.50", "60", "2x40hq"),
 *   alone or among alternatives (`#|dos|tres`). The tokenizer drops the "#" sign itself.
 * - `..` zero to three word tokens; `...` zero to six word tokens
 * - a pattern may start with `#`, but not with `_`, `..` or `...`
 * - `?please` an optional element; `^` first element only: match at a sentence start
 * - `??` (or `???`) a run of two or more question marks, not an optional `?`; a lone `?` matches any question mark
 * - punctuation (`,` `?` `!`) matches a punctuation token containing it
 *
 * Literals are normalized like token norms (`normalizeWord`), so a cue
 * written "أسعار" also matches "اسعار", and an elongated token ("pleeease")
 * matches through its shorter forms.
 */
import { startsWithDigit } from './anchors.js';
import { normalizeWord } from './normalize.js';
import { isSentenceEnd, tokenIn, type Token } from './tokens.js';

type Element =
  | { kind: 'word'; exact: Set<string>; prefixes: string[]; optional: boolean; punct: boolean; number: boolean }
  | { kind: 'any'; optional: boolean }
  | { kind: 'number'; optional: boolean }
  | { kind: 'gap'; max: number };

/**
 * A cheap test a phrase must pass before it is matched element by element:
 * its first required literal after the first element ("catalog" in
 * "send .. catalog") must sit at one of the token offsets it can reach,
 * `from` to `to` tokens after the first token.
 */
interface Gate {
  readonly words: ReadonlySet<string>;
  readonly from: number;
  readonly to: number;
}

interface CompiledPhrase<T> {
  payload: T;
  elements: Element[];
  anchored: boolean;
  gate: Gate | null;
}

/**
 * The phrases that start with one word, and one gate for all of them: the
 * union of their gates, or null when one of them has none or the union grows
 * past `MAX_UNION_WORDS`. A closed bucket gate spares the check of each
 * phrase's own gate.
 */
interface Bucket<T> {
  phrases: CompiledPhrase<T>[];
  gate: Gate | null;
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
const PUNCT_RE = /^[.,;:!?]+$/;
const SHORT_GAP = 3;
const WIDE_GAP = 6;
const SCRATCH: number[] = [];
/**
 * Largest union of gate words a bucket keeps. Without this limit the Arabic
 * tables took about 1 s and 400 MB to build in a local measurement.
 */
const MAX_UNION_WORDS = 256;

/** A compiled set of phrase patterns. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Bucket<T>>();
  private readonly byPrefix: { prefix: string; phrase: CompiledPhrase<T> }[] = [];
  /** Phrases whose first element is `#`, tried at number tokens only. */
  private readonly byNumber: CompiledPhrase<T>[] = [];

  /** Compiles patterns; throws on a pattern that cannot start a match. */
  constructor(entries: readonly { pattern: string; payload: T }[]) {
    const compiling: Compiling = { elements: new Map(), unions: new Map() };
    for (const entry of entries) {
      this.add(entry.pattern, entry.payload, compiling);
    }
  }

  /** Returns every match, possibly overlapping, in token order. */
  match(tokens: readonly Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    if (this.byFirst.size === 0 && this.byPrefix.length === 0 && this.byNumber.length === 0) {
      return hits;
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const bucket = this.byFirst.get(token.norm);
      if (bucket !== undefined) {
        this.tryBucket(bucket, tokens, i, hits);
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
      const bucket = this.byFirst.get(form);
      if (bucket !== undefined) {
        this.tryBucket(bucket, tokens, i, hits);
        return;
      }
    }
  }

  private tryBucket(bucket: Bucket<T>, tokens: readonly Token[], i: number, hits: PhraseHit<T>[]): void {
    if (bucket.gate === null || gateOpen(bucket.gate, tokens, i + 1)) {
      this.tryAll(bucket.phrases, tokens, i, hits, bucket.gate);
    }
  }

  /** Tries phrases at token i. `passed` is a gate already found open there, which is not checked again. */
  private tryAll(candidates: CompiledPhrase<T>[], tokens: readonly Token[], i: number, hits: PhraseHit<T>[], passed: Gate | null = null): void {
    for (const phrase of candidates) {
      if (phrase.anchored && i > 0 && !isSentenceEnd(tokens[i - 1] as Token)) {
        continue;
      }
      if (phrase.gate !== null && phrase.gate !== passed && !gateOpen(phrase.gate, tokens, i + 1)) {
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

  private add(pattern: string, payload: T, compiling: Compiling): void {
    const parts = pattern.trim().split(/\s+/);
    const anchored = parts[0] === '^';
    const elements = (anchored ? parts.slice(1) : parts).map((part) => {
      let element = compiling.elements.get(part);
      if (element === undefined) {
        element = parseElement(part);
        compiling.elements.set(part, element);
      }
      return element;
    });
    const first = elements[0];
    const phrase: CompiledPhrase<T> = { payload, elements, anchored, gate: gateOf(elements) };
    if (first !== undefined && first.kind === 'number' && !first.optional) {
      this.byNumber.push(phrase);
      return;
    }
    if (first === undefined || first.kind !== 'word' || first.optional) {
      throw new Error(`Invalid phrase pattern "${pattern}": it must start with a required literal token or #`);
    }
    if (first.number) {
      this.byNumber.push(phrase);
    }
    for (const word of first.exact) {
      const bucket = this.byFirst.get(word);
      if (bucket === undefined) {
        this.byFirst.set(word, { phrases: [phrase], gate: phrase.gate });
      } else {
        bucket.phrases.push(phrase);
        bucket.gate = union(bucket.gate, phrase.gate, compiling.unions);
      }
    }
    for (const prefix of first.prefixes) {
      this.byPrefix.push({ prefix, phrase });
    }
  }
}

/**
 * State of one table's compilation. Generated tables repeat long alternations
 * ("سعر|السعر|بالسعر|…"), so each element is parsed once and each gate union built once.
 */
interface Compiling {
  elements: Map<string, Element>;
  unions: Map<Gate, Map<Gate, Gate | null>>;
}

/** Returns a gate that lets through whatever either gate does, or null for none or a too large one. */
function union(a: Gate | null, b: Gate | null, unions: Compiling['unions']): Gate | null {
  if (a === null || b === null || a === b) {
    return a === b ? a : null;
  }
  let byB = unions.get(a);
  if (byB === undefined) {
    byB = new Map();
    unions.set(a, byB);
  }
  let both = byB.get(b);
  if (both === undefined) {
    const words = new Set([...a.words, ...b.words]);
    both = words.size > MAX_UNION_WORDS ? null : { words, from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
    byB.set(b, both);
  }
  return both;
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
  const punct = PUNCT_RE.test(normalized);
  return { kind: 'word', exact, prefixes, optional, punct, number: exact.has('#') };
}

/**
 * Returns the gate of a phrase: its first required word literal without
 * prefixes after the first element, with the range of token offsets (after
 * the first token) where it can match. Null when no such literal follows.
 */
function gateOf(elements: readonly Element[]): Gate | null {
  let from = 0;
  let to = 0;
  for (let ei = 1; ei < elements.length; ei++) {
    const element = elements[ei] as Element;
    if (element.kind === 'gap') {
      to += element.max;
      continue;
    }
    if (element.kind === 'word' && !element.optional && !element.punct && element.prefixes.length === 0 && !element.number) {
      return { words: element.exact, from, to };
    }
    // Every other element takes one token, or none when optional.
    from += element.optional ? 0 : 1;
    to += 1;
  }
  return null;
}

/** True when a token the gate's literal accepts sits `gate.from` to `gate.to` tokens after `start`. */
function gateOpen(gate: Gate, tokens: readonly Token[], start: number): boolean {
  const last = Math.min(start + gate.to, tokens.length - 1);
  for (let t = start + gate.from; t <= last; t++) {
    if (tokenIn(gate.words, tokens[t] as Token)) {
      return true;
    }
  }
  return false;
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
  if (element.number && startsWithDigit(token)) {
    return true;
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

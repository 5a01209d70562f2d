/** Products and models: "model X-200", "SKU AB-1234", "5,000 pcs of LED panels". */
import type { Entity } from '../../core/types.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { execAtTokens, firstWords } from '../text/anchors.js';
import { alternation, WORD_START } from '../text/regex.js';

export type ProductEntity = Extract<Entity, { type: 'product' }>;

const MAX_PRODUCT_WORDS = 4;
const HAS_DIGIT_OR_CAPS_RE = /\d|^\p{Lu}{2,}/u;

const compile = perLanguage((cues: LanguageCues) => {
  const e = cues.entities;
  const model = String.raw`${WORD_START}(?:${alternation(e.modelIntroducers)})\s*[:#.]?\s*(?<code>[\p{Lu}\p{N}][\p{L}\p{N}]*(?:[-/.][\p{L}\p{N}]+)*)`;
  const phrase = String.raw`^\s+(?:${alternation(e.productLinkers)})\s+(?<words>[\p{L}\p{N}][\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}-]*){0,${MAX_PRODUCT_WORDS - 1}})`;
  return { model: new RegExp(model, 'yiu'), phrase: new RegExp(phrase, 'iu'), stop: new Set(e.productStopWords), starts: firstWords(e.modelIntroducers) };
});

/** Finds model codes after an introducer, and the product named after a quantity. */
export function extractProducts(doc: Doc, quantities: readonly { end: number }[]): ProductEntity[] {
  const { model, phrase, stop, starts } = compile(doc.cues);
  const out: ProductEntity[] = [];
  for (const m of execAtTokens(model, doc.scan, doc.tokens, (t) => starts.has(t.norm))) {
    const code = m.groups?.code ?? '';
    if (HAS_DIGIT_OR_CAPS_RE.test(code)) {
      const start = m.index + m[0].length - code.length;
      out.push({ type: 'product', value: code, ...span(doc.text, start, start + code.length) });
    }
  }
  for (const quantity of quantities) {
    const product = productAfter(doc, quantity.end, phrase, stop);
    if (product !== null) {
      out.push(product);
    }
  }
  return out;
}

function productAfter(doc: Doc, from: number, phrase: RegExp, stop: Set<string>): ProductEntity | null {
  const rest = doc.scan.slice(from, from + 80);
  const m = phrase.exec(rest);
  const words = m?.groups?.words;
  if (m === null || words === undefined) {
    return null;
  }
  const kept: string[] = [];
  for (const word of words.split(/\s+/)) {
    if (stop.has(word.toLowerCase())) {
      break;
    }
    kept.push(word);
  }
  if (kept.length === 0) {
    return null;
  }
  const value = kept.join(' ');
  const start = from + m[0].length - words.length;
  const end = start + words.indexOf(kept[kept.length - 1] as string, value.length - (kept[kept.length - 1] as string).length) + (kept[kept.length - 1] as string).length;
  return { type: 'product', value: doc.text.slice(start, end).replace(/\s+/g, ' '), ...span(doc.text, start, end) };
}

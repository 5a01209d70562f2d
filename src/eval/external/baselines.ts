/**
 * Simple keyword baselines that the external checks compare Parley with.
 * They are deliberately plain, the kind of rule a developer writes in an
 * afternoon, so they show how much Parley's cues add over the obvious.
 * English only, like the data sets they run on.
 */

/** Verbs that, as the first word of a sentence, usually make it an instruction ("Send me …", "Call John"). */
const IMPERATIVE_VERBS = new Set(
  (
    'add advise attach bring call check come confirm contact fax fill find fix forward get give ' +
    'help hold include inform join keep let look make note notify pass pick plan print provide ' +
    'put read remember remove reply respond return review schedule see send set share sign ' +
    'submit take talk tell update use verify write email'
  ).split(' '),
);

const REQUEST_PHRASES = /\b(?:please|pls|kindly|(?:could|can|would|will) you|let (?:me|us) know|i need you to|we need you to)\b/iu;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/u).map((sentence) => sentence.trim()).filter(Boolean);
}

function firstWord(sentence: string): string {
  return (/^[^A-Za-z]*([A-Za-z]+)/u.exec(sentence)?.[1] ?? '').toLowerCase();
}

/** Request baseline: a question mark, a request phrase ("please", "could you", "let me know"), or a sentence that starts with an imperative verb. */
export function looksLikeRequest(text: string): boolean {
  if (text.includes('?') || REQUEST_PHRASES.test(text)) return true;
  return sentences(text).some((sentence) => IMPERATIVE_VERBS.has(firstWord(sentence)));
}

const QUESTION_WORDS = new Set(
  'what how when where why which who whose is are was were does do did can could would will has have any'.split(' '),
);

/** Inquiry baseline: a question mark, or a sentence that starts with a question word. */
export function looksLikeInquiry(text: string): boolean {
  if (text.includes('?')) return true;
  return sentences(text).some((sentence) => QUESTION_WORDS.has(firstWord(sentence)));
}

const PRICE_PUSHBACK =
  /\b(?:too (?:much|high|expensive|pricey|steep)|expensive|cheaper|lower|discount|budget|afford|come down|go down|best (?:i|we) can do|how about|would you (?:take|accept|do)|can you do|willing to (?:pay|offer|do))\b/iu;
const PRICE_FIGURE = /[$€£]\s?\d|\b\d+(?:\.\d+)?\s?(?:dollars|bucks|usd)\b/iu;

/** Price-objection baseline: price push-back words, or a price figure next to a price word such as "offer" or "pay". */
export function looksLikePriceObjection(text: string): boolean {
  if (PRICE_PUSHBACK.test(text)) return true;
  return PRICE_FIGURE.test(text) && /\b(?:offer|pay|give|price|take|do)\b/iu.test(text);
}

import { describe, expect, it } from 'vitest';
import { cleanEmailBody } from './email-body.js';
import {
  loadReplyFixtureCases,
  normalizeWhitespace,
  type ReplyFixtureCase,
  type ReplyFixtureSet,
} from './reply-fixture-cases.js';

/**
 * Fixtures whose expected body the cleaner does not produce, keyed by case
 * id, with the reason. The cleaner errs on keeping a line, so each miss
 * leaves a sign-off in the text and cuts nothing the sender wrote.
 */
const KNOWN_MISSES: Record<string, string> = {
  'talon/tests/fixtures/reply-separated-by-hr.html':
    'the "Bob" sign-off sits right under "there" with no blank line or full stop; talon drops it only because it shares an HTML block with the quote',
  'mailgun-forge/dataset/P/156_body': '"Your pal, Craig." opens with a closing that is not a known valediction',
  'mailgun-forge/dataset/P/160_body': 'the signature is an e-mail address and a phone number with no name line',
  'mailgun-forge/dataset/P/35_body': 'the "Leaf" sign-off sits right under "Enjoy" with no blank line or full stop',
  'mailgun-forge/dataset/P/48_body': 'the sign-off "BERT" is all capitals, which the cleaner reads as an acronym such as FOB',
  'mailgun-forge/dataset/P/73_body':
    'the signature opens with "ENA Human Resources", an acronym line, so only the names and phones under it are cut',
  'mailgun-forge/dataset/P/94_body': 'the sign-off "Parking & Transportation Desk" has an ampersand, which no name line has',
};

/** Cases per set, so a fixture that goes missing fails here instead of shrinking the check. */
const CASE_COUNTS: Record<ReplyFixtureSet, number> = { talon: 30, crisp: 56, willdurand: 49, forge: 192 };

/** Word-for-word matches per set when last measured. Fewer is a regression. */
const MIN_EXACT_MATCHES: Record<ReplyFixtureSet, number> = { talon: 29, crisp: 56, willdurand: 49, forge: 186 };

const cases = await loadReplyFixtureCases();

const matches = (item: ReplyFixtureCase) =>
  normalizeWhitespace(cleanEmailBody(item.body).text) === normalizeWhitespace(item.expected);

/** Test title: the case id, marked when the expectation drops a sign-off that upstream keeps. */
const title = (item: ReplyFixtureCase) => (item.deviation === undefined ? item.id : `${item.id} (sign-off removed)`);

describe('reply-parser fixtures', () => {
  const expectedToMatch = cases.filter((item) => KNOWN_MISSES[item.id] === undefined);

  it.each(expectedToMatch.map((item) => [title(item), item] as const))('cleans %s', (_title, item) => {
    const text = normalizeWhitespace(cleanEmailBody(item.body).text);
    expect(text, item.deviation).toBe(normalizeWhitespace(item.expected));
  });

  it.each(Object.entries(KNOWN_MISSES))('still misses %s', (id, reason) => {
    const item = cases.find((candidate) => candidate.id === id);
    expect(item, `${id} is no fixture case`).toBeDefined();
    if (item === undefined) return;
    // A miss that now matches belongs out of KNOWN_MISSES, with MIN_EXACT_MATCHES raised.
    expect(matches(item), reason).toBe(false);
  });

  it.each(Object.keys(CASE_COUNTS) as ReplyFixtureSet[])('counts %s cases and exact matches', (set) => {
    const inSet = cases.filter((item) => item.set === set);
    expect(inSet).toHaveLength(CASE_COUNTS[set]);
    expect(inSet.filter(matches).length).toBeGreaterThanOrEqual(MIN_EXACT_MATCHES[set]);
  });

  it('gives every case a distinct id and a non-empty expectation', () => {
    expect(new Set(cases.map((item) => item.id)).size).toBe(cases.length);
    expect(cases.filter((item) => item.expected === '').map((item) => item.id)).toEqual([]);
  });
});

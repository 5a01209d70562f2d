/** Emails, URLs and phone numbers (E.164 through libphonenumber-js). */
import type { CountryCode } from 'libphonenumber-js';
import type { Entity } from '../../core/types.js';
import { span, type Doc } from '../doc.js';
import { loadPhoneNumbers } from '../lazy-deps.js';

export type ContactEntity = Extract<Entity, { type: 'email' | 'url' | 'phone' }>;

const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// A URL runs over ASCII characters other than spaces, quotes and angle brackets, and over
// non-ASCII letters and digits (IDN hosts, Arabic paths). Non-ASCII punctuation ends it:
// the Arabic comma in "https://example.com/x، شكرا" is not part of the link.
const URL_RE = /(?<![\p{L}\p{N}@])(?:https?:\/\/|www\.)(?:[!#-&(-;=?-_a-z{-~]|[^\s\p{P}\p{S}\p{C}\x00-\x7f])+/giu;
const URL_TRAILING_RE = /[.,;:!?)\]}'"]+$/;
// Seven or more digits in a row, allowing the separators phone numbers use; cheap gate for libphonenumber.
const PHONE_PRECHECK_RE = /\d(?:[\s().-]{0,2}\d){6,}/;

/** Finds emails. */
export function extractEmails(doc: Doc): ContactEntity[] {
  if (!doc.text.includes('@')) {
    return [];
  }
  return [...doc.text.matchAll(EMAIL_RE)].map((m) => ({
    type: 'email' as const,
    value: m[0].toLowerCase(),
    ...span(doc.text, m.index, m.index + m[0].length),
  }));
}

/** Finds http(s) and www. URLs, without trailing punctuation. */
export function extractUrls(doc: Doc): ContactEntity[] {
  if (!doc.text.includes('http') && !doc.text.includes('www.')) {
    return [];
  }
  return [...doc.text.matchAll(URL_RE)].map((m) => {
    const text = m[0].replace(URL_TRAILING_RE, '');
    return { type: 'url' as const, value: text, ...span(doc.text, m.index, m.index + text.length) };
  });
}

/** Finds phone numbers; local numbers resolve with the sender's own country code when known. */
export function extractPhones(doc: Doc): ContactEntity[] {
  if (!PHONE_PRECHECK_RE.test(doc.text)) {
    return [];
  }
  const country = doc.senderCountry as CountryCode | undefined;
  return loadPhoneNumbers().findPhoneNumbersInText(doc.text, country).map((found) => ({
    type: 'phone' as const,
    value: found.number.number,
    ...span(doc.text, found.startsAt, found.endsAt),
  }));
}

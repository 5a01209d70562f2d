import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { findQuoteStart } from './email-quote.js';
import { findSignatureStart } from './email-signature.js';

/**
 * Returns the phone numbers, in E.164, written in the signature of an e-mail
 * body. Only the sender's own part is read: quoted history is cut first, so
 * the numbers in a quoted seller signature are not taken for the buyer's. A
 * number without a country code is read as one of `defaultCountry`.
 */
export function signaturePhones(body: string, defaultCountry?: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const quoteStart = findQuoteStart(lines);
  const own = quoteStart >= 0 ? lines.slice(0, quoteStart) : lines;
  const signatureStart = findSignatureStart(own);
  if (signatureStart < 0) return [];
  const signature = own.slice(signatureStart).join('\n');
  const options = defaultCountry ? { defaultCountry: defaultCountry as CountryCode } : {};
  const phones = findPhoneNumbersInText(signature, options).map((found) => found.number.number);
  return [...new Set(phones)];
}

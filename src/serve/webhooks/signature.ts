/** HMAC-SHA256 body signatures of the webhook routes, in the `sha256=<hex>` form Meta uses. */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

/** Reason a signature was rejected, for logs and messages. It never contains the secret or the expected digest. */
export type SignatureProblem = 'missing' | 'malformed' | 'mismatch';

/** Returns `sha256=` and the hex HMAC-SHA256 of `body` keyed with `secret`. */
export function signBody(body: Buffer | string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Checks a `sha256=<hex>` header against the HMAC-SHA256 of the exact raw
 * body. The digests are compared with `timingSafeEqual`, so the time taken
 * does not depend on how many leading bytes match. Returns null when the
 * signature is valid.
 */
export function checkSignature(header: string | string[] | undefined, body: Buffer, secret: string): SignatureProblem | null {
  if (header === undefined || header === '') return 'missing';
  // A header sent twice arrives as an array; a request can carry only one signature.
  if (Array.isArray(header)) return 'malformed';
  const match = SIGNATURE.exec(header.trim());
  if (match === null) return 'malformed';
  const given = Buffer.from(match[1]!, 'hex');
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(given, expected) ? null : 'mismatch';
}

/** Error message for a rejected signature in `header`, telling the sender how to sign. */
export function signatureMessage(problem: SignatureProblem, header: string, secretName: string): string {
  const how = `send ${header}: sha256=<hex HMAC-SHA256 of the raw body keyed with the ${secretName}>`;
  if (problem === 'missing') return `missing ${header} header; ${how}`;
  if (problem === 'malformed') return `malformed ${header} header; ${how}`;
  return `${header} does not match the body; ${how}`;
}

/** Compares two secrets in constant time by comparing their SHA-256 digests, which have equal lengths. */
export function secretsEqual(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

import { createHash } from 'node:crypto';

/** Returns a short, stable id: the first 16 hex digits of SHA-256 over the parts joined by NUL. */
export function stableId(prefix: string, ...parts: (string | null | undefined)[]): string {
  const hash = createHash('sha256');
  hash.update(parts.map((part) => part ?? '').join('\u0000'));
  return `${prefix}-${hash.digest('hex').slice(0, 16)}`;
}

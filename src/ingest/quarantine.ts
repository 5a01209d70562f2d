import type { IngestItem } from '../core/types.js';

/** Raw text kept with a quarantined record, at most this many characters. */
export const MAX_RAW_CHARS = 4096;

/** Builds a quarantine item, keeping the raw record only when it is small. */
export function quarantined(source: string, reason: string, raw: string | null = null): IngestItem {
  const kept = raw !== null && raw.length <= MAX_RAW_CHARS ? raw : null;
  return { kind: 'quarantine', item: { source, reason, raw: kept } };
}

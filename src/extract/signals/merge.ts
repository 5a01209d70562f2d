/**
 * Merges hits into one signal per type. Overlapping hits of a type are the
 * same words read twice, so only the strongest of them counts. Separate hits
 * combine as a noisy-or, 1 - Π(1 - s): each adds support, none can pass 1.
 * A type whose hits all only support (`SignalHit.supportOnly`) is no signal.
 */
import type { Evidence, Signal, SignalType } from '../../core/types.js';
import type { SignalHit } from './types.js';

const MAX_EVIDENCE = 5;

/** Merges hits by type, strongest evidence first; types keep their first-seen order. */
export function mergeHits(hits: readonly SignalHit[]): Signal[] {
  const byType = new Map<SignalType, SignalHit[]>();
  for (const hit of hits) {
    const list = byType.get(hit.type);
    if (list === undefined) {
      byType.set(hit.type, [hit]);
    } else {
      list.push(hit);
    }
  }
  const out: Signal[] = [];
  for (const [type, list] of byType) {
    if (list.some((hit) => hit.supportOnly !== true)) out.push(mergeType(type, list));
  }
  return out;
}

function mergeType(type: SignalType, hits: SignalHit[]): Signal {
  const sorted = [...hits].sort((a, b) => b.strength - a.strength || a.evidence.start - b.evidence.start);
  const kept: SignalHit[] = [];
  for (const hit of sorted) {
    if (!kept.some((k) => overlaps(k.evidence, hit.evidence))) {
      kept.push(hit);
    }
  }
  let missing = 1;
  for (const hit of kept) {
    missing *= 1 - hit.strength;
  }
  const signal: Signal = {
    type,
    strength: Math.round((1 - missing) * 100) / 100,
    evidence: kept.slice(0, MAX_EVIDENCE).map((k) => k.evidence),
  };
  const value = kept.find((k) => k.value !== undefined)?.value;
  if (value !== undefined) {
    signal.value = value;
  }
  return signal;
}

function overlaps(a: Evidence, b: Evidence): boolean {
  return a.start < b.end && b.start < a.end;
}

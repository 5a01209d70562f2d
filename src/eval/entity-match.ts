/**
 * Matching of labeled entities against the entities Parley returns. An
 * expected entity is found when a returned entity of the same type carries
 * every key the label gives, with numbers within 0.5% of the label and
 * strings equal ignoring case (dates are ISO strings, so they must be equal).
 * Keys the label leaves out are not compared, so a returned `per` on money
 * labeled without one still matches.
 */
import type { Entity } from '../core/types.js';
import type { LabeledEntity } from './labeled-schema.js';

/** Relative tolerance for numeric keys: 0.5% of the labeled value. */
export const NUMBER_TOLERANCE = 0.005;

function normalizeString(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

function valuesMatch(expected: unknown, returned: unknown): boolean {
  if (typeof expected === 'number') {
    if (typeof returned !== 'number') return false;
    return Math.abs(returned - expected) <= NUMBER_TOLERANCE * Math.abs(expected);
  }
  if (typeof expected === 'string') {
    return typeof returned === 'string' && normalizeString(returned) === normalizeString(expected);
  }
  return expected === returned;
}

/** Returns whether `returned` is the labeled entity: same type, and every labeled key matches. */
export function entityMatches(expected: LabeledEntity, returned: Entity): boolean {
  if (expected.type !== returned.type) return false;
  const returnedFields = returned as unknown as Record<string, unknown>;
  return Object.entries(expected).every(([key, value]) => key === 'type' || valuesMatch(value, returnedFields[key]));
}

/** Result of `matchEntities`: for each expected and each returned entity, whether it was paired. */
export interface EntityMatching {
  expectedFound: boolean[];
  returnedMatched: boolean[];
}

/**
 * Pairs expected with returned entities one to one, so two labeled "5,000 pcs"
 * need two returned ones. Uses augmenting paths (Kuhn's algorithm) to find a
 * maximum matching, because a greedy first-fit pairing can leave an expected
 * entity unmatched when a looser label took the only returned entity it fits.
 */
export function matchEntities(expected: readonly LabeledEntity[], returned: readonly Entity[]): EntityMatching {
  const candidates = expected.map((label) =>
    returned.flatMap((entity, index) => (entityMatches(label, entity) ? [index] : [])),
  );
  const ownerOfReturned: (number | undefined)[] = returned.map(() => undefined);

  const tryAssign = (expectedIndex: number, visited: Set<number>): boolean => {
    for (const returnedIndex of candidates[expectedIndex] ?? []) {
      if (visited.has(returnedIndex)) continue;
      visited.add(returnedIndex);
      const owner = ownerOfReturned[returnedIndex];
      if (owner === undefined || tryAssign(owner, visited)) {
        ownerOfReturned[returnedIndex] = expectedIndex;
        return true;
      }
    }
    return false;
  };

  const expectedFound = expected.map((_, index) => tryAssign(index, new Set()));
  // A later augmenting path can move an earlier label to another entity but never unmatch it.
  const returnedMatched = ownerOfReturned.map((owner) => owner !== undefined);
  return { expectedFound, returnedMatched };
}

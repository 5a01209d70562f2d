/**
 * Matching of labeled entities against the entities Parley returns. An
 * expected entity is found when a returned entity of the same type carries
 * every key the label gives, with numbers within 0.5% of the label and
 * strings equal ignoring case (dates are ISO strings, so they must be equal).
 * Keys the label leaves out are not compared, so a returned `per` on money
 * labeled without one still matches. A port or an Incoterm place matches in
 * either script: a label "Dammam" finds a returned "الدمام" whose Latin name
 * is "Dammam", and a label "ميناء الدمام" finds it too.
 */
import type { Entity } from '../core/types.js';
import { languageCues } from '../extract/lang/index.js';
import { normalizePhrase } from '../extract/text/normalize.js';
import { EVAL_LANGUAGES, type LabeledEntity } from './labeled-schema.js';

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

/** Place keys with the key of their Latin-letter name: a port's `value`, an Incoterm's `place`. */
const PLACE_KEYS: Record<string, [key: string, latinKey: string]> = { port: ['value', 'name'], incoterm: ['place', 'placeName'] };

let latinNames: Map<string, string> | undefined;

/** Returns the forms a place name may match in: as written, and its Latin-letter name when a language lists one. */
function placeForms(value: string): string[] {
  latinNames ??= new Map(EVAL_LANGUAGES.flatMap((code) => Object.entries(languageCues(code).entities.latinPlaceNames ?? {})));
  const latin = latinNames.get(normalizePhrase(value));
  return latin === undefined ? [normalizeString(value)] : [normalizeString(value), normalizeString(latin)];
}

function placesMatch(expected: unknown, returned: Record<string, unknown>, key: string, latinKey: string): boolean {
  const written = returned[key];
  if (typeof expected !== 'string' || typeof written !== 'string') return valuesMatch(expected, written);
  const latin = returned[latinKey];
  const returnedForms = new Set([...placeForms(written), ...(typeof latin === 'string' ? [normalizeString(latin)] : [])]);
  return placeForms(expected).some((form) => returnedForms.has(form));
}

/** Parley's `net_<days>` ("net 30" → net_30) is the guide's `open_account` with its days named. */
const NET_DAYS_RE = /^net_\d+$/;

/** Returns whether `returned` is the labeled entity: same type, and every labeled key matches. */
export function entityMatches(expected: LabeledEntity, returned: Entity): boolean {
  if (expected.type !== returned.type) return false;
  const returnedFields =
    returned.type === 'payment_term' && NET_DAYS_RE.test(returned.kind)
      ? ({ ...returned, kind: 'open_account' } as unknown as Record<string, unknown>)
      : (returned as unknown as Record<string, unknown>);
  const place = PLACE_KEYS[expected.type];
  return Object.entries(expected).every(([key, value]) => {
    if (key === 'type') return true;
    if (place !== undefined && key === place[0]) return placesMatch(value, returnedFields, key, place[1]);
    return valuesMatch(value, returnedFields[key]);
  });
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

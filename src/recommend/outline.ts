/** Suggested reply outline for an action, adapted to archetype, mode and language. */
import type { ActionType, ArchetypeId, SentimentMode } from '../core/types.js';
import { type OutlinePurpose, outlinePhrases } from './outline-phrases.js';

export interface OutlineInput {
  action: ActionType;
  archetype: ArchetypeId;
  mode: SentimentMode | null;
  /** Language tag of the buyer's latest message; the outline is written in it when a table exists. */
  language: string | null;
  urgent: boolean;
  /** A rule's specific aim; its steps replace the action type's own. */
  purpose?: OutlinePurpose;
  /**
   * True when the buyer's latest message doubts or complains of only the
   * price, which neither certificates nor an apology address.
   */
  priceDoubt?: boolean;
  /** True when the buyer's latest message objects to the price, whatever its mode. */
  priceObjection?: boolean;
}

/**
 * Builds the outline: an opening for the buyer's mode, the steps of the
 * purpose (or of the action), the archetype's steps and a closing. `wait`
 * gets no outline because no message should be sent. A skeptical or
 * frustrated buyer whose one complaint is the price gets the price
 * negotiator's steps in place of the call for certificates or the apology.
 * Any other buyer whose latest message objects to the price gets those
 * steps after the action's, so the reply addresses the price.
 */
export function replyOutline(input: OutlineInput): string[] | undefined {
  if (input.action === 'wait') return undefined;
  const phrases = outlinePhrases(input.language);
  const opening = input.priceDoubt === true && (input.mode === 'skeptical' || input.mode === 'frustrated') ? phrases.archetype.price_negotiator : [phrases.mode[input.mode ?? 'neutral']];
  const steps = [
    ...opening,
    ...(input.purpose ? phrases.purpose[input.purpose] : phrases.action[input.action]),
    ...(input.priceObjection === true ? phrases.archetype.price_negotiator : []),
    ...phrases.archetype[input.archetype],
    input.urgent ? phrases.closing.urgent : phrases.closing.standard,
  ];
  return [...new Set(steps)];
}

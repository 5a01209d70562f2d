/** Suggested reply outline for an action, adapted to archetype, mode and language. */
import type { ActionType, ArchetypeId, SentimentMode } from '../core/types.js';
import { outlinePhrases } from './outline-phrases.js';

export interface OutlineInput {
  action: ActionType;
  archetype: ArchetypeId;
  mode: SentimentMode | null;
  language: string | null;
  urgent: boolean;
}

/**
 * Builds the outline: an opening for the buyer's mode, the action's steps,
 * the archetype's steps and a closing. `wait` gets no outline because no
 * message should be sent.
 */
export function replyOutline(input: OutlineInput): string[] | undefined {
  if (input.action === 'wait') return undefined;
  const phrases = outlinePhrases(input.language);
  return [
    phrases.mode[input.mode ?? 'neutral'],
    ...phrases.action[input.action],
    ...phrases.archetype[input.archetype],
    input.urgent ? phrases.closing.urgent : phrases.closing.standard,
  ];
}

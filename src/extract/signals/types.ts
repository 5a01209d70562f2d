/** One piece of support for a signal, before hits of the same type are merged. */
import type { Evidence, SignalType } from '../../core/types.js';

/** A single cue or entity rule that fired. */
export interface SignalHit {
  type: SignalType;
  strength: number;
  evidence: Evidence;
  value?: string;
  /** The hit only supports other hits of its type (`SignalCue.supportOnly`). */
  supportOnly?: boolean;
}

/**
 * Thresholds, ranks and due times of the action rules that ACTION_RULES in
 * src/score/weights.ts does not cover: the technical-thread move to email,
 * proof for a doubting buyer, and retention of a customer at risk. Ranks
 * order the actions: 90 is an urgent reply, 30 a wait.
 */
export const TECHNICAL_THREAD = {
  /** Human messages on WhatsApp from which the thread counts as long. */
  minMessages: 8,
  /**
   * Buyer WhatsApp messages that must be technical: specifications, an
   * evaluation request, a certificate, a document or drawing attachment, or
   * at least longMessageChars characters.
   */
  minTechnicalMessages: 3,
  longMessageChars: 300,
  /** Above the speed-based channel switch (55), so the move to email wins when both fire. */
  rank: 58,
} as const;

/** A buyer who doubts the offer gets certificates and test reports; above a plain document request (65 or 75). */
export const PROOF = { rank: 78 } as const;

/**
 * Retention of a customer with churn risk: high escalates to a senior
 * contact, medium is a prompt check-in, low a nurture touch that replaces
 * the 30-day won-deal nurture (rank 35).
 */
export const RETENTION = {
  high: { rank: 88, dueHours: 24 },
  medium: { rank: 68, dueHours: 48 },
  low: { rank: 36, dueHours: 7 * 24 },
  /** Churn reasons quoted in the action's reason, largest effect first. */
  quotedReasons: 3,
} as const;

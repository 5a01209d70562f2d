/** Negotiation dialogues with a known outcome, as the forecasting benchmark reads them. */

/** Which side of a negotiation spoke: the buyer becomes Parley's inbound side. */
export type Side = 'buyer' | 'seller';

/** One utterance with text; chat-interface events (offers, accepts, walk-aways) are not turns. */
export interface NegotiationTurn {
  side: Side;
  text: string;
}

/** A dialogue whose outcome is known: `won` means the two sides reached a deal. */
export interface Negotiation {
  /** Stable id inside its data set, e.g. `casino-train-12`. */
  id: string;
  turns: NegotiationTurn[];
  won: boolean;
}

/** Everything a loader read from one data set: kept dialogues and the skipped ones by reason. */
export interface LoadedDataset {
  /** Display name, e.g. `CaSiNo`. */
  name: string;
  /** Files read, relative to the data folder. */
  files: string[];
  negotiations: Negotiation[];
  /** Dialogues left out, counted by reason (unknown outcome, no text, duplicate view). */
  skipped: Record<string, number>;
}

/** Dialogues parsed from one file. */
export interface ParsedDialogues {
  negotiations: Negotiation[];
  skipped: Record<string, number>;
}

/** Seller actions detected from outbound messages: quotes, samples and documents sent. */
import type { SellerAction, SellerActionKind, TimelineEntry } from './types.js';

/**
 * English cues per action kind, tried in order on the outbound text.
 * TODO: outbound messages in other languages are detected only through money entities and attachments.
 */
const ACTION_CUES: readonly (readonly [SellerActionKind, RegExp])[] = [
  ['quote_sent', /\b(quotation|quote|offer|proforma|price list)\b[^.?!\n]{0,40}\b(attached|enclosed|below|sent)\b/i],
  ['quote_sent', /\b(attached|enclosed|please find)\b[^.?!\n]{0,40}\b(quotation|quote|offer|proforma|price list)\b/i],
  ['samples_sent', /\bsamples?\b[^.?!\n]{0,40}\b(sent|shipped|dispatched|couriered|on the way)\b/i],
  ['samples_sent', /\b(sent|shipped|dispatched|couriered)\b[^.?!\n]{0,40}\bsamples?\b/i],
  ['documents_sent', /\b(attached|enclosed|please find)\b[^.?!\n]{0,60}\b(datasheet|data sheet|catalog(ue)?|certificate|drawing|test report|specification|brochure|documents?)\b/i],
];

/** File-name cues for attachments that are quotes; any other attachment counts as a document. */
const QUOTE_FILE = /quot|offer|proforma|\bpi\b|price/i;

/**
 * Detects seller actions in the outbound messages. A message yields at most
 * one action of each kind. An outbound money entity counts as a quote sent,
 * because a seller who states a price has quoted.
 */
export function detectSellerActions(outbound: readonly TimelineEntry[]): SellerAction[] {
  const actions: SellerAction[] = [];
  for (const entry of outbound) {
    const found = new Map<SellerActionKind, string>();
    const money = entry.analysis.entities.find((entity) => entity.type === 'money');
    if (money) found.set('quote_sent', money.text);
    for (const [kind, cue] of ACTION_CUES) {
      const match = cue.exec(entry.message.text);
      if (match && !found.has(kind)) found.set(kind, match[0]);
    }
    for (const attachment of entry.message.attachments) {
      const kind: SellerActionKind = QUOTE_FILE.test(attachment.name) ? 'quote_sent' : 'documents_sent';
      if (!found.has(kind)) found.set(kind, attachment.name);
    }
    for (const [kind, evidence] of found) {
      actions.push({ kind, messageId: entry.message.id, evidence, time: entry.time });
    }
  }
  return actions;
}

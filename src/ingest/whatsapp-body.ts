import type { Attachment } from '../core/types.js';
import { parsePlaceholder } from './whatsapp-placeholders.js';
import { isAuthoredNotice } from './whatsapp-system.js';

/** Classification of one WhatsApp message body. */
export type ChatBody =
  | { kind: 'system' }
  | { kind: 'message'; text: string; attachments: Attachment[] };

/** Marks iOS writes before notices and placeholders: U+200E, or U+200F in right-to-left languages. */
const LEADING_MARKS = /^[\u200e\u200f]+/;

/**
 * Classifies the body of an entry that has an author. iOS marks every
 * non-text line (system notice or media placeholder) with a leading U+200E
 * or U+200F. So in an iOS export (`ios`, bracketed headers) a marked body is
 * a system notice unless it is a placeholder, location or link. Android
 * writes its notices without an author, so there a mark proves nothing.
 * NOTE: in an iOS export, a message whose sender typed a leading mark is
 * dropped as a notice too. The synthetic WhatsR sample exports contain a few.
 */
export function classifyChatBody(body: string, ios: boolean): ChatBody {
  const marked = LEADING_MARKS.test(body);
  const text = body.replace(LEADING_MARKS, '');
  if (isAuthoredNotice(text)) return { kind: 'system' };
  const placeholder = parsePlaceholder(text, marked);
  if (placeholder !== null) return { kind: 'message', text: placeholder.caption, attachments: [placeholder.attachment] };
  if (ios && marked && !/https?:\/\//.test(text)) return { kind: 'system' };
  return { kind: 'message', text, attachments: [] };
}

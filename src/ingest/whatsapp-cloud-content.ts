import type { Attachment } from '../core/types.js';
import { mediaTypeForKind } from './media.js';
import type { CloudMessage } from './whatsapp-cloud-schema.js';

/** Text and files of one Cloud API message. */
export interface CloudContent {
  body: string;
  attachments: Attachment[];
}

const MEDIA_TYPES = ['image', 'video', 'audio', 'document', 'sticker'] as const;

/**
 * Message types that carry no buyer words: reactions (an emoji on an
 * earlier message), `system` notices (the customer changed number) and
 * `unsupported` messages, which Meta sends without content.
 */
export const SKIPPED_TYPES: ReadonlySet<string> = new Set(['reaction', 'system', 'unsupported', 'ephemeral', 'unknown']);

/**
 * Returns the text and attachments of a message: the text body, a media
 * caption with the file, the title of a tapped button or list row, a
 * location or an order as a line of text. Returns null for a type it cannot
 * read, so the caller can quarantine it.
 */
export function cloudContent(message: CloudMessage): CloudContent | null {
  const type = message.type;
  if (type === 'text' && message.text) return { body: message.text.body, attachments: [] };
  if ((MEDIA_TYPES as readonly string[]).includes(type)) return mediaContent(message, type as (typeof MEDIA_TYPES)[number]);
  if (type === 'interactive' && message.interactive) {
    const reply = message.interactive.button_reply ?? message.interactive.list_reply;
    const text = [reply?.title, reply?.description].filter(Boolean).join(': ');
    return text ? { body: text, attachments: [] } : null;
  }
  if (type === 'button' && message.button) {
    const text = message.button.text ?? message.button.payload;
    return text ? { body: text, attachments: [] } : null;
  }
  if (type === 'location' && message.location) return { body: locationText(message.location), attachments: [] };
  if (type === 'order' && message.order) return { body: orderText(message.order), attachments: [] };
  return null;
}

function mediaContent(message: CloudMessage, type: (typeof MEDIA_TYPES)[number]): CloudContent | null {
  const media = message[type];
  if (!media) return null;
  const mediaType = media.mime_type?.split(';')[0]?.trim() || mediaTypeForKind(type);
  const name = media.filename ?? `${type}-${media.id ?? message.id}`;
  return { body: media.caption ?? '', attachments: [{ name, mediaType, size: null }] };
}

function locationText(location: NonNullable<CloudMessage['location']>): string {
  const place = [location.name, location.address].filter(Boolean).join(', ');
  const point = location.latitude != null && location.longitude != null ? `(${location.latitude}, ${location.longitude})` : '';
  return ['Location:', place, point].filter(Boolean).join(' ');
}

function orderText(order: NonNullable<CloudMessage['order']>): string {
  const items = (order.product_items ?? []).map((item) => {
    const price = item['item_price'] !== undefined ? ` at ${String(item['currency'] ?? '')} ${String(item['item_price'])}`.replace('  ', ' ') : '';
    return `${String(item['quantity'] ?? '?')} x ${String(item['product_retailer_id'] ?? 'item')}${price}`;
  });
  return [`Order: ${items.join('; ') || 'no items listed'}`, order.text ?? ''].filter(Boolean).join('\n');
}

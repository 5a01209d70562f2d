import type { IngestItem, ParsedMessage, Sender } from '../core/types.js';
import { unixToIso } from './mapping-values.js';
import { quarantined } from './quarantine.js';
import { firstIssue } from './mapping-issue.js';
import { cloudContent, SKIPPED_TYPES } from './whatsapp-cloud-content.js';
import { cloudMessageSchema, type CloudMessage, type CloudValue } from './whatsapp-cloud-schema.js';

interface Where {
  /** Locator of the change value, such as `file#line=3/entry[0].changes[0].value`. */
  locator: string;
  /** Prefix for reasons, such as "line 3: ". */
  label: string;
}

/** Turns one change value into messages; statuses and content-free messages are counted as skipped. */
export function valueMessages(value: CloudValue, where: Where): { items: IngestItem[]; skipped: number } {
  const business = value.metadata ? toE164Digits(value.metadata.display_phone_number) : null;
  const names = new Map((value.contacts ?? []).map((c) => [c.wa_id, c.profile?.name ?? null]));
  const items: IngestItem[] = [];
  let skipped = value.statuses?.length ?? 0;
  (value.messages ?? []).forEach((raw, index) => {
    const locator = `${where.locator}.messages[${index}]`;
    const prefix = `${where.label}messages[${index}]`;
    const parsed = cloudMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.error);
      items.push(quarantined(locator, `${prefix}: field "${field}": ${message}`, JSON.stringify(raw)));
      return;
    }
    if (SKIPPED_TYPES.has(parsed.data.type)) {
      skipped += 1;
      return;
    }
    const item = toItem(parsed.data, { locator, prefix, business, names });
    items.push(item);
  });
  return { items, skipped };
}

interface MessageContext {
  locator: string;
  prefix: string;
  /** The business number (seller side) as `+digits`, from `metadata.display_phone_number`. */
  business: string | null;
  names: Map<string, string | null>;
}

function toItem(message: CloudMessage, context: MessageContext): IngestItem {
  const content = cloudContent(message);
  if (content === null) {
    const reason = `${context.prefix}: field "${message.type}": missing or unreadable content for type "${message.type}"`;
    return quarantined(context.locator, reason, JSON.stringify(message));
  }
  const from = toE164Digits(message.from);
  const outbound = context.business !== null && from === context.business;
  const customer: Sender = { name: context.names.get(message.from.replace(/^\+/, '')) ?? null, email: null, phone: from };
  const seller: Sender = { name: null, email: null, phone: context.business };
  const parsed: ParsedMessage = {
    channel: 'whatsapp',
    source: context.locator,
    sourceId: message.id,
    conversationKey: `whatsapp-cloud:${customerWaId(message, outbound)}`,
    sender: outbound ? seller : customer,
    recipients: outbound || context.business === null ? [] : [seller],
    sentAt: unixToIso(Number(message.timestamp)),
    body: content.body,
    attachments: content.attachments,
    subject: null,
    inReplyTo: null,
    references: [],
    direction: outbound ? 'outbound' : 'inbound',
    language: null,
  };
  return { kind: 'message', message: parsed };
}

/** Returns the customer's wa_id: the sender, or the recipient of a message the business sent. */
function customerWaId(message: CloudMessage, outbound: boolean): string {
  const id = outbound && message.to ? message.to : message.from;
  return id.replace(/\D/g, '');
}

/** Writes a number given as digits, with or without "+", spaces or dashes, as `+digits`. */
function toE164Digits(value: string): string {
  return `+${value.replace(/\D/g, '')}`;
}

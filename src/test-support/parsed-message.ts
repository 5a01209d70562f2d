import type { Message, ParsedMessage } from '../core/types.js';

/** Builds a ParsedMessage for tests; fields not given take plain defaults. */
export function parsedMessage(overrides: Partial<ParsedMessage> = {}): ParsedMessage {
  return {
    channel: 'whatsapp',
    source: 'chat.txt',
    sourceId: null,
    conversationKey: 'chat',
    sender: { name: 'Omar', email: null, phone: null },
    recipients: [],
    sentAt: '2026-03-10T09:00:00+04:00',
    body: 'Hello',
    attachments: [],
    subject: null,
    inReplyTo: null,
    references: [],
    direction: null,
    language: null,
    ...overrides,
  };
}

/** Builds a normalized Message for tests. */
export function normalizedMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: 'm-1',
    channel: 'whatsapp',
    conversationId: 'conv-1',
    direction: 'inbound',
    sender: { name: 'Omar', email: null, phone: null },
    sentAt: '2026-03-10T09:00:00+04:00',
    text: 'Hello',
    rawText: 'Hello',
    attachments: [],
    language: { code: 'en', confidence: 0.9 },
    subject: null,
    source: 'chat.txt',
    automated: false,
    ...overrides,
  };
}

import type { ExtractInput, Message } from '../core/types.js';

/** Maps a normalized message to the extraction stage's input. */
export function toExtractInput(message: Message): ExtractInput {
  return {
    id: message.id,
    text: message.text,
    sentAt: message.sentAt,
    channel: message.channel,
    direction: message.direction,
    attachments: message.attachments,
    sender: message.sender,
    ...(message.language ? { language: message.language.code } : {}),
  };
}

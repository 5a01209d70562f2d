import type { Attachment } from '../core/types.js';
import { mediaTypeForFileName, mediaTypeForKind } from './media.js';

/** Classification of one WhatsApp message body. */
export type ChatBody =
  | { kind: 'system' }
  | { kind: 'message'; text: string; attachments: Attachment[] };

const LRM = '\u200e';
/** Right-to-left exports (Arabic) mark the same lines with U+200F. */
const RLM = '\u200f';

/** English placeholders of both platforms: "image omitted" (iOS), "<Media omitted>" (Android). */
const OMITTED = /^(image|video|audio|sticker|gif|document|contact card) omitted$/i;
const ANDROID_MEDIA_OMITTED = /^<[^<>:]{3,40}>$/;

/**
 * Words for the placeholder kinds in the other languages that the sample
 * exports use (iOS writes them after U+200E, e.g. "Bild weggelassen").
 */
const KIND_WORDS: [string, RegExp][] = [
  ['sticker', /sticker|стикер|наклейк|nálepka|stiker|スタンプ|สติกเกอร์|स्टिकर|ملصق/i],
  ['gif', /\bgif\b/i],
  ['video', /vid[eé]o|видео|відео|ビデオ|วิดีโอ|वीडियो|فيديو/i],
  ['audio', /audio|音声|เสียง|ऑडियो|âm thanh|аудио|صوت/i],
  ['image', /image|imagen|immagine|imagem|bild|obrázek|изображение|зображення|画像|รูปภาพ|फ़ोटो|hình ảnh|gambar|photo|foto|صورة/i],
];

/** English system notices that Android writes as if the author had sent them. */
const DELETED = /^(this message was deleted|you deleted this message)\.?$/i;

/**
 * Classifies one message body. iOS marks every non-text line (system notice
 * or media placeholder) with a leading U+200E or U+200F, so such a body that is neither
 * a placeholder nor a shared link is a system notice. `fileName` is the file
 * whatsapp-chat-parser found in an "<attached: …>" or "(file attached)" line.
 */
export function classifyChatBody(body: string, fileName: string | undefined): ChatBody {
  const marked = body.startsWith(LRM) || body.startsWith(RLM);
  const text = body.replace(/^[\u200e\u200f]+/, '');
  if (fileName !== undefined) return withFile(text, fileName);
  const firstLine = text.split('\n', 1)[0] ?? '';
  const kind = placeholderKind(firstLine, marked);
  if (kind !== null) {
    const attachment = { name: kind, mediaType: mediaTypeForKind(kind), size: null };
    return { kind: 'message', text: restAfterFirstLine(text), attachments: [attachment] };
  }
  if (DELETED.test(text.trim())) return { kind: 'system' };
  if (marked && !/https?:\/\//.test(text)) return { kind: 'system' };
  return { kind: 'message', text, attachments: [] };
}

function withFile(text: string, fileName: string): ChatBody {
  const attachment = { name: fileName, mediaType: mediaTypeForFileName(fileName), size: null };
  return { kind: 'message', text: restAfterFirstLine(text), attachments: [attachment] };
}

function placeholderKind(line: string, marked: boolean): string | null {
  const trimmed = line.trim();
  const english = OMITTED.exec(trimmed);
  if (english?.[1] !== undefined) {
    const kind = english[1].toLowerCase();
    return kind === 'contact card' ? 'contact' : kind;
  }
  if (ANDROID_MEDIA_OMITTED.test(trimmed)) return 'media';
  if (!marked || trimmed.length > 40 || /https?:\/\//.test(trimmed)) return null;
  for (const [kind, words] of KIND_WORDS) {
    if (words.test(trimmed)) return kind;
  }
  return null;
}

/** Caption written after a placeholder line, if any. */
function restAfterFirstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline < 0 ? '' : text.slice(newline + 1).trim();
}

/**
 * Media placeholders that WhatsApp writes in place of a file: "<attached:
 * NAME>" (iOS with media), "NAME (file attached)" (Android with media),
 * "<Media omitted>" (Android without media) and "image omitted" or
 * "NAME ‎document omitted" (iOS without media), each in the phone's language.
 * The word lists cover the languages of the sample exports: English, Arabic,
 * Czech, Dutch, French, German, Hindi, Indonesian, Italian, Japanese,
 * Portuguese, Russian, Spanish, Thai, Ukrainian and Vietnamese.
 */
import type { Attachment } from '../core/types.js';
import { UNKNOWN_MEDIA_NAME, mediaTypeForFileName, mediaTypeForKind } from './media.js';

/** A placeholder line read as an attachment, with the caption written after it. */
export interface Placeholder {
  attachment: Attachment;
  caption: string;
}

const MARKS = /[\u200e\u200f]/g;

/** iOS "<attached: NAME>" and its translations such as "<angehängt: NAME>", at the end of the line. */
const ATTACHED = /<[^<>:\n]{2,30}:\s?([^<>\n]+)>\s*$/;

/** Android "NAME (file attached)" and its translations. */
const FILE_ATTACHED = /^(\S.*\.[a-z0-9]{1,5}) \(([^()]{3,40})\)$/i;
const FILE_ATTACHED_WORDS =
  /file attached|datei angehängt|bestand bijgevoegd|soubor byl přiložen|файл добавлен|fichier joint|archivo adjunto|arquivo anexado|ficheiro anexado|file allegato|файл додано|berkas terlampir|tệp đính kèm|dosya ekli/i;
/** Android media file names such as IMG-20220327-WA0001.jpg, taken as attached whatever words the parenthesis contains. */
const WHATSAPP_FILE_NAME = /^(?:IMG|VID|AUD|PTT|STK|DOC)-\d{8}-WA\d+/;

/** Android "<Media omitted>" in any language: a short text in angle brackets alone on the line. */
const MEDIA_OMITTED = /^<[^<>:]{3,40}>$/;

/** iOS "NAME • 2 pages ‎document omitted": a file name, then a marked placeholder naming a document. */
const DOCUMENT_OMITTED = /^(\S[^\u200e\u200f]*?\.[A-Za-z0-9]{1,5})(?: •.*)? [\u200e\u200f](.{3,60})$/u;
const DOCUMENT_WORDS = /document|dokumen|документ|tài liệu|เอกสาร|ドキュメント|المستند|डॉक्यूमेंट/i;

/** Words naming the kind of an omitted file, tried in this order ("ảnh GIF" is a GIF, not an image). */
const KIND_WORDS: [string, RegExp][] = [
  ['contact', /contact|kontak|vizitk|liên lạc|контакт|कॉन्टैक्ट|รายชื่อ|連絡先|جهة اتصال/i],
  ['sticker', /sticker|стикер|наклейк|nálepk|stiker|スタンプ|สติกเกอร์|स्टिकर|ملصق/i],
  ['gif', /\bgif\b|GIF/i],
  ['video', /v[ií]d[eé]o|видео|відео|ビデオ|วิดีโอ|वीडियो|فيديو/i],
  ['audio', /[aá]udio|zvukov|音声|เสียง|ऑडियो|âm thanh|аудио|аудіо|صوت/i],
  ['image', /image|imagen|immagine|imagem|bild|obrázek|изображение|зображення|画像|รูปภาพ|फ़ोटो|hình ảnh|gambar|photo|foto|صورة/i],
];

/**
 * Reads the first line of a body as a placeholder, or returns null. `marked`
 * is true when the body began with U+200E or U+200F, which iOS writes before
 * placeholders, so only marked short lines are matched against `KIND_WORDS`.
 */
export function parsePlaceholder(text: string, marked: boolean): Placeholder | null {
  const newline = text.indexOf('\n');
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
  const caption = newline < 0 ? '' : text.slice(newline + 1).trim();
  const attachment = attachedFile(firstLine) ?? omittedFile(firstLine, marked);
  return attachment === null ? null : { attachment, caption };
}

function attachedFile(line: string): Attachment | null {
  const attached = ATTACHED.exec(line)?.[1];
  if (attached !== undefined) return fileAttachment(attached);
  const android = FILE_ATTACHED.exec(line.replace(MARKS, ''));
  if (android?.[1] !== undefined && android[2] !== undefined) {
    if (FILE_ATTACHED_WORDS.test(android[2]) || WHATSAPP_FILE_NAME.test(android[1])) return fileAttachment(android[1]);
  }
  const document = DOCUMENT_OMITTED.exec(line);
  if (document?.[1] !== undefined && DOCUMENT_WORDS.test(document[2] ?? '')) return fileAttachment(document[1]);
  return null;
}

function omittedFile(line: string, marked: boolean): Attachment | null {
  const plain = line.replace(MARKS, '').trim();
  if (MEDIA_OMITTED.test(plain)) return kindAttachment(UNKNOWN_MEDIA_NAME);
  const english = /^(image|video|audio|sticker|gif|document|contact card) omitted$/i.exec(plain)?.[1];
  if (english !== undefined) return kindAttachment(english.toLowerCase() === 'contact card' ? 'contact' : english.toLowerCase());
  if (!marked || plain.length > 50 || /https?:\/\//.test(plain)) return null;
  const kind = KIND_WORDS.find(([, words]) => words.test(plain))?.[0];
  return kind === undefined ? null : kindAttachment(kind);
}

function fileAttachment(name: string): Attachment {
  const clean = name.replace(MARKS, '').trim();
  return { name: clean, mediaType: mediaTypeForFileName(clean), size: null };
}

function kindAttachment(kind: string): Attachment {
  return { name: kind, mediaType: mediaTypeForKind(kind), size: null };
}

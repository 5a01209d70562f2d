/** Media types guessed from file names and WhatsApp placeholder kinds. */

const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  '3gp': 'video/3gpp',
  opus: 'audio/ogg',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  aac: 'audio/aac',
  wav: 'audio/wav',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv',
  txt: 'text/plain',
  vcf: 'text/vcard',
  zip: 'application/zip',
  dwg: 'image/vnd.dwg',
  dxf: 'image/vnd.dxf',
  step: 'model/step',
  stp: 'model/step',
  igs: 'model/iges',
  iges: 'model/iges',
  stl: 'model/stl',
};

/** Placeholder kinds WhatsApp writes instead of the file, mapped to the format WhatsApp sends them in. */
/**
 * Name of an attachment whose kind the export does not name (Android's
 * "<Media omitted>"), which may be a photo, a voice note or a sticker.
 */
export const UNKNOWN_MEDIA_NAME = 'media';

const BY_KIND: Record<string, string> = {
  image: 'image/jpeg',
  video: 'video/mp4',
  audio: 'audio/ogg',
  sticker: 'image/webp',
  gif: 'video/mp4',
  document: 'application/octet-stream',
  contact: 'text/vcard',
  media: 'application/octet-stream',
};

/** Returns the media type for a file name by its extension, or `application/octet-stream`. */
export function mediaTypeForFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  return BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** Returns the media type for a placeholder kind such as `image` or `sticker`. */
export function mediaTypeForKind(kind: string): string {
  return BY_KIND[kind] ?? 'application/octet-stream';
}

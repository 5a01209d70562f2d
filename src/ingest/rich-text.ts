/**
 * Plain text of the two old MIME rich-text formats. Mail readers show them
 * as the message body, while mailparser lists them as attachments. In
 * text/richtext (RFC 1341) a line break is written `<nl>`. In text/enriched
 * (RFC 1896) a single line break is a space and `<<` is a "<".
 */

/** Content types read as a message body. */
export const RICH_TEXT_TYPES = new Set(['text/richtext', 'text/enriched']);

/** Returns the plain text of a text/richtext or text/enriched body. */
export function richTextToPlain(contentType: string, source: string): string {
  const text = source.replace(/\r\n?/g, '\n');
  const plain =
    contentType.toLowerCase() === 'text/richtext'
      ? text.replace(/\n/g, ' ').replace(/<nl>/gi, '\n').replace(/<lt>/gi, '\u0000')
      : text.replace(/<</g, '\u0000').replace(/(\n+)/g, (breaks: string) => (breaks.length === 1 ? ' ' : '\n'.repeat(breaks.length - 1)));
  return plain
    .replace(/<\/?[a-z][a-z0-9-]*>/gi, '')
    .replace(/\u0000/g, '<')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Plain text of the two old MIME rich-text formats. Mail readers show them
 * as the message body, while mailparser lists them as attachments. In
 * text/richtext (RFC 1341) a line break is written `<nl>`. In text/enriched
 * (RFC 1896) a single line break is a space and `<<` is a "<".
 */

/** Content types read as a message body. */
export const RICH_TEXT_TYPES = new Set(['text/richtext', 'text/enriched']);

/** Placeholder for a literal "<" while tags are removed. */
const LESS_THAN = '\u0000';

/** Returns the plain text of a text/richtext or text/enriched body. */
export function richTextToPlain(contentType: string, source: string): string {
  const text = source.replace(/\r\n?/g, '\n');
  const marked = contentType.toLowerCase() === 'text/richtext' ? fromRichtext(text) : fromEnriched(text);
  return marked
    .replace(/<\/?[a-z][a-z0-9-]*>/gi, '')
    .replaceAll(LESS_THAN, '<')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Turns `<nl>` into line breaks and other line breaks into spaces. */
function fromRichtext(text: string): string {
  return text.replace(/\n/g, ' ').replace(/<nl>/gi, '\n').replace(/<lt>/gi, LESS_THAN);
}

/** Drops `<param>` values, and turns a run of n line breaks into n - 1 (one alone into a space). */
function fromEnriched(text: string): string {
  const unparamed = text.replace(/<param>[\s\S]*?<\/param>/gi, '').replace(/<</g, LESS_THAN);
  return unparamed.replace(/\n+/g, (breaks) => (breaks.length === 1 ? ' ' : '\n'.repeat(breaks.length - 1)));
}

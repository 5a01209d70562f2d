/** Plain text from an HTML e-mail body, for messages that have no text/plain part. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Converts HTML to plain text. Head, style and script elements and comments
 * are dropped. Line breaks in the source are read as spaces, as browsers do,
 * except inside `<pre>`. Each block element (`<p>`, `<div>`, `<hr>`, …) and
 * each `<br>` starts a new line, other tags are removed and character
 * references decoded. Quoted history stays in the text, so the body cleaner
 * can find it like in a plain-text body.
 */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/\0/g, '')
    .replace(/<(head|style|script)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const marked = collapseSourceWhitespace(withoutHidden)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK_TAG, BLOCK_BOUNDARY);
  // Adjacent block boundaries make one line break, as in a browser, while each `<br>` stays a break.
  const withBreaks = marked.replace(/[ \t]*\0(?:[ \t]*\0)*[ \t]*/g, '\n');
  const text = decodeEntities(withBreaks.replace(/<[^>]*>/g, ''));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Opening or closing tag of an element that the browser lays out on its own lines. */
const BLOCK_TAG = /<\/?(?:p|div|tr|li|ul|ol|h[1-6]|blockquote|table|hr|pre)\b[^>]*>/gi;
/** Placeholder for a block boundary until adjacent ones are merged. NUL is removed from the input first, so it is free. */
const BLOCK_BOUNDARY = '\0';

/** Replaces runs of whitespace with one space outside `<pre>` elements, whose line breaks are content. */
function collapseSourceWhitespace(html: string): string {
  return html
    .split(/(<pre\b[\s\S]*?<\/pre\s*>)/i)
    .map((part) => (/^<pre\b/i.test(part) ? part : part.replace(/\s+/g, ' ')))
    .join('');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), match);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), match);
    return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

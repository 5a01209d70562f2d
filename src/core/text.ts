/** Text helpers shared by the stages. */

/** A web address up to the next space ("https://maps.google.com/?q=1,2", "www.example.com"). Use with replace or search. */
export const WEB_ADDRESS_RE = /\b(?:https?:\/\/|www\.)\S+/giu;

/** Words shown in place of a quote for a message with no text, such as a photo or a voice note. */
export const NO_TEXT = '(a message with no text, such as a photo or voice note)';

/**
 * Cuts `text` to at most `max` UTF-16 units without splitting a surrogate
 * pair, so an emoji is kept whole or left out, never halved. Adds "…" when
 * the text was cut; the result, ellipsis included, is at most `max` units.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Returns a count with its noun, plural after any count but 1: "1 message", "3 messages". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

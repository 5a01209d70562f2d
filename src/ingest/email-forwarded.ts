/**
 * Date lines in the header that mailparser renders into the text of an inline
 * forwarded message (`message/rfc822`), where it writes the current time for an unreadable Date.
 */

const UNREAD_DATE = '\u0000unreadable-date\u0000';

/**
 * Creates the `formatDateString` option for one parse. It renders a date that
 * falls between its creation and its call as a marker, because mailparser 3.14
 * sets an unreadable date to the time it read the header.
 * NOTE: a readable date naming the exact milliseconds of the parse is dropped as well.
 */
export function forwardedDateFormatter(): (date: Date) => string {
  const start = Date.now();
  return (date) => {
    const time = date.getTime();
    return time >= start && time <= Date.now() ? UNREAD_DATE : date.toUTCString();
  };
}

/** Removes the rendered Date lines (text) and table rows (HTML) that contain the unreadable-date marker. */
export function dropUnreadDates(text: string): string {
  if (!text.includes(UNREAD_DATE)) return text;
  return text
    .replace(/^Date: \u0000unreadable-date\u0000\n/gm, '')
    .replace(/<tr><td class="mp_head_key">Date:<\/td><td class="mp_head_value">\u0000unreadable-date\u0000<td><\/tr>\n?/g, '')
    .replaceAll(UNREAD_DATE, '');
}

/** Shapes of JSON record exports: a bare array, or an object that wraps the array (`{"data": [...], "total": 1}`). */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the names of an object's properties whose value is an array containing objects. */
export function recordArrayKeys(document: Record<string, unknown>): string[] {
  return Object.entries(document)
    .filter(([, value]) => Array.isArray(value) && value.some(isObject))
    .map(([key]) => key);
}

/**
 * Returns the records that an object wraps in its single array-of-objects
 * property (`data`, `inquiries`, `results`, `submissions`...), or null when
 * the object has no such property or more than one.
 */
export function wrappedRecords(document: unknown): unknown[] | null {
  if (!isObject(document)) return null;
  const keys = recordArrayKeys(document);
  if (keys.length !== 1) return null;
  return document[keys[0]!] as unknown[];
}

/**
 * Returns the keys at the top level of a JSON object text, which may be cut
 * off: keys inside nested objects and arrays, and inside strings, are
 * skipped. Keys are returned as written, escapes included.
 */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    else if (char === '"') {
      const end = stringEnd(text, i);
      const closed = end > i && text[end] === '"';
      if (depth === 1 && closed && /^\s*:/.test(text.slice(end + 1, end + 40))) keys.push(text.slice(i + 1, end));
      i = end;
    }
  }
  return keys;
}

/** Returns the index of the quote that closes the string opened at `start`, or the text's last index. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

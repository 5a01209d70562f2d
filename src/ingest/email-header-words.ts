/** Repairs of RFC 2047 encoded words that mailparser decodes wrongly. */
import iconv from 'iconv-lite';

/** An RFC 2047 encoded word: =?charset?Q|B?text?= */
const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;

/**
 * Rewrites encoded words in the header block of a raw message so that
 * mailparser 3.x decodes them right:
 * - raw 8-bit bytes inside a Q-encoded word (some clients write "Frösche"
 *   unescaped) become =XX escapes, where mailparser would first read them
 *   as UTF-8 and turn them into replacement characters;
 * - UTF-7 words, which mailparser leaves undecoded ("Fr+APY-sche"), are
 *   decoded with iconv-lite and written back as UTF-8 base64 words.
 * The body is left untouched. Returns the input when nothing needs a repair.
 */
export function repairEncodedWords(raw: Buffer): Buffer {
  const headerEnd = findHeaderEnd(raw);
  const header = raw.subarray(0, headerEnd).toString('latin1');
  if (!header.includes('=?')) return raw;
  const repaired = header.replace(ENCODED_WORD, repairWord);
  if (repaired === header) return raw;
  return Buffer.concat([Buffer.from(repaired, 'latin1'), raw.subarray(headerEnd)]);
}

function repairWord(word: string, charset: string, encoding: string, text: string): string {
  const isQ = encoding.toUpperCase() === 'Q';
  if (charset.toLowerCase().replace(/[^a-z0-9]/g, '') === 'utf7' && iconv.encodingExists('utf7')) {
    const bytes = isQ ? decodeQ(text) : Buffer.from(text, 'base64');
    const decoded = iconv.decode(bytes, 'utf7');
    return `=?UTF-8?B?${Buffer.from(decoded, 'utf8').toString('base64')}?=`;
  }
  if (isQ && /[\x80-\xff]/.test(text)) {
    const escaped = text.replace(/[\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `=?${charset}?${encoding}?${escaped}?=`;
  }
  return word;
}

/** Decodes the Q encoding of RFC 2047 (underscore is space, =XX is a byte) to bytes. */
function decodeQ(text: string): Buffer {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === '_') bytes.push(0x20);
    else if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(index + 1, index + 3))) {
      bytes.push(parseInt(text.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(char.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

/** Returns the offset of the blank line that ends the header block, or the length when there is none. */
function findHeaderEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const ends = [crlf, lf].filter((index) => index >= 0);
  return ends.length > 0 ? Math.min(...ends) : raw.length;
}

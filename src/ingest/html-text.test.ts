import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

describe('htmlToText', () => {
  it('breaks blocks and decodes entities', () => {
    const html = '<html><head><style>p{}</style></head><body><p>Price &amp; MOQ?</p><div>USD&nbsp;2.35&#47;pc<br>FOB</div></body></html>';
    expect(htmlToText(html)).toBe('Price & MOQ?\nUSD 2.35/pc\nFOB');
  });

  it('reads source line breaks as spaces', () => {
    const html = '<p><b>From:</b>\n<span>Sales [mailto:s@example.com]</span><br><b>Sent:</b> Tuesday, March 10, 2026 9:15\nAM</p>';
    expect(htmlToText(html)).toBe('From: Sales [mailto:s@example.com]\nSent: Tuesday, March 10, 2026 9:15 AM');
  });

  it('breaks lines at block starts and rules', () => {
    expect(htmlToText('<div>Hi<div>there</div><hr><b>From:</b> s@example.com</div>')).toBe('Hi\nthere\nFrom: s@example.com');
  });

  it('keeps blank lines of empty blocks', () => {
    expect(htmlToText('<div>Price ok.</div><div><br></div><div>Omar</div>')).toBe('Price ok.\n\nOmar');
  });

  it('keeps line breaks inside pre and drops comments', () => {
    expect(htmlToText('<!-- note --><pre>Item A  2.35\nItem B  3.10</pre>')).toBe('Item A 2.35\nItem B 3.10');
  });

  it('keeps unknown entities', () => {
    expect(htmlToText('a &bogus; b')).toBe('a &bogus; b');
  });
});

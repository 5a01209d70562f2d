import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

describe('htmlToText', () => {
  it('breaks blocks and decodes entities', () => {
    const html = '<html><head><style>p{}</style></head><body><p>Price &amp; MOQ?</p><div>USD&nbsp;2.35&#47;pc<br>FOB</div></body></html>';
    expect(htmlToText(html)).toBe('Price & MOQ?\nUSD 2.35/pc\nFOB');
  });

  it('keeps unknown entities', () => {
    expect(htmlToText('a &bogus; b')).toBe('a &bogus; b');
  });
});

import { describe, expect, it } from 'vitest';
import { normalizedMessage, parsedMessage } from '../test-support/parsed-message.js';
import { sourceFile, summarizeSources } from './source-summary.js';

describe('sourceFile', () => {
  it.each([
    ['/x/inbox.mbox#message=3,offset=912', '/x/inbox.mbox'],
    ['/x/chat.zip!_chat.txt#line=4', '/x/chat.zip'],
    ['/x/chat.zip!folder/_chat.txt#line=4', '/x/chat.zip'],
    ['/x/rfq.csv#line=2', '/x/rfq.csv'],
    ['/x/#1 orders/po.eml', '/x/#1 orders/po.eml'],
    ['po.eml', 'po.eml'],
  ])('maps %s to %s', (source, file) => {
    expect(sourceFile(source)).toBe(file);
  });
});

describe('summarizeSources', () => {
  it('counts repeats within the run as duplicates of their file', () => {
    const parsed = [
      parsedMessage({ source: 'a.txt#line=1' }),
      parsedMessage({ source: 'a.txt#line=2' }),
      parsedMessage({ source: 'b.txt#line=1' }),
      parsedMessage({ source: 'b.txt#line=2', sentAt: 'never' }),
    ];
    const normalized = [normalizedMessage({ id: '1', source: 'a.txt#line=1' }), normalizedMessage({ id: '2', source: 'a.txt#line=2' })];
    const summary = summarizeSources({
      parsed,
      normalized,
      ingestQuarantine: [{ source: 'c.txt', reason: 'unreadable', raw: null }],
      normalizeQuarantine: [{ source: 'b.txt#line=2', reason: 'invalid sentAt', raw: null }],
      writes: new Map([['a.txt', { inserted: 1, unchanged: 1, updated: 0 }]]),
    });
    expect(summary).toEqual([
      { source: 'a.txt', read: 2, stored: 1, duplicate: 1, updated: 0, quarantined: 0 },
      { source: 'b.txt', read: 2, stored: 0, duplicate: 1, updated: 0, quarantined: 1 },
      { source: 'c.txt', read: 0, stored: 0, duplicate: 0, updated: 0, quarantined: 1 },
    ]);
  });
});

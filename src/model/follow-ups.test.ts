import { describe, expect, it } from 'vitest';
import { buildContext } from './context.js';
import { followUpEntries, isAcknowledgement } from './follow-ups.js';
import { at, conversation, type MessageSpec } from './test-builder.js';

const MINUTE = 1 / 60;

function timeline(specs: MessageSpec[]) {
  return buildContext(conversation(specs), at(100)).timeline;
}

function followUpIds(specs: MessageSpec[]): string[] {
  return followUpEntries(timeline(specs)).map((entry) => entry.message.id);
}

describe('isAcknowledgement', () => {
  it.each(['ok', '👍', 'Ok merci', 'Location: https://maps.google.com/?q=38.72,-9.14', '<Media omitted>'])('reads "%s" as one', (text) => {
    expect(isAcknowledgement(timeline([{ id: 'a', dir: 'in', h: 0, text }])[0]!)).toBe(true);
  });

  it('reads a short question as a request', () => {
    expect(isAcknowledgement(timeline([{ id: 'a', dir: 'in', h: 0, text: 'any update?' }])[0]!)).toBe(false);
  });

  it('reads a short signal line as a request', () => {
    const [entry] = timeline([{ id: 'a', dir: 'in', h: 0, text: 'urgent pls', signals: [['intent.urgency', 'urgent']] }]);
    expect(isAcknowledgement(entry!)).toBe(false);
  });

  it('reads a longer line as a request', () => {
    expect(isAcknowledgement(timeline([{ id: 'a', dir: 'in', h: 0, text: 'Still waiting for the proforma' }])[0]!)).toBe(false);
  });
});

describe('followUpEntries', () => {
  it('counts a chase after a pause', () => {
    const ids = followUpIds([
      { id: 'm1', dir: 'in', h: 0, text: 'Price for 500 pcs FOB Ningbo' },
      { id: 'm2', dir: 'in', h: 5, text: 'Any news on the price?' },
    ]);
    expect(ids).toEqual(['m2']);
  });

  it('reads a burst of lines as one turn', () => {
    const ids = followUpIds([
      { id: 'm1', dir: 'in', h: 0, text: 'Hi Mei' },
      { id: 'm2', dir: 'in', h: 2 * MINUTE, text: 'We need the price for 500 pcs' },
      { id: 'm3', dir: 'in', h: 4 * MINUTE, text: 'Delivery to Jebel Ali please' },
    ]);
    expect(ids).toEqual([]);
  });

  it('skips acknowledgements and media', () => {
    const ids = followUpIds([
      { id: 'm1', dir: 'in', h: 0, text: 'Send the proforma please' },
      { id: 'm2', dir: 'in', h: 3, text: '👍' },
      { id: 'm3', dir: 'in', h: 6, text: 'IMG-0042.jpg (file attached)', attachments: [{ name: 'IMG-0042.jpg', mediaType: 'image/jpeg', size: 1 }] },
    ]);
    expect(ids).toEqual([]);
  });

  it('starts again after a seller reply', () => {
    const ids = followUpIds([
      { id: 'm1', dir: 'in', h: 0, text: 'Price for 500 pcs?' },
      { id: 'm2', dir: 'out', h: 1, text: 'USD 2.35 FOB' },
      { id: 'm3', dir: 'in', h: 5, text: 'Can you do USD 2.10?' },
    ]);
    expect(ids).toEqual([]);
  });
});

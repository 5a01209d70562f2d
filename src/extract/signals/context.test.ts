import { describe, expect, it } from 'vitest';
import { analyze, expectNoSignal, signalsOf } from '../test-builder.js';

const NO_SENDER = { name: null, email: null, phone: null };

describe('context signals', () => {
  it('always reports the language', () => {
    const [signal] = signalsOf(analyze('Need 2x40HQ, best FOB price?'), 'context.language');
    expect(signal?.value).toBe('en');
  });

  it('takes the language from the input when given', () => {
    const [signal] = signalsOf(analyze('hola', { language: 'es' }), 'context.language');
    expect(signal).toMatchObject({ value: 'es', strength: 1 });
  });

  it('reads the timezone from the sentAt offset', () => {
    const [signal] = signalsOf(analyze('hello', { sentAt: '2026-03-10T09:15:00-05:00' }), 'context.timezone');
    expect(signal?.value).toBe('-05:00');
  });

  it('has no timezone without an offset', () => {
    expectNoSignal('hello', 'context.timezone', { sentAt: '2026-03-10T09:15:00' });
  });

  it('reads the region from the sender phone first', () => {
    const [signal] = signalsOf(analyze('Deliver to Lagos', { sender: { ...NO_SENDER, phone: '+966501234567' } }), 'context.region');
    expect(signal?.value).toBe('SA');
  });

  it('reads the region from a country-code email domain', () => {
    const [signal] = signalsOf(analyze('hello', { sender: { ...NO_SENDER, email: 'omar@trading.co.uk' } }), 'context.region');
    expect(signal?.value).toBe('GB');
  });

  it('reads the region from a city in the text', () => {
    const [signal] = signalsOf(analyze('We are a wholesaler in Nairobi'), 'context.region');
    expect(signal).toMatchObject({ value: 'KE' });
    expect(signal?.evidence[0]?.text).toBe('Nairobi');
  });

  it('does not take the origin port after FOB as the buyer region', () => {
    expectNoSignal('Price FOB Ningbo', 'context.region');
  });

  it('has no region from a generic domain', () => {
    expectNoSignal('hello', 'context.region', { sender: { ...NO_SENDER, email: 'a@startup.io' } });
  });

  it('reads attachment kinds', () => {
    const attachments = [
      { name: 'housing.STEP', mediaType: 'application/octet-stream', size: 1 },
      { name: 'spec sheet v2.pdf', mediaType: 'application/pdf', size: 1 },
      { name: 'photo.jpg', mediaType: 'image/jpeg', size: 1 },
    ];
    const values = signalsOf(analyze('see attached', { attachments }), 'context.file_type').map((s) => s.value);
    expect(values).toEqual(['cad', 'spec_sheet', 'image']);
  });

  it('has no file type without attachments', () => {
    expectNoSignal('see attached', 'context.file_type');
  });
});

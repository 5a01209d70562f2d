import { describe, expect, it } from 'vitest';
import { signaturePhones } from './identity-keys-signature.js';

describe('signaturePhones', () => {
  it('reads a local number with the default country', () => {
    const body = 'Please send the invoice.\n\nBest regards,\nOmar Haddad\nTel: 055 010 0123\n';
    expect(signaturePhones(body, 'AE')).toEqual(['+971550100123']);
  });

  it('reads an international number without a default country', () => {
    const body = 'Thanks\n\n--\nLena Vogt\nMobile +49 151 23456789\n';
    expect(signaturePhones(body)).toEqual(['+4915123456789']);
  });

  it('ignores numbers in the message text', () => {
    const body = 'Call me on +971 55 010 0123 tomorrow about the order.\n';
    expect(signaturePhones(body, 'AE')).toEqual([]);
  });

  it('ignores the signature of a quoted message', () => {
    const body = [
      'OK, confirmed.',
      '',
      'On Mon, 9 Mar 2026, Mei Lin wrote:',
      '> Price is 2.10 USD.',
      '> Best regards,',
      '> Mei Lin',
      '> +86 138 0013 8000',
    ].join('\n');
    expect(signaturePhones(body, 'AE')).toEqual([]);
  });
});

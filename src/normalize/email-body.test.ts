import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../ingest/email.js';
import { testDataPath } from '../ingest/test-paths.js';
import { cleanEmailBody, isAutomatedEmail } from './email-body.js';

const CRISP = 'crisp-email-reply-parser/test/fixtures/';
const WILLDURAND = 'EmailReplyParser/tests/Fixtures/';
const TALON = 'talon/tests/fixtures/standard_replies/';

const fixture = (file: string) => readFileSync(testDataPath(file), 'utf8');

/** Body of a talon fixture, or null for the ones without a Date header (quarantined). */
async function talonBody(name: string): Promise<string | null> {
  const item = await parseEmail(readFileSync(testDataPath(TALON + name)), name);
  return item.kind === 'message' ? item.message.body : null;
}

describe('cleanEmailBody', () => {
  it.each(['iphone', 'sparrow'])('matches talon %s reply text', async (name) => {
    const cleaned = cleanEmailBody((await talonBody(`${name}.eml`)) ?? '');
    const expected = fixture(`${TALON}${name}_reply_text`);
    // talon's expected reply keeps the signature; the cleaner also drops it.
    expect(expected.startsWith(cleaned.text)).toBe(true);
    expect(cleaned.text).toBe('Hello');
    expect(cleaned.removed).toBe('both');
  });

  it('strips quotes from every talon client', async () => {
    const names = readdirSync(testDataPath(TALON)).filter((name) => name.endsWith('.eml'));
    expect(names.length).toBeGreaterThan(10);
    let checked = 0;
    for (const name of names) {
      const body = await talonBody(name);
      if (body === null) continue;
      checked += 1;
      const cleaned = cleanEmailBody(body);
      expect(cleaned.text.length, name).toBeGreaterThan(0);
      expect(cleaned.text, name).not.toMatch(/^>/m);
      expect(cleaned.text, name).not.toMatch(/wrote:\s*$/m);
      expect(cleaned.removed, name).not.toBe('none');
    }
    expect(checked).toBeGreaterThan(10);
  });

  it.each([
    [`${CRISP}email_original_message.txt`, 'quote', '-----original message-----'],
    [`${CRISP}email_german_outlook.txt`, 'quote', 'Von:'],
    [`${CRISP}email_french_2.txt`, 'quote', 'a écrit'],
    [`${CRISP}email_tricky_9_nested_quotes.txt`, 'quote', '>'],
    [`${WILLDURAND}email_thread.txt`, 'quote', 'wrote:'],
    [`${WILLDURAND}email_iphone.txt`, 'signature', 'Sent from my iPhone'],
    [`${CRISP}email_with_regards.txt`, 'signature', 'Regards,'],
    [`${WILLDURAND}email_1.txt`, 'signature', 'mailing list'],
  ])('cuts %s', (file, removed, gone) => {
    const cleaned = cleanEmailBody(fixture(file));
    expect(cleaned.removed === removed || cleaned.removed === 'both').toBe(true);
    expect(cleaned.text).not.toContain(gone);
    expect(cleaned.text.length).toBeGreaterThan(0);
  });

  it('keeps inline replies between quotes', () => {
    const cleaned = cleanEmailBody(fixture(`${CRISP}email_tricky_18_inline_reply.txt`));
    expect(cleaned.text.split(/\n+/)).toHaveLength(3);
    expect(cleaned.text).not.toContain('>');
  });

  it.each([
    'email_tricky_1_on_false_positive.txt',
    'email_tricky_4_from_in_body.txt',
    'email_tricky_6_regards_in_sentence.txt',
    'email_tricky_7_multiple_dashes.txt',
    'email_tricky_8_sent_from_in_content.txt',
    'email_tricky_13_timestamp_variations.txt',
  ])('keeps real content of %s', (file) => {
    const body = fixture(CRISP + file);
    const cleaned = cleanEmailBody(body);
    expect(cleaned.text).toBe(body.replace(/\r\n?/g, '\n').trim());
    expect(cleaned.removed).toBe('none');
  });

  it('keeps a mid-text divider', () => {
    const body = 'Offer below.\n\n----\n\nItem A: USD 2.35/pc, MOQ 5,000 pcs.\nItem B: USD 3.10/pc.\n\nPlease confirm by Friday.';
    expect(cleanEmailBody(body)).toEqual({ text: body, removed: 'none' });
  });

  it('drops a short sign-off block', () => {
    const cleaned = cleanEmailBody('Please quote 5,000 pcs CIF Jebel Ali.\n\nBest regards,\nOmar\nPurchasing');
    expect(cleaned).toEqual({ text: 'Please quote 5,000 pcs CIF Jebel Ali.', removed: 'signature' });
  });
});

describe('isAutomatedEmail', () => {
  it('detects headers and subjects', () => {
    expect(isAutomatedEmail({ headers: new Map([['auto-submitted', 'auto-replied']]) })).toBe(true);
    expect(isAutomatedEmail({ headers: new Map([['auto-submitted', 'no']]) })).toBe(false);
    expect(isAutomatedEmail({ headers: { precedence: 'bulk' } })).toBe(true);
    expect(isAutomatedEmail({ headers: { 'x-autoreply': 'yes' } })).toBe(true);
    expect(isAutomatedEmail({ subject: 'Out of Office: back Monday' })).toBe(true);
    expect(isAutomatedEmail({ subject: 'Automatic reply: RFQ 17' })).toBe(true);
    expect(isAutomatedEmail({ subject: 'Undeliverable: RFQ 17' })).toBe(true);
    expect(isAutomatedEmail({ subject: 'Delivery Status Notification (Failure)' })).toBe(true);
    expect(isAutomatedEmail({ from: 'MAILER-DAEMON@example.com' })).toBe(true);
  });

  it('leaves buyer mail alone', () => {
    expect(isAutomatedEmail({ subject: 'Re: quote for 2x40HQ', from: 'buyer@example.com', body: 'Price is too high.' })).toBe(false);
  });

  it('flags sisimai bounces', async () => {
    const folder = 'sisimai-set-of-emails/maildir/bsd/';
    const names = readdirSync(testDataPath(folder)).filter((name) => /^rfc3464-/.test(name)).slice(0, 10);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const item = await parseEmail(readFileSync(testDataPath(folder + name)), name);
      if (item.kind === 'message') expect(item.message.automated, name).toBe(true);
    }
  });
});

describe('cleanEmailBody mobile footers', () => {
  it.each([
    ['Sent from my iPhone', 'Our offer: USD 2.35/pc, valid 30 days.'],
    ['Envoyé de mon iPhone', 'Notre offre : USD 2,35/pc, valable 30 jours.'],
    ['Von meinem iPhone gesendet', 'Unser Angebot: USD 2,35/Stk., gültig 30 Tage.'],
    ['Enviado desde mi iPhone', 'Nuestra oferta: USD 2,35/pz, válida 30 días.'],
    ['Enviado do meu iPhone', 'Nossa oferta: USD 2,35/pç, válida 30 dias.'],
    ['Inviato da iPhone', 'La nostra offerta: USD 2,35/pz, valida 30 giorni.'],
    ['Отправлено с iPhone', 'Наше предложение: 2,35 USD/шт., действует 30 дней.'],
    ['أرسلت من iPhone', 'عرضنا: 2.35 دولار للقطعة، صالح 30 يوما.'],
  ])('cuts the unmarked history under %s', (footer, history) => {
    const cleaned = cleanEmailBody(`Price is fine.\n\n${footer}\n\n${history}`);
    expect(cleaned).toEqual({ text: 'Price is fine.', removed: 'both' });
  });

  it.each([
    'Sent via DHL yesterday.\n\nTracking number follows tomorrow.',
    'Samples arrived.\n\nSent from my office in Dubai, the price list follows.\n\nItem A: USD 2.35/pc',
  ])('keeps a sentence that starts like a footer: %s', (body) => {
    expect(cleanEmailBody(body)).toEqual({ text: body, removed: 'none' });
  });
});

describe('cleanEmailBody wrapped quotes', () => {
  it('drops wrapped tails of quoted lines', () => {
    const body = [
      'See below.',
      '',
      '> I feel somewhat vindicated in the position that I had previously taken with',
      'management',
      '> when I suggested selling off the domestic operations.',
    ].join('\n');
    expect(cleanEmailBody(body).text).toBe('See below.');
  });

  it('keeps an inline reply between quotes', () => {
    const body = ['> Can you ship in May?', 'Yes, we can ship on 12 May from Ningbo.', '> And the price?'].join('\n');
    expect(cleanEmailBody(body).text).toContain('Yes, we can ship on 12 May from Ningbo.');
  });
});

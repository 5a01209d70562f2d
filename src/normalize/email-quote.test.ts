import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../ingest/email.js';
import { testDataPath } from '../ingest/test-paths.js';
import { cleanEmailBody } from './email-body.js';
import { findQuoteStart } from './email-quote.js';

const REPLY = 'Price is fine, please send the PI.';

describe('localized quote headers', () => {
  it.each([
    ['en Gmail', 'On Tue, Mar 10, 2026 at 9:15 AM Sales <s@example.com> wrote:'],
    ['en Apple Mail', 'On Mar 10, 2026, at 09:15, Sales <s@example.com> wrote:'],
    ['fr', 'Le mar. 10 mars 2026 à 09:15, Sales <s@example.com> a écrit :'],
    ['de', 'Am Di., 10. März 2026 um 09:15 Uhr schrieb Sales <s@example.com>:'],
    ['es', 'El mar, 10 mar 2026 a las 9:15, Sales (<s@example.com>) escribió:'],
    ['pt', 'Em ter., 10 de mar. de 2026 às 09:15, Sales <s@example.com> escreveu:'],
    ['it', 'Il giorno mar 10 mar 2026 alle ore 09:15 Sales <s@example.com> ha scritto:'],
    ['ru написал', '10 марта 2026 г., в 9:15, Sales <s@example.com> написал(а):'],
    ['ru пишет', '10.03.2026 9:15, Sales пишет:'],
    ['ar', 'في الثلاثاء، ١٠ مارس ٢٠٢٦ ٩:١٥ ص كتب Sales <s@example.com>:'],
    ['zh', 'Sales <s@example.com> 于2026年3月10日周二 09:15写道：'],
    ['uk', '10 березня 2026 р. о 09:15 Sales <s@example.com> написав:'],
    ['ca', 'El 10/03/2026 9:15, Sales <s@example.com> ha escrit:'],
    ['no verb before address', 'tir. 10. mar. 2026 kl. 09:15 skrev Sales <s@example.com>:'],
    ['gmail date first', '2026-03-10 9:15 GMT+04:00 Sales <s@example.com>:'],
    ['ko date first', '2026. 3. 10. 오전 9:15 Sales <s@example.com> 작성:'],
    ['usenet writes', 's@example.com (Sales) writes:'],
  ])('cuts the %s reply header', (_language, header) => {
    const cleaned = cleanEmailBody(`${REPLY}\n\n${header}\n> Our offer: USD 2.35/pc.`);
    expect(cleaned.text).toBe(REPLY);
    expect(cleaned.removed).toBe('quote');
  });

  it('cuts a wrapped Gmail header', () => {
    const body = `${REPLY}\n\nOn Tue, Mar 10, 2026 at 9:15 AM Sales Team <\nsales@example.com> wrote:\n> Offer`;
    expect(cleanEmailBody(body).text).toBe(REPLY);
  });

  it.each([
    ['en', '-----Original Message-----\nFrom: Sales\nSent: Tuesday, March 10, 2026 9:15 AM\nTo: Buyer\nSubject: Offer'],
    ['de', '-----Ursprüngliche Nachricht-----\nVon: Sales\nGesendet: Dienstag, 10. März 2026 09:15\nAn: Buyer\nBetreff: Angebot'],
    ['de block', 'Von: Sales <s@example.com>\nGesendet: Dienstag, 10. März 2026 09:15\nAn: Buyer\nBetreff: Angebot'],
    ['fr', 'De : Sales <s@example.com>\nEnvoyé : mardi 10 mars 2026 09:15\nÀ : Buyer\nObjet : Offre'],
    ['es', 'De: Sales <s@example.com>\nEnviado: martes, 10 de marzo de 2026 9:15\nPara: Buyer\nAsunto: Oferta'],
    ['pt', 'De: Sales <s@example.com>\nEnviado: terça-feira, 10 de março de 2026 09:15\nPara: Buyer\nAssunto: Oferta'],
    ['it', 'Da: Sales <s@example.com>\nInviato: martedì 10 marzo 2026 09:15\nA: Buyer\nOggetto: Offerta'],
    ['ru', 'От: Sales <s@example.com>\nОтправлено: 10 марта 2026 г. 9:15\nКому: Buyer\nТема: Предложение'],
    ['ar', 'من: Sales <s@example.com>\nأرسل: الثلاثاء، 10 مارس 2026 09:15\nإلى: Buyer\nالموضوع: عرض'],
    ['outlook rule', '________________________________\nFrom: Sales <s@example.com>\nSent: Tuesday, March 10, 2026 9:15 AM\nTo: Buyer'],
  ])('cuts the %s Outlook block', (_language, block) => {
    const cleaned = cleanEmailBody(`${REPLY}\n\n${block}\n\nOur offer: USD 2.35/pc.`);
    expect(cleaned.text).toBe(REPLY);
  });

  it.each([
    'Sent from my iPhone',
    'Enviado desde mi iPhone',
    'Envoyé de mon iPhone',
    'Von meinem iPhone gesendet',
    'Enviado do meu iPhone',
    'Inviato da iPhone',
    'Отправлено с iPhone',
    'أرسلت من iPhone',
  ])('drops the mobile footer %s', (footer) => {
    const cleaned = cleanEmailBody(`${REPLY}\n\n${footer}`);
    expect(cleaned).toEqual({ text: REPLY, removed: 'signature' });
  });

  it.each(['-----', '=====', '*****'])('keeps content after a %s divider', (divider) => {
    const body = `Offer below.\n\n${divider}\n\nItem A: USD 2.35/pc, MOQ 5,000 pcs.\nItem B: USD 3.10/pc.\n\nPlease confirm by Friday.`;
    expect(cleanEmailBody(body).text).toBe(body);
  });

  it.each([
    ['en', 'On Tue, Mar 10, 2026 at 9:15 AM Sales <s@example.com> wrote:', 'Can you ship in May?', 'Yes, on 12 May.'],
    ['fr', 'Le mar. 10 mars 2026 à 09:15, Sales <s@example.com> a écrit :', 'Livraison en mai ?', 'Oui, le 12 mai.'],
    ['de', 'Am Di., 10. März 2026 um 09:15 Uhr schrieb Sales <s@example.com>:', 'Lieferung im Mai?', 'Ja, am 12. Mai.'],
    ['es', 'El mar, 10 mar 2026 a las 9:15, Sales (<s@example.com>) escribió:', '¿Entrega en mayo?', 'Sí, el 12 de mayo.'],
    ['pt', 'Em ter., 10 de mar. de 2026 às 09:15, Sales <s@example.com> escreveu:', 'Entrega em maio?', 'Sim, em 12 de maio.'],
    ['it', 'Il giorno mar 10 mar 2026 alle ore 09:15 Sales <s@example.com> ha scritto:', 'Consegna a maggio?', 'Sì, il 12 maggio.'],
    ['ru', '10 марта 2026 г., в 9:15, Sales <s@example.com> написал(а):', 'Поставка в мае?', 'Да, 12 мая.'],
    ['ar', 'في الثلاثاء، ١٠ مارس ٢٠٢٦ ٩:١٥ ص كتب Sales <s@example.com>:', 'هل التسليم في مايو؟', 'نعم، في ١٢ مايو.'],
  ])('keeps the %s reply written under the quote', (_language, header, question, answer) => {
    const cleaned = cleanEmailBody(`Hi,\n${header}\n> ${question}\n\n${answer}`);
    expect(cleaned).toEqual({ text: `Hi,\n\n${answer}`, removed: 'quote' });
  });

  it('drops the quoted sender\'s signature under the quote', () => {
    const body = `${REPLY}\n\nOn Tue, Mar 10, 2026 at 9:15 AM Sales <s@example.com> wrote:\n> Offer attached.\n\n-- \nSales Team\nwww.example.com`;
    expect(cleanEmailBody(body).text).toBe(REPLY);
  });

  it('keeps a wrapped quote line inside the quote', () => {
    const body = `${REPLY}\n\nOn Tue, Mar 10, 2026 at 9:15 AM Sales <s@example.com> wrote:\n> Our offer is valid until the end of\nthe month for all sizes and colours.\n> Regards`;
    expect(cleanEmailBody(body).text).toBe(REPLY);
  });

  it('keeps a sentence that mentions writing', () => {
    const body = 'On Monday our manager wrote the new price list.\nIt is attached.';
    expect(cleanEmailBody(body).text).toBe(body);
  });
});

/** Fixture file with the body to clean; talon fixtures are MIME messages, parsed first. */
async function fixtureBody(folder: string, name: string): Promise<string | null> {
  const raw = readFileSync(testDataPath(folder + name));
  if (!name.endsWith('.eml')) return raw.toString('utf8');
  const item = await parseEmail(raw, name);
  return item.kind === 'message' ? item.message.body : null;
}

/**
 * Checks that the cleaned text is the first reply block: not empty, no quoted
 * line or quote header left, and the fixture's first line kept unless that
 * line is itself quoted history (inline replies).
 */
function keepsFirstReplyBlock(body: string, text: string): boolean {
  const lines = text.split('\n');
  if (text.trim() === '' || lines.some((line) => /^\s*>/.test(line)) || findQuoteStart(lines) >= 0) return false;
  const bodyLines = body.replace(/\r\n?/g, '\n').split('\n');
  const first = bodyLines.find((line) => line.trim() !== '')?.trim() ?? '';
  const quotedFirst = first.startsWith('>') || findQuoteStart(bodyLines) === bodyLines.findIndex((line) => line.trim() !== '');
  return quotedFirst || text.startsWith(first) || cleanEmailBody(first).text === '';
}

describe('reply fixtures', () => {
  // Pass counts measured on the shared fixtures, so a drop is a regression.
  it.each([
    ['talon/tests/fixtures/standard_replies/', /\.eml$/, 11],
    ['crisp-email-reply-parser/test/fixtures/', /\.txt$/, 90],
    ['EmailReplyParser/tests/Fixtures/', /\.txt$/, 46],
  ])('keeps the first reply block of %s', async (folder, pattern, minimum) => {
    const failures: string[] = [];
    let checked = 0;
    for (const name of readdirSync(testDataPath(folder)).filter((file) => pattern.test(file))) {
      const body = await fixtureBody(folder, name);
      if (body === null) continue;
      checked += 1;
      if (!keepsFirstReplyBlock(body, cleanEmailBody(body).text)) failures.push(name);
    }
    console.info(`${folder}: ${checked - failures.length}/${checked} pass; failing: ${failures.join(', ')}`);
    expect(checked - failures.length).toBeGreaterThanOrEqual(minimum);
  });
});

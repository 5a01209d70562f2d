import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedMessage } from '../core/types.js';
import { parseEmail } from '../ingest/email.js';
import { readInputs } from '../ingest/index.js';
import { testDataPath } from '../ingest/test-paths.js';
import { assessSpamContent } from './email-spam.js';

const MIKEL = 'mikel-mail/spec/fixtures/emails/';
const EVAL_DIR = fileURLToPath(new URL('../../eval/', import.meta.url));
const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/** Parses a shared test file that must be read as one message. */
async function parsedMessage(relative: string): Promise<ParsedMessage> {
  const item = await parseEmail(readFileSync(testDataPath(relative)), relative);
  if (item.kind !== 'message') throw new Error(`${relative} was quarantined: ${item.item.reason}`);
  return item.message;
}

function contentOf(message: ParsedMessage): { subject: string | null; body: string; from: string | null } {
  return { subject: message.subject ?? null, body: message.body, from: message.sender.email };
}

function filesUnder(relative: string, pattern: RegExp): string[] {
  return readdirSync(testDataPath(relative), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => path.join(relative, name));
}

describe('assessSpamContent on fixtures', () => {
  // Spam and bulk mail without List-Unsubscribe or X-Spam headers: stock tips, pharmacy, loans, scams, newsletters.
  it.each([
    `${MIKEL}error_emails/content_transfer_encoding_plain.eml`,
    `${MIKEL}error_emails/content_transfer_encoding_qp_with_space.eml`,
    `${MIKEL}error_emails/content_transfer_encoding_spam.eml`,
    `${MIKEL}error_emails/content_transfer_encoding_text-html.eml`,
    `${MIKEL}error_emails/content_transfer_encoding_with_semi_colon.eml`,
    `${MIKEL}error_emails/content_transfer_encoding_7-bit.eml`,
    `${MIKEL}error_emails/content_transfer_encoding_with_8bits.eml`,
    `${MIKEL}plain_emails/raw_email_incorrect_header.eml`,
  ])('flags header-less spam %s', async (file) => {
    const message = await parsedMessage(file);
    expect(assessSpamContent(contentOf(message)).spam).toBe(true);
    expect(message.automated).toBe(true);
  });

  it('flags an advance-fee scam by content', async () => {
    const message = await parsedMessage(`${MIKEL}error_emails/empty_group_lists.eml`);
    const assessment = assessSpamContent(contentOf(message));
    expect(assessment.spam).toBe(true);
    expect(assessment.cues.filter((cue) => cue.category === 'scam').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves Enron mail alone', async () => {
    const files = filesUnder('spark-mail-enron/mailrecord-utils/src/test/resources/enron/maildir', /\.txt$/);
    expect(files).toHaveLength(13);
    for (const file of files) expect(assessSpamContent(contentOf(await parsedMessage(file))).spam, file).toBe(false);
  });

  it('leaves talon replies alone', async () => {
    let read = 0;
    for await (const item of readInputs([testDataPath('talon/tests/fixtures')])) {
      if (item.kind !== 'message' || item.message.channel !== 'email') continue;
      read += 1;
      expect(assessSpamContent(contentOf(item.message)).spam, item.message.source).toBe(false);
    }
    expect(read).toBeGreaterThan(10);
  });

  it.each([
    ['EmailReplyParser/tests/Fixtures', /\.txt$/, 40],
    ['crisp-email-reply-parser/test/fixtures', /\.txt$/, 80],
    ['mailgun-forge/dataset', /_body$/, 150],
  ] as const)('leaves %s bodies alone', (folder, pattern, least) => {
    const files = filesUnder(folder, pattern);
    expect(files.length).toBeGreaterThan(least);
    for (const file of files) {
      expect(assessSpamContent({ body: readFileSync(testDataPath(file), 'utf8') }).spam, file).toBe(false);
    }
  });

  it('leaves EmailIntentDataSet sentences alone', () => {
    const lines = readFileSync(testDataPath('EmailIntentDataSet/src/resources/Ask0729-fixed.txt'), 'utf8').split('\n');
    const sentences = lines.filter((line) => line.includes('\t')).map((line) => line.slice(line.indexOf('\t') + 1));
    expect(sentences.length).toBeGreaterThan(3000);
    const flagged = sentences.filter((sentence) => assessSpamContent({ body: sentence }).spam);
    expect(flagged).toEqual([]);
  });

  it('flags no labeled buyer message', () => {
    const sets = readdirSync(EVAL_DIR).filter((name) => /^train\d*$/.test(name));
    expect(sets.length).toBeGreaterThan(0);
    const flagged: string[] = [];
    let read = 0;
    for (const set of sets) {
      for (const file of readdirSync(path.join(EVAL_DIR, set)).filter((name) => name.endsWith('.jsonl'))) {
        const lines = readFileSync(path.join(EVAL_DIR, set, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
        for (const line of lines) {
          const { id, text } = JSON.parse(line) as { id: string; text: string };
          read += 1;
          if (assessSpamContent({ body: text }).spam) flagged.push(id);
        }
      }
    }
    expect(read).toBeGreaterThan(5000);
    expect(flagged).toEqual([]);
  });

  it('flags no message of the bundled samples', async () => {
    let read = 0;
    for await (const item of readInputs([SAMPLES_DIR])) {
      if (item.kind !== 'message') continue;
      read += 1;
      const message = item.message;
      expect(assessSpamContent(contentOf(message)).spam, message.source).toBe(false);
      expect(message.automated ?? false, message.source).toBe(false);
    }
    expect(read).toBeGreaterThan(50);
  });
});

describe('assessSpamContent cues', () => {
  it.each([
    ['en', 'Congratulations! You have won the international lottery. Click here to claim your prize before it expires.'],
    ['es', '¡Felicidades! Usted ha sido seleccionado como ganador de la lotería anual. Haga clic aquí para reclamar su premio. Oferta por tiempo limitado.'],
    ['pt', 'Parabéns! Você foi sorteado e tem um prêmio em dinheiro esperando. Clique aqui para resgatar seu prêmio. Para deixar de receber estes e-mails, descadastre-se.'],
    ['fr', 'Félicitations ! Vous avez gagné à notre loterie. Cliquez ici pour réclamer votre gain. Pour ne plus recevoir nos offres, désinscrivez-vous.'],
    ['ar', 'مبروك! لقد ربحت جائزة نقدية في اليانصيب. اضغط هنا لاستلام جائزتك. لإلغاء الاشتراك اضغط هنا.'],
  ])('flags %s prize scam', (_language, body) => {
    expect(assessSpamContent({ body }).spam).toBe(true);
  });

  // Buyer requests that hold the weak words of bulk mail: "offer", "free", "click", "urgent", "order now".
  it.each([
    ['en', 'Hi, please send your best offer for 5,000 pcs of the 18W panel. Free samples? Click the link to our RFQ form. Urgent order.'],
    ['en', 'Congratulations on the new factory! Please reply today with the price list, we want to order now. Click here for our company profile.'],
    ['en', 'We run a pharmacy chain and need blister packs of vitamin C. Is a free trial batch possible? Reply now please, our tender closes Friday.'],
    ['es', 'Hola, ¿nos pueden enviar su mejor oferta? ¿Muestras gratis? Es un pedido urgente, respondan hoy. Haga clic aquí para ver nuestra solicitud. ¡Felicidades por la feria!'],
    ['pt', 'Bom dia, parabéns pela feira! Amostras grátis? Pedido urgente, por favor respondam hoje. Clique aqui para baixar o desenho. Não perca o prazo do concurso.'],
    ['fr', 'Bonjour, félicitations pour le salon. Votre meilleure offre ? Échantillons gratuits ? Cliquez ici pour télécharger notre dossier. Commande urgente, ne manquez pas la date limite.'],
    ['ar', 'مرحبا، مبروك على المعرض. نرجو إرسال أفضل سعر لـ 500 قطعة. هل العينات مجانية؟ اضغط هنا لتحميل الرسم. طلب عاجل، لا تفوت الفرصة.'],
  ])('leaves %s buyer request alone', (_language, body) => {
    expect(assessSpamContent({ body }).spam).toBe(false);
  });

  it.each(['Viagra', 'Click here', 'Unsubscribe', 'Congratulations!', 'Order now', 'Free', 'Send your best offer', 'Price?', 'Lottery'])(
    'never flags one cue alone: %s',
    (body) => {
      expect(assessSpamContent({ body }).spam).toBe(false);
    },
  );

  it('ignores spam quoted in a reply', () => {
    const spam = 'Congratulations! You have won the lottery.\nClick here to claim your prize.\nTo unsubscribe, click here.';
    const quoted = spam.replace(/^/gm, '> ');
    const reply = `Is this offer from you? Please call me.\n\nOn Mon, 2 Mar 2026 at 10:00, Promo Desk wrote:\n${quoted}`;
    expect(assessSpamContent({ body: spam }).spam).toBe(true);
    expect(assessSpamContent({ body: reply }).spam).toBe(false);
    expect(assessSpamContent({ body: reply }).cues).toEqual([]);
  });

  it('lowers the score for trade words', () => {
    const pitch = 'Congratulations! Reply today, order now and click here for a free gift.';
    const plain = assessSpamContent({ body: pitch });
    const trade = assessSpamContent({ body: `${pitch} MOQ 500 pcs, FOB Ningbo.` });
    expect(trade.score).toBeLessThan(plain.score);
    expect(trade.cues.some((cue) => cue.category === 'trade' && cue.weight < 0)).toBe(true);
  });

  it('returns each cue with its words and points', () => {
    const assessment = assessSpamContent({ subject: 'Investor Alert', body: 'Ticker: IGTS. Big mover next week, jump on board while you can!' });
    expect(assessment.spam).toBe(true);
    expect(assessment.cues.map((cue) => [cue.category, cue.text.toLowerCase()])).toEqual([
      ['investment', 'investor alert'],
      ['investment', 'ticker:'],
      ['investment', 'big mover'],
      ['pitch', 'jump on board'],
      ['pitch', 'while you can'],
    ]);
    expect(assessment.score).toBe(assessment.cues.reduce((sum, cue) => sum + cue.weight, 0));
  });

  it('counts a repeated cue once', () => {
    const once = assessSpamContent({ body: 'Click here.' });
    const thrice = assessSpamContent({ body: 'Click here. Click here. Click here.' });
    expect(thrice.score).toBe(once.score);
    expect(thrice.cues).toHaveLength(1);
  });

  it('matches accents, hamza and letter runs loosely', () => {
    expect(assessSpamContent({ body: 'loteria' }).cues.map((cue) => cue.category)).toEqual(['scam']);
    expect(assessSpamContent({ body: 'Lotería' }).cues.map((cue) => cue.category)).toEqual(['scam']);
    expect(assessSpamContent({ body: 'لإلغاء الاشتراك' }).cues.map((cue) => cue.category)).toEqual(['bulkFooter']);
    expect(assessSpamContent({ body: 'Tuuuuurn oooooff notiiificatiiiiions heeeeeeere' }).cues.map((cue) => cue.category)).toEqual([
      'bulkFooter',
    ]);
  });

  it('counts a bulk sender address', () => {
    const assessment = assessSpamContent({ from: 'news@mail.example.com', body: 'To unsubscribe, click here.' });
    expect(assessment.cues.map((cue) => cue.category)).toEqual(['bulkFooter', 'pitch', 'sender']);
    expect(assessment.spam).toBe(true);
  });
});

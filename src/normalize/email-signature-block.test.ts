import { describe, expect, it } from 'vitest';
import { cleanEmailBody } from './email-body.js';
import { isContactLine, isNameLine } from './email-signature-block.js';

const REQUEST = 'Please quote 5,000 pcs CIF Jebel Ali.';

describe('name sign-off blocks', () => {
  it.each([
    ['en first name', `${REQUEST}\n\nOmar`, REQUEST],
    [
      'en with contacts',
      `${REQUEST}\n\nOmar Haddad\nPurchasing Manager\nGulf Trading LLC\n+971 4 123 4567\nomar@example.com`,
      REQUEST,
    ],
    ['en without blank line', 'Please quote 5,000 pcs.\nOmar Haddad\n+971 4 123 4567', 'Please quote 5,000 pcs.'],
    ['fr', 'Merci de confirmer le prix.\n\nJean-Luc Dupont\nAcheteur', 'Merci de confirmer le prix.'],
    ['de', 'Bitte bestätigen Sie den Preis.\n\nJürgen Müller', 'Bitte bestätigen Sie den Preis.'],
    ['es', 'Por favor confirme el precio.\n\nJosé Martínez', 'Por favor confirme el precio.'],
    ['pt', 'Aguardo retorno sobre o preço.\n\nJoão Silva', 'Aguardo retorno sobre o preço.'],
    ['it', 'Attendo conferma del prezzo.\n\nGiulia Rossi', 'Attendo conferma del prezzo.'],
    ['ru', 'Прошу выслать счёт.\n\nИван Петров\n+7 495 123-45-67', 'Прошу выслать счёт.'],
    ['ar valediction', 'يرجى تأكيد السعر.\n\nمع التحية\nأحمد', 'يرجى تأكيد السعر.'],
    ['valediction and name on one line', `${REQUEST}\n\nThanks, Omar`, REQUEST],
    ['name under a dash', `${REQUEST}\n\n-Omar Haddad`, REQUEST],
    ['closing above the name', `${REQUEST}\n\nTake care,\n\nOmar`, REQUEST],
    ['name with phone on one line', `${REQUEST}\n\nOmar Haddad - 971-4-123-4567.`, REQUEST],
  ])('drops the %s sign-off', (_case, body, text) => {
    expect(cleanEmailBody(body)).toEqual({ text, removed: 'signature' });
  });

  it.each([
    ['an Incoterm line', 'Please quote the following.\n\nFOB Shanghai'],
    ['a list under a colon', 'Please quote:\n\nSolar Panels'],
    ['a contact under a colon', 'Ship to:\n\nOmar Haddad\n+971 4 123 4567'],
    ['a greeting', 'We received the samples.\n\nHappy New Year'],
    ['a one-word answer', 'Can you confirm the order?\n\nConfirmed'],
    ['a table row', 'Order list\n\nModel\tQty\nWidget\tFive'],
    ['a list item after a heading', 'Protocol and Data Copy Instructions\n\nCertification Document'],
    ['a wrapped sentence ending in a phone', 'Please call Ron Doyle, 713-215-2921 or Terry\nFitch, 713-215- 3361.'],
    ['a single line', 'Omar Haddad'],
  ])('keeps %s', (_case, body) => {
    expect(cleanEmailBody(body)).toEqual({ text: body, removed: 'none' });
  });
});

describe('contact block under a rule', () => {
  it('drops a rule with name, phone and web address under it', () => {
    const body = 'Offer attached.\n\n----------------\nAnn Lee\nSales Manager\nt. +86 21 5555 0101\nwww.example.com\nann@example.com';
    expect(cleanEmailBody(body)).toEqual({ text: 'Offer attached.', removed: 'signature' });
  });

  it.each([
    ['a schedule', 'Schedule below.\n\n-----\nNingbo 2026-03-10 to 2026-03-12\nShanghai 2026-04-10\nwww.example.com/schedule'],
    ['report fields', 'Delivery failed.\n\n=====\nOriginal Sender: <ann@example.com>\nSender-MTA: <192.0.2.250>'],
  ])('keeps %s under a rule', (_case, body) => {
    expect(cleanEmailBody(body).text).toBe(body);
  });
});

describe('line classes', () => {
  it.each(['Carolyn Graham', 'J. E. McGrath', 'John E. Doe, Ph.D.', 'Christian and Steve', 'BT', 'Иван Петров', 'Craig.'])(
    'reads %s as a name',
    (line) => {
      expect(isNameLine(line)).toBe(true);
    },
  );

  it.each(['FOB Shanghai', 'Happy New Year', 'Call me', 'Thank You', 'BERT', 'أحمد', 'Wong\tMichael', 'ok'])(
    'does not read %s as a name',
    (line) => {
      expect(isNameLine(line)).toBe(false);
    },
  );

  it.each(['713-345-8008', '(403) 974-6721 cell', 'x6721', 'ann@example.com', 'www.example.com', 'Portland, OR 97204\t503-555-0101'])(
    'reads %s as a contact line',
    (line) => {
      expect(isContactLine(line)).toBe(true);
    },
  );

  it.each(['2007-10-22', '192.0.2.250', '--b1_bc73b51ca5782856a982', 'Please call me at 713-853-0685 if you need anything else today.'])(
    'does not read %s as a contact line',
    (line) => {
      expect(isContactLine(line)).toBe(false);
    },
  );
});

import { describe, expect, it } from 'vitest';
import type { Attachment } from '../core/types.js';
import { detectSellerActions } from './seller-actions.js';
import { buildPair, entity, START, type MessageSpec } from './test-builder.js';
import type { SellerAction, SellerActionKind } from './types.js';

function detect(text: string, spec: Partial<MessageSpec> = {}): SellerAction[] {
  const [message, analysis] = buildPair({ dir: 'out', h: 0, text, ...spec }, 0);
  return detectSellerActions([{ index: 0, message, analysis, time: START }]);
}

function kindsOf(text: string): SellerActionKind[] {
  return detect(text).map((action) => action.kind);
}

function pdf(name: string): Attachment {
  return { name, mediaType: 'application/pdf', size: 100 };
}

describe('detectSellerActions', () => {
  describe('English cues', () => {
    it.each<[SellerActionKind, string, string]>([
      ['quote_sent', 'Please find the quotation attached.', 'quotation attached'],
      ['quote_sent', 'Our quote is below.', 'quote is below'],
      ['quote_sent', 'Hi, I have sent the proforma invoice by email.', 'sent the proforma'],
      ['samples_sent', 'Samples were shipped today by DHL.', 'Samples were shipped'],
      ['samples_sent', 'We couriered the samples yesterday.', 'couriered the samples'],
      ['documents_sent', 'Attached is the datasheet for X1.', 'Attached is the datasheet'],
      ['documents_sent', 'Please find enclosed our test report.', 'Please find enclosed our test report'],
    ])('detects %s in "%s"', (kind, text, evidence) => {
      expect(detect(text)).toEqual([{ kind, messageId: 'm1', evidence, time: START }]);
    });

    it('does not count a promise to send a quote', () => {
      expect(kindsOf('We will send the quote tomorrow.')).toEqual([]);
    });

    it('does not count a request for samples', () => {
      expect(kindsOf('Can you send us samples of X1?')).toEqual([]);
    });
  });

  describe.each<[string, [SellerActionKind, string, string][]]>([
    [
      'Spanish',
      [
        ['quote_sent', 'Buenos días, adjunto la cotización solicitada.', 'adjunto la cotización'],
        ['quote_sent', 'La cotización adjunta incluye el flete.', 'cotización adjunta'],
        ['quote_sent', 'El presupuesto fue enviado ayer por correo.', 'presupuesto fue enviado'],
        ['samples_sent', 'Las muestras fueron enviadas ayer por DHL.', 'muestras fueron enviadas'],
        ['samples_sent', 'Le hemos enviado las muestras esta mañana.', 'hemos enviado las muestras'],
        ['samples_sent', 'Las muestras ya salieron hacia Lima.', 'muestras ya salieron'],
        ['documents_sent', 'Adjunto la ficha técnica del modelo X1.', 'Adjunto la ficha técnica'],
        ['documents_sent', 'Adjunto el catálogo 2026.', 'Adjunto el catálogo'],
        ['documents_sent', 'Adjunto el certificado ISO 9001.', 'Adjunto el certificado'],
      ],
    ],
    [
      'Portuguese',
      [
        ['quote_sent', 'Segue em anexo o orçamento solicitado.', 'em anexo o orçamento'],
        ['quote_sent', 'Segue o orçamento atualizado.', 'Segue o orçamento'],
        ['quote_sent', 'A cotação segue em anexo.', 'cotação segue em anexo'],
        ['samples_sent', 'As amostras já foram despachadas pelos Correios.', 'amostras já foram despachadas'],
        ['samples_sent', 'Já enviamos as amostras para São Paulo.', 'Já enviamos as amostras'],
        ['samples_sent', 'As amostras estão a caminho.', 'amostras estão a caminho'],
        ['documents_sent', 'Segue a ficha técnica do produto.', 'Segue a ficha técnica'],
        ['documents_sent', 'O certificado de qualidade segue em anexo.', 'certificado de qualidade segue em anexo'],
      ],
    ],
    [
      'French',
      [
        ['quote_sent', 'Bonjour, ci-joint notre devis.', 'ci-joint notre devis'],
        ['quote_sent', 'Vous trouverez notre offre en pièce jointe.', 'Vous trouverez notre offre'],
        ['quote_sent', 'Le devis a été envoyé hier.', 'devis a été envoyé'],
        ['samples_sent', 'Les échantillons sont partis ce matin.', 'échantillons sont partis'],
        ['samples_sent', 'Nous vous avons envoyé les échantillons hier.', 'avons envoyé les échantillons'],
        ['documents_sent', 'Ci-joint la fiche technique du X1.', 'Ci-joint la fiche technique'],
        ['documents_sent', 'Le catalogue est en pièce jointe.', 'catalogue est en pièce jointe'],
      ],
    ],
    [
      'Arabic',
      [
        ['quote_sent', 'مرفق عرض السعر حسب طلبكم', 'مرفق عرض السعر'],
        ['quote_sent', 'عرض السعر مرفق لكم', 'عرض السعر مرفق'],
        ['samples_sent', 'تم إرسال العينات اليوم', 'تم إرسال العينات'],
        ['samples_sent', 'العينات في الطريق إليكم', 'العينات في الطريق'],
        ['samples_sent', 'وقد شحنا العينات صباح اليوم', 'شحنا العينات'],
        ['documents_sent', 'مرفق الكتالوج الجديد', 'مرفق الكتالوج'],
        ['documents_sent', 'مرفق الشهادة', 'مرفق الشهادة'],
      ],
    ],
  ])('%s cues', (_language, cases) => {
    it.each(cases)('detects %s in "%s"', (kind, text, evidence) => {
      expect(detect(text)).toEqual([{ kind, messageId: 'm1', evidence, time: START }]);
    });
  });

  describe('spelling variants', () => {
    it.each<[string, SellerActionKind]>([
      ['adjunto la cotizacion', 'quote_sent'],
      ['ADJUNTO LA COTIZACIÓN', 'quote_sent'],
      ['segue em anexo o orcamento', 'quote_sent'],
      ['ci joint notre devis', 'quote_sent'],
      ['cijoint notre devis', 'quote_sent'],
      ['les echantillons sont partis', 'samples_sent'],
      ['as amostras ja foram despachadas', 'samples_sent'],
      ['las muestras fueron enviadas', 'samples_sent'],
      ['تم ارسال العينات', 'samples_sent'],
      ['تمّ إرسالُ العيّنات', 'samples_sent'],
      ['مُرفَق عَرْضُ السِّعر', 'quote_sent'],
      ['مرفق الكاتالوج', 'documents_sent'],
      ["j’ai envoyé les échantillons", 'samples_sent'],
      ['Ya le envié las muestras.', 'samples_sent'],
      ["L'échantillon est parti hier.", 'samples_sent'],
    ])('detects "%s"', (text, kind) => {
      expect(kindsOf(text)).toEqual([kind]);
    });

    it('reads decomposed accents', () => {
      const text = 'Adjunto la cotizacio\u0301n.';
      expect(detect(text)[0]?.evidence).toBe('Adjunto la cotización');
    });
  });

  describe('messages without a done action', () => {
    it.each([
      ['a buyer-style request for samples', '¿Pueden enviar muestras?'],
      ['an offer to send samples', '¿Le enviamos las muestras?'],
      ['a question about samples sent', '¿Recibieron las muestras que les enviamos?'],
      ['a Spanish promise', 'Le enviaremos la cotización mañana.'],
      ['a Spanish future passive', 'Las muestras serán enviadas el lunes.'],
      ['a Spanish negation', 'Todavía no hemos enviado las muestras.'],
      ['a Spanish negated passive', 'Las muestras no fueron enviadas.'],
      ['a Spanish policy in the present', 'Enviamos muestras gratis a todos los clientes.'],
      ['a Portuguese promise', 'Vamos enviar o orçamento amanhã.'],
      ['a Portuguese negation', 'As amostras ainda não foram enviadas.'],
      ['a Portuguese negation matched by a Spanish word', 'Não anexamos o catálogo ainda.'],
      ['a Portuguese verb that means goes on', 'A reunião segue marcada e a proposta fica para depois.'],
      ['a French promise', 'Nous vous enverrons le devis demain.'],
      ['a French future passive', 'Le devis sera envoyé demain.'],
      ['a French negation', 'Les échantillons ne sont pas encore partis.'],
      ['a French negation before the verb', 'Nous ne vous avons pas encore envoyé les échantillons.'],
      ['an Arabic promise', 'سنرسل عرض السعر غدا'],
      ['an Arabic future passive', 'سيتم إرسال العينات غدا'],
      ['an Arabic negation', 'لم يتم إرسال العينات بعد'],
      ['an Arabic negated attachment', 'عرض السعر غير مرفق'],
      ['an Arabic question', 'هل أرسلت العينات؟'],
      ['a Spanish request with the accent', 'Por favor envíe las muestras a Lima.'],
      ['a Spanish request without the accent', 'Por favor, envie la cotización hoy.'],
      ['a Spanish request to attach', 'Por favor adjunte la cotización en su respuesta.'],
      ['a Portuguese request', 'Por favor, envie a fatura proforma.'],
      ['French "here we go"', "Échantillons validés, c'est parti pour la production."],
    ])('ignores %s', (_case, text) => {
      expect(kindsOf(text)).toEqual([]);
    });

    it('keeps Portuguese "no" from cancelling a cue', () => {
      expect(kindsOf('Segue no anexo o orçamento.')).toEqual(['quote_sent']);
    });

    it('stops the negator search at the clause start', () => {
      expect(kindsOf('No, ya enviamos las muestras.')).toEqual(['samples_sent']);
    });

    it('reads the statement after a question', () => {
      expect(detect('¿Lo vio? Adjunto la cotización.')[0]?.evidence).toBe('Adjunto la cotización');
    });
  });

  describe('evidence and order', () => {
    it('returns one action per kind in a mixed message', () => {
      const actions = detect('Adjunto la cotización y la ficha técnica. Las muestras fueron enviadas ayer.');
      expect(actions.map((a) => `${a.kind}:${a.evidence}`)).toEqual([
        'quote_sent:Adjunto la cotización',
        'samples_sent:muestras fueron enviadas',
        'documents_sent:Adjunto la cotización y la ficha técnica',
      ]);
    });

    it('prefers the money entity as quote evidence', () => {
      const text = 'Adjunto la cotización: USD 2,35/pza.';
      const actions = detect(text, { entities: [entity.money(2.35, 'USD', 'USD 2,35/pza')] });
      expect(actions).toEqual([{ kind: 'quote_sent', messageId: 'm1', evidence: 'USD 2,35/pza', time: START }]);
    });
  });

  describe('attachments', () => {
    it.each([
      ['Cotización_ACME_2026.pdf', 'quote_sent'],
      ['presupuesto-x1.pdf', 'quote_sent'],
      ['Orçamento 0412.pdf', 'quote_sent'],
      ['devis-2026-03.pdf', 'quote_sent'],
      ['عرض سعر.pdf', 'quote_sent'],
      ['PI-2026-17.pdf', 'quote_sent'],
      ['Quotation_X1.pdf', 'quote_sent'],
      ['ficha_tecnica_x1.pdf', 'documents_sent'],
      ['fiche-technique.pdf', 'documents_sent'],
      ['الكتالوج.pdf', 'documents_sent'],
    ])('reads %s as %s', (name, kind) => {
      const actions = detect('Hola', { attachments: [pdf(name)] });
      expect(actions.map((a) => `${a.kind}:${a.evidence}`)).toEqual([`${kind}:${name}`]);
    });

    it('skips non-document media', () => {
      const media: Attachment[] = [
        { name: 'media', mediaType: 'application/octet-stream', size: null },
        { name: 'sticker', mediaType: 'image/webp', size: null },
        { name: 'gif', mediaType: 'video/mp4', size: null },
        { name: 'audio', mediaType: 'audio/ogg', size: null },
        { name: 'contact', mediaType: 'text/vcard', size: null },
      ];
      expect(detect('', { attachments: media })).toEqual([]);
      expect(detect('', { attachments: [{ name: 'image', mediaType: 'image/jpeg', size: null }] }).map((a) => a.kind)).toEqual(['documents_sent']);
    });
  });
});

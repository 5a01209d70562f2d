/**
 * Portuguese topic words for bare predicates ("muito alto", "não dá"): the
 * nearest of these around such a predicate decides which objection it is.
 * Quality words are topics too, so "qualidade muito alta" raises no objection.
 * Certificate words and entities are topics so that a bare "venceu" or "não
 * vale" after a certificate is a certification objection, and a boleto that
 * "venceu" is not. `index.ts` adds the unaccented spellings.
 */
import type { TopicCues } from '../types.js';

export const PT_TOPICS: TopicCues = {
  words: [
    {
      type: 'objection.price',
      words: [
        'preço', 'preços', 'valor', 'valores', 'custo', 'custos', 'cotação', 'cotações', 'orçamento', 'orçamentos',
        'oferta', 'proposta', 'tabela', 'unitário', 'margem', 'usd', 'us', 'dólar', 'dólares', 'eur', 'euro', 'euros',
        'reais', 'brl', 'r', 'kz', 'kwanza', 'kwanzas', 'aoa', 'meticais', 'metical', 'mzn', 'target', 'alvo', 'meta',
        'teto', 'budget', 'verba', 'conta', 'contas', 'fob', 'cif', 'cfr', 'cnf', 'exw', 'ddp', 'dap', 'frete',
        'desconto', 'descontos', 'portes',
      ],
    },
    {
      type: 'objection.moq',
      words: [
        'moq', 'moqs', 'mínimo', 'mínima', 'quantidade', 'quantidades', 'qtd', 'qtde', 'qtdade', 'container',
        'containers', 'contêiner', 'contêineres', 'contentor', 'contentores', 'cntr', 'lote', 'volume',
      ],
    },
    {
      type: 'objection.lead_time',
      words: [
        'prazo', 'prazos', 'entrega', 'entregas', 'lead', 'leadtime', 'produção', 'fabricação', 'fabrico', 'embarque', 'envio',
        'trânsito', 'dias', 'semanas', 'meses', 'eta', 'previsão', 'espera', 'demora',
        // Shipping papers and events a buyer chases ("o tracking", "o booking").
        'booking', 'tracking', 'rastreio', 'navio', 'chegada', 'atraso', 'atrasos', 'cronograma',
      ],
    },
    {
      type: 'objection.payment_terms',
      words: [
        'sinal', 'entrada', 'adiantamento', 'antecipado', 'antecipação', 'crédito', 'l/c', 'lc', 'carta', 't/t', 'tt',
        'condições', 'condição', 'pagamento', 'pagamentos', 'saldo', 'boleto', 'parcela', 'parcelas', 'depósito',
        // Advance payment and the ways to send it ("50% adiantado", "só Western Union").
        'adiantado', 'adiantada', 'antecipada', 'antecipadamente', 'transferência', 'western', 'escrow', 'paypal',
      ],
    },
    {
      type: 'objection.quality',
      words: [
        'qualidade', 'padrão', 'acabamento', 'desempenho', 'brilho', 'resistência', 'durabilidade', 'material', 'resolução',
        'solda', 'soldagem', 'costura', 'costuras', 'montagem', 'pintura',
      ],
    },
    {
      type: 'objection.certification',
      words: [
        'certificado', 'certificados', 'certificação', 'certificações', 'registro', 'registo', 'laudo', 'homologação',
        'selo', 'ce', 'iso', 'fda', 'rohs', 'inmetro', 'anvisa', 'gmp', 'ul', 'halal', 'saso', 'reach',
        // More papers and marks that prove conformity ("o laudo", "a marcação CE", "selo da Anatel").
        'laudos', 'selos', 'certificadora', 'marcação', 'certificate', 'anatel', 'fsc', 'haccp', 'fitossanitário',
      ],
    },
  ],
  entities: {
    money: 'objection.price',
    quantity: 'objection.moq',
    duration: 'objection.lead_time',
    payment_term: 'objection.payment_terms',
    certification: 'objection.certification',
  },
  // A decimal with no unit or currency is a price ("9,80?? muito alto").
  bareNumber: 'objection.price',
  // Wide enough to reach a certificate named in the sentence before its flaw ("precisamos de ISO 22000. O vosso caducou").
  window: 12,
  timeReferences: ['antes', 'após', 'apos', 'depois', 'contra'],
};

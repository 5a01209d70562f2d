/**
 * Portuguese objections stated without the usual keywords: a buyer who calls
 * itself small, a certificate with a flaw, a date already missed, terms that
 * leave the buyer exposed. The sentences are invented for these tests.
 */
import { describe, it } from 'vitest';
import type { ExtractInput } from '../../../core/types.js';
import { expectNoSignal, expectOneSignal } from '../../test-builder.js';

const PT: Partial<ExtractInput> = { language: 'pt' };

describe('implicit Portuguese objections', () => {
  it.each([
    // MOQ: more than the buyer sells, uses or can store, or too much to start
    ['Somos uma papelaria pequena, 5.000 cadernos levaríamos dois anos para vender.', 'objection.moq', 'levaríamos dois anos para vender'],
    ['3.000 garrafas é mais do que usamos num trimestre inteiro.', 'objection.moq', 'mais do que usamos'],
    ['O vosso mínimo de 2 toneladas é quase o que consumimos num ano.', 'objection.moq', 'quase o que consumimos num ano'],
    ['Com 800 caixas ficaríamos com stock para anos.', 'objection.moq', 'ficaríamos com stock para anos'],
    ['Não temos onde armazenar 40 paletes de uma vez.', 'objection.moq', 'Não temos onde armazenar'],
    ['Seis mil sabonetes para começar é muita coisa para nós.', 'objection.moq', 'começar é muita coisa para'],
    ['O pedido mínimo de 500 kg? Eu vendo 60 por mês.', 'objection.moq', 'vendo 60 por mês'],
    ['Fazemos 1.500 para começar e depois vemos.', 'objection.moq', '1.500 para começar e depois vemos'],
    // certification: expired, in another holder's name, unsigned, from an unknown issuer, not renewed
    ['O vosso certificado ISO 9001 expirou em março.', 'objection.certification', 'expirou'],
    ['O CE que mandaram está emitido para outra fábrica.', 'objection.certification', 'emitido para outra'],
    ['O certificado de calibração que chegou junto com a balança nova está vencido.', 'objection.certification', 'certificado de calibração que chegou junto com a balança nova está vencido'],
    ['O laudo veio sem carimbo do laboratório.', 'objection.certification', 'sem carimbo'],
    ['O relatório de ensaio é de um laboratório que ninguém aqui conhece.', 'objection.certification', 'laboratório que ninguém aqui conhece'],
    ['Para o retalho precisamos de HACCP. O da vossa unidade de Setúbal caducou no ano passado.', 'objection.certification', 'caducou'],
    // lead time: waits with nothing to show, missed dates, a lead time past the season
    ['Já lá vão três semanas e ainda nem tracking temos.', 'objection.lead_time', 'semanas e ainda nem tracking'],
    ['Desde março que dizem que o contentor sai na próxima semana.', 'objection.lead_time', 'Desde março que dizem que o contentor sai na próxima'],
    ['A encomenda chegou um mês depois da data que nos deram.', 'objection.lead_time', 'chegou um mês depois'],
    ['75 dias é tarde demais para a nossa época de verão.', 'objection.lead_time', 'tarde demais para a nossa época'],
    ['Com a produção só em setembro perdemos a temporada de praia.', 'objection.lead_time', 'perdemos a temporada'],
    ['Se não embarcar até sexta, cancelamos o pedido.', 'objection.lead_time', 'Se não embarcar até sexta, cancelamos'],
    // price, payment terms, quality, supplier history stated as facts
    ['Ano passado pagávamos R$ 8,50 por peça.', 'objection.price', 'Ano passado pagávamos R$ 8,50'],
    ['Com essa tabela eu fico sem margem nenhuma.', 'objection.price', 'sem margem'],
    ['Pagar 100% antes de ver a mercadoria não dá para nós.', 'objection.payment_terms', 'antes de ver a mercadoria'],
    ['O nosso banco não trabalha com cartas de crédito.', 'objection.payment_terms', 'banco não trabalha'],
    ['Metade das canecas chegou partida.', 'objection.quality', 'chegou partida'],
    ['As solas começaram a descolar depois de uma semana de uso.', 'objection.quality', 'começaram a descolar'],
    ['Já tivemos um fornecedor que ficou com o nosso sinal.', 'objection.supplier_history', 'ficou com o nosso sinal'],
    ['Depois do que passámos com a fábrica anterior, queremos inspeção.', 'objection.supplier_history', 'Depois do que passámos'],
  ] as const)('"%s" gives %s', (text, type, evidence) => {
    expectOneSignal(text, type, evidence, PT);
  });

  // Resolved objections, questions, valid certificates and deliveries on time raise no objection.
  it.each([
    ['Qual é o pedido mínimo para esta referência?', 'objection.moq'],
    ['O MOQ de 500 peças já não é problema para nós, podem avançar.', 'objection.moq'],
    ['Somos uma pequena empresa de Braga e procuramos fornecedor de embalagens.', 'objection.moq'],
    ['Vendemos cerca de 2 mil peças por mês e queremos ampliar a linha.', 'objection.moq'],
    ['Vocês têm certificado CE para este modelo?', 'objection.certification'],
    ['Recebemos o certificado ISO 9001 válido até 2028, está tudo em ordem.', 'objection.certification'],
    ['A mercadoria chegou dentro do prazo, obrigado.', 'objection.lead_time'],
    ['Recebemos tudo a tempo para a campanha de Natal, parabéns.', 'objection.lead_time'],
    ['Qual é o prazo de entrega para 2 contentores?', 'objection.lead_time'],
    ['Pagamento 30% de sinal e 70% contra BL, conforme combinado.', 'objection.payment_terms'],
    ['A qualidade das amostras está excelente.', 'objection.quality'],
    ['Trabalhamos com vocês há anos e nunca tivemos problemas.', 'objection.supplier_history'],
  ] as const)('"%s" gives no %s', (text, type) => {
    expectNoSignal(text, type, PT);
  });
});

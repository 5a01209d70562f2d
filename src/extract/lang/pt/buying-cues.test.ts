/**
 * Portuguese buyers who are ready to buy or open to a counter-offer, in
 * Brazilian (formal and chat: "vc", "pq", "blz"), European, Angolan and
 * Mozambican wording. The near misses are neither: a price question, "maybe
 * next year", an order placed in the past, a flat refusal. The sentences are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractInput, SignalType } from '../../../core/types.js';
import { analyze, expectOneSignal, signalsOf } from '../../test-builder.js';

const PT: Partial<ExtractInput> = { language: 'pt' };

describe('Portuguese buying cues', () => {
  it.each([
    // Brazilian chat: "vc", "pq", "blz", "qro", "bora", "mandar bala"
    ['Pode mandar bala, vamos fechar os 3 mil metros de lona.', 'intent.purchase', 'vamos fechar'],
    ['Blz, fechou! Manda o boleto que pago hj msm.', 'intent.purchase', 'Blz, fechou'],
    ['vc consegue mandar mais 200 cx do sabonete de erva-doce? o estoque zerou aqui', 'intent.purchase', 'mandar mais 200'],
    ['Pq não fechamos logo? Manda a PI que eu pago amanhã cedo.', 'intent.purchase', 'eu pago amanhã'],
    ['oi, td bem? qro 300 camisetas brancas, manda o pix', 'intent.purchase', 'qro 300'],
    ['Tô fechando com vcs, pode mandar o contrato.', 'intent.purchase', 'Tô fechando'],
    ['Bah, ficou tri bom! Já separa mais 30 caixas pra mim.', 'intent.purchase', 'separa mais 30'],
    ['Bora pro pedido! Me passa os dados da conta.', 'intent.purchase', 'Bora pro pedido'],
    ['O de sempre, Ricardo: 40 fardos de papel toalha.', 'intent.purchase', 'O de sempre'],
    ['Ok fechado, pode soltar a PI dos 1.200 jogos.', 'intent.purchase', 'Ok fechado'],
    ['Pode reservar 3 contentores pra gente no embarque de maio.', 'intent.purchase', 'reservar 3 contentores'],
    ['Pode separar 500 kg daquele café que eu busco na sexta.', 'intent.purchase', 'separar 500 kg'],
    ['Vamos precisar do dobro no próximo pedido.', 'intent.purchase', 'precisar do dobro'],
    ['Preciso repor o estoque de cadernos antes da volta às aulas.', 'intent.purchase', 'Preciso repor'],
    // Brazilian business mail: a decision, a repeat order, a PO or a payment announced
    ['Tá decidido, vamos com vocês para a linha toda de embalagens.', 'intent.purchase', 'Tá decidido'],
    ['Concordamos com as condições apresentadas, enviem o contrato.', 'intent.purchase', 'Concordamos com as condições'],
    ['Quero repetir o pedido, mas desta vez com 20% a mais.', 'intent.purchase', 'repetir o pedido'],
    ['Reposição mensal de sempre: 80 caixas de luvas M.', 'intent.purchase', 'Reposição mensal'],
    ['Na segunda eu te mando o pedido formal dos 40 fardos.', 'intent.purchase', 'mando o pedido'],
    ['Vou fazer a transferência hoje à tarde, pode preparar tudo.', 'intent.purchase', 'Vou fazer a transferência'],
    ['Estamos prontos para avançar com o primeiro contentor.', 'intent.purchase', 'prontos para avançar'],
    ['Mantenham os 2,15 e a gente fecha o lote inteiro.', 'intent.purchase', 'gente fecha'],
    // European Portuguese: "avancem", "encomenda", "contentor", "é vossa"
    ['Avancem com a produção das 6.000 garrafas, por favor.', 'intent.purchase', 'Avancem'],
    ['Vamos repetir a encomenda do trimestre passado, mesmas referências.', 'intent.purchase', 'repetir a encomenda'],
    ['Se fizerem 3,10 € o metro, fechamos já 5 mil metros.', 'intent.purchase', 'fechamos já'],
    ['Fica decidido: a encomenda é vossa.', 'intent.purchase', 'encomenda é vossa'],
    ['Aceitamos a vossa contraproposta de 2,45 USD/kg.', 'intent.purchase', 'Aceitamos a vossa contraproposta'],
    ['Podem contar com a nossa encomenda ainda esta semana.', 'intent.purchase', 'Podem contar com a nossa encomenda'],
    ['Já estamos a preparar a segunda encomenda, desta vez de azulejos.', 'intent.purchase', 'preparar a segunda encomenda'],
    ['Eu levo 400 caixas se vier tudo no mesmo camião.', 'intent.purchase', 'levo 400'],
    ['Manda lá mais 2 paletes, pá.', 'intent.purchase', 'Manda lá mais 2'],
    // Angolan ("kota", "kumbu", "epá", "fixe") and Mozambican ("maningue", "machamba", meticais) wording
    ['Mano, o kumbu já está separado, manda a proforma dos 2 contentores.', 'intent.purchase', 'kumbu já está separado'],
    ['Epá, está tudo fixe. Mandem mais 50 bidões de óleo igual da última vez.', 'intent.purchase', 'Mandem mais 50'],
    ['Kota, vamos nessa! O pessoal aqui já está à espera dos geradores.', 'intent.purchase', 'vamos nessa'],
    ['Maningue bom! Queremos mais 3 contentores de farinha para Nampula.', 'intent.purchase', 'Queremos mais 3'],
    ['Queremos já 500 sacos de ração para a machamba, o guito está pronto.', 'intent.purchase', 'Queremos já 500'],
    ['Sucesso de vendas aqui em Maputo, mandem outro contentor igual.', 'intent.purchase', 'mandem outro contentor'],
    ['Estamos de acordo com o valor de 1.150 meticais por saco de cimento.', 'intent.purchase', 'Estamos de acordo com o valor'],
    // A condition put to the seller, a figure proposed, a volume for a price
    ['Se vc baixar pra R$ 11,50 a gente fecha 2 mil unidades.', 'relationship.negotiation_openness', 'Se vc baixar pra R$ 11,50 a gente fecha'],
    ['Caso aceitem 30% de entrada, seguimos com a encomenda.', 'relationship.negotiation_openness', 'Caso aceitem'],
    ['Caso reduzam o mínimo para 300 unidades, fazemos o primeiro pedido.', 'relationship.negotiation_openness', 'Caso reduzam'],
    ['Khanimambo pela proposta. Se conseguirem entregar na Beira até junho, avançamos.', 'relationship.negotiation_openness', 'Se conseguirem'],
    ['Se o preço ficar abaixo de 3 euros, compramos o lote todo.', 'relationship.negotiation_openness', 'Se o preço ficar'],
    ['Se for 1.000 por cor a gente consegue, 3.000 é demais.', 'relationship.negotiation_openness', 'Se for 1.000'],
    ['Desde que mantenham o preço até dezembro, aceitamos o prazo.', 'relationship.negotiation_openness', 'Desde que'],
    ['E se a gente pegasse 4 contentores em vez de 2?', 'relationship.negotiation_openness', 'E se a gente pegasse'],
    ['Conseguem 60 dias de prazo em vez de 30?', 'relationship.negotiation_openness', 'em vez de 30'],
    ['Faz 9,50 que eu levo tudo.', 'relationship.negotiation_openness', 'Faz 9,50'],
    ['Mano, faz uma forcinha aí no frete que eu fecho hoje.', 'relationship.negotiation_openness', 'faz uma forcinha'],
    ['Conseguimos chegar até US$ 2,10, mais que isso não dá.', 'relationship.negotiation_openness', 'Conseguimos chegar até US'],
    // Another payment mix, a split shipment, a mixed load, the seller's limit
    ['Dá pra fazer 30% agora e 70% na chegada?', 'relationship.negotiation_openness', '30% agora e 70'],
    ['Podemos pagar 40% agora e o restante quando a carga chegar a Pemba?', 'relationship.negotiation_openness', '40% agora e o restante'],
    ['Trabalhamos com 20% de sinal, o resto depois da inspeção em Luanda.', 'relationship.negotiation_openness', 'Trabalhamos com 20% de sinal'],
    ['Pode ser metade agora e metade na entrega?', 'relationship.negotiation_openness', 'metade agora e metade'],
    ['Tem desconto para pagamento antecipado?', 'relationship.negotiation_openness', 'desconto para pagamento antecipado'],
    ['Podemos dividir o embarque em duas remessas?', 'relationship.negotiation_openness', 'dividir o embarque'],
    ['Dá pra misturar as cores no mesmo contentor?', 'relationship.negotiation_openness', 'misturar as cores'],
    ['Aceitam 500 peças por modelo num primeiro pedido?', 'relationship.negotiation_openness', 'Aceitam 500'],
    ['Qual o melhor preço que vcs conseguem pra 3 contentores?', 'relationship.negotiation_openness', 'melhor preço que vcs conseguem'],
    ['Tem margem pra negociar esse valor?', 'relationship.negotiation_openness', 'margem pra negociar'],
  ] as const)('"%s" gives %s', (text, type, evidence) => {
    expectOneSignal(text, type, evidence, PT);
  });

  // NOTE: the learned layer drops this go-ahead (its rule is vetoable, and the layer reads the line as neutral), so the rules alone are pinned.
  it('reads a go-ahead after the customer approved', () => {
    expectOneSignal('O cliente aprovou, pode rodar a produção das camisetas.', 'intent.purchase', 'cliente aprovou', PT, { learned: null });
  });

  // Read with the rules alone, so that the learned layer cannot hide a cue that fires where it should not.
  it.each([
    // A price question, a later maybe, an order placed or refused, another supplier kept
    ['Quanto custa o contentor de 40 pés CIF Luanda?', 'intent.purchase'],
    ['Qual o preço pra 500 unidades? Só pra ter uma ideia.', 'intent.purchase'],
    ['Quero saber o preço de 1000 unidades.', 'intent.purchase'],
    ['Precisamos de cotação para 500 unidades.', 'intent.purchase'],
    ['Estamos só a recolher orçamentos por agora.', 'intent.purchase'],
    ['Talvez no ano que vem a gente volte a comprar, agora não dá.', 'intent.purchase'],
    ['Vamos pensar e depois te falamos.', 'intent.purchase'],
    ['O pedido que fizemos no mês passado chegou ontem, tudo certo.', 'intent.purchase'],
    ['Compramos 2 contentores convosco no ano passado e correu tudo bem.', 'intent.purchase'],
    ['Segue em anexo a PO 4512 assinada.', 'intent.purchase'],
    ['Não vamos fechar agora, o caixa está apertado.', 'intent.purchase'],
    ['Não vamos repetir a compra depois desse atraso.', 'intent.purchase'],
    ['Já fechamos com outro fornecedor, obrigado.', 'intent.purchase'],
    ['Por enquanto vamos ficar com o nosso fornecedor atual.', 'intent.purchase'],
    ['Pagamos 7,80 hoje ao nosso fornecedor atual, o vosso preço está alto.', 'intent.purchase'],
    ['Mesmo problema do último pedido: as tampas vieram tortas.', 'intent.purchase'],
    ['Pode mandar 2 amostras de cada cor?', 'intent.purchase'],
    ['Quanto tempo leva pra produzir 10 mil peças?', 'intent.purchase'],
    ['Vcs fecham que horas na sexta?', 'intent.purchase'],
    ['O escritório está fechado amanhã por ser feriado.', 'intent.purchase'],
    // A flat refusal, a rival's price, a time, a fact already settled, a polite request
    ['Não aceitamos 100% antecipado e ponto final.', 'relationship.negotiation_openness'],
    ['O preço é este, não há negociação.', 'relationship.negotiation_openness'],
    ['O vosso concorrente faz 2,80 e entrega em 20 dias.', 'relationship.negotiation_openness'],
    ['Faz 2 meses que pagamos e nada.', 'relationship.negotiation_openness'],
    ['Desde que começamos a trabalhar com vocês, tudo correu bem.', 'relationship.negotiation_openness'],
    ['A carga foi dividida em dois contentores conforme a PI.', 'relationship.negotiation_openness'],
    ['Os pagamentos são sempre feitos em duas parcelas, como no contrato.', 'relationship.negotiation_openness'],
    ['Chegaram 480 caixas em vez de 500.', 'relationship.negotiation_openness'],
    ['Se puderem mandar o catálogo, agradeço.', 'relationship.negotiation_openness'],
    ['Vocês aceitam cartão de crédito?', 'relationship.negotiation_openness'],
  ] as const)('"%s" gives no %s', (text, type: SignalType) => {
    expect(signalsOf(analyze(text, PT, { learned: null }), type)).toEqual([]);
  });
});

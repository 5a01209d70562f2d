/**
 * Portuguese relationship cues. Each pattern uses the phrase syntax of
 * `text/phrases.ts`, written with accents, and `index.ts` adds the unaccented
 * spellings. Strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';
import { withSpellings } from './spelling.js';

/** Any token that starts with a digit, as one alternative among words: `#` is a number only as an element of its own. */
const NUMBER = '0*|1*|2*|3*|4*|5*|6*|7*|8*|9*';

/**
 * Verbs for what a buyer requests from the seller in a condition ("se baixarem pra 2,10",
 * "caso aceitem 30/70", "se vc fizer R$ 1,85"): a counter-offer or another way to close.
 */
const IF_YOU_DO = [
  'baixarem|baixar|baixassem|baixasse|fizerem|fizer|fizessem|fizesse|incluírem|incluir|incluíssem|igualarem|igualar|cobrirem',
  'aceitarem|aceitar|aceitassem|aceitasse|aceitem|dividirem|dividir|dividissem|parcelarem|parcelar|separarem|separar|tirarem|tirar|tirasse',
  'mudarem|mudar|anteciparem|antecipar|mantiverem|mantivessem|reduzirem|reduzir|derem|melhorarem|melhorar|aproximarem|aproximar',
  'garantirem|garantir|substituírem|substituir|concordarem|segurarem|segurar|absorverem|absorver|toparem|topar|ajustarem|ajustar',
  'reverem|rever|assumirem|assumir|arredondar|arredondarem|facilitarem|flexibilizarem|conseguirem|conseguir|conseguissem|conseguisse',
  // After "caso" the present subjunctive: "caso reduzam o mínimo", "caso aceitem 30/70".
  'reduzam|façam|baixem|mantenham|consigam|deem|incluam|dividam|garantam|entreguem|igualem|tirem|mudem|antecipem|segurem|parcelem|cubram|melhorem|ajustem|revejam',
  'mandarem|enviarem|entregarem|trocarem|oferecerem|retirarem|cortarem|cobrarem',
].join('|');

/** Words right after a number that make it a time, not a quantity or a price ("faz 3 semanas que espero"). */
const TIME_AFTER = withSpellings(['dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos', 'hora', 'horas', 'h', 'minutos', 'vezes']);

/**
 * Past forms right after "desde que" that make it "since", not "provided that": "desde que começamos a
 * trabalhar com vocês". A condition takes the subjunctive ("desde que mantenham o preço").
 */
const SINCE_PAST = withSpellings([
  'começamos', 'começámos', 'comecei', 'começou', 'pagamos', 'pagámos', 'paguei', 'recebemos', 'recebi', 'chegou', 'chegaram',
  'fizemos', 'fiz', 'enviamos', 'enviámos', 'mandamos', 'mandámos', 'mandei', 'trabalhamos', 'compramos', 'comprámos', 'comprei',
  'abrimos', 'abriram', 'fechamos', 'fechámos', 'saiu', 'conhecemos', 'conheci', 'entrou', 'entramos', 'entrámos', 'mudaram',
]);

/**
 * Words before a split that report how things already are or were ("a carga foi dividida em dois contentores",
 * "os pagamentos são sempre feitos em duas parcelas"): a fact, not an alternative put on the table.
 */
const DONE_ALREADY = ['foi', 'foram', 'veio', 'vieram', 'chegou', 'chegaram', 'está', 'estão', 'estava', 'ficou', 'são', 'sempre', 'feitos', 'feitas', 'feito', 'feita'];

/** People the buyer compares the seller with. "O meu fornecedor faz por 9" describes a rival, not a counter-offer. */
const RIVALS = withSpellings(['fornecedor', 'fornecedores', 'concorrente', 'concorrência', 'chinês', 'outro', 'outros', 'eles', 'ele', 'ela', 'mercado', 'nacional', 'fábrica', 'fábricas']);

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone. A bare greeting ("bom dia"), salutation ("Prezados") or request marker ("favor",
  // "por favor") is how almost every Portuguese business message starts, so none of them raises tone alone.
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: 'obrigado|obrigada|obrigados|obrigadas|obg|obgd|obgda|brigado|brigada|valeu|vlw|agradeço|agradecemos|agradecido|agradecida|grato|grata|gratos|gratas|obrigadão', strength: 0.5 },
  // Alone, a closing formula is labeled tone on 65 of 147 messages of the fitted sets: it only supports other tone.
  { id: 'tone.polite.regards', type: 'relationship.tone', pattern: 'atenciosamente|att|atte|cordialmente|respeitosamente|saudações|cumprimentos', strength: 0.3, supportOnly: true },
  { id: 'tone.warm.nice_day', type: 'relationship.tone', pattern: 'tenha|tenham ?um ?uma ótimo|ótima|bom|boa|excelente|feliz dia|tarde|semana|fim|final', strength: 0.55 },
  { id: 'tone.warm.nice_weekend', type: 'relationship.tone', pattern: 'bom|ótimo|excelente fim|final de semana', strength: 0.55 },
  { id: 'tone.warm.hope_well', type: 'relationship.tone', pattern: 'espero|esperamos .. bem|bom|ótimo|ótimos|ótima', strength: 0.6 },
  { id: 'tone.warm.how_are_you', type: 'relationship.tone', pattern: 'tudo bem|bom|certo|joia|tranquilo|bem-disposto ?por ?aí ?ai ?contigo ?convosco ?com ?vocês ?você ?', strength: 0.45 },
  { id: 'tone.warm.how_are_you_all', type: 'relationship.tone', pattern: 'como estão|está|vão|vai ?as ?os ?coisas ?vocês ?você ?todos ?por ?aí ?', strength: 0.45 },
  { id: 'tone.warm.pleasure', type: 'relationship.tone', pattern: 'prazer|satisfação|alegria|honra em|de trabalhar|negociar|fazer|falar|conhecer|atender|receber|voltar', strength: 0.7 },
  { id: 'tone.warm.its_a_pleasure', type: 'relationship.tone', pattern: 'é|foi|será um prazer', strength: 0.7 },
  { id: 'tone.warm.happy_to_work', type: 'relationship.tone', pattern: 'feliz|felizes|contente|contentes|satisfeito|satisfeitos em|de trabalhar|negociar|fazer|poder|voltar', strength: 0.7 },
  { id: 'tone.warm.friend', type: 'relationship.tone', pattern: 'meu|minha|caro|cara|querido|querida|grande amigo|amiga|amigos|irmão|parceiro|parceira|parceiros', strength: 0.7 },
  { id: 'tone.warm.dear_name', type: 'relationship.tone', pattern: 'querido|querida|queridos|queridas _', strength: 0.6 },
  { id: 'tone.warm.hello_friend', type: 'relationship.tone', pattern: '^ amigo|amiga|parceiro|parceira|querido|querida', strength: 0.6 },
  { id: 'tone.polite.kindly', type: 'relationship.tone', pattern: 'gentileza|encarecidamente|gentilmente', strength: 0.3 },
  { id: 'tone.polite.at_your_disposal', type: 'relationship.tone', pattern: 'ao|à|a ?vosso ?vossa ?seu ?sua ?inteiro ?inteira dispor|disposição', strength: 0.45 },
  { id: 'tone.polite.sorry', type: 'relationship.tone', pattern: 'desculpe|desculpa|desculpem|perdoe|perdoem|perdão ?a ?o ?pela ?pelo ?qualquer demora|atraso|incômodo|incómodo|transtorno|confusão', strength: 0.5 },
  { id: 'tone.warm.looking_forward', type: 'relationship.tone', pattern: 'aguardo|aguardamos|aguardando ?o ?a seu|sua|vosso|vossa|breve retorno|resposta|contato|notícias|contacto', strength: 0.45 },
  { id: 'tone.warm.congratulations', type: 'relationship.tone', pattern: 'parabéns|parabenizo|parabenizamos .. trabalho|atendimento|serviço|qualidade|parceria|equipe|empresa|produto|produtos', strength: 0.6 },
  { id: 'tone.warm.hugs', type: 'relationship.tone', pattern: 'abraço|abraços|abs|abração|abraçao|bjs|beijos|beijo|beijinhos|tmj', strength: 0.6 },
  { id: 'tone.warm.season_wishes', type: 'relationship.tone', pattern: 'feliz|próspero|prospero|santo|boas|bom natal|páscoa|ano|festas|aniversário|carnaval', strength: 0.7 },
  { id: 'tone.warm.loved_it', type: 'relationship.tone', pattern: 'amei|adorei|amamos|adoramos', strength: 0.5 },
  // relationship.negotiation_openness
  { id: 'negotiation_openness.middle_ground', type: 'relationship.negotiation_openness', pattern: 'meio-termo|meio-terno', strength: 0.85 },
  { id: 'negotiation_openness.meet_middle', type: 'relationship.negotiation_openness', pattern: 'meio ?do termo|caminho', strength: 0.85 },
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: 'dividir|dividimos|dividirmos ?a diferença', strength: 0.85 },
  { id: 'negotiation_openness.reach_agreement', type: 'relationship.negotiation_openness', pattern: 'chegar|chegarmos|chegamos a ?um acordo|consenso|entendimento|denominador', strength: 0.8 },
  { id: 'negotiation_openness.what_if', type: 'relationship.negotiation_openness', pattern: 'e se .. pedirmos|comprarmos|fecharmos|aumentarmos|pagarmos|levarmos|encomendarmos|dobrarmos|fizermos|começarmos|iniciarmos|testarmos|pedir|comprar|fechar|aumentar|pagar|levar|começar|iniciar|testar', strength: 0.8 },
  { id: 'negotiation_openness.if_we_order', type: 'relationship.negotiation_openness', pattern: 'se|caso pedirmos|comprarmos|fecharmos|aumentarmos|pagarmos|levarmos|encomendarmos|dobrarmos|fizermos|adiantarmos', strength: 0.75 },
  { id: 'negotiation_openness.if_i_order', type: 'relationship.negotiation_openness', pattern: 'se|caso a|eu ?gente pedir|comprar|fechar|aumentar|pagar|levar|dobrar|encomendar|fizer', strength: 0.75 },
  { id: 'negotiation_openness.can_you_do', type: 'relationship.negotiation_openness', pattern: 'consegue|conseguem|poderia|poderiam|conseguiria|conseguiriam fazer|dar|deixar|chegar', strength: 0.55 },
  { id: 'negotiation_openness.is_there_a_way', type: 'relationship.negotiation_openness', pattern: 'tem|dá|da como|pra|para fazer|chegar|melhorar|baixar|dar|ajustar|flexibilizar|reduzir|segurar|estender|prorrogar|parcelar|dividir|misturar|juntar|manter|consolidar|fracionar', strength: 0.5 },
  { id: 'negotiation_openness.do_it_for', type: 'relationship.negotiation_openness', pattern: 'faz|faria|fariam|fazem|deixa|deixaria por|a #', strength: 0.6 },
  { id: 'negotiation_openness.if_you_give', type: 'relationship.negotiation_openness', pattern: 'se|caso ?vocês ?você ?vc ?vcs fizer|fizerem|der|derem|baixar|baixarem|melhorar|melhorarem|deixar|deixarem|chegar|chegarem|aceitar|aceitarem ... ?, ?a ?gente ?eu ?nós fechamos|fecho|fecha|compramos|compro|pedimos|levamos|confirmamos|seguimos|aceitamos|aceito|aceita|topamos|topo|assinamos|assino', strength: 0.75 },
  { id: 'negotiation_openness.would_you_consider', type: 'relationship.negotiation_openness', pattern: 'aceitariam|aceitaria|considerariam|consideraria|topariam|toparia|topa|topam', strength: 0.7 },
  { id: 'negotiation_openness.counter_offer', type: 'relationship.negotiation_openness', pattern: 'contraproposta|contra-proposta|contraoferta|contra-oferta|contrapropostas', strength: 0.8 },
  { id: 'negotiation_openness.alternative_offer', type: 'relationship.negotiation_openness', pattern: 'proposta|oferta alternativa', strength: 0.8 },
  { id: 'negotiation_openness.we_propose', type: 'relationship.negotiation_openness', pattern: 'propomos|proponho|sugerimos|sugiro', strength: 0.65 },
  { id: 'negotiation_openness.we_can_offer', type: 'relationship.negotiation_openness', pattern: 'podemos|poderíamos propor|oferecer', strength: 0.65 },
  { id: 'negotiation_openness.open_to', type: 'relationship.negotiation_openness', pattern: 'abertos|aberto|aberta|dispostos|disposto|disposta a|para discutir|negociar|considerar|ajustar|aumentar|dividir|pagar|pedir|conversar|avaliar', strength: 0.75 },
  { id: 'negotiation_openness.volume_discount', type: 'relationship.negotiation_openness', pattern: 'desconto|descontos|preço|preços|condição|condições ?especial ?especiais por|para volume|quantidade|quantidades|atacado|escala', strength: 0.6 },
  { id: 'negotiation_openness.bigger_volume', type: 'relationship.negotiation_openness', pattern: 'maior|maiores|mais volume|quantidade|pedido|pedidos|lote', strength: 0.6 },
  { id: 'negotiation_openness.bigger_order', type: 'relationship.negotiation_openness', pattern: 'volume|quantidade|pedido|pedidos|lote|compra maior|maiores', strength: 0.6 },
  { id: 'negotiation_openness.we_can_increase', type: 'relationship.negotiation_openness', pattern: 'podemos|poderíamos|conseguimos|conseguiríamos aumentar|dobrar|ampliar .. quantidade|pedido|volume|compra|sinal|entrada', strength: 0.75 },
  { id: 'negotiation_openness.we_can_do', type: 'relationship.negotiation_openness', pattern: 'podemos|poderíamos|conseguimos|aceitamos|aceitaríamos fazer|pagar|oferecer|dar|adiantar ?até #', strength: 0.6 },
  { id: 'negotiation_openness.start_with', type: 'relationship.negotiation_openness', pattern: 'podemos|poderíamos|dá|daria|podia|poderia ?pra ?para começar|iniciar com', strength: 0.65 },
  { id: 'negotiation_openness.start_small', type: 'relationship.negotiation_openness', pattern: 'começar|começarmos|começamos|começaríamos|começando|iniciar|iniciarmos|iniciando com|por #', strength: 0.6 },
  { id: 'negotiation_openness.pay_a_bit_more', type: 'relationship.negotiation_openness', pattern: 'pago|pagamos|pagaria|pagaríamos|pagar|pagando um|uma ?pouco ?pouquinho ?diferença mais|a', strength: 0.7 },
  { id: 'negotiation_openness.pay_the_difference', type: 'relationship.negotiation_openness', pattern: 'pago|pagamos|pagaria|pagaríamos|cobrimos|cobriríamos a diferença', strength: 0.7 },
  { id: 'negotiation_openness.hold_price', type: 'relationship.negotiation_openness', pattern: 'segurar|segure|segurem|manter|mantenha|mantenham|mantiver|mantiverem|congelar|congele|congelem ?o ?esse ?este ?mesmo preço|preços|valor|valores|condição|condições', strength: 0.6 },
  { id: 'negotiation_openness.tiered_price', type: 'relationship.negotiation_openness', pattern: 'preço|preços|desconto|descontos|tabela|valor|valores por|de escalões|escalão|escalas|faixa|faixas', strength: 0.7 },
  { id: 'negotiation_openness.tiered_price_adjective', type: 'relationship.negotiation_openness', pattern: 'preço|preços|desconto|descontos|tabela escalonado|escalonada|escalonados|progressivo|progressiva|regressivo', strength: 0.7 },
  { id: 'negotiation_openness.if_volume_grows', type: 'relationship.negotiation_openness', pattern: 'se|caso ?o ?a pedido|encomenda|compra|volume|quantidade|consumo passar|passe|for|chegar|chegue|ultrapassar|ultrapasse|superar|supere|aumentar|aumente|crescer|cresça ?de ?a ?para #', strength: 0.65 },
  { id: 'negotiation_openness.then_we_grow', type: 'relationship.negotiation_openness', pattern: 'passamos|passaremos|passaríamos|subimos|subiremos|subiríamos|aumentamos|aumentaremos|aumentaríamos para|pra|a #', strength: 0.6 },
  { id: 'negotiation_openness.would_work_if', type: 'relationship.negotiation_openness', pattern: 'sirva|serve|serviria|servia|funcionaria|funcione|daria ?para ?pra ?certo se|caso', strength: 0.6 },
  { id: 'negotiation_openness.if_you_could', type: 'relationship.negotiation_openness', pattern: 'se|caso ?vocês ?você ?vc ?vcs conseguirem|conseguir|puderem|puder|conseguissem|pudessem adiantar|antecipar|dividir|parcelar|fracionar|reduzir|baixar|flexibilizar|segurar|manter|aceitar|fazer|dar', strength: 0.6 },
  { id: 'negotiation_openness.counter_question', type: 'relationship.negotiation_openness', negatable: false, pattern: 'rola|dá|daria|dava fazer|pra|para ?fazer #', strength: 0.55 },
  { id: 'negotiation_openness.possible_to_do', type: 'relationship.negotiation_openness', negatable: false, pattern: 'como|possível fazer|produzir|vender #', strength: 0.55 },
  { id: 'negotiation_openness.alternative', type: 'relationship.negotiation_openness', pattern: 'alternativa|alternativas', strength: 0.5 },
  { id: 'negotiation_openness.other_option', type: 'relationship.negotiation_openness', pattern: 'outra|outras opção|opções|solução|soluções', strength: 0.5 },
  { id: 'negotiation_openness.how_about', type: 'relationship.negotiation_openness', pattern: 'que tal', strength: 0.6 },
  // A condition on the offer itself: "se o lead time for menos de 40 dias", "se o preço ficar abaixo de USD 14.000".
  { id: 'negotiation_openness.if_the_offer', type: 'relationship.negotiation_openness', pattern: 'se|caso o|a ?vosso ?vossa ?seu ?sua preço|prazo|lead|frete|valor|pagamento|desconto .. for|ficar|baixar|chegar|cair|fosse|ficasse|estiver|baixasse', strength: 0.55 },
  // The price decides the volume or the Incoterm: "dependendo do valor, fecho o maior", "tanto faz FOB ou CIF".
  { id: 'negotiation_openness.depending_on_price', type: 'relationship.negotiation_openness', pattern: 'dependendo do|da preço|valor|condição|desconto|prazo|proposta|cotação', strength: 0.55 },
  { id: 'negotiation_openness.price_decides', type: 'relationship.negotiation_openness', pattern: 'conforme o|a preço|valor|proposta decidimos|fechamos|definimos|escolhemos', strength: 0.55 },
  { id: 'negotiation_openness.either_way', type: 'relationship.negotiation_openness', pattern: 'tanto faz', strength: 0.5 },
  // A ceiling or a split of the rest: "faço 1.500 no máximo", "o resto em 60 dias".
  { id: 'negotiation_openness.ceiling', type: 'relationship.negotiation_openness', pattern: '# no|ao máximo', strength: 0.55 },
  { id: 'negotiation_openness.the_rest_then', type: 'relationship.negotiation_openness', pattern: '^ o|a resto|restante|saldo em|contra|após|na|no|quando|depois', strength: 0.55 },
  // Match a rival, stretch the terms, trade future orders: "vcs cobrem?", "podemos estender 15 dias?",
  // "R$ 2,25 e te passo os próximos 6 pedidos".
  { id: 'negotiation_openness.match_it', type: 'relationship.negotiation_openness', pattern: 'cobrem|igualam|batem|acompanham ?', strength: 0.6 },
  { id: 'negotiation_openness.extend_terms', type: 'relationship.negotiation_openness', pattern: 'estender|prorrogar|alongar|esticar ?o ?a ?prazo ?mais ?por ?em ?para #|prazo', strength: 0.55 },
  { id: 'negotiation_openness.next_orders_too', type: 'relationship.negotiation_openness', pattern: 'te|vos|lhe passo|passamos|garanto|garantimos os|as próximos|próximas', strength: 0.6 },
  // A condition put to the seller: "se vocês baixarem pra US$ 4,20", "caso aceitem carta de crédito",
  // "se igualarem, a encomenda é vossa". "Se não baixarem" breaks the pattern and reads as a threat.
  { id: 'negotiation_openness.if_you_agree', type: 'relationship.negotiation_openness', pattern: `se|caso ?vocês ?você ?vc ?vcs ?o ?senhor ?a ?senhora ?me ?nos ${IF_YOU_DO}`, strength: 0.65 },
  { id: 'negotiation_openness.if_possible_to', type: 'relationship.negotiation_openness', pattern: 'se|caso der|derem|desse|dá pra|para', strength: 0.6 },
  { id: 'negotiation_openness.if_it_is', type: 'relationship.negotiation_openness', pattern: `se|caso for|fosse|forem|fossem ?de ?a ?uns ?umas ?só ?em metade|via|${NUMBER}`, strength: 0.6 },
  { id: 'negotiation_openness.if_price_lands', type: 'relationship.negotiation_openness', pattern: `se|caso fechar|fecharem|ficar|ficarem|chegar|chegarem|baixar|baixarem|descer|descerem em|por|nos|pelos|pelas|aos|a|abaixo|para|pra ?us ?usd ?r ?€ ?eur ?kz ?mzn ${NUMBER}`, strength: 0.6 },
  { id: 'negotiation_openness.if_you_get_close', type: 'relationship.negotiation_openness', pattern: 'se|caso chegar|chegarem|chegares nisso|nesse|neste|lá|perto|próximo', strength: 0.6 },
  { id: 'negotiation_openness.if_that_helps', type: 'relationship.negotiation_openness', pattern: 'se|caso isso|isto ajudar|reduzir|baixar|compensar|facilitar|ajudar', strength: 0.6 },
  // Acceptance with a condition: "aceito desde que o embarque seja dividido", "a gente fecha, mas só se…".
  // "Desde que" is also "since": "já lá vão 3 semanas desde que pagámos", "o aço caiu 15% desde que cotaram".
  { id: 'negotiation_openness.provided_that', type: 'relationship.negotiation_openness', pattern: 'desde|contanto|conquanto que', strength: 0.6, cancelledBy: ['dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos', 'horas', 'tempo', 'caiu', 'subiu', 'mudou', 'aumentou', 'baixou', 'vão', 'passaram'], notBefore: SINCE_PAST },
  { id: 'negotiation_openness.only_if', type: 'relationship.negotiation_openness', pattern: 'só|somente|apenas se|caso', strength: 0.55 },
  { id: 'negotiation_openness.unless', type: 'relationship.negotiation_openness', pattern: 'a não ser que|quê', strength: 0.55, negatable: false },
  // A figure proposed in chat, as a sentence of its own: "faz 8?", "Faz 9.500 Kz a caixa que eu levo 200".
  // "Faz 3 semanas que espero" and "hoje faz 40" tell a time, and "a Braskem me faz 8,90" a rival's price.
  { id: 'negotiation_openness.make_it_figure', type: 'relationship.negotiation_openness', pattern: '^ faz|faça|façam|fazes|fazem|faria|fariam|deixa|deixe|deixem ?aí ?ai ?lá ?pra ?mim ?me ?nos ?por ?a ?em #', strength: 0.6, notBefore: TIME_AFTER, cancelledBy: RIVALS },
  // Another payment mix: "60% agora e 40% antes do embarque", "metade em maio e metade em junho",
  // "30/70", "e o resto contra cópia do BL", "trabalhamos com 30% de entrada".
  { id: 'negotiation_openness.part_now_rest_later', type: 'relationship.negotiation_openness', pattern: `# agora e|, ?o ?a ?os ?as resto|restante|saldo|metade|outra|outros|${NUMBER}`, strength: 0.7 },
  { id: 'negotiation_openness.half_and_half', type: 'relationship.negotiation_openness', pattern: 'metade|parte agora|já|em|no|na|por|via|antes .. e ?a ?o metade|resto|restante|outra|saldo|parte', strength: 0.65 },
  { id: 'negotiation_openness.and_the_rest', type: 'relationship.negotiation_openness', pattern: 'e o|a resto|restante|saldo ?do ?valor ?pagamento contra|na|no|após|quando|em|depois|a|à|via', strength: 0.6 },
  // A ratio counts only as a proposal ("ou 30/70 contra BL?", "dá pra fazer 50/50?"), because terms restated in an order are no counter-offer.
  { id: 'negotiation_openness.split_ratio', type: 'relationship.negotiation_openness', pattern: 'ou|fazer|faz|faça|fazemos|proponho|propomos|sugiro|sugerimos|fizer|fizerem|fosse|for ?boleto ?pagamento 30/70|50/50|20/80|40/60|60/40|70/30|80/20|30-70|50-50|20-80|30/60/90|30/60', strength: 0.6 },
  { id: 'negotiation_openness.we_work_with_deposit', type: 'relationship.negotiation_openness', pattern: 'trabalhamos|trabalho|aceitamos|aceito|fazemos|faço|conseguimos|consigo|propomos|proponho|sugerimos|sugiro|oferecemos|adiantamos|adianto ?trabalhar ?pagar ?aceitar ?até ?no ?máximo ?só ?apenas ?com # ?de sinal|entrada|adiantado|antecipado|adiantamento|agora|upfront|na|com', strength: 0.65 },
  { id: 'negotiation_openness.at_most', type: 'relationship.negotiation_openness', pattern: 'aceitamos|aceito|consigo|conseguimos|pagamos|pago|adiantamos|adianto|faço|fazemos ?até no|ao máximo #', strength: 0.6 },
  // Split shipments and mixed loads: "em duas entregas", "embarques parciais", "dividir o embarque",
  // "misturar 3 cores no mesmo contentor", "4 contentores em vez de 2".
  { id: 'negotiation_openness.in_parts', type: 'relationship.negotiation_openness', pattern: 'em|entre duas|dois|três|quatro|2|3|4 entregas|embarques|remessas|fases|lotes|partes|etapas|tranches|parcelas|envios|cargas', strength: 0.65, cancelledBy: DONE_ALREADY },
  { id: 'negotiation_openness.partial_shipment', type: 'relationship.negotiation_openness', pattern: 'embarque|embarques|entrega|entregas|envio|envios|remessa|remessas|pagamento parcial|parciais|fracionado|fracionada|fracionados|fracionadas|escalonado|escalonada|faseada|faseadas|faseado', strength: 0.65 },
  { id: 'negotiation_openness.split_it', type: 'relationship.negotiation_openness', pattern: `dividir|dividirmos|dividido|dividida|dividirem|dividisse|dividissem|dividindo|fracionar|parcelar|parcelado|parcelada|escalonar ?o ?a ?os ?as ?em ?entre embarque|embarques|entrega|entregas|envio|pedido|encomenda|lote|pagamento|carga|frete|custo|aumento|reajuste|duas|dois|três|${NUMBER}`, strength: 0.65, cancelledBy: DONE_ALREADY },
  { id: 'negotiation_openness.mix_items', type: 'relationship.negotiation_openness', pattern: 'misturar|misturando|misturarmos|misturem|misture|juntar|juntarmos|juntando|combinar|consolidar|consolidarmos|mix ?as ?os ?duas ?dois ?três ?quatro ?# ?diferentes cores|modelos|referências|sabores|tamanhos|skus|itens|produtos|artigos|estampas|modelo|cor|referência', strength: 0.65 },
  // "4 contentores em vez de 2" trades volume. "480 caixas em vez de 500" reports a short shipment.
  { id: 'negotiation_openness.instead_of', type: 'relationship.negotiation_openness', pattern: `em|ao vez|invés de um|uma|dois|duas|três|${NUMBER}`, strength: 0.6, cancelledBy: ['chegaram', 'chegou', 'vieram', 'veio', 'recebemos', 'recebi', 'caixas', 'sacos', 'unidades', 'peças', 'mm', '€', 'eur', 'euros', 'usd', 'reais', 'valor', 'preço', 'faturaram', 'cobraram', 'mandaram', 'enviaram', 'talvez'] },
  { id: 'negotiation_openness.part_by_air', type: 'relationship.negotiation_openness', pattern: 'uma|alguma parte ?do ?da ?pedido ?encomenda ?lote ?carga por|via|agora|antes|já|primeiro', strength: 0.6 },
  { id: 'negotiation_openness.at_least_part', type: 'relationship.negotiation_openness', pattern: 'pelo|ao menos uma|parte|metade', strength: 0.55 },
  // Asking for the seller's limit in a negotiation: "qual o melhor preço que vc me faz pra 10 mil?",
  // "esse é o melhor preço mesmo?", "ainda tem margem?".
  { id: 'negotiation_openness.best_you_can_do', type: 'relationship.negotiation_openness', pattern: 'melhor preço|condição|valor|oferta|proposta|desconto que ?vc ?você ?vocês ?vcs ?o ?senhor ?me ?nos consegue|conseguem|faz|fazem|dá|dão|consegues|conseguiria|conseguiriam|conseguirem', strength: 0.6 },
  { id: 'negotiation_openness.best_price_really', type: 'relationship.negotiation_openness', pattern: 'melhor|último|menor preço|valor|condição|proposta mesmo', strength: 0.6 },
  { id: 'negotiation_openness.room_to_move', type: 'relationship.negotiation_openness', pattern: 'margem|espaço|flexibilidade pra|para|de negociar|negociação|melhorar|baixar|desconto|manobra', strength: 0.65 },
  { id: 'negotiation_openness.still_room', type: 'relationship.negotiation_openness', pattern: 'ainda tem|há|existe ?alguma ?algum margem|flexibilidade|espaço', strength: 0.6 },
  { id: 'negotiation_openness.still_room', type: 'relationship.negotiation_openness', pattern: 'tem|há|existe alguma|algum margem|flexibilidade|espaço', strength: 0.6 },
  { id: 'negotiation_openness.some_flexibility', type: 'relationship.negotiation_openness', pattern: 'alguma|mais flexibilidade', strength: 0.6 },
  // Talks kept open: "chega perto disso que a gente conversa", "aí a gente negocia".
  { id: 'negotiation_openness.then_we_talk', type: 'relationship.negotiation_openness', pattern: 'que|aí|ai|daí|então a gente conversa|negocia|fala', strength: 0.6 },
  { id: 'negotiation_openness.keep_talking', type: 'relationship.negotiation_openness', pattern: 'continuamos|continuar|seguimos|seguir ?a conversa|conversando|negociação|negociar|negociando', strength: 0.6 },
  // A soft push on the price in chat: "faz uma forcinha aí no preço", "me ajuda a te ajudar", "arredonda pra baixo".
  { id: 'negotiation_openness.little_push', type: 'relationship.negotiation_openness', pattern: 'faz|faça|façam|fazer|dá|dê|deem|dar ?aí ?ai ?lá ?um ?uma forcinha|força|esforço|esforcinho|melhorada|chorinho|descontinho|precinho', strength: 0.6 },
  { id: 'negotiation_openness.help_me_help_you', type: 'relationship.negotiation_openness', pattern: 'ajuda|ajude|ajudem a te|vos|lhe ajudar', strength: 0.65 },
  { id: 'negotiation_openness.round_down', type: 'relationship.negotiation_openness', pattern: 'arredondar|arredonda|arredonde|arredondem ?pra ?para baixo', strength: 0.6 },
  { id: 'negotiation_openness.discount_for_payment', type: 'relationship.negotiation_openness', pattern: 'desconto|descontos|abatimento pra|para|no|com|por|de pagamento|pagto|pgto ?à ?a vista|antecipado|adiantado|antecipada', strength: 0.6 },
  { id: 'negotiation_openness.volume_discount_de', type: 'relationship.negotiation_openness', pattern: 'desconto|descontos de volume|quantidade', strength: 0.6 },
  // A question that requests a move from the seller: "aceitam 500 por referência?", "podem aceitar 300?", "conseguem rever?".
  { id: 'negotiation_openness.do_you_accept', type: 'relationship.negotiation_openness', pattern: 'aceitam|aceitas|aceitariam ?só ?apenas #', strength: 0.6, notBefore: TIME_AFTER, cancelledBy: RIVALS },
  { id: 'negotiation_openness.do_you_accept_mix', type: 'relationship.negotiation_openness', pattern: 'aceitam|aceitas|aceitariam misturar|juntar|dividir|fracionar|parcelar|carta|cobrança|escrow', strength: 0.6 },
  { id: 'negotiation_openness.can_you_accept', type: 'relationship.negotiation_openness', pattern: 'podem|poderiam|conseguem|conseguiriam|consegue|pode|poderia|podes aceitar|reconsiderar', strength: 0.6 },
  { id: 'negotiation_openness.revise', type: 'relationship.negotiation_openness', pattern: 'rever|reverem|reconsiderar ?', strength: 0.6 },
  // A proposal closed with a question: "pode ser metade agora?", "10% de desconto e levo as 3 carretas, fechado?".
  { id: 'negotiation_openness.could_it_be', type: 'relationship.negotiation_openness', pattern: `pode|podia|poderia ser metade|${NUMBER}`, strength: 0.6 },
  { id: 'negotiation_openness.deal_question', type: 'relationship.negotiation_openness', pattern: 'fechado|combinado|fechamos|fecha|negócio|topa|topam ?', strength: 0.55 },
  // Hypotheses and hedged openings: "e se a gente dividisse?", "se eu pegar 4 contentores…", "talvez 30%?",
  // "até dá pra pensar", "preferiríamos não pagar 50% adiantado".
  { id: 'negotiation_openness.what_if_past', type: 'relationship.negotiation_openness', pattern: 'e se .. dividisse|dividíssemos|pagássemos|fizéssemos|fechássemos|mudássemos|juntássemos|misturássemos|fosse|fizesse|dividir|passássemos|comprássemos|pedíssemos|aumentássemos|passarmos|juntarmos|misturarmos|pegarmos|pegasse|levasse', strength: 0.75 },
  { id: 'negotiation_openness.if_we_take', type: 'relationship.negotiation_openness', pattern: `se|caso ?eu ?a ?gente ?nós passarmos|juntarmos|misturarmos|pegarmos|tirarmos|ficarmos|garantirmos|pegar|tirar|juntar|misturar|passar|levar ?de ?com ?mais ?os ?as mais|dois|duas|três|o|a|os|as|${NUMBER}`, strength: 0.65, notBefore: TIME_AFTER },
  { id: 'negotiation_openness.maybe_if', type: 'relationship.negotiation_openness', pattern: `talvez se|dê|desse|consigamos|conseguíssemos|pudéssemos|fosse|${NUMBER}`, strength: 0.55, notBefore: TIME_AFTER },
  { id: 'negotiation_openness.could_think', type: 'relationship.negotiation_openness', pattern: 'dá|daria|dava pra|para pensar|conversar|considerar|avaliar', strength: 0.6 },
  { id: 'negotiation_openness.we_could_consider', type: 'relationship.negotiation_openness', pattern: 'poderíamos|podemos|posso|poderia|podíamos ?até considerar|pensar|avaliar|estudar|testar|aceitar', strength: 0.55 },
  { id: 'negotiation_openness.rather', type: 'relationship.negotiation_openness', pattern: 'preferiríamos|preferíamos|preferia|preferiria ?não _', strength: 0.6 },
  { id: 'negotiation_openness.rather_close', type: 'relationship.negotiation_openness', pattern: 'prefiro|preferimos fechar|dividir|trabalhar|começar', strength: 0.6 },
  { id: 'negotiation_openness.would_it_be_possible', type: 'relationship.negotiation_openness', pattern: 'possível|viável|hipótese|forma|possibilidade|jeito|maneira ?de dividir|parcelar|escalonar|antecipar|consolidar|juntar|misturar|reduzir|baixar|segurar|manter|estender|prorrogar|incluir|fracionar|aceitar|produzirem|estenderem|pagar|produzir', strength: 0.6 },
  // The buyer's own move: "conseguimos chegar a USD 1,85", "podemos abrir mão da embalagem individual",
  // "aceito pagar o frete aéreo", "começar com um volume menor", "segura por 30 que eu aprovo".
  { id: 'negotiation_openness.we_can_reach', type: 'relationship.negotiation_openness', pattern: `consigo|conseguimos|conseguíamos|conseguiríamos|conseguia|posso|podemos|poderíamos|podíamos chegar|ir|subir|pagar|absorver|aceitar|oferecer ?até ?em ?a ?aos ?uns ?umas ?no ?nos ?máximo us|usd|r|€|eur|metade|uns|umas|${NUMBER}`, strength: 0.6, notBefore: TIME_AFTER },
  { id: 'negotiation_openness.give_up', type: 'relationship.negotiation_openness', pattern: 'abrir|abrimos|abro|abriríamos mão', strength: 0.6 },
  { id: 'negotiation_openness.we_pay_the_cost', type: 'relationship.negotiation_openness', pattern: 'pago|pagamos|pagaríamos|pagaremos|assumimos|assumo|assumiríamos|cobrimos|pagar ?só ?o ?a ?os ?as custo|custos|extra|adicional|sobretaxa|diferença', strength: 0.6 },
  { id: 'negotiation_openness.we_pay_air_freight', type: 'relationship.negotiation_openness', pattern: 'pago|pagamos|pagaríamos|pagaremos|assumimos|assumo|cobrimos|pagar ?o frete aéreo|expresso', strength: 0.6 },
  { id: 'negotiation_openness.smaller_volume', type: 'relationship.negotiation_openness', pattern: 'quantidade|quantidades|volume|pedido|lote|encomenda ?piloto ?teste ?inicial ?experimental menor|menores|reduzido|reduzida|reduzidos', strength: 0.6 },
  { id: 'negotiation_openness.hold_old_price', type: 'relationship.negotiation_openness', pattern: 'seguram|segura|mantêm|mantém ?o ?a ?esse ?este ?mesmo preço|preços|tabela|valor', strength: 0.6 },
  { id: 'negotiation_openness.hold_figure', type: 'relationship.negotiation_openness', pattern: 'seguram|segurem|segura|mantenham|mantenha|segurar|manter ?o ?a ?os ?as ?esse ?este ?por #', strength: 0.6, notBefore: TIME_AFTER },
  // relationship.clarification
  { id: 'clarification.to_clarify', type: 'relationship.clarification', pattern: 'para|pra esclarecer|explicar|complementar', strength: 0.85 },
  { id: 'clarification.clarifying', type: 'relationship.clarification', pattern: 'esclarecendo|explicando|complementando|corrigindo|retificando', strength: 0.8 },
  { id: 'clarification.let_me_clarify', type: 'relationship.clarification', pattern: 'deixa|deixe|deixe-me|permita-me ?me explicar|esclarecer', strength: 0.8 },
  { id: 'clarification.as_requested', type: 'relationship.clarification', pattern: 'conforme|como ?você ?vocês ?vc ?o ?senhor solicitado|solicitada|solicitados|solicitadas|solicitou|solicitaram|pediu|pediram|combinado|combinamos|conversado|conversamos|falamos|mencionado|mencionou', strength: 0.85 },
  { id: 'clarification.per_your_question', type: 'relationship.clarification', pattern: 'respondendo|referente|quanto|resposta .. pergunta|perguntas|dúvida|dúvidas|questão|questões|solicitação|email|e-mail|mensagem', strength: 0.8 },
  { id: 'clarification.in_reply', type: 'relationship.clarification', pattern: 'em resposta|retorno', strength: 0.85 },
  { id: 'clarification.here_are', type: 'relationship.clarification', pattern: 'segue|seguem|abaixo|eis .. detalhes|informações|info|infos|respostas|resposta|dados|lista|especificações|requisitos|documentos|desenho|desenhos', strength: 0.7 },
  { id: 'clarification.i_meant', type: 'relationship.clarification', pattern: 'quis|quisemos|queria|queríamos dizer', strength: 0.7 },
  { id: 'clarification.that_is', type: 'relationship.clarification', pattern: 'ou seja', strength: 0.5 },
  { id: 'clarification.sorry_confusion', type: 'relationship.clarification', pattern: 'desculpe|desculpa|desculpem|perdão .. confusão|mal-entendido|engano', strength: 0.6 },
  { id: 'clarification.badly_put', type: 'relationship.clarification', pattern: 'expressei|expressamos|expliquei mal', strength: 0.6 },
];

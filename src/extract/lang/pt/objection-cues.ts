/**
 * Portuguese objection cues. Each pattern uses the phrase syntax of
 * `text/phrases.ts`, written with accents, and `index.ts` adds the unaccented
 * spellings. Strength is the weight of one match in [0, 1].
 *
 * Portuguese puts the adjective after the noun and the negation before the
 * verb ("o preço não está competitivo"), so most cues name the noun first
 * and leave a gap for the verb and the intensifier.
 */
import type { SignalType } from '../../../core/types.js';
import type { SignalCue } from '../types.js';
import { SAMPLE_NOUNS } from './verbs.js';

/** Types a bare "too high" / "not possible" may be about. The nearest topic word decides. */
const AMOUNT_TOPICS: SignalType[] = ['objection.price', 'objection.moq', 'objection.payment_terms'];
const ANY_TOPIC: SignalType[] = ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'];

const PRICE_WORDS = 'preço|preços|valor|valores|cotação|orçamento|custo|custos|oferta|proposta|tabela';
const HIGH = 'alto|alta|altos|altas|elevado|elevada|elevados|elevadas|salgado|salgada|puxado|puxada|pesado|pesada|exagerado|exagerada|exorbitante|absurdo';
const EXPENSIVE = 'caro|cara|caros|caras';
/** "bué" is the Angolan and Portuguese colloquial "very". */
const INTENSIFIER = 'muito|mto|mt|mui|bué|bem|bastante|tão|super|extremamente|demasiado|demasiadamente|meio|pouco|ainda|realmente';
/** "R$", "US$" and "€" leave a token "r" or "us" (or none) before the number. */
const CURRENCY = '?usd|us|r|eur|euros|reais|dólares';
const CERTS = 'certificado|certificados|certificação|certificações|registro|homologação|laudo|ce|fda|iso|rohs|reach|ul|inmetro|anvisa|halal|saso|etl|fcc|sgs|bsci|gcc';
/** Certificates and the papers or marks that prove one ("selo", "COA", "relatório"). */
const CERT_DOCS = `${CERTS}|selo|selos|marcação|marcações|coa|declaração|licença|laudos|relatório|relatórios|registo|certificate`;
const DEPOSIT = 'sinal|entrada|adiantamento|antecipado|antecipada|antecipadamente|antecipação|adiantado|depósito|prepagamento|pré-pagamento|l/c|lc|carta|t/t|tt|d/p';
const SUPPLIER = 'fornecedor|fornecedores|fornecedora|fabricante|fabricantes|fábrica|fábricas|vendedor|vendedores|empresa|empresas';
const COMPETITOR = `${SUPPLIER}|concorrente|concorrentes|chinês|chineses|outro|outra|outros|distribuidor|distribuidora|distribuidores|importador|importadora|atacadista`;
const OFFERED = 'ofereceu|ofereceram|oferece|oferecem|cotou|cotaram|cota|cotam|passou|passaram|faz|fazem|fez|fizeram|vende|vendem|cobra|cobram|cobrou';
const LET_DOWN =
  'sumiu|sumiram|desapareceu|desapareceram|enganou|enganaram|atrasou|atrasaram|falhou|falharam|mentiu|mentiram|roubou|roubaram|deu|deram|nunca|mandou|mandaram|enviou|enviaram|entregou|entregaram|calote|golpe|trocou|trocaram|oxidou|enferrujou|quebrou|faliu|perdemos|perdi|mandavam|enviavam|entregavam|atrasavam|falhavam|vinham|mudou|mudaram|levou|levaram';
/** Acts that are a let-down from any supplier, so they need no "último" or "anterior" before the supplier. */
const BAD_ACTS =
  'sumiu|sumiram|desapareceu|desapareceram|enganou|enganaram|mentiu|mentiram|roubou|roubaram|faliu|faliram|fraudou|calote|golpe';
const NEVER_DELIVERED =
  'entregou|entregaram|enviou|enviaram|mandou|mandaram|chegou|chegaram|saiu|saíram|embarcou|embarcaram|apareceu|apareceram|devolveu|devolveram|respondeu|responderam';
/** Product traits a quality objection may be about ("espessura errada"). */
const SPEC_TRAITS =
  'gramatura|medida|medidas|dimensão|dimensões|espessura|especificação|voltagem|tensão|tonalidade|acabamento|quantidade|embalagem|referência|lote';

/** Every objection type, for bare reactions that any topic may take ("fica difícil", "me deixa inseguro"). */
const ALL_TOPICS: SignalType[] = ['objection.quality', 'objection.certification', ...ANY_TOPIC];
/** Month names, for a date a promise or a delivery was set to ("prometeram para março"). */
const MONTHS = 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro';
/** Small counts written as words ("três semanas", "um mês"). */
const COUNT_WORDS = 'um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|alguns|algumas|várias|vários|umas|uns';
/** Periods of a wait or a delay. */
const PERIODS = 'dia|dias|semana|semanas|mês|meses|ano|anos';
/** Verbs of selling, using and storing, which a MOQ objection sets the quantity against ("mais do que vendemos"). */
const SELL_USE =
  'vendemos|vendo|vende|vendem|vender|consumimos|consumo|consome|consomem|consumir|usamos|uso|usa|usar|gastamos|gasto|gasta|gastar|escoamos|escoa|escoar|giramos|gira|girar|absorve|absorvem|absorvemos|absorver|precisamos|preciso|comporta|comportam|armazenar|guardar';
/** Sell or use, as a buyer states its own rate ("vendo 200 por mês"). */
const SALES_RATE_VERBS = 'vendemos|vendo|vende|consumimos|consumo|consome|usamos|uso|gastamos|gasto|escoamos|giramos';
/** The start of a relationship, a first order or a trial ("para começar", "primeira compra"). */
const FIRST_ORDER = 'começar|começo|testar|teste|primeira|primeiro|estreia|arranque|arrancar|início|piloto|experimentar|experiência';
/** A small business, as buyers describe themselves ("loja de bairro", "adega pequena"). */
const SMALL_BUSINESS =
  'mercado|mercados|loja|lojas|lojinha|empresa|empresinha|marca|negócio|operação|confecção|farmácia|adega|padaria|pastelaria|oficina|sorveteria|mercearia|startup|ateliê|atelier|comércio|estrutura|cliente|clientes|distribuidora|importadora';
/** Words that make a certificate invalid: expired, forged, withdrawn, outdated or wrong. */
const CERT_INVALID =
  'vencido|vencida|vencidos|vencidas|expirado|expirada|expirados|expiradas|expired|caducado|caducada|caducados|inválido|inválida|inválidos|inválidas|invalid|falso|falsa|falsos|falsas|falsificado|falsificada|falsificados|falsificadas|adulterado|adulterada|rasurado|rasurada|rasurados|rasuradas|errado|errada|errados|erradas|incorreto|incorreta|diferente|diferentes|divergente|divergentes|suspenso|suspensa|cancelado|cancelada|revogado|revogada|desatualizado|desatualizada|ilegível';
/** Things a certificate may name instead of the goods on offer ("outro modelo", "outra potência"). */
const CERT_SUBJECTS =
  'modelo|modelos|produto|produtos|código|códigos|referência|referências|potência|empresa|empresas|fábrica|fábricas|fabricante|material|tecido|lote|lotes|versão|norma|componente|artigo|artigos|item|cor|tamanho|voltagem|tensão|capacidade|unidade|instalação|endereço|marca|peso|planta';
/** Verbs that tie a certificate to a holder or a subject: "é da empresa", "vem em nome de", "fala de". */
const CERT_REFERS =
  'é|são|foi|foram|vem|vêm|veio|vieram|está|estão|fala|falam|refere|referem|cita|citam|cobre|cobrem|diz|emitido|emitida|emitidos|emitidas|passado|passada|registado|registada|registrado|registrada';
/** Goods, shipments and papers a buyer waits for. */
const AWAITED =
  'data|booking|tracking|rastreio|embarque|produção|previsão|notícia|notícias|navio|bl|carga|mercadoria|contentor|contêiner|container|fotos|encomenda|pedido';
/** Ship, send or arrive, as infinitives and participles ("era pra ter zarpado"). */
const SHIP_VERBS =
  'mandar|enviar|embarcar|sair|chegar|entregar|despachar|zarpar|atracar|mandado|mandada|enviado|enviada|embarcado|embarcada|saído|chegado|chegada|entregue|entregues|despachado|despachada|zarpado|atracado|pronto|pronta|prontos|prontas|produzido|produzida|finalizado|finalizada';
/** Seasons, events and deadlines that a late delivery misses ("perdemos a época", "depois do Natal"). */
const SEASON =
  'época|temporada|estação|campanha|safra|coleção|feira|natal|verão|inverno|pico|lançamento|inauguração|colheita|plantio|rega|evento|páscoa|carnaval|festas|sazonalidade';
/** Defects that only a delivery verb makes clear ("chegaram partidas", "veio molhado"). */
const ARRIVED_DEFECTS =
  'partido|partida|partidos|partidas|molhado|molhada|molhados|molhadas|furo|furos|solto|solta|soltos|soltas|desfeito|desfeita|desfeitos|desfeitas|falhada|falhadas|falhado|falhados|velho|velha|velhos|velhas|usado|usada|usados|usadas|sujo|suja|sujos|sujas|cheiro|odor|umidade|humidade|bichos|insetos|fungos|tonalidades|torto|torta|tortos|tortas';
/** Verbs that open a claim about the goods ("dizem que é 304, mas"). */
const CLAIMED =
  'dizem|disseram|diz|disse|falam|falaram|falou|fala|garantem|garantiram|garantiu|garante|afirmam|afirmaram|afirma|juram|juraram|jurou|prometeram|prometeu|anunciam|anunciaram|anuncia|declaram|declara|declararam';
/** Words that make a claim about the seller's kind of business, not its goods ("são fábrica mesmo ou trading?"). */
const BUSINESS_KIND = ['fábrica', 'fabricante', 'fabricantes', 'trading', 'intermediário', 'empresa'];
/** The same, with the seller addressed before the verb ("vocês são fabricante mesmo?"). */
const SELLER_KIND = ['vocês', 'vcs', 'você', 'vc', ...BUSINESS_KIND];
/** Words that put a promise in another supplier's mouth ("o último que me prometeu isso"). */
const OTHER_SUPPLIER = ['mesmo', 'isso', 'também', 'último', 'outro', 'anterior'];
/** Promised, as buyers hold a seller to a date ("prometeram-nos a carga para dia 5"). */
const PROMISED = 'prometeram|prometeu|prometido|prometida|prometeram-nos|prometeu-nos|prometeram-me|prometeu-me|prometeste';
/** Goods and steps whose date a buyer objects to. */
const LEAD_NOUNS = 'entrega|embarque|produção|chegada|mercadoria|carga|encomenda|envio|fabricação';
/** "Only" with the verb or preposition that puts a date far off ("só chega em", "só começa daqui a"). */
const ONLY_THEN = 'só|somente|apenas começa|começaria|começam|sai|sairia|saem|chega|chegaria|chegam|embarca|embarcaria|fica|ficaria|estará|estaria|daqui|lá';
/** Verbs of asking and writing, as a buyer chases the same thing again ("terceira vez que peço"). */
const REQUEST_VERBS = 'peço|pergunto|pedi|perguntei|pedindo|perguntando|cobro|cobrando|solicito|solicitei|escrevo|escrevi';

export const OBJECTION_CUES: SignalCue[] = [
  // objection.price
  { id: 'price.price_too_high', type: 'objection.price', pattern: `${PRICE_WORDS} .. ${HIGH}|${EXPENSIVE}`, strength: 0.85 },
  { id: 'price.too_expensive', type: 'objection.price', pattern: `${INTENSIFIER} ${EXPENSIVE}`, strength: 0.8 },
  { id: 'price.expensive_too', type: 'objection.price', pattern: `${EXPENSIVE} demais|demasiado|pra|para ?nós|mim|gente`, strength: 0.8 },
  { id: 'price.salty', type: 'objection.price', pattern: 'está|tá|ficou|ficaram|é|muito|bem|meio|pouco|que salgado|salgada|salgadinho|salgadinha|salgadíssimo', strength: 0.7 },
  { id: 'price.how_expensive', type: 'objection.price', pattern: `que ${EXPENSIVE}`, strength: 0.7 },
  { id: 'price.very_expensive', type: 'objection.price', pattern: 'caríssimo|caríssima|caríssimos|carésimo|carérrimo', strength: 0.85 },
  { id: 'price.is_expensive', type: 'objection.price', pattern: `está|tá|ficou|fica|continua|estão|ficaram|é|são ?muito ?bem ?meio ?um ?pouco ${EXPENSIVE}`, strength: 0.7 },
  { id: 'price.find_expensive', type: 'objection.price', pattern: `achei|acho|achamos|acharam|achou|considero|consideramos ?muito ?bem ?um ?pouco ${EXPENSIVE}|salgado|salgada|puxado|puxada`, strength: 0.75 },
  { id: 'price.competitor_cheaper', type: 'objection.price', pattern: 'concorrente|concorrentes|concorrência|outros ... ?mais ?bem barato|barata|baratos|baratas|menos|menor|abaixo|inferior', strength: 0.8 },
  { id: 'price.other_supplier_cheaper', type: 'objection.price', pattern: `${SUPPLIER}|chinês|chineses|indiano|indianos|turco|local|nacional .. mais|bem barato|barata|baratos|baratas`, strength: 0.8 },
  { id: 'price.competitor_better_price', type: 'objection.price', pattern: `${SUPPLIER}|concorrente|concorrentes|concorrência|outros .. melhor|melhores|menor|menores preço|preços|oferta|condição|condições|proposta`, strength: 0.8 },
  { id: 'price.found_cheaper', type: 'objection.price', pattern: 'achamos|encontramos|achei|encontrei|conseguimos|consegui|recebemos|recebi|temos|tenho .. mais|bem barato|barata|baratos|baratas', strength: 0.8 },
  { id: 'price.found_better_price', type: 'objection.price', pattern: 'achamos|encontramos|achei|encontrei|conseguimos|consegui|recebemos|recebi|temos|tenho .. preço|preços|oferta|ofertas|proposta|cotação melhor|menor|melhores|menores|mais', strength: 0.8 },
  { id: 'price.found_lower_price', type: 'objection.price', pattern: 'achamos|encontramos|achei|encontrei|conseguimos|consegui|recebemos|recebi|temos|tenho .. melhor|menor|melhores|menores preço|preços|oferta|ofertas|proposta|cotação', strength: 0.8 },
  { id: 'price.cheaper', type: 'objection.price', pattern: 'mais barato|barata|baratos|baratas', strength: 0.5 },
  { id: 'price.more_affordable', type: 'objection.price', pattern: 'mais em conta', strength: 0.5 },
  { id: 'price.over_budget', type: 'objection.price', pattern: 'acima|além|fora|estoura|estourou|excede|ultrapassa .. orçamento|budget|verba', strength: 0.8 },
  { id: 'price.not_in_budget', type: 'objection.price', pattern: 'não cabe|cabem|encaixa|entra .. orçamento|budget|verba|bolso', strength: 0.8, negatable: false },
  { id: 'price.out_of_reach', type: 'objection.price', pattern: 'fora .. realidade|alcance', strength: 0.75 },
  { id: 'price.cannot_afford', type: 'objection.price', pattern: 'não conseguimos|consigo|podemos|posso|temos ?como bancar|arcar', strength: 0.8, negatable: false },
  { id: 'price.cannot_pay_that', type: 'objection.price', pattern: 'não .. pagar|chegar|chegamos|chego|chegaria nesse|neste|esse|este|esses|estes|tanto|isso', strength: 0.75, negatable: false },
  { id: 'price.can_you_improve', type: 'objection.price', topics: ['objection.price', 'objection.lead_time', 'objection.moq', 'objection.payment_terms'], topicOptional: true, pattern: 'dá|daria|tem|consegue|conseguem|pode|podem|poderia ?pra ?para ?como ?de baixar|reduzir|abaixar|diminuir|chorar', strength: 0.6 },
  { id: 'price.haggle', type: 'objection.price', pattern: 'chorinho|choradinha|chorar', strength: 0.55 },
  { id: 'price.not_competitive', type: 'objection.price', pattern: 'não|nada|pouco competitivo|competitiva|competitivos|atrativo|atrativa|atraente', strength: 0.85, negatable: false },
  { id: 'price.price_not_acceptable', type: 'objection.price', pattern: `${PRICE_WORDS} .. não ?é ?está ?tá ?ficou competitivo|competitiva|aceitável|razoável|viável|atrativo|atrativa|justo`, strength: 0.8, negatable: false },
  { id: 'price.price_issue', type: 'objection.price', pattern: 'preço|valor|custo .. problema|complicado|complicada|difícil|obstáculo', strength: 0.6 },
  { id: 'price.issue_with_price', type: 'objection.price', pattern: 'problema|dificuldade|questão .. preço|valor|custo', strength: 0.6 },
  { id: 'price.extra_charge', type: 'objection.price', pattern: 'mais ?uma|outra|outras taxa|taxas|cobrança|cobranças|tarifa|tarifas|sobretaxa', strength: 0.55 },
  { id: 'price.they_raised', type: 'objection.price', pattern: 'aumentaram|aumentou|subiram|subiu|reajustaram|reajustou ?o ?a ?os ?as preço|preços|valor|valores|taxa|taxas|frete|tarifa|tarifas|tabela', strength: 0.65 },
  { id: 'price.discount_request', type: 'objection.price', pattern: 'dar|dá|faz|fazer|consegue|conseguem|tem|rola|pode|podem|poderia|poderiam .. desconto|descontinho|abatimento', strength: 0.5 },
  { id: 'price.numbers_dont_work_reversed', type: 'objection.price', pattern: 'não fecha|fecham|bate|batem ?a ?as ?os conta|contas|números|margem|margens', strength: 0.75, negatable: false },
  // A price increase the buyer brings up is resistance to it: "subida de 7% na tabela", "mais um reajuste".
  { id: 'price.price_increase', type: 'objection.price', pattern: 'reajuste|reajustes|encarecimento', strength: 0.55 },
  { id: 'price.increase_of_price', type: 'objection.price', pattern: 'aumento|aumentos|subida ?de ?no ?do ?nos ?dos preço|preços|valor|valores|tabela|custo|custos', strength: 0.65 },
  { id: 'price.increase_of_percent', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'aumento|aumentos|subida de #', strength: 0.6 },
  // objection.price: bare predicates about a price or quantity just mentioned ("9,80?? muito alto")
  { id: 'price.bare_too_high', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: `${INTENSIFIER} ${HIGH}|grande|grandes`, strength: 0.7 },
  { id: 'price.bare_high_too', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: `${HIGH}|grande|grandes demais|demasiado`, strength: 0.7 },
  { id: 'price.bare_is_high', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: `está|tá|ficou|continua|estão|ficaram|é|são ${HIGH}`, strength: 0.6 },
  { id: 'price.is_too_much', type: 'objection.price', topics: ANY_TOPIC, pattern: 'é|está|tá|fica|ficou|são|ficaria|seria muito|demais ,|.|!|?|!!|??|...', strength: 0.6 },
  { id: 'price.a_lot_for_us', type: 'objection.price', topics: ANY_TOPIC, pattern: 'muito|demais|pesado|pesada pra|para|pro ?a nós|nos|mim|gente', strength: 0.6 },
  { id: 'price.way_off', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: 'muito|bem|totalmente|completamente|meio|completamente fora', strength: 0.65 },
  { id: 'price.is_a_joke', type: 'objection.price', topics: ANY_TOPIC, pattern: 'brincadeira|piada|palhaçada|sacanagem|zoeira|zoação', strength: 0.65 },
  { id: 'price.above', type: 'objection.price', pattern: `${PRICE_WORDS} ... acima|além do|da|de|dos|das`, strength: 0.7 },
  { id: 'price.out_of_market', type: 'objection.price', pattern: 'fora|acima do|de ?preço ?de mercado', strength: 0.75 },
  { id: 'price.far_from', type: 'objection.price', topics: ['objection.price'], pattern: 'longe|distante do|de|da|dos', strength: 0.65 },
  { id: 'price.dearer_than', type: 'objection.price', pattern: `mais ${EXPENSIVE} do|da|que|comparado`, strength: 0.7 },
  { id: 'price.higher_than', type: 'objection.price', topics: ['objection.price'], pattern: 'mais alto|alta|altos|altas|elevado|elevada do|da|que ... mercado|último|última|anterior|atual|outro|outros|outra|concorrente|concorrentes|antes|normal|nosso|nossa|china|passado|passada', strength: 0.65 },
  { id: 'price.double', type: 'objection.price', topics: ['objection.price'], pattern: 'o dobro|triplo', strength: 0.65 },
  { id: 'price.cannot_pass_on', type: 'objection.price', pattern: 'não consigo|conseguimos|consegue|dá .. repassar|explicar|justificar', strength: 0.5, negatable: false },
  // objection.price: competitor offers ("outro fornecedor me passou 9,50")
  { id: 'price.competitor_offered', type: 'objection.price', pattern: `${COMPETITOR} ... ${OFFERED} ?por ?a ?pelo ${CURRENCY} #`, strength: 0.75 },
  { id: 'price.competitor_offered_less', type: 'objection.price', pattern: `${COMPETITOR} ... ${OFFERED} ?por ?o ?a ?pela mesmo|mesma|metade|menos`, strength: 0.75 },
  { id: 'price.they_offered_number', type: 'objection.price', pattern: `ofereceram|oferecem|cotaram|cobram|cobraram|vendem ?me ?nos ?por ?a ?só ?apenas ${CURRENCY} #`, strength: 0.7 },
  { id: 'price.competitor_giving', type: 'objection.price', pattern: 'concorrente|concorrentes|concorrência|mercado|outros ... faz|fazem|dá|dão|oferece|oferecem|vende|vendem|cobra|cobram ... menos|desconto', strength: 0.75 },
  { id: 'price.better_price_request', type: 'objection.price', pattern: 'fazer|dar|faz|fazem|dá|dão|conseguir|consegue ?um ?uma ?o preço|valor|condição|desconto melhor|menor|especial|maior', strength: 0.6 },
  { id: 'price.we_buy_at', type: 'objection.price', pattern: `compramos|comprávamos|compro|comprava|pagamos|pagávamos|pagando|comprando|conseguimos|consigo ... por|a|só|apenas|uns|cerca ${CURRENCY} #`, strength: 0.6 },
  { id: 'price.can_you_match', type: 'objection.price', pattern: 'consegue|conseguem|pode|podem|poderia cobrir|igualar|bater|acompanhar', strength: 0.65 },
  { id: 'price.numbers_dont_work', type: 'objection.price', pattern: 'números|conta|contas|valores|margem .. não fecha|fecham|batem|funciona|funcionam', strength: 0.75, negatable: false },
  // objection.price: counter-offers ("faz por 9,70?", "se fecharem a 9,50")
  { id: 'price.budget_tight', type: 'objection.price', pattern: 'budget|verba|orçamento .. limitado|limitada|apertado|apertada|curto|curta|restrito|restrita', strength: 0.65 },
  // NOTE: `#` cannot tell a price from a quantity, so "consegue fazer 2000?" also raises objection.price.
  // "faz" and "dá" also count time ("já faz 15 dias"), so the offer needs its preposition: "faz por 9,50?".
  { id: 'price.do_it_for', type: 'objection.price', pattern: `faz|faria|fazem|fariam|dá|daria|deixa|deixaria ?me ?nos por|a|pra|para ${CURRENCY} #`, strength: 0.7 },
  { id: 'price.if_you_give', type: 'objection.price', pattern: `se|caso ?vocês ?você ?vc ?vcs fizer|fizerem|der|derem|baixar|baixarem|fechar|fecharem|deixar|deixarem por|a|pra|para ${CURRENCY} #`, strength: 0.7 },
  { id: 'price.make_it', type: 'objection.price', pattern: `faz|faça|façam|deixa|deixe|deixem|fecha|feche por|a|pra|para ${CURRENCY} #`, strength: 0.6 },
  { id: 'price.meet_number', type: 'objection.price', pattern: `chegar|chegue|cheguem|chega|fechar|feche|fazer|faça|deixar no|nos|em|a|aos|pelos|por ${CURRENCY} #`, strength: 0.7 },
  { id: 'price.meet_my_price', type: 'objection.price', pattern: 'chegar|chegue|cheguem|chega|atingir|bater|igualar no|em|ao|o ?nosso ?meu ?nossa preço|target|alvo|valor|meta', strength: 0.75 },
  { id: 'price.last_price', type: 'objection.price', pattern: 'último|menor preço|valor ?', strength: 0.55 },
  { id: 'price.pay_max', type: 'objection.price', pattern: `pagamos|pago|pagaria|pagaríamos|pagar|aceitamos|aceito|oferecemos|ofereço ?no máximo|só|somente|apenas ${CURRENCY} #`, strength: 0.65 },
  { id: 'price.kindly_revise', type: 'objection.price', pattern: 'favor|pf|gentileza|pode|podem|poderia rever|revisar|reconsiderar|reavaliar', strength: 0.55 },
  // The buyer names the same goods sold cheaper elsewhere: "o chinês entrega a mesma válvula por USD 2,35", "o mesmo produto por metade do preço".
  { id: 'price.same_goods_for', type: 'objection.price', pattern: 'o|a|os|as mesmo|mesma|mesmos|mesmas ... por|sai|saem ?por usd|us|r|eur|euros|reais|dólares|metade', strength: 0.7 },
  // A counter-offer names a lower target: "se baixarem o preço unitário para 11,20".
  { id: 'price.bring_down_to', type: 'objection.price', pattern: `baixar|baixarem|baixa|baixe|baixem|reduzir|reduzirem|reduza|reduzam|descer|descerem|desce|desçam ?o ?a ?os ?as ?preço ?preços ?valor ?unitário ?frete ?pra ?para ?a ?até ?em ?uns ${CURRENCY} #`, strength: 0.7 },
  // The buyer objects to the freight, states a cap or compares with what it pays today: "o frete até Beira duplica o custo", "nosso teto é US$ 11".
  { id: 'price.freight_too_high', type: 'objection.price', pattern: `frete|fretes|freight|portes|transporte|shipping ... ${HIGH}|${EXPENSIVE}|inviável|dobra|duplica|triplica|dobrou|duplicou`, strength: 0.75 },
  { id: 'price.budget_cap', type: 'objection.price', pattern: `nosso|nossa|meu|minha teto|limite ?aqui ?é ?são ?de ?seria ?fica ?no ?máximo ?até ${CURRENCY} #`, strength: 0.7 },
  { id: 'price.above_what_we_pay', type: 'objection.price', pattern: 'acima|além do|daquilo que ... paga|pago|pagamos|pagámos|pagávamos|pagando|imaginei|imaginava|imaginávamos|orçado|orçamos|temos|tenho|consigo|conseguimos|compramos|compro|posso|podemos|contratado|praticado|previsto|planejado', strength: 0.75 },
  // The buyer names a price rise after the noun: "o preço subiu 8% do último pedido", "15% de aumento".
  { id: 'price.percent_increase', type: 'objection.price', pattern: '# de aumento|reajuste|acréscimo|subida', strength: 0.65 },
  { id: 'price.price_went_up', type: 'objection.price', pattern: 'preço|preços|valor|valores|tabela|frete|custo|custos|cotação ... subiu|subiram|aumentou|aumentaram|dobrou|dobraram|encareceu|encareceram|disparou|dispararam', strength: 0.65 },
  { id: 'price.with_this_price_not', type: 'objection.price', pattern: 'com esse|este|esses|estes|um|tal preço|preços|valor|valores|número|números ?aí ?eu ?a ?gente ?nós não|nem consigo|conseguimos|dá|fecha|fecho|levo|tenho|temos|compro|compramos|compensa|vendo|vendemos|posso|podemos|chego|chegamos', strength: 0.7, negatable: false },
  // The buyer jokes that the boss will laugh at the number: "meu chefe vai rir quando ver esse número".
  { id: 'price.boss_will_laugh', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'chefe|dono|diretor|diretoria|patrão|sócio|sócia ... rir|risada|risadas|demite|demitir|mata|matar', strength: 0.6 },
  // The buyer expected a lower number: "esperava algo perto de R$ 7", "imaginava uns 9 euros".
  { id: 'price.expected_around', type: 'objection.price', topics: ['objection.price'], pattern: `esperava|esperávamos|esperando|imaginava|imaginávamos|contava|contávamos|pensava|pensávamos ... perto|próximo|abaixo|uns|umas|algo|cerca|menos|volta|máximo ... ${CURRENCY} #`, strength: 0.65 },
  // A cap stated after the number: "acima disso não compro", "passando daí o cliente desiste".
  { id: 'price.above_that', type: 'objection.price', pattern: 'acima|passando disso|daí|desse|deste|daquilo', strength: 0.6 },
  // The price leaves no margin: "fico sem margem", "isso come a nossa margem toda".
  { id: 'price.no_margin', type: 'objection.price', pattern: 'sem|zero|nenhuma|pouca|pouquíssima ?a ?nossa ?minha margem|margens|lucro', strength: 0.7, negatable: false },
  { id: 'price.kills_margin', type: 'objection.price', pattern: 'mata|matar|matando|come|comem|comeu|acaba|acabou|esmaga|esmagou|destrói|engole ?a ?o ?toda ?nossa ?nosso ?minha ?meu margem|margens|lucro|rentabilidade', strength: 0.7 },
  // An input cost fell, so the price should too: "o algodão baixou 10% desde março".
  { id: 'price.input_cost_fell', type: 'objection.price', pattern: 'preço|preços|custo|custos|cotação|dólar|câmbio|aço|algodão|alumínio|cobre|petróleo|resina|matéria-prima|matérias-primas|frete|fretes ... caiu|caíram|baixou|baixaram|desceu|desceram|despencou|despencaram|recuou|recuaram', strength: 0.6 },
  // The seller's offer is the dearest one: "a vossa é a mais cara das três".
  { id: 'price.the_dearest', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `é|são|foi|ficou|está|tá|estão|vem|veio|sai|saiu a|o|os|as mais ${EXPENSIVE}|alta|alto|altas|altos|elevada|elevado`, strength: 0.7 },
  // A percentage below the seller's number: "o concorrente está 15% abaixo".
  { id: 'price.percent_below', type: 'objection.price', topics: AMOUNT_TOPICS, topicOptional: true, pattern: '# abaixo|inferior', strength: 0.6 },
  // The buyer paid less before: "ano passado era 6,20", "antes pagávamos R$ 8,50".
  { id: 'price.was_before', type: 'objection.price', topics: AMOUNT_TOPICS, topicOptional: true, pattern: `ano|mês|semestre|trimestre|antes|anteriormente ?passado ?passada ?, era|eram ?uns ?a ?de ${CURRENCY} #`, strength: 0.6 },
  // Disbelief at a price just named: "USD 2,40? Sério?", "vocês tão de brincadeira?".
  { id: 'price.incredulous', type: 'objection.price', topics: ['objection.price'], pattern: 'sério|serio|sérião ?', strength: 0.55 },
  { id: 'price.you_kidding', type: 'objection.price', topics: ['objection.price'], pattern: 'de brincadeira|sacanagem|zoeira', strength: 0.6 },
  { id: 'price.paid_before', type: 'objection.price', pattern: `ano|mês|semestre|trimestre|antes|anteriormente ?passado ?passada ?, pagava|pagávamos|paguei|pagamos|custava|custavam|saía|saíam|cotaram|cotou ?uns ?a ?por ?de ${CURRENCY} #`, strength: 0.6 },
  // "Compramos" needs a price after it: "ano passado compramos 2 contêineres" names a past order, not a price.
  { id: 'price.bought_before', type: 'objection.price', pattern: `ano|mês|semestre|trimestre|antes|anteriormente ?passado ?passada ?, comprei|compramos .. a|por ${CURRENCY} #`, strength: 0.6 },
  // The bill came above the quote: "cotaram R$ 900 e agora cobram R$ 1.300".
  { id: 'price.charged_more', type: 'objection.price', topics: AMOUNT_TOPICS, topicOptional: true, pattern: `cotaram|cotou|cotado|cotada|era|eram|combinado|combinamos|orçado|pagamos|pagávamos|paguei|pagava ... # ... e|mas|agora ... cobrou|cobraram|cobram|cobrando|deu|pedem|pedindo|pedir|querem ?uns ?de ${CURRENCY} #`, strength: 0.65 },
  // Others give it for free: "os concorrentes mandam a amostra grátis".
  { id: 'price.others_free', type: 'objection.price', pattern: 'outros|outras|concorrência|concorrentes|todos|mercado ... mandam|enviam|dão|fazem|oferecem|incluem|mandavam|davam ... grátis|gratuito|gratuita|gratuitos|gratuitas|gratuitamente|graça|free|cortesia', strength: 0.65 },
  // The buyer cannot buy at that number: "a 40 euros não conseguimos", "por R$ 12 não fecho".
  { id: 'price.not_at_that_number', type: 'objection.price', topics: ANY_TOPIC, topicOptional: true, pattern: `a|por|com|nos|nesse|nesses ${CURRENCY} # ?usd|eur|euros|reais|dólares ?nós ?eu ?a ?gente ?infelizmente não|nem conseguimos|consigo|dá|fecha|fecho|fechamos|compro|compramos|posso|podemos|chegamos|chego|levamos|levo`, strength: 0.7, negatable: false },
  // A fee the buyer did not expect: "agora aparece uma taxa extra de documentação".
  { id: 'price.extra_fee', type: 'objection.price', pattern: 'taxa|taxas|tarifa|tarifas|cobrança|cobranças extra|extras|adicional|adicionais|escondida|escondidas|surpresa|oculta|ocultas', strength: 0.6 },
  // The buyer restates the seller's number: "a vossa proposta vem a USD 310", "o seu está a 12 euros".
  { id: 'price.yours_is', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `o|a vossa|vosso|sua|seu|de ?proposta ?cotação ?preço ?oferta ?valor ?orçamento ?de ?vocês ?vcs vem|veio|deu|dá|está|tá|ficou|fica|sai|saiu ?a ?em ?de ?por ${CURRENCY} #`, strength: 0.55 },
  // Finding the price steep, in the progressive: "tô achando caro", "estamos a achar puxado".
  { id: 'price.finding_it_steep', type: 'objection.price', pattern: `tô|estou|estamos|ando|andamos ?a achando|achar ?meio ?muito ?bem ?um ?pouco ${EXPENSIVE}|salgado|salgada|puxado|puxada|alto|alta`, strength: 0.7 },
  // A bare "puxado" about the nearest topic: "60 dias é meio puxado", "tá um pouco puxado".
  { id: 'price.a_bit_steep', type: 'objection.price', topics: ANY_TOPIC, topicOptional: true, pattern: 'é|está|tá|fica|ficou|ficaria|seria|são|estão ?meio ?muito ?bem ?um ?pouco ?tiquinho ?bocado puxado|puxada|puxados|pesado|pesada', strength: 0.6 },
  // The numbers do not work for the buyer: "assim não fecha pra mim", "não bate com o nosso alvo", "não compensa importar".
  { id: 'price.does_not_close_for_us', type: 'objection.price', topics: ANY_TOPIC, topicOptional: true, pattern: 'não fecha|fecham|compensa pra|para|pro mim|nós|gente|a', strength: 0.65, negatable: false },
  { id: 'price.not_within_target', type: 'objection.price', pattern: 'não .. bate|batem|encaixa|cabe|chega ... target|alvo|meta|teto|budget', strength: 0.7, negatable: false },
  { id: 'price.not_worth_importing', type: 'objection.price', topics: ANY_TOPIC, topicOptional: true, pattern: 'não .. compensa|compensaria|vale|valeria ?a ?pena importar|comprar|trazer|fechar|mudar', strength: 0.6, negatable: false },
  // The cost makes the order unworkable: "o frete torna a compra inviável".
  { id: 'price.makes_it_unviable', type: 'objection.price', topics: ANY_TOPIC, topicOptional: true, pattern: 'tornar|torna|tornam|tornou|tornando|torna-se ... inviável|inviáveis|impossível|impraticável|proibitivo|proibitiva', strength: 0.65 },
  // The seller's quote restated after its noun: "a proposta de vocês deu R$ 95 mil".
  { id: 'price.quote_of_yours_is', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `proposta|cotação|preço|oferta|orçamento|valor de|da|do vocês|vcs|vossa|vosso|sua|seu ?empresa ?parte deu|dá|vem|veio|está|tá|ficou|fica|sai|saiu ?a ?em ?de ?por ${CURRENCY} #`, strength: 0.55 },
  // A counter-offer without a preposition: "se fizerem 7,80 fechamos hoje".
  { id: 'price.if_you_make_it', type: 'objection.price', topics: AMOUNT_TOPICS, topicOptional: true, pattern: `se|caso ?vocês ?vcs ?você ?vc fizer|fizerem|derem|der|baixarem|deixarem|fecharem ${CURRENCY} #`, strength: 0.6 },
  // The investment is too high: "o investimento ainda é alto para nós".
  { id: 'price.investment_too_high', type: 'objection.price', pattern: `investimento|investimentos|desembolso|gasto ... ${HIGH}|grande|pesado|pesada`, strength: 0.65 },
  // objection.certification
  { id: 'certification.no_certificate', type: 'objection.certification', pattern: `sem|falta|faltando|faltou|faltam|nenhum|nenhuma ?o ?a ?os ?as ?um ?uma ${CERTS}`, strength: 0.85, negatable: false },
  { id: 'certification.not_certified', type: 'objection.certification', pattern: 'não|nunca ?é ?são ?está ?estão ?foi ?foram certificado|certificados|certificada|certificadas|homologado|homologada|homologados|registrado|registrada|registrados|credenciado|conforme', strength: 0.8, negatable: false },
  { id: 'certification.dont_have_certificate', type: 'objection.certification', pattern: `não tem|têm|possui|possuem|temos|apresentaram|apresentou|mandaram|enviaram .. ${CERTS}`, strength: 0.8, negatable: false },
  { id: 'certification.certificate_invalid', type: 'objection.certification', pattern: 'certificado|certificados|certificação|laudo|registro ... vencido|vencida|expirado|expirada|inválido|inválida|falso|falsa|falsificado|errado|errada|desatualizado|desatualizada|divergente', strength: 0.85 },
  { id: 'certification.only_have_cert', type: 'objection.certification', pattern: 'só|apenas|somente tem|têm|possui|possuem|apresentaram ?o ?a ce|iso|rohs|fda|ul', strength: 0.6 },
  { id: 'certification.not_enough', type: 'objection.certification', pattern: `${CERTS} ?sozinho|só|apenas não ?é|são|está|foi suficiente|suficientes|aceito|aceita|aceitos|aceitas|válido|válida|válidos|reconhecido|reconhecida|basta|vale|valem|serve|servem`, strength: 0.8, negatable: false },
  { id: 'certification.authenticity_doubt', type: 'objection.certification', pattern: 'certificado|certificados|certificação|registro|laudo|selo ... verdadeiro|verdadeira|verdadeiros|autêntico|autêntica|legítimo|legítima|original|válido|válida|vigente ?mesmo ?', strength: 0.75 },
  { id: 'certification.not_in_registry', type: 'objection.certification', pattern: `${CERTS} ... não aparece|aparecem|consta|constam|existe|encontrei|encontramos|achei|achamos`, strength: 0.7, negatable: false },
  // Bare "venceu" / "não vale" about the nearest certificate: "o laudo da Anvisa? Esse expirou".
  { id: 'certification.expired', type: 'objection.certification', topics: ['objection.certification'], pattern: 'venceu|vencido|vencida|vencidos|expirou|expirado|expirada|caducou|caducado|caducada', strength: 0.75 },
  { id: 'certification.not_valid', type: 'objection.certification', topics: ['objection.certification'], pattern: 'não vale|valem|serve|servem|é|são ?mais ?válido|válida|válidos|válidas', strength: 0.7, negatable: false },
  // The certificate is for another model or company, missing from the registry, dated or absent: "em nome de outra empresa", "não consta da base NANDO".
  { id: 'certification.other_model_or_company', type: 'objection.certification', statementOnly: true, pattern: `${CERT_DOCS} ... outro|outra|outros|outras modelo|modelos|empresa|empresas|lote|produto|código|fabricante|trading|endereço|norma`, strength: 0.75 },
  { id: 'certification.not_in_database', type: 'objection.certification', pattern: 'organismo|entidade|certificadora|notificado|número|licença ... não consta|constam|aparece|aparecem|existe|existem', strength: 0.75, negatable: false },
  { id: 'certification.could_not_find', type: 'objection.certification', pattern: 'não achei|encontrei|encontramos|achamos|localizei|localizamos ?o ?a ?em registro|número|certificado|certificação|selo|licença|lugar|base|site', strength: 0.7, negatable: false },
  { id: 'certification.dated', type: 'objection.certification', pattern: `${CERT_DOCS}|ensaio|norma ... é|são|foi|data|datado|datada de #`, strength: 0.65 },
  { id: 'certification.missing_for', type: 'objection.certification', pattern: `sem|falta|ausência ?de ?do ?da ?dos ?das ?o ?a ?os ?as ${CERT_DOCS}`, strength: 0.8, negatable: false },
  { id: 'certification.did_not_come', type: 'objection.certification', pattern: `não ?me ?nos traz|trazia|traziam|vem|vinha|veio|vieram|acompanha|acompanhava|mandaram|enviaram|recebemos|recebi|chegou|chegaram ... ${CERT_DOCS}`, strength: 0.75, negatable: false },
  // A certificate word with an invalidity or mismatch word further on in the clause: "o certificado que anexaram ao último lote está vencido".
  { id: 'certification.invalid_in_clause', type: 'objection.certification', pattern: `${CERT_DOCS}|laudos|registration|report ... ... ${CERT_INVALID}`, strength: 0.75 },
  { id: 'certification.does_not_match_in_clause', type: 'objection.certification', pattern: `${CERT_DOCS}|laudos|registration|report ... ... não corresponde|correspondem|bate|batem|confere|conferem|coincide|coincidem|cobre|cobrem|vale|valem`, strength: 0.75, negatable: false },
  // A bare status word about the nearest certificate: "o registo aparece como suspenso", "a norma já foi substituída".
  { id: 'certification.withdrawn', type: 'objection.certification', topics: ['objection.certification'], pattern: 'suspenso|suspensa|suspensos|cancelado|cancelada|cancelados|canceladas|cassado|cassada|revogado|revogada|inativo|inativa|expired|invalid|inválido|inválida|substituída|substituído|obsoleta|obsoleto|desatualizado|desatualizada|adulterado|adulterada|falsificado|falsificada', strength: 0.7 },
  { id: 'certification.erased', type: 'objection.certification', topics: ['objection.certification'], topicOptional: true, pattern: 'rasurado|rasurada|rasurados|rasuradas|rasura|rasuras', strength: 0.7 },
  // The certificate names another holder, product or standard: "em nome de outra empresa", "é de outro modelo", "emitido para outra fábrica".
  { id: 'certification.in_name_of', type: 'objection.certification', topics: ['objection.certification'], topicOptional: true, statementOnly: true, pattern: 'em|no nome de|da|do|duma|dum|das|dos ?um ?uma ?outra ?outro ?outras ?outros empresa|empresas|fábrica|fábricas|trading|firma|importador|importadora|distribuidor|distribuidora|terceiros|terceiro|empresa-mãe|matriz|intermediário|outro|outra|fornecedor', strength: 0.75 },
  { id: 'certification.other_subject', type: 'objection.certification', topics: ['objection.certification'], pattern: `outro|outra|outros|outras|noutro|noutra ${CERT_SUBJECTS}`, strength: 0.65 },
  { id: 'certification.subject_differs', type: 'objection.certification', topics: ['objection.certification'], pattern: `${CERT_SUBJECTS} diferente|diferentes|errado|errada|antigo|antiga`, strength: 0.65 },
  { id: 'certification.refers_to_other', type: 'objection.certification', topics: ['objection.certification'], pattern: `${CERT_REFERS} ?em ?nome de|da|do|para|pra ?um ?uma outro|outra|outros|outras`, strength: 0.65 },
  // The certificate or its issuer is not on the official list: "o organismo não está na lista", "não aparece na base".
  { id: 'certification.not_on_list', type: 'objection.certification', topics: ['objection.certification'], pattern: 'não .. está|estão|aparece|aparecem|consta|constam|figura|figuram na|no|nos|nas lista|listas|base|registo|registro|site|portal|sistema|cadastro', strength: 0.7, negatable: false },
  // The certificate covers the company or a part, not the goods: "é da casa-mãe, não da fábrica", "é do motor ou da bomba?".
  { id: 'certification.of_this_not_that', type: 'objection.certification', topics: ['objection.certification'], pattern: 'é|são|vem|vêm|está|estão da|do|das|dos ... , ?e não|nem da|do|das|dos', strength: 0.7, negatable: false },
  { id: 'certification.of_this_or_that', type: 'objection.certification', topics: ['objection.certification'], pattern: 'é|são da|do|das|dos ... ou da|do|das|dos', strength: 0.6 },
  // The certificate does not match the goods: "não bate com o produto", "não corresponde ao modelo".
  { id: 'certification.does_not_match', type: 'objection.certification', topics: ['objection.certification'], pattern: 'não .. corresponde|correspondem|bate|batem|confere|conferem|coincide|coincidem|cobre|cobrem', strength: 0.7, negatable: false },
  // An issuer nobody knows or accepts: "um laboratório que ninguém conhece", "uma certificadora que o cliente não aceita".
  { id: 'certification.unknown_issuer', type: 'objection.certification', pattern: 'laboratório|laboratórios|lab|labs|entidade|entidades|certificadora|certificadoras|organismo|organismos|emissor|emissora|instituto|auditor|auditora ... nunca|não|ninguém|nenhum|nenhuma .. ouvi|ouvimos|conhecemos|conheço|conhece|aceita|aceitam|reconhece|reconhecem|acreditado|acreditada|acreditados|credenciado|credenciada|reconhecido|reconhecida', strength: 0.75, negatable: false },
  { id: 'certification.dubious_issuer', type: 'objection.certification', pattern: 'laboratório|laboratórios|lab|labs|entidade|certificadora|organismo|emissor|emissora|instituto desconhecido|desconhecida|duvidoso|duvidosa|estranho|estranha|obscuro|obscura', strength: 0.7 },
  // The paper is blank, unsigned, unstamped or bought: "veio sem carimbo", "assinaturas iguais", "certificado comprado".
  { id: 'certification.missing_mark', type: 'objection.certification', topics: ['objection.certification'], pattern: 'sem|falta|faltando|faltou|faltam ?o ?a ?os ?as carimbo|carimbos|assinatura|assinaturas|chancela|apostila|apostilamento|número|data|validade|holograma', strength: 0.7, negatable: false },
  { id: 'certification.blank', type: 'objection.certification', topics: ['objection.certification'], pattern: 'em branco', strength: 0.65 },
  { id: 'certification.same_number', type: 'objection.certification', topics: ['objection.certification'], pattern: 'mesma|mesmo|idêntica|idêntico numeração|número|assinatura|carimbo|código', strength: 0.6 },
  { id: 'certification.marks_alike', type: 'objection.certification', topics: ['objection.certification'], topicOptional: true, pattern: 'assinaturas|carimbos|datas|números|numerações iguais|idênticas|idênticos|repetidas|repetidos', strength: 0.65 },
  { id: 'certification.bought', type: 'objection.certification', pattern: 'certificado|certificados|selo|selos|laudo|laudos comprado|comprados|comprada|fajuto|fajutos|fake|pirata|frio|frios|fantasma', strength: 0.7 },
  // The certificate was not renewed: "o HACCP não foi renovado".
  { id: 'certification.not_renewed', type: 'objection.certification', topics: ['objection.certification'], pattern: 'não .. renovado|renovada|renovaram|renovou|renovar|atualizado|atualizada|atualizaram|atualizou', strength: 0.65, negatable: false },
  // A required certificate the seller lacks: "precisamos do selo e vocês não têm", "cadê o laudo?".
  { id: 'certification.you_do_not_have', type: 'objection.certification', topics: ['objection.certification'], pattern: 'vocês|vcs|você|vc|vós|fábrica|empresa ... não têm|tem|possuem|possui|tiverem|tiver|dispõem|dispõe', strength: 0.7, negatable: false },
  { id: 'certification.where_is', type: 'objection.certification', pattern: `cadê|kd ?o ?a ?os ?as ${CERT_DOCS}`, strength: 0.65 },
  // A certificate still chased: "é a segunda vez que peço o certificado", "ainda não recebemos o laudo".
  { id: 'certification.chased_again', type: 'objection.certification', pattern: `vez|vezes|e-mails|emails|mensagens ... peço|pedindo|pedi|pedimos|solicito|solicitamos|cobro|cobrando ?o ?a ?os ?as ${CERT_DOCS}`, strength: 0.7 },
  { id: 'certification.still_not_received', type: 'objection.certification', pattern: `ainda não .. recebemos|recebi|chegou|chegaram|mandaram|enviaram|veio|vieram ?o ?a ?os ?as ${CERT_DOCS}`, strength: 0.75, negatable: false },
  // objection.lead_time
  { id: 'lead_time.lead_time_too_long', type: 'objection.lead_time', pattern: 'prazo|prazos|lead|leadtime|entrega|produção .. longo|longa|longos|longas|demorado|demorada|extenso|lento|lenta', strength: 0.85 },
  { id: 'lead_time.days_too_long', type: 'objection.lead_time', pattern: '# dias|semanas|meses ?é ?são ?fica ?ficam demais|longo|demorado|inviável|impossível|inaceitável', strength: 0.85, negatable: false },
  { id: 'lead_time.days_too_much_time', type: 'objection.lead_time', pattern: '# dias|semanas|meses ?é ?são muito tempo|longo|demorado', strength: 0.85 },
  { id: 'lead_time.too_much_time', type: 'objection.lead_time', pattern: 'muito|tanto tempo', topics: ['objection.lead_time'], strength: 0.6 },
  { id: 'lead_time.too_slow', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: `${INTENSIFIER} demorado|demorada|lento|lenta|tarde`, strength: 0.6 },
  { id: 'lead_time.slow_too', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'demorado|demorada|lento|lenta|tarde demais', strength: 0.6 },
  { id: 'lead_time.too_long_wait', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: `${INTENSIFIER} longo|longa|longos|longas`, strength: 0.6 },
  { id: 'lead_time.long_too', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'longo|longa|longos|longas demais', strength: 0.6 },
  { id: 'lead_time.duration_not_possible', type: 'objection.lead_time', pattern: '# dias|semanas|meses ... não ?é ?está ?fica dá|serve|rola|atende|funciona|viável|possível|aceitável|ok', strength: 0.8, negatable: false },
  { id: 'lead_time.doesnt_work', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: 'não dá|rola|serve|funciona|atende', strength: 0.7, negatable: false },
  { id: 'lead_time.not_possible', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: 'não ?é ?está ?fica possível|aceitável|viável|factível|praticável|ok', strength: 0.65, negatable: false },
  { id: 'lead_time.impossible', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: 'impossível|inviável|inaceitável|irreal|irrealista', strength: 0.65, negatable: false },
  // These bare predicates take the type of the nearest topic: "o prazo de 12 semanas não nos serve", "esse valor kkkk. não tem como", "incompatível com a nossa obra".
  { id: 'lead_time.does_not_suit_us', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: 'não ?é ?são ?está ?nos ?me ?parece compatível|compatíveis|adequado|adequada|serve|servem|atende|atendem|funciona|funcionam|convém', strength: 0.7, negatable: false },
  { id: 'lead_time.no_way', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: 'não tem|há como|jeito', strength: 0.6, negatable: false },
  { id: 'lead_time.incompatible', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: 'incompatível|incompatíveis|inadmissível|cogitação', strength: 0.65, negatable: false },
  // The goods are still missing or the date slips: "até agora nada", "já são 40 dias", "a previsão já mudou três vezes".
  { id: 'lead_time.still_nothing', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'até|e|ainda ?o ?agora ?hoje ?então ?momento ?e ?ainda nada', strength: 0.65 },
  { id: 'lead_time.already_n_days', type: 'objection.lead_time', pattern: 'já ?se ?vai ?vão ?lá são|foram|passaram|passou|faz|fazem|fazer|estamos|vamos|levou|levaram|demorou # ?dias|semanas|meses|úteis', strength: 0.65 },
  { id: 'lead_time.date_keeps_moving', type: 'objection.lead_time', pattern: 'previsão|previsões|data|datas|prazo|embarque|entrega|chegada|navio|saída|booking ... mudou|mudaram|muda|mudando|alterou|alteraram|adiado|adiada|adiaram|adiou|remarcado|remarcada|remarcaram|rolado|rolada|rolaram|empurrado|empurrada|empurraram', strength: 0.7 },
  { id: 'lead_time.tracking_stuck', type: 'objection.lead_time', pattern: 'rastreio|rastreamento|tracking|status ... não|nem atualiza|atualizou|funciona|mostra|aparece|muda|mexe|anda|existe|saiu', strength: 0.7, negatable: false },
  // A competitor delivers sooner: "os alemães entregam em 8 semanas", "a Turquia tá me entregando em 25 dias".
  { id: 'lead_time.competitor_faster', type: 'objection.lead_time', pattern: `${COMPETITOR}|concorrência|nacional|local|mercado|alemães|turcos|turquia|europeus ... entrega|entregam|entregando|recebe|recebo|recebemos|faz|fazem|fazendo|manda|mandam|despacha|despacham|embarca|embarcam em # dias|semanas|meses|dia|semana|mês`, strength: 0.7 },
  { id: 'lead_time.days_of_production_too_long', type: 'objection.lead_time', pattern: '# dias|semanas|meses de|para ?a ?o produção|fabricação|entrega|espera|trânsito|embarque ?é ?são ?fica ?ficam ?está muito|demais|longo|longos|demorado|inviável|exagerado', strength: 0.8 },
  // Surprise or mock praise right before a duration: "Eita, 90 dias", "quanta agilidade: 4 semanas".
  { id: 'lead_time.surprise_at_duration', type: 'objection.lead_time', pattern: 'uau|nossa|caramba|eita|putz|vixe|credo|sério ?, # dias|semanas|meses', strength: 0.7 },
  { id: 'lead_time.mock_speed', type: 'objection.lead_time', pattern: 'que|quanta rapidez|agilidade|pontualidade|eficiência|velocidade ?,|: ?hein ?,|: # dias|semanas|meses', strength: 0.75 },
  { id: 'lead_time.should_have_shipped', type: 'objection.lead_time', pattern: 'devia|deveria|deviam|deveriam|era|eram|estava|estavam pra|para ?ter ?sido embarcado|embarcada|chegado|chegada|saído|entregue|enviado|enviada|despachado|despachada|produzido|finalizado|pronto|pronta', strength: 0.7 },
  { id: 'lead_time.was_due_to_ship', type: 'objection.lead_time', pattern: 'era|eram pra|para ?ter embarcar|chegar|sair|entregar', strength: 0.7 },
  { id: 'lead_time.should_have_shipped_direct', type: 'objection.lead_time', pattern: 'devia|deveria|deviam|deveriam ter embarcado|chegado|saído|sido', strength: 0.7 },
  { id: 'lead_time.shorten', type: 'objection.lead_time', pattern: 'encurtar|encurtarem|encurtem', strength: 0.55 },
  { id: 'lead_time.bring_forward', type: 'objection.lead_time', pattern: 'antecipar|adiantar|reduzir|diminuir|agilizar|acelerar|apressar ?o ?os ?a prazo|prazos|produção|entrega|embarque|fabricação', strength: 0.6 },
  // A worry about the nearest topic: "me preocupa a data de embarque", "temos receio quanto ao acabamento".
  { id: 'lead_time.concern', type: 'objection.lead_time', topics: ['objection.quality', ...ANY_TOPIC], pattern: 'preocupa-nos|preocupa-me|preocupa|preocupam|preocupou|preocupante', strength: 0.7 },
  { id: 'lead_time.doubt_about', type: 'objection.lead_time', topics: ['objection.quality', ...ANY_TOPIC], pattern: 'ainda|tenho|temos|fico|fiquei|ficamos|restam|resta|existem|estou|estamos ?com dúvida|dúvidas|receio|receios|preocupação|preocupações|medo|insegurança sobre|quanto|com|em|acerca|relativamente|relação', strength: 0.7 },
  { id: 'lead_time.faster_than', type: 'objection.lead_time', pattern: 'mais rápido|cedo que|do', strength: 0.6 },
  { id: 'lead_time.you_said', type: 'objection.lead_time', pattern: 'vocês|você|vc|vcs|senhor disseram|disse|prometeram|prometeu|falaram|falou|garantiram|garantiu|informaram|informou .. semana|ontem|antes|pronto|pronta|embarcar|embarcado|enviar|enviado|entregar|dia', strength: 0.6 },
  { id: 'lead_time.cannot_wait', type: 'objection.lead_time', pattern: 'não podemos|posso|conseguimos|consigo|dá|temos ?pra ?para ?como esperar|aguardar .. dias|semanas|meses|tanto|tudo|isso|mais', strength: 0.8, negatable: false },
  { id: 'lead_time.need_sooner', type: 'objection.lead_time', pattern: 'precisamos|preciso|queremos|quero .. mais cedo|rápido', strength: 0.7 },
  { id: 'lead_time.before_that', type: 'objection.lead_time', pattern: 'precisamos|preciso|queremos|quero .. antes disso', strength: 0.7 },
  { id: 'lead_time.delay', type: 'objection.lead_time', pattern: 'atraso|atrasos|atrasado|atrasada|atrasados|atrasadas|atrasou|atrasaram|atrasando', strength: 0.6 },
  { id: 'lead_time.lead_time_issue', type: 'objection.lead_time', pattern: 'prazo|prazos|entrega .. problema|complicado|complicada|difícil|obstáculo', strength: 0.6 },
  { id: 'lead_time.issue_with_lead_time', type: 'objection.lead_time', pattern: 'problema|dificuldade|questão .. prazo|prazos|entrega', strength: 0.6 },
  { id: 'lead_time.behind_schedule', type: 'objection.lead_time', pattern: 'fora do prazo|cronograma', strength: 0.7 },
  { id: 'lead_time.deadline_missed', type: 'objection.lead_time', pattern: 'prazo|prazos ?já estourou|estourado|estouraram|venceu|vencido|passou', strength: 0.7 },
  { id: 'lead_time.unclear_lead_time', type: 'objection.lead_time', pattern: 'prazo|previsão|data .. indefinido|indefinida|incerto|incerta|desconhecido|vago|vaga', strength: 0.7 },
  { id: 'lead_time.no_forecast', type: 'objection.lead_time', pattern: 'sem previsão|prazo|data', strength: 0.7, negatable: false },
  { id: 'lead_time.lead_time_not_clear', type: 'objection.lead_time', pattern: 'prazo|previsão|data .. não ?está ?é ?foi claro|clara|definido|definida|confirmado|confirmada', strength: 0.7, negatable: false },
  { id: 'lead_time.update_shipment', type: 'objection.lead_time', pattern: 'alguma|algum|nenhuma|nenhum|tem|sem novidade|novidades|notícia|notícias|posição|atualização|previsão .. entrega|embarque|produção|pedido|container|contêiner|mercadoria|carga', strength: 0.5, negatable: false },
  // European Portuguese waits "à espera de": "estamos à espera do contentor".
  { id: 'lead_time.waiting_for_goods_pt', type: 'objection.lead_time', pattern: 'à|a espera da|do|das|dos|de ?nossa ?nosso encomenda|encomendas|mercadoria|carga|entrega|pedido|contentor|contêiner|container|material|peças|produtos|embarque', strength: 0.7 },
  { id: 'lead_time.still_waiting_goods', type: 'objection.lead_time', pattern: 'ainda|continuamos|continuo|seguimos .. aguardando|esperando .. mercadoria|carga|embarque|entrega|pedido|container|contêiner|produtos|peças|encomenda|material', strength: 0.75 },
  { id: 'lead_time.not_arrived', type: 'objection.lead_time', pattern: 'ainda não ?foi ?foram chegou|chegaram|recebemos|recebi|embarcou|embarcaram|saiu|saíram|embarcado|embarcada|enviado|enviada|despachado|despachada', strength: 0.75, negatable: false },
  { id: 'lead_time.past_deadline', type: 'objection.lead_time', pattern: 'passou|passaram|estourou|venceu|ultrapassou .. prazo|data|previsão', strength: 0.7 },
  { id: 'lead_time.waiting_for_days', type: 'objection.lead_time', pattern: 'há|faz # dias|semanas|meses ?que ?aguardando|esperando|aguardamos|esperamos', strength: 0.7 },
  { id: 'lead_time.where_is_order', type: 'objection.lead_time', pattern: 'cadê|kd .. mercadoria|carga|pedido|container|contêiner|encomenda|entrega|material|produtos', strength: 0.7 },
  // The goods came late, after the date given: "chegou um mês depois", "vieram com 10 dias de atraso".
  { id: 'lead_time.arrived_late', type: 'objection.lead_time', pattern: `chegou|chegaram|saiu|saíram|embarcou|embarcaram|veio|vieram|entregaram|entregou ?com ?${COUNT_WORDS} ?# ?e ?meio ${PERIODS} ?de atraso|depois|após|tarde|atrasado|atrasada|atrasados|atrasadas`, strength: 0.7 },
  // A promise with a date, quoted back to the seller: "prometeram a carga para dia 8", "prometeram o envio para março".
  { id: 'lead_time.promised_day', type: 'objection.lead_time', cancelledBy: OTHER_SUPPLIER, pattern: `${PROMISED} ... para|pra|em|a|até|dia|no|na|daqui ?o ?a ?dia ?de #`, strength: 0.65 },
  { id: 'lead_time.promised_month', type: 'objection.lead_time', cancelledBy: OTHER_SUPPLIER, pattern: `${PROMISED} ... para|pra|em|a|até|no|na ?o ?a ?fim ?final ?início ?meados ?de ${MONTHS}|semana|mês|ontem|segunda|terça|quarta|quinta|sexta|sábado|domingo|natal|páscoa`, strength: 0.65 },
  // A date already past: "era pra ter saído ontem", "iam enviar a semana passada".
  { id: 'lead_time.due_in_the_past', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: `ia|iam|iria|iriam|era|eram|devia|deviam|deveria|deveriam ?pra ?para ?ter ?ser ?sido ${SHIP_VERBS} ... passada|passado|ontem|anteontem`, strength: 0.7 },
  // A duration that grew: "30 dias viraram 55", "disseram 15 e levou 40".
  { id: 'lead_time.number_became', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: '# ... viraram|virou|tornaram-se|transformaram-se ?em #', strength: 0.7 },
  { id: 'lead_time.said_but_took', type: 'objection.lead_time', topics: ANY_TOPIC, topicOptional: true, pattern: 'disseram|disse|falaram|falou|prometeram|prometeu|garantiram|garantiu # ... e|mas ?só levou|levaram|demorou|demoraram|foram|chegou|chegaram|veio|vieram|deu|deram ?em #', strength: 0.7 },
  // Two lead times that disagree: "são 25 dias, mas o site diz 40", "têm stock, mas o prazo é de 5 semanas".
  { id: 'lead_time.stated_elsewhere', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'dias|semanas|meses|dia|semana|mês ... , mas|porém|contudo ... falam|falaram|falou|fala|falamos|diz|dizem|disse|disseram|indicam|indica|escrito|consta|aparece|informou|informaram|passou|passaram|garantiu|garantiram|prometeu|prometeram ?em ?de #', strength: 0.65 },
  { id: 'lead_time.stock_but_weeks', type: 'objection.lead_time', pattern: 'stock|estoque|estoques|pronto|pronta|prontos|prontas|imediato|imediata|disponível|disponíveis ... , ?mas|porém|agora ?agora ... # dias|semanas|meses|semana|mês', strength: 0.65 },
  // A competitor at least delivers on time: "o local pelo menos entrega no prazo".
  { id: 'lead_time.others_at_least_on_time', type: 'objection.lead_time', pattern: 'pelo|ao menos ... chega|chegam|entrega|entregam|entregou|chegou|cumpre|cumprem|cumpriu|respeita|respeitam ... prazo|tempo|hora|data', strength: 0.65 },
  // Always "next week": "desde março dizem que sai na próxima semana", "há um mês que prometem para amanhã".
  { id: 'lead_time.always_next_week', type: 'objection.lead_time', pattern: 'desde|há|faz ... dizem|dizendo|falam|falando|prometem|prometendo|respondem|repetem|garantem ... próxima|próximo|amanhã|breve|seguinte|vem', strength: 0.7 },
  // A long lead time for simple goods: "60 dias para camisetas lisas?".
  { id: 'lead_time.long_for_simple_goods', type: 'objection.lead_time', pattern: '# dias|semanas|meses ... simples|básico|básica|básicos|básicas|lisa|lisas|liso|lisos|comum|comuns|banal|banais ?', strength: 0.65 },
  // Long waits: "duas semanas desde a data prevista", "há um mês e ainda sem data", "já esperámos demais".
  { id: 'lead_time.since_the_date', type: 'objection.lead_time', pattern: 'dias|semanas|meses|mês|semana desde ?a ?o data|prazo|previsão|promessa|dia', strength: 0.7 },
  { id: 'lead_time.waited_and_nothing', type: 'objection.lead_time', pattern: `há|faz|desde ... e|mas ?ainda ?até ?hoje ?agora nem|sem|não|nada|nenhum|nenhuma ... ${AWAITED}`, strength: 0.7, negatable: false },
  { id: 'lead_time.periods_and_nothing', type: 'objection.lead_time', pattern: `${PERIODS} ... e|mas ?ainda ?até ?hoje ?agora nem|sem|não|nada|nenhum|nenhuma ... ${AWAITED}`, strength: 0.65, negatable: false },
  { id: 'lead_time.periods_waiting', type: 'objection.lead_time', pattern: `# ${PERIODS} ?que ?estamos ?estou ?tô ?à|a esperando|aguardando|espera`, strength: 0.65 },
  { id: 'lead_time.waited_too_long', type: 'objection.lead_time', pattern: 'já esperei|esperamos|esperámos|aguardei|aguardamos|aguardámos ?tempo ?muito demais|muito|tempo|bastante|imenso|tanto', strength: 0.7 },
  { id: 'lead_time.cannot_wait_more', type: 'objection.lead_time', pattern: 'não dá|podemos|posso|consigo|conseguimos|aguento|aguentamos mais ?pra ?para ?a esperar|aguardar', strength: 0.75, negatable: false },
  // Slow to deliver: "são lentos a despachar".
  { id: 'lead_time.slow_to_deliver', type: 'objection.lead_time', pattern: 'lento|lenta|lentos|lentas|demorado|demorados|demorada|demoradas|devagar a|em|para|pra entregar|enviar|embarcar|produzir|despachar|mandar', strength: 0.7 },
  // The lead time misses the buyer's season: "perdemos a época", "chega tarde para o verão", "não serve para a coleção".
  { id: 'lead_time.misses_season', type: 'objection.lead_time', cancelledBy: ['senão'], pattern: `perde|perdemos|perderíamos|perderemos|perdia|perco|perder|perderia|falhamos|falhar|falharíamos ?a ?o ?as ?os ?toda ?nossa ?nosso ${SEASON}`, strength: 0.7 },
  { id: 'lead_time.late_for_season', type: 'objection.lead_time', pattern: `tarde|atrasado|atrasada|atrasados|atrasadas ?demais para|pra|pro|p/ ... ${SEASON}`, strength: 0.7 },
  { id: 'lead_time.arrives_after_season', type: 'objection.lead_time', pattern: `chega|chegam|chegaria|chegariam|chegar|chegando|chegava|entrega|entregam|entregaria|pronto|pronta|prontos|prontas ?só ?apenas depois|após do|da|de ?o ?a ${SEASON}`, strength: 0.7 },
  { id: 'lead_time.does_not_meet_season', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.price'], topicOptional: true, pattern: `não|nem .. cumpre|cumprimos|atende|atendem|dá|dar|chega|chegam|serve|bate ... ${SEASON}`, strength: 0.65, negatable: false },
  // The goods come only at a late date: "a produção só começa daqui a 4 semanas".
  { id: 'lead_time.only_in_days', type: 'objection.lead_time', pattern: `${LEAD_NOUNS} ... ${ONLY_THEN} ... # dias|semanas|meses|semana|mês`, strength: 0.6 },
  // A threat to cancel if the goods do not come by a date: "se não embarcar até sexta, cancelamos".
  { id: 'lead_time.cancel_if_not', type: 'objection.lead_time', pattern: 'se|caso ... não|nem chegar|chegarem|sair|saírem|embarcar|embarcarem|entregar|entregarem|despachar|despacharem|enviar|enviarem|mandar|mandarem|zarpar ... ?, ?eu ?nós ?a ?gente ?vou ?vamos cancelo|cancelamos|cancelar|cancelaremos|cancelarei|desisto|desistimos|anulo|anulamos|perco|perdemos', strength: 0.7, negatable: false },
  // The buyer chases the same shipping detail again: "segunda vez que peço o tracking".
  { id: 'lead_time.asked_again', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.certification'], pattern: `terceira|terceiro|segunda|segundo|quarta|quarto|quinta|quinto|enésima|enésimo vez|vezes|e-mail|email|emails|e-mails|mensagem|mensagens ... ${REQUEST_VERBS}`, strength: 0.6 },
  { id: 'lead_time.asked_n_times', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.certification'], pattern: `# vez|vezes ... ${REQUEST_VERBS}`, strength: 0.6 },
  { id: 'lead_time.where_is_the_date', type: 'objection.lead_time', pattern: 'cadê|kd ?o ?a ?os ?as previsão|tracking|rastreio|booking|bl|navio|data|eta|prazo|amostra|amostras', strength: 0.7 },
  // A bare "sem condições" or "assim fica difícil" about the nearest topic: "sem condições esse prazo".
  { id: 'lead_time.no_conditions', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: 'sem|nenhuma condições|condição|hipótese|chance', strength: 0.6, negatable: false },
  { id: 'lead_time.gets_hard', type: 'objection.lead_time', topics: ALL_TOPICS, pattern: 'assim|aí|daí fica|ficaria|ficará|tá|está|vai ?ficar ?muito ?bem ?meio difícil|complicado|complicada|puxado|puxada|inviável', strength: 0.6 },
  // Delay as a verb, unless a payment is what is late: "vai atrasar outra vez".
  { id: 'lead_time.to_delay', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'atrasar|atrasa|atrasam|atrasaria', strength: 0.6 },
  // Disbelief at a duration: "80 dias de produção??".
  { id: 'lead_time.incredulous', type: 'objection.lead_time', pattern: '# dias|semanas|meses de|para|pra|pro produção|entrega|entregar|trânsito|fabricação|fabricar|embarque|embarcar|envio|enviar|mandar|produzir|chegar ... ??', strength: 0.65 },
  { id: 'lead_time.incredulous_lead_time', type: 'objection.lead_time', pattern: 'prazo|prazos ... # dias|semanas|meses ... ??', strength: 0.65 },
  // A bare "still long" or "still high" about the nearest topic: "o prazo continua longo", "o preço continua alto".
  { id: 'lead_time.still_too_long', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: 'continua|continuam|segue|seguem|permanece|permanecem ?muito ?bem ?um ?pouco longo|longa|longos|longas|demorado|demorada|alto|alta|altos|altas|caro|cara|elevado|elevada|puxado|puxada|pesado|pesada|apertado|apertada', strength: 0.65 },
  // A vague or missing date: "esse prazo é vago", "nenhuma previsão até agora".
  { id: 'lead_time.vague', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'vago|vaga|vagos|incerto|incerta|impreciso|imprecisa|indefinido|indefinida', strength: 0.65 },
  { id: 'lead_time.no_date_given', type: 'objection.lead_time', pattern: 'nenhuma|nenhum data|previsão|prazo|tracking|booking|rastreio|eta', strength: 0.65, negatable: false },
  // Too much time for the buyer: "é tempo demais para nós".
  { id: 'lead_time.time_too_much', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'tempo demais|demasiado|excessivo', strength: 0.65 },
  // A past shipment took long: "a amostra levou 6 semanas a chegar".
  { id: 'lead_time.took_weeks_to', type: 'objection.lead_time', cancelledBy: OTHER_SUPPLIER, pattern: `demorou|demoraram|levou|levaram ?quase ?mais ?de ?uns ?umas # ${PERIODS} a|para|pra|até chegar|sair|embarcar|entregar|ficar|chegarem|saírem`, strength: 0.65 },
  // The lead time is a multiple of the plan: "é o dobro do que prevíamos".
  { id: 'lead_time.double', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq'], pattern: 'o dobro|triplo|quádruplo', strength: 0.65 },
  // Doubt the seller can keep the date: "duvido que consigam cumprir".
  { id: 'lead_time.doubt_they_keep_it', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'duvido|difícil|impossível|improvável ... cumprirem|cumprir|cumpram|entregarem|entreguem|conseguirem|consigam', strength: 0.6 },
  // Still waiting, first person: "ainda aguardamos o BL".
  { id: 'lead_time.still_awaiting', type: 'objection.lead_time', pattern: `ainda|continuamos|continuo|seguimos ?estamos ?a aguardamos|esperamos|aguardo|espero|aguardar|esperar ... ${AWAITED}|documentos`, strength: 0.65 },
  // A bare "aí complica" about the nearest topic.
  { id: 'lead_time.that_complicates', type: 'objection.lead_time', topics: ALL_TOPICS, pattern: 'aí|assim|daí|isso|isto complica|complicou|complicaria', strength: 0.6 },
  // objection.supplier_history
  { id: 'supplier_history.bad_experience', type: 'objection.supplier_history', pattern: 'experiência|experiências ?muito ?bem ruim|ruins|péssima|péssimas|terrível|horrível|negativa|negativas|má|desagradável|traumática', strength: 0.85 },
  { id: 'supplier_history.bad_experience_before', type: 'objection.supplier_history', pattern: 'má|mau|péssima|péssimas|terrível|horrível|triste|ruim|traumática experiência|experiências', strength: 0.85 },
  { id: 'supplier_history.previous_supplier', type: 'objection.supplier_history', pattern: `último|antigo|antigos|anterior|anteriores|ex|outro|outros ${SUPPLIER} ... ${LET_DOWN}`, strength: 0.8 },
  { id: 'supplier_history.supplier_before', type: 'objection.supplier_history', pattern: `${SUPPLIER} anterior|anteriores|antigo|antigos|passado|chinês|chineses ... ${LET_DOWN}`, strength: 0.8 },
  { id: 'supplier_history.supplier_misdeed', type: 'objection.supplier_history', pattern: `${SUPPLIER} ... ${BAD_ACTS}`, strength: 0.8 },
  { id: 'supplier_history.supplier_swapped', type: 'objection.supplier_history', pattern: `${SUPPLIER} ... trocou|trocaram|mudou|mudaram|alterou|alteraram ?o ?a ?os ?as material|materiais|produto|produtos|mercadoria|especificação|matéria-prima|componente|componentes|peças|qualidade`, strength: 0.8 },
  { id: 'supplier_history.previous_supplier_loss', type: 'objection.supplier_history', pattern: `último|antigo|antigos|anterior|anteriores|outro|outros ${SUPPLIER} ... tivemos|tive de|que deitar|jogar|devolver|descartar|refazer|cancelar|reclamar`, strength: 0.8 },
  { id: 'supplier_history.supplier_before_loss', type: 'objection.supplier_history', pattern: `${SUPPLIER} anterior|anteriores|antigo|antigos ... tivemos|tive de|que deitar|jogar|devolver|descartar|refazer|cancelar|reclamar`, strength: 0.8 },
  { id: 'supplier_history.supplier_never_delivered', type: 'objection.supplier_history', pattern: `${SUPPLIER} ... nunca ${NEVER_DELIVERED}`, strength: 0.8 },
  { id: 'supplier_history.problem_with_supplier', type: 'objection.supplier_history', pattern: `problema|problemas|prejuízo|prejuízos com ?o ?um ?uma ?a ?os ?uns ${SUPPLIER}`, strength: 0.75 },
  { id: 'supplier_history.problem_with_supplier', type: 'objection.supplier_history', pattern: `dor de cabeça com ?o ?um ?uma ?a ?os ?uns ${SUPPLIER}`, strength: 0.75 },
  { id: 'supplier_history.scammed', type: 'objection.supplier_history', pattern: 'fomos|fui enganados|enganado|enganada|lesados|lesado|roubados|roubado|ludibriados|trapaceados', strength: 0.85 },
  { id: 'supplier_history.took_a_loss', type: 'objection.supplier_history', pattern: 'levamos|levei|tomamos|tomei|caímos|caí|sofremos|sofri ?um ?uma ?num ?numa ?em calote|golpe|golpes|fraude|prejuízo', strength: 0.85 },
  { id: 'supplier_history.scam', type: 'objection.supplier_history', pattern: 'golpe|golpes|fraude|fraudes|golpista|golpistas|calote|picaretagem|picareta|picaretas', strength: 0.7 },
  { id: 'supplier_history.lost_money', type: 'objection.supplier_history', pattern: 'perdemos|perdi|perder .. dinheiro', strength: 0.7 },
  { id: 'supplier_history.lack_of_trust', type: 'objection.supplier_history', pattern: 'falta|questão|problema de confiança', strength: 0.7 },
  { id: 'supplier_history.distrust', type: 'objection.supplier_history', pattern: 'desconfiança|desconfiados|desconfiado|desconfiada', strength: 0.65 },
  { id: 'supplier_history.hard_to_trust', type: 'objection.supplier_history', pattern: 'difícil|complicado confiar', strength: 0.75 },
  { id: 'supplier_history.cannot_trust', type: 'objection.supplier_history', pattern: 'não .. confiar|confio|confiamos', strength: 0.75, negatable: false },
  { id: 'supplier_history.can_we_trust', type: 'objection.supplier_history', pattern: 'confiar|confio ?em ?vocês ?nisso ?', strength: 0.55 },
  { id: 'supplier_history.how_trust', type: 'objection.supplier_history', pattern: 'como .. confiar', strength: 0.6 },
  { id: 'supplier_history.suppliers_promised', type: 'objection.supplier_history', pattern: 'fornecedores|fábricas|chineses|vendedores ... prometeram|prometem|enganaram|sumiram|mentiram|desapareceram', strength: 0.7 },
  { id: 'supplier_history.issues_with_previous', type: 'objection.supplier_history', pattern: `problema|problemas|dor|prejuízo|prejuízos ... antigo|antigos|anterior|anteriores|último|outro|outros ${SUPPLIER}`, strength: 0.75 },
  { id: 'supplier_history.issues_with_supplier_before', type: 'objection.supplier_history', pattern: `problema|problemas|prejuízo|prejuízos ... ${SUPPLIER} anterior|anteriores|antigo|antigos|chinês|chineses`, strength: 0.75 },
  { id: 'supplier_history.had_problems', type: 'objection.supplier_history', pattern: 'já tive|tivemos .. problema|problemas|prejuízo|prejuízos|dor', strength: 0.7 },
  // The buyer reports a bad deal with another supplier: "da última vez que importámos", "já caí nessa", "o outro fornecedor também jurou".
  { id: 'supplier_history.last_time_we_bought', type: 'objection.supplier_history', pattern: 'da|na|numa última|ultima vez|experiência que ?eu ?a ?gente ?nós comprei|compramos|importei|importamos|importámos|pagamos|pagámos|paguei|fechei|fechamos|trabalhei|trabalhamos|fiz|fizemos', strength: 0.7 },
  { id: 'supplier_history.been_burned', type: 'objection.supplier_history', pattern: 'já|me|nos|se caí|caímos|queimei|queimamos|queimou ?feio nessa|nisso|com', strength: 0.7 },
  { id: 'supplier_history.other_one_said', type: 'objection.supplier_history', pattern: `último|última|outro|outra|outros|outras|antigo|antiga|anterior|anteriores ?${SUPPLIER} ?chinês ?chineses ?que ?me ?nos ?também disse|disseram|falou|falaram|prometeu|prometeram|garantiu|garantiram|jurou|juraram|dizia|diziam`, strength: 0.7 },
  { id: 'supplier_history.another_supplier_sent', type: 'objection.supplier_history', pattern: `de|do|da|com|dum|duma outro|outra|outros|outras|um|uma ${SUPPLIER}|marca|trading|importador|importadora ... veio|vieram|vinha|vinham|desbotou|desbotaram|mandou|mandaram|mandavam|entregou|entregaram|deu|deram|falhou|quebrou|derretia|trocou|sumiu|sumiram`, strength: 0.7 },
  // Every supplier promises the same: "todos os fornecedores prometem isso".
  { id: 'supplier_history.they_all_say', type: 'objection.supplier_history', pattern: 'todo|todos|qualquer|cada ?o ?os fornecedor|fornecedores|vendedor|vendedores|fábrica|fábricas|chinês|chineses|mundo|importador|importadores|trading ?novo ?novos ?me ?nos diz|dizem|fala|falam|promete|prometem|jura|juram|garante|garantem|disse|disseram|falou|falaram|prometeu|prometeram', strength: 0.65 },
  // A past supplier and what it did: "já tivemos um fornecedor que...", "já trabalhei com uma fábrica que...".
  { id: 'supplier_history.we_had_one_that', type: 'objection.supplier_history', pattern: `tive|tivemos ?um ?uma ?uns ?umas ?dois ?duas ?três ?# ${SUPPLIER}|trading|importadora|importador|chinês|chineses ... que`, strength: 0.7 },
  { id: 'supplier_history.we_worked_with_one_that', type: 'objection.supplier_history', pattern: `já trabalhei|trabalhamos|comprei|compramos|importei|importamos com|de|da|do ?um ?uma ?uns ?umas ?dois ?duas ?três ?# ${SUPPLIER}|trading|importadora|importador ... que`, strength: 0.7 },
  // Several suppliers, none of them good: "testei quatro fábricas e nenhuma cumpriu", "já troquei 3 fornecedores".
  { id: 'supplier_history.none_delivered', type: 'objection.supplier_history', pattern: `${SUPPLIER} ... e|mas nenhum|nenhuma|ninguém ... acertou|cumpriu|cumpriram|conseguiu|conseguiram|entregou|entregaram|prestou|prestaram|serviu|funcionou|aguentou|respeitou`, strength: 0.75, negatable: false },
  { id: 'supplier_history.nth_supplier', type: 'objection.supplier_history', pattern: `no|pelo terceiro|quarto|quinto|sexto|enésimo ${SUPPLIER}`, strength: 0.7 },
  { id: 'supplier_history.went_through', type: 'objection.supplier_history', pattern: `já rodei|troquei|trocamos|mudei|mudamos|testei|testamos|tentei|tentamos|passei|passamos|paguei|pagamos ?por # ?diferentes ${SUPPLIER}`, strength: 0.7 },
  // What happened before: "depois do que passámos", "não quero repetir a experiência".
  { id: 'supplier_history.after_what_happened', type: 'objection.supplier_history', pattern: 'depois|após do|daquilo ?que ?nos ?me passamos|passei|aconteceu|aconteceram|sofremos|sofri|vivemos|vivi', strength: 0.7 },
  { id: 'supplier_history.not_again', type: 'objection.supplier_history', pattern: 'repetir|passar ?de ?novo ?outra ?vez ?pelo ?pela o|a|os|as|por ?mesmo ?mesma erro|erros|experiência|história|pesadelo|filme|susto', strength: 0.7, negatable: false },
  { id: 'supplier_history.scarred', type: 'objection.supplier_history', pattern: 'traumatizado|traumatizados|traumatizada|traumatizadas|escaldado|escaldados|escaldada|escaldadas|calejado|calejados', strength: 0.65 },
  // A supplier who cheated the buyer: "fomos passados para trás", "ficou com o nosso sinal", "perdi um adiantamento".
  { id: 'supplier_history.cheated', type: 'objection.supplier_history', pattern: 'fomos|fui|foram|foi passado|passados|passada|passadas pra|para trás', strength: 0.8 },
  { id: 'supplier_history.harmed', type: 'objection.supplier_history', pattern: 'fomos|fui|foi prejudicados|prejudicado|prejudicada|burlados|burlado|burlada|lesada|lesadas|lesado|enganadas|enganada|enganado|enganados|roubada|roubado', strength: 0.7 },
  { id: 'supplier_history.kept_our_money', type: 'objection.supplier_history', pattern: 'ficou|ficaram|sumiu|sumiram|desapareceu|desapareceram|fugiu|fugiram com ?o ?a ?os ?as ?nosso ?nossa ?meu ?minha dinheiro|sinal|adiantamento|depósito|pagamento|entrada|grana|sinais|adiantamentos|depósitos', strength: 0.8 },
  { id: 'supplier_history.lost_a_deposit', type: 'objection.supplier_history', pattern: 'perdemos|perdi|perdeu ?um ?uma ?o ?a ?nosso ?nossa ?meu ?minha adiantamento|sinal|depósito|entrada|investimento|adiantamentos|sinais|depósitos', strength: 0.75 },
  { id: 'supplier_history.fake_company', type: 'objection.supplier_history', pattern: 'empresa|empresas|fábrica|fornecedor|fornecedora|vendedor|trading fantasma|fantasmas|fake|falsa|falso', strength: 0.7 },
  { id: 'supplier_history.they_sent_fakes', type: 'objection.supplier_history', pattern: 'já me|nos mandaram|enviaram|venderam|entregaram|mandou|enviou|vendeu|entregou ... fake|falso|falsa|falsificado|falsificada|réplica|réplicas|pirata|recondicionado|recondicionada|usado|usada|reciclado|lixo|porcaria', strength: 0.7 },
  // Goods bought elsewhere before, or imports gone wrong: "a última carga de outro fornecedor", "cansei de importar".
  { id: 'supplier_history.last_lot_from_another', type: 'objection.supplier_history', pattern: `último|última|últimos|últimas|anterior|anteriores remessa|remessas|carga|cargas|lote|lotes|pedido|pedidos|encomenda|encomendas|compra|compras|importação|importações|contêiner|contentor|container|vez ?, de|do|da|com|que ?um ?uma ?o ?a outro|outra|outros|outras ${SUPPLIER}|marca|lugar|chinês|site|loja`, strength: 0.7 },
  { id: 'supplier_history.bought_from_another', type: 'objection.supplier_history', pattern: `comprei|importei|recebi|encomendei ... de|do|da|com|a|ao|à outro|outra|outros|outras ${SUPPLIER}|marca|lugar|site|loja|vendedor|que`, strength: 0.6 },
  { id: 'supplier_history.the_lot_we_bought_from_another', type: 'objection.supplier_history', pattern: `que compramos|importamos|recebemos|encomendamos ... de|do|da|com|a|ao|à outro|outra|outros|outras ${SUPPLIER}|marca|lugar|site|loja|vendedor`, strength: 0.6 },
  { id: 'supplier_history.seen_many', type: 'objection.supplier_history', pattern: `já vi|vimos muito|muitos|muita|muitas|vários|várias|bastante ${SUPPLIER}|gente|vendedor|vendedores`, strength: 0.65 },
  { id: 'supplier_history.tired_of_importing', type: 'objection.supplier_history', pattern: 'cansei|cansamos|cansado|cansada|cansados|farto|farta|fartos de importar|comprar|receber|levar|tomar|perder', strength: 0.65 },
  { id: 'supplier_history.imported_and_got', type: 'objection.supplier_history', pattern: 'importei|importamos ... e|mas recebi|recebemos|veio|vieram|chegou|chegaram|mandaram|enviaram ... diferente|errado|errada|errados|trocado|trocada|falso|falsa|pior|piores', strength: 0.7 },
  // More ways to tell of a past or current supplier: "já houve um fornecedor que...", "o último chinês trocou o material".
  { id: 'supplier_history.there_was_one_that', type: 'objection.supplier_history', pattern: `já teve|houve ?um ?uma ${SUPPLIER}|trading|importadora|importador|chinês ... que`, strength: 0.7 },
  { id: 'supplier_history.last_trader', type: 'objection.supplier_history', pattern: `último|última|antigo|antiga|anterior|ex chinês|chineses|trading|importador|importadora|indiano|turco|vietnamita ... ${LET_DOWN}`, strength: 0.75 },
  { id: 'supplier_history.current_one_fails', type: 'objection.supplier_history', pattern: `atual|actual|atuais|actuais ... atrasou|atrasa|atrasam|atrasaram|falha|falham|falhou|falharam|${BAD_ACTS}`, strength: 0.7 },
  { id: 'supplier_history.bought_from_one_that', type: 'objection.supplier_history', pattern: `comprei|compramos|importei|importamos de|com um|uma ${SUPPLIER}|trading|importadora|importador ... que`, strength: 0.65 },
  { id: 'supplier_history.worse_than_before', type: 'objection.supplier_history', pattern: `pior|piores que|do ?que ?o ?a ?os ?as ${SUPPLIER} antigo|antiga|antigos|anterior|anteriores|passado`, strength: 0.7 },
  { id: 'supplier_history.bad_suppliers', type: 'objection.supplier_history', pattern: `${SUPPLIER} ruins|maus|péssimos|péssimas|desonestos|desonestas|picaretas|problemáticos|problemáticas`, strength: 0.7 },
  { id: 'supplier_history.every_time_i_import', type: 'objection.supplier_history', pattern: 'toda|cada|sempre vez|que ?que importo|importamos|compro|compramos ?da|de|do ?fora|china|ásia|exterior', strength: 0.6 },
  { id: 'supplier_history.bad_past_experience', type: 'objection.supplier_history', pattern: 'experiência|experiências anterior|anteriores|passada|passadas ... difícil|difíceis|má|ruim|ruins|péssima|complicada|negativa|traumática|frustrante|dolorosa', strength: 0.75 },
  { id: 'supplier_history.sent_saying', type: 'objection.supplier_history', pattern: 'já me|nos mandaram|enviaram|venderam|entregaram|mandou|enviou|vendeu|entregou ... dizendo|alegando|jurando|falando que era|eram|fosse|fossem', strength: 0.7 },
  // Paid a third party and got nothing: "paguei a uma fábrica e nunca recebi".
  { id: 'supplier_history.paid_and_never_got', type: 'objection.supplier_history', pattern: `pra|para|a|ao uma|um ${SUPPLIER}|trading|importadora ... e|mas nunca|jamais|não recebi|recebemos|chegou|chegaram|veio|vieram|apareceu|entregou|entregaram`, strength: 0.75, negatable: false },
  // objection.moq
  { id: 'moq.moq_too_high', type: 'objection.moq', pattern: 'moq|moqs|mínimo|mínima ... alto|alta|grande|elevado|elevada|demais|pesado|pesada|muito|exagerado|exagerada|absurdo|complica|complicado', strength: 0.85 },
  { id: 'moq.moq_not_possible', type: 'objection.moq', pattern: 'moq|moqs|mínimo|mínima ... não ?é ?fica ?está possível|viável|aceitável|atende|serve|dá|rola', strength: 0.85, negatable: false },
  { id: 'moq.cannot_take', type: 'objection.moq', pattern: 'não conseguimos|consigo|podemos|posso|temos ?como comprar|pedir|levar|vender|absorver|girar|encomendar|assumir ?mais ?de #', strength: 0.7, negatable: false },
  { id: 'moq.max_for_first_order', type: 'objection.moq', pattern: 'máximo|só|somente|apenas # ... primeiro|primeira|inicial|teste|experimental', strength: 0.65 },
  { id: 'moq.first_order_only', type: 'objection.moq', pattern: 'primeiro|primeira|inicial ... só|somente|apenas|máximo #', strength: 0.6 },
  { id: 'moq.half_container', type: 'objection.moq', pattern: 'meio|meia container|contêiner|contentor|carga|carregamento', strength: 0.55 },
  { id: 'moq.mixed_container', type: 'objection.moq', pattern: 'container|contêiner|contentor|carga misto|mista|consolidado|consolidada|compartilhado|fracionada|fracionado', strength: 0.55 },
  { id: 'moq.mix_models', type: 'objection.moq', pattern: 'mix|misturar|mesclar|combinar|dividir .. modelos|cores|itens|produtos|tamanhos|referências', strength: 0.55 },
  { id: 'moq.lcl', type: 'objection.moq', pattern: 'lcl', strength: 0.45 },
  { id: 'moq.per_model_too_much', type: 'objection.moq', pattern: 'por|cada modelo|cor|item|referência|sku|tamanho ... muito|demais|alto|grande|pesado|complica|complicado|inviável|difícil', strength: 0.8 },
  { id: 'moq.cannot_meet_moq', type: 'objection.moq', pattern: 'não ?conseguimos ?consigo ?podemos ?vamos atingir|chegar|alcançar|atender|cumprir|fechar|completar|comprar|pedir|levar|absorver|encomendar .. moq|mínimo|mínima|quantidade', strength: 0.85, negatable: false },
  { id: 'moq.lower_moq', type: 'objection.moq', pattern: 'reduzir|reduza|reduzam|baixar|baixe|diminuir|diminua|flexibilizar .. moq|mínimo|mínima', strength: 0.7 },
  { id: 'moq.below_moq', type: 'objection.moq', pattern: 'abaixo .. moq|mínimo|mínima', strength: 0.6 },
  { id: 'moq.less_than_moq', type: 'objection.moq', pattern: 'menos que|do .. moq|mínimo|mínima', strength: 0.6 },
  { id: 'moq.only_need_small', type: 'objection.moq', pattern: `precisamos|preciso|queremos|quero|compramos|pedimos|vendemos só|somente|apenas ?de # ?mil ?peças|unidades|pçs|pcs|kits|caixas|${SAMPLE_NOUNS}`, strength: 0.4 },
  { id: 'moq.only_small', type: 'objection.moq', pattern: 'só|somente|apenas precisamos|preciso|queremos|quero|compramos|vendemos .. peças|unidades|pçs|pcs|kits|caixas', strength: 0.4 },
  { id: 'moq.order_less', type: 'objection.moq', pattern: 'pedir|comprar|encomendar|levar|fazer menos', strength: 0.6 },
  { id: 'moq.reduced_quantity', type: 'objection.moq', pattern: 'quantidade|quantidades menor|menores|reduzida|reduzidas', strength: 0.6 },
  { id: 'moq.smaller_quantity', type: 'objection.moq', pattern: 'menor|menores|pequena|pequenas quantidade|quantidades|lote|lotes|pedido', strength: 0.6 },
  { id: 'moq.incredulous', type: 'objection.moq', pattern: 'moq|moqs|mínimo|mínima ... ??', strength: 0.7 },
  { id: 'moq.moq_issue', type: 'objection.moq', pattern: 'moq|mínimo .. problema|complicado|difícil|obstáculo|complica|complicam', strength: 0.6 },
  { id: 'moq.issue_with_moq', type: 'objection.moq', pattern: 'problema|dificuldade .. moq|mínimo', strength: 0.6 },
  // The minimum is too much for the buyer: "o MOQ ... é inviável", "2 mil kits é muito pra primeira compra".
  { id: 'moq.moq_excessive', type: 'objection.moq', pattern: 'moq|moqs|mínimo|mínima ... muita|demasiado|demasiada|inviável|incomportável|impraticável|mata|matando|puxado|puxada|excessivo|excessiva|exagero', strength: 0.8 },
  { id: 'moq.too_much_for_us', type: 'objection.moq', topics: ANY_TOPIC, pattern: 'é|são|fica|ficaria|seria|parece muito|muita|demais|demasiado|demasiada|pesado|pesada ?coisa pra|para|pro|p/', strength: 0.6 },
  { id: 'moq.does_not_fit', type: 'objection.moq', topics: ['objection.moq'], pattern: 'não cabe|cabem|fecha|fecham|adequa|adequam|comporta|comportam|encaixa|compensa', strength: 0.65, negatable: false },
  // The quantity is more than the buyer sells, uses or can store: "mais do que usamos num trimestre", "quase o que vendemos num ano".
  { id: 'moq.more_than_we_sell', type: 'objection.moq', pattern: `mais|acima|além do|de|que ... ${SELL_USE}`, strength: 0.7 },
  { id: 'moq.almost_a_year_of_sales', type: 'objection.moq', pattern: `quase|praticamente ... que ${SELL_USE} ... ano|anos|meses|semestre|trimestre|inteiro`, strength: 0.7 },
  // The buyer's sales rate set against the minimum: "eu vendo 60 por mês", "vendemos só 300 caixas por mês".
  { id: 'moq.our_sales_rate', type: 'objection.moq', topics: ['objection.moq'], pattern: `${SALES_RATE_VERBS} ?umas ?uns ?cerca ?de # ?mil por|ao|num|cada mês|semana|ano|trimestre|semestre|dia`, strength: 0.6 },
  { id: 'moq.we_only_sell', type: 'objection.moq', pattern: `${SALES_RATE_VERBS} só|apenas|somente|mal ?umas ?uns # ... por|ao|num|cada mês|semana|ano|trimestre|semestre|dia`, strength: 0.6 },
  // The order would sit in stock for years: "ficaríamos com stock para anos", "levaríamos dois anos a vender".
  { id: 'moq.stock_for_years', type: 'objection.moq', pattern: 'stock|stocks|estoque|estoques para|pra ?uns ?umas ?muitos ?vários ?# anos|década|décadas|vida', strength: 0.7 },
  { id: 'moq.stock_for_long', type: 'objection.moq', pattern: 'stock|stocks|estoque|estoques para|pra muito tempo', strength: 0.65 },
  { id: 'moq.left_with_stock', type: 'objection.moq', pattern: 'ficar|fico|ficamos|ficávamos|ficaríamos|ficaria|ficava|ficaremos|ficarei|ficarmos com ?o ?um ?uma stock|estoque|mercadoria|produto|material ... anos|ano|meses|parado|parada|parados|paradas|encalhado|encalhada|encalhados|muito', strength: 0.7 },
  { id: 'moq.dead_stock', type: 'objection.moq', pattern: 'parado|parada|parados|paradas|encalhado|encalhada|encalhados|encalhadas no|na|em ?o ?a ?nosso ?nossa ?meu ?minha stock|estoque|prateleira|prateleiras', strength: 0.7 },
  { id: 'moq.takes_long_to_sell', type: 'objection.moq', pattern: 'demora|demoram|demoram-nos|demora-nos|demoraria|demorariam|demoraríamos|levaria|levaríamos|levariam ... a|para|pra|até vender|escoar|girar|consumir|gastar|usar', strength: 0.6 },
  { id: 'moq.not_sold_within', type: 'objection.moq', pattern: 'não escoa|escoam|vende|vendemos|vendo|gira|giram|giramos|consumimos|sai ?isso ?isto ?tudo em|num|nem ... ano|anos', strength: 0.65, negatable: false },
  { id: 'moq.enough_for_years', type: 'objection.moq', pattern: 'daria|dava|dá|chega|chegaria|chegava para|pra ?nos abastecer|vender|consumir|gastar|usar ... ano|anos', strength: 0.65 },
  // No room for the quantity: "não temos onde armazenar", "o armazém não comporta".
  { id: 'moq.no_room', type: 'objection.moq', pattern: 'não temos|tenho|há ?espaço ?lugar ?onde ?para ?pra guardar|armazenar|estocar|stockar|arrumar', strength: 0.7, negatable: false },
  { id: 'moq.storage_too_small', type: 'objection.moq', pattern: 'armazém|armazéns|depósito|galpão|stock|estoque ... não comporta|comportam|suporta|aguenta|cabe|cabem', strength: 0.7, negatable: false },
  { id: 'moq.does_not_fit_storage', type: 'objection.moq', pattern: 'não ?se cabe|cabem|comporta|comportam|adequa|adequam|adapta|ajusta ... armazém|depósito|galpão|estoque|stock', strength: 0.7, negatable: false },
  // Too much for a first order: "é muito para começar", "para um primeiro pedido é demasiado".
  { id: 'moq.too_much_to_start', type: 'objection.moq', topics: ANY_TOPIC, topicOptional: true, pattern: `muito|muita|demais|demasiado|demasiada|pesado|pesada|puxado|puxada|excessivo|excessiva|arriscado|arriscada|complicado|complicada|grande ?coisa para|pra|pro|p/ ?nós ?a ?gente ?mim ?eu ?um ?uma ?o ?a ?nosso ?nossa ?meu ?minha ${FIRST_ORDER}`, strength: 0.65 },
  { id: 'moq.start_is_too_much', type: 'objection.moq', topics: ANY_TOPIC, topicOptional: true, pattern: `${FIRST_ORDER} ... é|são|fica|ficaria|seria|parece|tá|está demais|demasiado|demasiada|muito|muita|pesado|pesada|puxado|puxada|excessivo|excessiva|exagerado|exagerada ?coisa para|pra|pro|p/|,|.|!|...`, strength: 0.65 },
  { id: 'moq.start_is_not_viable', type: 'objection.moq', topics: ANY_TOPIC, topicOptional: true, pattern: `${FIRST_ORDER} ... é|são|fica|ficaria|seria|parece|tá|está inviável|impossível|incomportável|arriscado|arriscada|complicado|complicada`, strength: 0.65 },
  // A small business, next to a quantity or a minimum: "a loja é pequena", "uma padaria artesanal", "uma empresa como a nossa".
  { id: 'moq.small_business', type: 'objection.moq', topics: ['objection.moq'], pattern: `${SMALL_BUSINESS} ?aqui ?cá ?é ?são ?muito ?bem ?ainda pequeno|pequena|pequenos|pequenas|pequenino|pequenina|pequenininha|familiar|artesanal|modesto|modesta`, strength: 0.6 },
  { id: 'moq.small_business_before', type: 'objection.moq', topics: ['objection.moq'], pattern: 'pequeno|pequena|pequenos|pequenas lojista|lojistas|loja|lojas|negócio|negócios|empresa|empresas|marca|marcas|comércio|comerciante|comerciantes|produtor|produtora|importador|importadora|distribuidor|distribuidora|confecção|varejista|mercado', strength: 0.6 },
  { id: 'moq.corner_shop', type: 'objection.moq', topics: ['objection.moq'], pattern: 'loja|lojinha|mercearia|farmácia|comércio|padaria de|do bairro|esquina', strength: 0.6 },
  { id: 'moq.business_like_ours', type: 'objection.moq', topics: ['objection.moq'], pattern: `${SMALL_BUSINESS} como|do|da|de ?a ?o nossa|nosso|minha|meu`, strength: 0.6 },
  { id: 'moq.too_much_for_our_size', type: 'objection.moq', topics: AMOUNT_TOPICS, topicOptional: true, pattern: 'muito|muita|demais|demasiado|grande|pesado|pesada|excessivo|alto|alta ... para|pra|pro|p/ ?o ?a ?nosso ?nossa ?meu ?minha tamanho|porte|dimensão|escala', strength: 0.65 },
  // The buyer will not work with the minimum: "com esse mínimo não conseguimos", "se o mínimo for esse, não dá".
  { id: 'moq.with_this_minimum_not', type: 'objection.moq', pattern: 'com|nesse|neste|esse|este|desse|deste|tal ?pedido ?o ?vosso ?seu mínimo|mínima|mínimos|moq|moqs ... não|nem ... conseguir|consigo|conseguimos|dá|dar|vai|vamos|trabalhar|avançar|fechar|compensa|fecha', strength: 0.75, negatable: false },
  { id: 'moq.not_with_this_minimum', type: 'objection.moq', pattern: 'não .. conseguimos|consigo|vamos|vou|dá|podemos|posso ... trabalhar|avançar|fechar|comprar|operar|continuar|seguir com|nesse|neste ?esse ?este ?o ?vosso ?seu ?tal ?pedido mínimo|mínima|moq|moqs', strength: 0.75, negatable: false },
  { id: 'moq.if_minimum_then_no', type: 'objection.moq', pattern: 'se|caso ?o ?a ?vosso ?vossa ?seu ?sua ?pedido mínimo|mínima|moq|moqs for|fosse|é|forem|continuar|ficar|mantiver ... , ?infelizmente ?acho ?que ?então ?aí ?já não|nem|fica|complica|inviabiliza|esquece|desisto|desistimos', strength: 0.7, negatable: false },
  // A smaller start than the minimum, then more: "1.500 para começar e depois vemos".
  { id: 'moq.start_with_then_see', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: '# ... para|pra começar|arrancar|testar|início ... e|depois|aí|se ... vemos|veremos|vê|ver|avaliamos|avaliar|pensamos|decidimos|logo', strength: 0.6 },
  { id: 'moq.start_with_number_then', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: 'começar|começamos|começaríamos|começo|arrancar|arrancamos|iniciar|iniciamos com|por # ... e|depois|aí ... vemos|veremos|vê|ver|avaliamos|avaliar|pensamos|decidimos|logo', strength: 0.6 },
  // The minimum suits only big buyers: "o mínimo é para os grandes".
  { id: 'moq.for_the_big_ones', type: 'objection.moq', topics: ['objection.moq'], pattern: 'para|pra|pros|pras|dos|das|de ?os ?as grandes|gigantes|multinacionais|atacadistas|grandões|tubarões', strength: 0.6 },
  // The minimum changed or was imposed: "aumentaram o mínimo", "dizem que o mínimo é 2.000".
  { id: 'moq.minimum_changed', type: 'objection.moq', pattern: 'mudaram|mudam|muda|mudou|alteraram|alterou|alteram|subiram|subiu|aumentaram|aumentou|dobraram|dobrou|triplicaram ?o ?a ?vosso ?vossa ?seu ?sua ?pedido mínimo|mínima|moq|moqs', strength: 0.7 },
  { id: 'moq.they_impose', type: 'objection.moq', pattern: 'dizem|disseram|responderam|respondem|falam|falaram|pedem|pediram|exigem|exigiram|vêm|vieram|impõem ... mínimo|mínima|moq|moqs ... #', strength: 0.6 },
  // A bare "não é o ideal" about the nearest topic.
  { id: 'moq.not_ideal', type: 'objection.moq', topics: ALL_TOPICS, pattern: 'não é|seria|está ?bem ?o ideal', strength: 0.55, negatable: false },
  // objection.payment_terms
  { id: 'payment_terms.cannot_accept_terms', type: 'objection.payment_terms', pattern: `não .. aceitar|aceitamos|aceito|pagar|pagamos|pago|fazer|fazemos|trabalhar|trabalhamos|trabalho|concordar|concordamos .. ${DEPOSIT}|condição|condições`, strength: 0.8, negatable: false },
  { id: 'payment_terms.deposit_too_high', type: 'objection.payment_terms', pattern: `sinal|entrada|adiantamento|depósito|antecipado|antecipação .. ${HIGH}|grande|demais`, strength: 0.8 },
  { id: 'payment_terms.terms_unacceptable', type: 'objection.payment_terms', pattern: 'condição|condições|forma|formas|termos|prazo|prazos de pagamento .. inaceitável|inaceitáveis|difícil|difíceis|complicada|complicadas|complicado|problema|dura|duras|rígida|rígidas|arriscada|arriscado|pesada|pesadas', strength: 0.8 },
  { id: 'payment_terms.terms_not_ok', type: 'objection.payment_terms', pattern: 'condição|condições|forma|formas|termos|prazo|prazos de pagamento .. não ?é ?são ?está ?fica aceitável|aceitáveis|possível|viável|viáveis|ok|atende|serve|dá', strength: 0.8, negatable: false },
  { id: 'payment_terms.method_not_possible', type: 'objection.payment_terms', pattern: `${DEPOSIT} ... não ?é ?fica ?está possível|viável|aceitável|dá|rola|serve|atende`, strength: 0.8, negatable: false },
  { id: 'payment_terms.only_pay_by', type: 'objection.payment_terms', pattern: 'só|somente|apenas .. pagamos|pagar|aceitamos|trabalhamos|trabalhar|usamos|compramos .. l/c|lc|carta|d/p|dp|prazo|boleto|crédito|faturado|consignação|cobrança', strength: 0.55 },
  { id: 'payment_terms.only_with', type: 'objection.payment_terms', pattern: 'só|somente|apenas com|via|por|a l/c|lc|carta|prazo|boleto|consignação', strength: 0.5 },
  { id: 'payment_terms.cannot_pay_before', type: 'objection.payment_terms', pattern: 'não ?podemos ?conseguimos ?vamos ?costumamos pagar|pagamos .. tudo|antes|adiantado|antecipado|antecipadamente|total|integral|integralmente', strength: 0.8, negatable: false },
  { id: 'payment_terms.never_pay', type: 'objection.payment_terms', pattern: 'nunca|jamais .. pagamos|pago|pagar .. adiantado|antecipado|antecipadamente|antes|sinal|adiantamento', strength: 0.75, negatable: false },
  { id: 'payment_terms.no_deposit', type: 'objection.payment_terms', pattern: 'sem|nenhum|nenhuma ?o ?a sinal|entrada|adiantamento|depósito|antecipação|antecipado', strength: 0.65, negatable: false },
  { id: 'payment_terms.pay_after', type: 'objection.payment_terms', pattern: 'pagamos|pagar|pagamento|pago|saldo|pagaremos|pagaríamos ?só ?somente ?apenas após|depois|na|no|contra|mediante ?a ?o ?da ?do ?de chegada|entrega|recebimento|inspeção|venda|vendas|desembarque|faturamento|nacionalização', strength: 0.6 },
  { id: 'payment_terms.days_credit', type: 'objection.payment_terms', pattern: '# dias|dd ?de crédito|faturado|faturamento|boleto|pagamento', strength: 0.65 },
  { id: 'payment_terms.invoiced_days', type: 'objection.payment_terms', pattern: 'boleto|boletos|faturado|faturamento|parcelado|parcelas ?para ?em ?de # ?dias|dd', strength: 0.65 },
  { id: 'payment_terms.payment_period', type: 'objection.payment_terms', pattern: 'prazo de pagamento ?de ?em # ?dias', strength: 0.6 },
  { id: 'payment_terms.pay_in_days', type: 'objection.payment_terms', pattern: 'pagamento|pagar|pagamos|pagaríamos|faturar a|em|com|para # ?dias|dd', strength: 0.6 },
  { id: 'payment_terms.credit_of', type: 'objection.payment_terms', pattern: 'crédito de|para # ?dias', strength: 0.6 },
  { id: 'payment_terms.on_credit', type: 'objection.payment_terms', pattern: 'compramos|comprar|compra|pagamento|pagar|venda|vendem a prazo', strength: 0.6 },
  { id: 'payment_terms.open_account', type: 'objection.payment_terms', pattern: 'conta aberta', strength: 0.55 },
  { id: 'payment_terms.consignment', type: 'objection.payment_terms', pattern: 'consignação|consignado|consignada', strength: 0.6 },
  { id: 'payment_terms.net_days', type: 'objection.payment_terms', pattern: 'net 30|45|60|90|120', strength: 0.65 },
  { id: 'payment_terms.too_risky', type: 'objection.payment_terms', pattern: 'demasiado|muito|grande|alto|enorme|bastante risco|arriscado|arriscada', strength: 0.6 },
  { id: 'payment_terms.risky_too', type: 'objection.payment_terms', pattern: 'arriscado|arriscada demais', strength: 0.6 },
  { id: 'payment_terms.usual_credit', type: 'objection.payment_terms', pattern: 'trabalho|trabalhamos|trabalham|compro|compramos|pago|pagamos|faturam|vendem com|a # dias|dd ?de prazo', strength: 0.6 },
  { id: 'payment_terms.others_give_credit', type: 'objection.payment_terms', pattern: 'dão|dá|davam|oferecem|oferece|concedem ?-nos ?nos ?me # dias|dd ?de prazo|crédito', strength: 0.6 },
  { id: 'payment_terms.method_risky', type: 'objection.payment_terms', pattern: `${DEPOSIT} .. arriscado|arriscada|risco|difícil|complicado|complicada|impossível|problema`, strength: 0.75 },
  // The buyer resists paying in advance: "100% antecipado eu não consigo", "a empresa não paga adiantado", "agora vcs querem 100% antecipado?".
  { id: 'payment_terms.advance_we_cannot', type: 'objection.payment_terms', pattern: `${DEPOSIT} .. não ?nos ?me consigo|conseguimos|fazemos|faço|aprovamos|aprova|aprovam|aceitamos|aceito|trabalhamos|pagamos|pago|posso|podemos|fecho|fechamos|temos`, strength: 0.75, negatable: false },
  { id: 'payment_terms.will_not_pay_upfront', type: 'objection.payment_terms', pattern: 'não|nunca|jamais .. paga|pagam|fecho|fechamos|faço|aprovamos|aprova|aprovam|permite|permitem|autoriza|autorizam|consigo|conseguimos ... antecipado|antecipada|antecipados|antecipadas|adiantado|adiantada|antecipadamente|adiantamento|adiantamentos|antecipação|upfront|advance', strength: 0.75, negatable: false },
  { id: 'payment_terms.they_demand_advance', type: 'objection.payment_terms', pattern: 'querem|pedem|pedindo|exigem|exige|exigir|exigindo|exigência ... antecipado|adiantado|antecipadamente|adiantamento', strength: 0.65 },
  // Paying before the goods are seen: "pagar tudo antes de ver a mercadoria".
  { id: 'payment_terms.before_seeing_goods', type: 'objection.payment_terms', topics: ['objection.payment_terms'], topicOptional: true, pattern: 'antes de ver|receber|recebermos|vermos|termos|conhecer|conhecermos|inspecionar|inspecionarmos|testar ?a ?o ?as ?os mercadoria|mercadorias|produto|produtos|carga|nada|lote|encomenda|material', strength: 0.7, negatable: false },
  // The terms leave the buyer exposed or uneasy: "isso deixa-nos expostos", "esse adiantamento assusta-nos".
  { id: 'payment_terms.leaves_us_exposed', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'deixa|deixam|deixou|deixa-nos|deixa-me|deixar ?me ?nos ?muito ?bem ?um ?pouco ?meio inseguro|inseguros|insegura|inseguras|exposto|expostos|exposta|expostas|desconfortável|desconfortáveis|apreensivo|apreensivos|apreensiva|receoso|receosos|receosa|nervoso|nervosa', strength: 0.7 },
  { id: 'payment_terms.scares_us', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'assusta|assustam|assusta-me|assusta-nos|assustou', strength: 0.65 },
  { id: 'payment_terms.scares_us', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'frio na barriga', strength: 0.65 },
  // The bank makes a letter of credit slow or dear: "o banco demora a abrir a carta", "carta de crédito é cara".
  { id: 'payment_terms.bank_charges_for_lc', type: 'objection.payment_terms', pattern: 'banco|bancos ... cobra|cobram|cobrando|demora|demoram|leva|levam ... abrir|abertura|emitir|emissão ?de ?uma ?a ?as carta|cartas|l/c|lc|crédito', strength: 0.7 },
  { id: 'payment_terms.lc_is_costly', type: 'objection.payment_terms', pattern: 'carta|cartas|l/c|lc ?de ?crédito ... demora|demoram|cara|caro|caras|custa|custam|burocrática|burocrático|burocráticas|complicada|complicado|exagero|exagerado|exagerada|inviável|taxa|taxas|comissão|comissões', strength: 0.7 },
  { id: 'payment_terms.bank_will_not', type: 'objection.payment_terms', pattern: 'banco|bancos ... não ?nos ?me trabalha|trabalham|abre|abrem|emite|emitem|opera|operam|apoia|apoiam|financia', strength: 0.7, negatable: false },
  // Why the seller insists on a method: "por que só aceitam transferência?".
  { id: 'payment_terms.why_only', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: 'porque|porquê|pq|pk ... ?só|somente|apenas|não aceitam|aceita|exigem|exige|pedem|pede|precisam|precisa|querem|quer|trabalham|demora|demoram ... ?', strength: 0.65, negatable: false },
  { id: 'payment_terms.why_only_split', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: 'por que|quê ... ?só|somente|apenas|não aceitam|aceita|exigem|exige|pedem|pede|precisam|precisa|querem|quer|trabalham|demora|demoram ... ?', strength: 0.65, negatable: false },
  // The terms do not pass the buyer's committee: "isso não passa na nossa diretoria".
  { id: 'payment_terms.does_not_pass_internally', type: 'objection.payment_terms', pattern: 'não passa|passam|aprova|aprovam|aprovaria ?aqui ?no ?na ?nosso ?nossa ?pelo ?pela comitê|comité|financeiro|diretoria|direção|administração|dentro|jurídico|compliance|conselho', strength: 0.7, negatable: false },
  // Other suppliers give better terms: "os concorrentes aceitam carta de crédito".
  { id: 'payment_terms.others_accept', type: 'objection.payment_terms', topics: ANY_TOPIC, topicOptional: true, pattern: 'outro|outra|outros|outras|concorrente|concorrentes|concorrência ... aceitam|aceita|trabalham|trabalha|dão|oferecem|oferece|concedem|concede ?com # ', strength: 0.65 },
  { id: 'payment_terms.others_accept_lc', type: 'objection.payment_terms', pattern: 'outro|outra|outros|outras|concorrente|concorrentes|concorrência ... aceitam|aceita|trabalham|trabalha|dão|oferecem|oferece|concedem|concede ?com ?a ?o l/c|lc|carta|prazo|boleto|crédito|consignação|faturado', strength: 0.65 },
  // The seller wants the whole sum early: "querem o pagamento integral antes", "pagar tudo adiantado é pesado".
  { id: 'payment_terms.they_want_it_all_early', type: 'objection.payment_terms', topics: ['objection.payment_terms'], topicOptional: true, pattern: 'querem|pedem|pedindo|exigem|exige|exija|exijam|exigir|exigindo|precisam|precisa ... pagamento|pagamentos|saldo|# ... total|integral|antes|adiantado|antecipado|antecipadamente', strength: 0.65 },
  { id: 'payment_terms.paying_all_first_is_hard', type: 'objection.payment_terms', pattern: 'pagar ?tudo ?o ?valor ?integral ?total antes|adiantado|antecipado|antecipadamente ... é|fica|seria|tá puxado|puxada|pesado|pesada|complicado|difícil|arriscado|inviável|demais|muito', strength: 0.7 },
  // Partial acceptance: "o sinal até aceito, mas...".
  { id: 'payment_terms.yes_but', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: 'até faço|fazemos|topo|topamos|aceito|aceitamos|concordo|concordamos|consigo|conseguimos|pago|pagamos|dá|vai|passa ?, mas|porém', strength: 0.6 },
  // Terms to improve: "flexibilizem as condições de pagamento".
  { id: 'payment_terms.improve_terms', type: 'objection.payment_terms', topics: ['objection.payment_terms', 'objection.lead_time'], pattern: 'melhora|melhore|melhorar|melhorem|flexibilizar|flexibilizem|flexibiliza|estender|estendam|alongar|esticar ?o ?a ?os ?as prazo|prazos|condição|condições|termos|forma', strength: 0.6 },
  // The buyer cannot pay on the date: "não vamos conseguir pagar a parcela".
  { id: 'payment_terms.cannot_pay_on_date', type: 'objection.payment_terms', pattern: 'não .. pagar|liquidar|quitar ?o ?a saldo|parcela|boleto|fatura|pagamento|restante|resto', strength: 0.7, negatable: false },
  // The bank fees or paperwork of the method: "o banco cobra uma taxa alta", "é burocrático de abrir".
  { id: 'payment_terms.bank_fees', type: 'objection.payment_terms', topics: ['objection.payment_terms'], topicOptional: true, pattern: 'banco|bancos ... cobra|cobram|cobrando ... taxa|taxas|comissão|comissões|tarifa|tarifas', strength: 0.6 },
  { id: 'payment_terms.costly_to_open', type: 'objection.payment_terms', topics: ['objection.payment_terms'], pattern: 'caro|cara|custoso|custosa|burocrático|burocrática|complicado|complicada|demorado|demorada|difícil ... abrir|emitir|montar', strength: 0.6 },
  // Never again on these terms: "nunca mais aceitamos isso".
  { id: 'payment_terms.never_again', type: 'objection.payment_terms', topics: ANY_TOPIC, topicOptional: true, pattern: 'nunca|jamais mais ?vamos ?vou aceitar|aceitamos|aceito|aceitaremos|fazer|fazemos|pagar|pagamos|pago', strength: 0.65, negatable: false },
  // Not prudent, fair or respectful to the buyer: "não nos parece prudente", "é abusivo".
  { id: 'payment_terms.not_prudent', type: 'objection.payment_terms', topics: ANY_TOPIC, topicOptional: true, pattern: 'não ?nos ?me parece|parecem|é|seria prudente|seguro|sensato|razoável|justo|correto', strength: 0.6, negatable: false },
  { id: 'payment_terms.offensive', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'ofensivo|ofensiva|abusivo|abusiva|desrespeito|desrespeitoso', strength: 0.6 },
  // objection.quality
  { id: 'quality.quality_poor', type: 'objection.quality', pattern: 'qualidade ... ruim|ruins|baixa|inferior|péssima|horrível|fraca|duvidosa|questionável|problema|problemas|preocupa|preocupação|dúvida|dúvidas|reclamação|reclamações|caiu|piorou|decepcionou|deixou', strength: 0.8 },
  { id: 'quality.low_quality', type: 'objection.quality', pattern: 'baixa|má|mau|péssima|pouca|fraca|ruim|questionável|duvidosa qualidade', strength: 0.8 },
  { id: 'quality.quality_not_good', type: 'objection.quality', pattern: 'qualidade ... não ?é ?está ?foi ?ficou boa|aceitável|consistente|adequada|satisfatória|legal|igual', strength: 0.8, negatable: false },
  { id: 'quality.defects', type: 'objection.quality', pattern: 'defeito|defeitos|defeituoso|defeituosa|defeituosos|defeituosas|quebrado|quebrada|quebrados|quebradas|danificado|danificada|danificados|danificadas|avariado|avariada|avariados|avariadas|amassado|amassada|amassados|amassadas|trincado|trincada|trincados|trincadas|rachado|rachada|rachados|rachadas|enferrujado|enferrujada|enferrujados|enferrujadas|vazando|vazamento|riscado|riscada|riscados|riscadas|inutilizável|estragado|estragada|estragados|estragadas|mofado|mofada|mofados|mofo|queimado|queimados|queimadas|rasgado|rasgada|rasgados|rasgadas|rasgando|descolado|descolada|descolados|descoladas|descolando|descolou|furado|furada|furados|furadas|manchado|manchada|manchados|manchadas|soltando|empenado|empenada|empenados|empenadas|amolgado|amolgada|amolgados|amolgadas', strength: 0.75 },
  { id: 'quality.worried_quality', type: 'objection.quality', pattern: 'preocupado|preocupados|preocupada|preocupação|receio|receosos|inseguro|inseguros|desconfiado|desconfiados|cético|céticos .. qualidade|durabilidade|confiabilidade|material|materiais|acabamento', strength: 0.8 },
  { id: 'quality.differs_from_sample', type: 'objection.quality', pattern: `diferente|diferentes|diverge|divergem|divergente|divergentes ?da ?do ?das ?dos ?de ${SAMPLE_NOUNS}|foto|fotos|imagem|imagens|descrição|especificação|especificações|pedido|combinado|aprovado|aprovada|lote|padrão|anterior`, strength: 0.75 },
  { id: 'quality.does_not_match', type: 'objection.quality', pattern: `não .. corresponde|correspondem|bate|batem|confere|conferem|condiz|condizem ?com ?a ?o ?as ?os ?ao ?à ${SAMPLE_NOUNS}|especificação|especificações|pedido|descrição|foto|fotos|desenho`, strength: 0.75, negatable: false },
  { id: 'quality.could_be_better', type: 'objection.quality', pattern: 'qualidade|acabamento|embalagem|material|costura|pintura ... podia|poderia|podiam|deveria|precisa ser ?bem ?muito melhor', strength: 0.6 },
  { id: 'quality.short_shipment', type: 'objection.quality', pattern: 'faltavam|faltaram|faltou|faltando # ?peças|caixas|itens|unidades|volumes|paletes', strength: 0.6 },
  { id: 'quality.arrived_short', type: 'objection.quality', pattern: 'veio|vieram|chegou|chegaram faltando', strength: 0.6 },
  { id: 'quality.complaint', type: 'objection.quality', pattern: 'reclamação|reclamações|queixa|queixas', strength: 0.6 },
  { id: 'quality.customers_complain', type: 'objection.quality', pattern: 'cliente|clientes|usuário|usuários|consumidores|lojistas ... reclamando|reclamaram|reclamam|reclamou|reclama|devolvendo|devolveram', strength: 0.65 },
  { id: 'quality.ordered_but_got', type: 'objection.quality', pattern: 'pedimos|pedi|encomendamos|encomendei|compramos|comprei .. e|mas veio|vieram|mandaram|enviaram', strength: 0.65 },
  { id: 'quality.noise', type: 'objection.quality', pattern: 'fazendo|faz|fazem|muito barulho|ruído|chiado|zumbido', strength: 0.6 },
  // Doubt that the product is what was promised: "têm a certeza de que é algodão?", "que garantia temos de que é original?".
  { id: 'quality.are_you_sure_it_is', type: 'objection.quality', pattern: 'tem|têm|tens ?a certeza ?de que|se .. é|são|está|estão|vem|vêm|foi|foram', strength: 0.7 },
  { id: 'quality.what_assurance', type: 'objection.quality', pattern: 'que|qual garantia|certeza ?eu ?nós ?a ?gente tenho|temos|tem|posso|podemos de|que', strength: 0.7 },
  { id: 'quality.rejected_batch', type: 'objection.quality', pattern: 'rejeitamos|rejeitado|rejeitada|recusamos|recusado|recusada|devolvemos|devolver|devolução ?o ?a ?do ?da ?todo ?toda ?o ?a lote|mercadoria|carga|produtos|container|contêiner|remessa|material', strength: 0.75 },
  { id: 'quality.not_convinced', type: 'objection.quality', pattern: 'não .. convencido|convencidos|convencida|seguro|seguros|confiante|confiantes ... qualidade|material|durabilidade|produto|produtos|acabamento', strength: 0.75, negatable: false },
  { id: 'quality.does_not_convince', type: 'objection.quality', pattern: 'qualidade|material|materiais|produto|produtos|acabamento|amostra|amostras ... não ?me ?nos convence|convenceu|convenceram|agrada|agradou|agradaram', strength: 0.75, negatable: false },
  { id: 'quality.how_sure', type: 'objection.quality', pattern: `como .. garantir|garantem|garante|certeza|saber|sabemos ... qualidade|mesmo|mesma|igual|iguais|durável|${SAMPLE_NOUNS}`, strength: 0.7 },
  { id: 'quality.finish_not_good', type: 'objection.quality', pattern: 'acabamento|solda|soldagem|costura|costuras|embalagem|pintura|revestimento|montagem ... ruim|ruins|mal|péssimo|péssima|grosseiro|irregular|torto|torta|malfeito|malfeita|fraco|fraca', strength: 0.75 },
  { id: 'quality.finish_not_well_done', type: 'objection.quality', pattern: 'acabamento|solda|costura|pintura|montagem .. não ?está ?ficou ?é bom|boa|bem', strength: 0.75, negatable: false },
  { id: 'quality.marks', type: 'objection.quality', pattern: 'arranhão|arranhões|amassados|ferrugem|rachadura|rachaduras|trinca|trincas|bolhas|manchas|mancha|piscando|oxidação|oxidado|oxidada|desbotado|desbotada|desbotou|descascando|descascou|oxidou|oxidaram|enferrujou|enferrujaram', strength: 0.65 },
  { id: 'quality.breaks_after', type: 'objection.quality', pattern: 'quebrou|quebraram|quebra|quebram|falhou|falharam|parou|pararam|queimou|queimaram|queima|queimam|estragou|estragaram ?de ?funcionar ?logo depois|após|logo', strength: 0.7 },
  { id: 'quality.stopped_working', type: 'objection.quality', pattern: 'parou|pararam|para|param|deixou|deixaram de funcionar', strength: 0.7 },
  { id: 'quality.will_it_last', type: 'objection.quality', pattern: 'vai|vão|irá durar|aguentar|resistir', strength: 0.5 },
  { id: 'quality.wrong_goods', type: 'objection.quality', pattern: `${SPEC_TRAITS}|produto|produtos|mercadoria|modelo|modelos|cor|cores|tamanho|tamanhos|peça|peças|item|itens|material ?está ?estão ?veio ?vieram ?chegou ?chegaram ?ficou ?ficaram errado|errada|errados|erradas|trocado|trocada|trocados|trocadas|incorreto|incorreta|incorretos|incorretas`, strength: 0.6 },
  // The product overheats: "o cabo aquece bastante", "o carregador esquentou a 80 graus".
  { id: 'quality.overheats', type: 'objection.quality', pattern: 'aquece|aquecem|aquecendo|aqueceu|aquecer|esquenta|esquentam|esquentando|esquentou|esquentar|superaquece|superaquecendo|superaqueceu ?a ?até ?# muito|demais|bastante|bué|demasiado|graus', strength: 0.65 },
  // The goods differ from the order, the sample or the datasheet: "o pedido era 40", "mais escura do que o Pantone".
  { id: 'quality.order_said', type: 'objection.quality', pattern: 'pedido|encomenda|contrato|especificação|ficha|combinado|acordado|aprovado ?técnica ?que era|eram|especifica|especificava|pedia|diz|dizia|indica|exigia|declara .. #', strength: 0.6 },
  { id: 'quality.off_shade', type: 'objection.quality', pattern: `escuro|escura|escuros|escuras|claro|clara|claros|claras|fino|fina|finos|finas|grosso|grossa|fraco|fraca|mole|áspero|áspera|amarelado|amarelada|amarelados|avermelhado|avermelhada|esverdeado|esverdeada|azulado|azulada|opaco|opaca do|que|comparado|comparada|face|relativamente ... ${SAMPLE_NOUNS}|pantone|padrão|aprovado|aprovada|pedido|anterior|original|ficha|especificação|contrato|declarado|informado`, strength: 0.7 },
  // The goods failed a test: "reprovado no teste de estanqueidade", "não passou no nosso controle de qualidade".
  { id: 'quality.failed_test', type: 'objection.quality', pattern: 'reprovado|reprovada|reprovados|reprovadas|reprovou|reprovaram|chumbou|chumbaram|chumbado|chumbada', strength: 0.7 },
  { id: 'quality.did_not_pass', type: 'objection.quality', pattern: 'não passou|passaram|passa|passam ?no ?na ?nos ?em ?o ?a ?nosso ?nossa teste|testes|ensaio|ensaios|controle|inspeção|análise|qc|laboratório|aprovação', strength: 0.75, negatable: false },
  // The buyer doubts that the goods are what the offer states: "esse aço é 304 mesmo?", "como vcs conseguem vender tão barato?".
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: 'é|são #|inox|aço|algodão|cotton|virgem|novo|nova|novos|novas|original|originais|genuíno|genuína|naval|puro|pura|maciço|maciça|couro|seco|seca|bom|boa|nitrílica|nitrílicas|orgânico|orgânica .. mesmo ?', strength: 0.65 },
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: 'é|são #|inox|aço|algodão|cotton|virgem|novo|nova|novos|novas|original|originais|genuíno|genuína|naval|puro|pura|maciço|maciça|couro|seco|seca|bom|boa|nitrílica|nitrílicas|orgânico|orgânica .. mesmo ou', strength: 0.65 },
  { id: 'quality.how_so_cheap', type: 'objection.quality', pattern: 'como .. conseguem|consegue|consegues|conseguiram vender|fazer|fabricar|produzir|oferecer ... barato|barata|baratos|baratas|preço|valor', strength: 0.65 },
  // Defects named by one word: "a borda lascada", "a costura descosturada", "encolheu na lavagem".
  { id: 'quality.defect_words', type: 'objection.quality', pattern: 'lascado|lascada|lascados|lascadas|descosturado|descosturada|descosturados|descosturadas|desalinhado|desalinhada|desalinhados|desalinhadas|gorgulho|gorgulhos|rebarba|rebarbas|microfissura|microfissuras|fissura|fissuras|bolor|encolheu|encolheram|envergou|envergaram|empenou|empenaram|pifou|pifaram|derreteu|derreteram|derretia|vazou|vazaram|descolam|descolaram|descola|descascam|descasca|desmanchou|desmancharam|amassou|amassaram|queimada|desbotaram|esfarelou|esfarela|enferrujou', strength: 0.65 },
  // Defects only a delivery verb makes clear: "chegaram partidas", "as caixas vieram molhadas", "veio com cheiro a tinta".
  { id: 'quality.arrived_with', type: 'objection.quality', pattern: `veio|vieram|chegou|chegaram|chega|chegam|vem|vêm|saiu|saíram|estava|estavam|tinha|tinham|havia|apresenta|apresentam|apresentou|apresentaram ?com ... ${ARRIVED_DEFECTS}`, strength: 0.65 },
  // The product does not switch on, charge or seal: "o aparelho não liga", "a tampa não veda".
  { id: 'quality.does_not_work', type: 'objection.quality', pattern: 'não|nem liga|ligam|acende|acendem|acendeu|ligou|carrega|carregam|veda|vedam', strength: 0.7, negatable: false },
  // The count is off: "a quantidade não confere", "chegaram 95 caixas em vez de 100".
  { id: 'quality.count_off', type: 'objection.quality', pattern: 'quantidade|quantidades|peso|pesos|contagem|medida|medidas|metragem ... não bate|batem|confere|conferem|corresponde|correspondem', strength: 0.7, negatable: false },
  { id: 'quality.received_instead', type: 'objection.quality', pattern: 'chegaram|chegou|vieram|veio|recebemos|recebi|contamos|contámos ... # ... vez|invés|lugar de|dos|das #', strength: 0.7 },
  // A claim that the goods belie: "disseram que o couro era natural, mas", "vendido como novo, mas".
  { id: 'quality.claimed_but', type: 'objection.quality', cancelledBy: BUSINESS_KIND, topics: ['objection.quality', 'objection.lead_time', 'objection.price', 'objection.moq'], topicOptional: true, pattern: `${CLAIMED} ?que ?o ?a ?os ?as ... é|são|era|eram|seria|seriam|fosse|tem|têm ... ?, mas|porém|contudo`, strength: 0.65 },
  { id: 'quality.sold_as', type: 'objection.quality', pattern: 'vendem|venderam|vendeu|vendido|vendida|vendidos|vendidas|anunciado|anunciada|anunciados|anunciadas|rotulado|rotulada|descrito|descrita como ... ?, mas|porém', strength: 0.6 },
  // Doubt that it holds up or is what it claims: "aguenta mesmo chuva?", "será que dura?", "é 316 mesmo ou é 304?".
  { id: 'quality.does_it_really_hold', type: 'objection.quality', pattern: 'aguenta|aguentam|suporta|suportam|resiste|resistem|dura|duram ... mesmo|realmente|verdade ... ?', strength: 0.65 },
  { id: 'quality.will_it_hold', type: 'objection.quality', pattern: 'será que ... aguenta|aguentam|suporta|suportam|resiste|resistem|dura|duram|presta|prestam|funciona|funcionam', strength: 0.65 },
  { id: 'quality.is_number_really', type: 'objection.quality', topics: ['objection.quality'], topicOptional: true, pattern: 'é|são # .. mesmo|realmente ?ou', strength: 0.65 },
  { id: 'quality.really_or', type: 'objection.quality', cancelledBy: SELLER_KIND, topics: ['objection.quality'], topicOptional: true, pattern: 'é|são|seja|sejam|tem|têm ... mesmo|mesma|mesmos|mesmas|realmente|verdade ou', strength: 0.6 },
  // Too cheap to be real: "barato demais para ser original", "parece réplica", "nem paga o material".
  { id: 'quality.too_good_to_be_true', type: 'objection.quality', pattern: 'bom|boa|barato|barata|baratos|baratas|baixo|baixa demais|demasiado pra|para ser|isso|isto|esse|essa|este|esta|tal', strength: 0.65 },
  { id: 'quality.smells_like', type: 'objection.quality', pattern: 'cheira|cheiram|parece|parecem ?a ?de ?ser material|reciclado|reciclada|réplica|cópia|falsificado|falsificada|recondicionado|recondicionada|eletrozincado|genérico|genérica|pirata|montagem|fake', strength: 0.6 },
  { id: 'quality.does_not_even_pay', type: 'objection.quality', pattern: 'nem paga|cobre ?o ?a ?os ?as material|peça|peças|matéria-prima|custo|componente|componentes|tecido|caixa|embalagem', strength: 0.65 },
  // Failure that sets in: "as solas começaram a descolar", "estão a falhar", "parte facilmente".
  { id: 'quality.started_to_fail', type: 'objection.quality', pattern: 'estão|está|começaram|começou|começa|começam|continuam|continua a|de falhar|avariar|partir|rachar|descolar|soltar|descascar|enferrujar|oxidar|desbotar|encolher|vazar|pingar|falhando|descolando', strength: 0.65 },
  { id: 'quality.breaks_a_lot', type: 'objection.quality', pattern: 'quebrou|quebraram|quebra|quebram|partiu|partiram|parte|partem|rasgou|rasgaram|rasga|rasgam muito|bastante|demais|fácil|facilmente|facilmente', strength: 0.65 },
  // Out of tolerance, old stock or weak build: "fora da tolerância", "é stock velho", "pouco robusto", "fraco demais".
  { id: 'quality.out_of_tolerance', type: 'objection.quality', pattern: 'fora da|de|do tolerância|tolerâncias|esquadro|prumo|medida', strength: 0.65 },
  { id: 'quality.old_stock', type: 'objection.quality', pattern: 'stock|estoque|pneu|pneus|produto|produtos|mercadoria|material|lote velho|velha|velhos|velhas|usado|usada|usados|usadas', strength: 0.65 },
  { id: 'quality.seems_weak', type: 'objection.quality', pattern: 'parece|parecem|parece-me|parece-nos|achei|achamos|acho|achou|achando|achaste ... frágil|frágeis|fraco|fraca|fracos|fracas|mole|moles', strength: 0.6 },
  { id: 'quality.too_thin', type: 'objection.quality', pattern: 'frágil|frágeis|fraco|fraca|fracos|fracas|fino|fina|finos|finas|mole|moles demais|demasiado|demasiada', strength: 0.65 },
  { id: 'quality.not_sturdy', type: 'objection.quality', pattern: 'pouco|nada robusto|robusta|robustos|resistente|resistentes|durável|duráveis|firme|firmes|sólido|sólida|reforçado|reforçada', strength: 0.6 },
  // The goods differ from the order: "pedimos 50 e chegaram 42", "mas o contrato especificava outra liga", "não é a cor que aprovamos".
  { id: 'quality.ordered_one_got_another', type: 'objection.quality', pattern: 'pedi|pedimos|encomendei|encomendamos ... e|mas|, ?só ?apenas chegou|chegaram|veio|vieram|recebemos|recebi #', strength: 0.6 },
  { id: 'quality.the_order_said', type: 'objection.quality', pattern: 'quando|mas|enquanto|e ?o ?a ?nosso ?nossa pedido|encomenda|contrato|especificação|ficha|combinado|acordado era|eram|especifica|especificava|pedia|dizia|indicava|exige|exigia|previa', strength: 0.6 },
  { id: 'quality.not_what_we_approved', type: 'objection.quality', pattern: 'não é|são ... que ?vocês ?vcs aprovamos|aprovámos|aprovei|pedimos|pedi|encomendamos|encomendei|mandaram|enviaram|combinamos', strength: 0.65, negatable: false },
  { id: 'quality.problem_with_build', type: 'objection.quality', pattern: 'problema|problemas|defeito|defeitos de|na|no|nas|nos costura|costuras|solda|pintura|acabamento|montagem|fabricação|embalagem|funcionamento|vedação|rosca|colagem', strength: 0.65 },
  // A short shelf life: "a validade está quase a expirar".
  { id: 'quality.short_shelf_life', type: 'objection.quality', topics: ['objection.quality', 'objection.certification'], topicOptional: true, pattern: 'validade|validades ... expirar|vencer|vencendo|expirando|curta|curtas|curtíssima', strength: 0.65 },
  // Skepticism about a claim: "querem que eu acredite nisso?".
  { id: 'quality.expect_me_to_believe', type: 'objection.quality', topics: ['objection.quality', 'objection.lead_time', 'objection.price', 'objection.certification'], topicOptional: true, pattern: 'querem|quer|queres que eu|a|nós ?gente acredite|acreditemos|acredito|acreditar', strength: 0.65 },
];

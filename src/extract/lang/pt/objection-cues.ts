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
  'sumiu|sumiram|desapareceu|desapareceram|enganou|enganaram|atrasou|atrasaram|falhou|falharam|mentiu|mentiram|roubou|roubaram|deu|deram|nunca|mandou|mandaram|enviou|enviaram|entregou|entregaram|calote|golpe|trocou|trocaram|oxidou|enferrujou|quebrou|faliu|perdemos|perdi';
/** Acts that are a let-down from any supplier, so they need no "último" or "anterior" before the supplier. */
const BAD_ACTS =
  'sumiu|sumiram|desapareceu|desapareceram|enganou|enganaram|mentiu|mentiram|roubou|roubaram|faliu|faliram|fraudou|calote|golpe';
const NEVER_DELIVERED =
  'entregou|entregaram|enviou|enviaram|mandou|mandaram|chegou|chegaram|saiu|saíram|embarcou|embarcaram|apareceu|apareceram|devolveu|devolveram|respondeu|responderam';
/** Product traits a quality objection may be about ("espessura errada"). */
const SPEC_TRAITS =
  'gramatura|medida|medidas|dimensão|dimensões|espessura|especificação|voltagem|tensão|tonalidade|acabamento|quantidade|embalagem|referência|lote';

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
  { id: 'price.reduce_price', type: 'objection.price', pattern: `reduzir|reduza|reduzam|baixar|baixe|baixem|abaixar|abaixe|diminuir|diminua|rever|revejam|revisar|revise|revisem|ajustar|ajuste|reconsiderar|reconsidere|negociar .. ${PRICE_WORDS}`, strength: 0.65 },
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
  { id: 'price.can_you_do', type: 'objection.price', pattern: `consegue|conseguem|pode|podem|poderia|poderiam|aceita|aceitam|aceitaria ?fazer ?deixar ?me ?nos ?por ?a ?pra ${CURRENCY} #`, strength: 0.7 },
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
  { id: 'lead_time.takes_too_long', statementOnly: true, type: 'objection.lead_time', pattern: 'demora|demoram|leva|levam|demorando|levando|demorou|demoraram .. muito|demais|tanto', strength: 0.7 },
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
  { id: 'lead_time.goods_stuck', type: 'objection.lead_time', pattern: 'carga|mercadoria|container|contêiner|contentor|pedido|encomenda|embarque ?está|estão|ficou|continua|segue parada|parado|presa|preso|retida|retido|travada|travado', strength: 0.7 },
  { id: 'lead_time.waiting_for_days', type: 'objection.lead_time', pattern: 'há|faz # dias|semanas|meses ?que ?aguardando|esperando|aguardamos|esperamos', strength: 0.7 },
  { id: 'lead_time.where_is_order', type: 'objection.lead_time', pattern: 'cadê|kd .. mercadoria|carga|pedido|container|contêiner|encomenda|entrega|material|produtos', strength: 0.7 },
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
  { id: 'supplier_history.problem_with_supplier', type: 'objection.supplier_history', pattern: `problema|problemas|prejuízo|prejuízos|dor de cabeça com ?o ?um ?uma ?a ?os ?uns ${SUPPLIER}`, strength: 0.75 },
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
  { id: 'payment_terms.installments', type: 'objection.payment_terms', pattern: 'parcelar|parcelado|parcelamento|parcelas|parcelada', strength: 0.55 },
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
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: 'é|são #|inox|aço|algodão|cotton|virgem|novo|nova|novos|novas|original|originais|genuíno|genuína|naval|puro|pura|maciço|maciça|couro|seco|seca|bom|boa|nitrílica|nitrílicas|orgânico|orgânica .. mesmo ?|ou', strength: 0.65 },
  { id: 'quality.how_so_cheap', type: 'objection.quality', pattern: 'como .. conseguem|consegue|consegues|conseguiram vender|fazer|fabricar|produzir|oferecer ... barato|barata|baratos|baratas|preço|valor', strength: 0.65 },
];

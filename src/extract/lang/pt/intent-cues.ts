/**
 * Portuguese intent cues. Each pattern uses the phrase syntax of
 * `text/phrases.ts`, written with accents, and `index.ts` adds the unaccented
 * spellings. Strength is the weight of one match in [0, 1].
 */
import { RFQ_REFERENCE_WORDS, RFQ_STATUS_WORDS } from '../neutral.js';
import type { SignalCue } from '../types.js';
import { withSpellings } from './spelling.js';
import { CAN_YOU, PRICE_NOUNS, SEND, WANT } from './verbs.js';

const YOU = 'vocês|vcs|vc|você|vces|senhor|senhora|senhores';

/** Any token that starts with a digit, as one alternative among words: `#` is a number only as an element of its own. */
const NUMBER = '0*|1*|2*|3*|4*|5*|6*|7*|8*|9*';

/**
 * Units after a number that make it an order quantity: "manda 10 cx", "mandem os 2 contentores",
 * "quero 2 mil metros". "Mil" stands for the unit when the product noun follows ("5 mil camisetas").
 */
const QTY_UNITS = [
  'peças|peça|pçs|pç|pcs|pc|unidades|unidade|unid|und|unds|un|kits|kit|jogos|pares|conjuntos|dúzias|mil|milhões',
  'caixas|caixa|cx|cxs|paletes|palete|paletas|pallets|contentores|contentor|contêineres|contêiner|containers|container|conteineres|conteiner|x40hq|x40hc|x20',
  'kg|kgs|quilos|toneladas|tonelada|ton|t|sacos|sacas|rolos|metros|m|m²|m2|bidões|baldes|garrafas|frascos|lotes|bobinas|tambores|fardos|carretas|camiões|caminhões|cargas|litros|galões|resmas',
].join('|');

/**
 * Words right after a number that make it no order quantity: a time ("precisamos de mais 2 semanas"),
 * a sample ("manda mais 2 amostras"), a rate ("levo 200 por mês") or a share, because the tokenizer
 * drops "%" ("quero 10% de desconto" reads "quero 10 de desconto").
 */
const NOT_AN_ORDER = withSpellings([
  'dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos', 'hora', 'horas', 'h', 'minutos', 'vezes',
  'amostra', 'amostras', 'amostrinha', 'fotos', 'foto', 'cotações', 'orçamentos', 'propostas', 'opções', 'modelos',
  'de', 'por', 'a', 'à', 'ao', 'em',
]);

/** Request verbs for goods: send, set aside, prepare, ship, produce. "Mandem mais 100 colchões", "já separa mais 2 paletes". */
const SEND_GOODS = [
  'manda|mande|mandem|mandar|manda-me|mande-me|mandem-me|mandem-nos|mande-nos|envia|envie|enviem|enviar|envie-nos|enviem-nos|envia-me',
  'separa|separe|separem|separar|reserva|reserve|reservem|reservar|prepara|prepare|preparem|preparar|despacha|despache|despachem|despachar',
  'embarca|embarquem|embarcar|produz|produza|produzam|produzir|carrega|carreguem|carregar|solta|soltem|soltar|fecha|avancem|avance',
].join('|');

export const INTENT_CUES: SignalCue[] = [
  // intent.early_qualification
  { id: 'early_qualification.moq_question', type: 'intent.early_qualification', pattern: 'qual|quais|qual\'é .. moq|moqs|mínimo|mínima|capacidade', strength: 0.8 },
  // "Só fábrica", "sem atravessador": the buyer screens who may supply.
  { id: 'early_qualification.manufacturers_only', type: 'intent.early_qualification', pattern: 'só|so|apenas|somente fabricantes|fabricante|fábricas|fábrica|fabricas|fabrica', strength: 0.75 },
  { id: 'early_qualification.no_middlemen', type: 'intent.early_qualification', pattern: 'sem intermediários|intermediário|atravessador|atravessadores|revendedores', strength: 0.7, negatable: false },
  // A bare "MOQ?" requests the minimum. "Mínimo de 8 mil??" is disbelief at a stated one and
  // raises objection.moq, so the bare forms need a sentence start or a determiner before them.
  { id: 'early_qualification.moq_bare_question', type: 'intent.early_qualification', pattern: '^ moq|moqs|mínimo|mínima ?', strength: 0.7 },
  { id: 'early_qualification.the_moq_question', type: 'intent.early_qualification', pattern: 'e|o|seu|teu|vosso|qto|quanto moq|moqs|mínimo ?', strength: 0.7 },
  { id: 'early_qualification.minimum_order_question', type: 'intent.early_qualification', pattern: '^ pedido|quantidade|compra|lote mínimo|mínima ?', strength: 0.7 },
  { id: 'early_qualification.and_the_minimum_order', type: 'intent.early_qualification', pattern: '^ e|o ?o pedido|quantidade|compra|lote mínimo|mínima ?', strength: 0.7 },
  { id: 'early_qualification.has_minimum', type: 'intent.early_qualification', pattern: 'tem|têm|existe|há|trabalham|possuem ?com pedido|quantidade|compra|lote|volume mínimo|mínima', strength: 0.75 },
  { id: 'early_qualification.capacity_question', type: 'intent.early_qualification', pattern: 'quantos|quantas|qto|qtos|qtas .. consegue|conseguem|pode|podem|produz|produzem|fabrica|fabricam|fornece|fornecem|entregam|embarcam', strength: 0.8 },
  // A lead-time question alone ("Qual o prazo de entrega para 500 caixas?") is about one order, not about whether the supplier fits, so most writers give it no signal.
  { id: 'early_qualification.capacity', type: 'intent.early_qualification', pattern: 'capacidade ?de ?produção|produtiva|fabricação|fornecimento|mensal|diária|anual|instalada', strength: 0.6 },
  { id: 'early_qualification.manufacturer_question', type: 'intent.early_qualification', pattern: `${YOU}|são ?uma ?um fabricante|fabricantes|fábrica|indústria|trading|revendedor|revendedores|revenda|distribuidor|distribuidores|importador|atacadista|produtor|produtores`, strength: 0.8 },
  { id: 'early_qualification.factory_or_trader', type: 'intent.early_qualification', pattern: 'fábrica|fabricante|fabricantes|indústria|produtor ou trading|revenda|revendedor|revendedores|distribuidor|distribuidora|intermediário|intermediários|comercial|agente', strength: 0.8 },
  { id: 'early_qualification.own_factory', type: 'intent.early_qualification', pattern: 'fábrica|produção|planta própria', strength: 0.75 },
  { id: 'early_qualification.employees', type: 'intent.early_qualification', pattern: 'quantos|quantas funcionários|colaboradores|empregados|engenheiros|linhas|máquinas|fábricas', strength: 0.7 },
  { id: 'early_qualification.company_profile', type: 'intent.early_qualification', pattern: 'perfil|apresentação|histórico ?da ?de ?sua empresa|companhia', strength: 0.7 },
  { id: 'early_qualification.company_presentation', type: 'intent.early_qualification', pattern: 'apresentação|perfil institucional|corporativo|corporativa', strength: 0.7 },
  { id: 'early_qualification.factory_location', type: 'intent.early_qualification', pattern: 'onde ?se fica|ficam|está|estão|é|localiza|localizam|situa .. fábrica|empresa|escritório|escritórios|armazém|depósito|sede|planta', strength: 0.7 },
  { id: 'early_qualification.years_in_business', type: 'intent.early_qualification', pattern: 'quanto tempo .. mercado|atuam|operam|existem|exportam|fabricam', strength: 0.6 },
  { id: 'early_qualification.years_of_experience', type: 'intent.early_qualification', pattern: 'quantos anos .. mercado|atuam|operam|existem|exportam|fabricam|empresa|experiência', strength: 0.6 },
  { id: 'early_qualification.product_range', type: 'intent.early_qualification', pattern: 'portfólio|portfolio', strength: 0.6 },
  // A catalogue is material to judge the product by.
  { id: 'evaluation.catalog', type: 'intent.evaluation', pattern: 'catálogo|catálogos|catalogo|catalogos', strength: 0.6 },
  { id: 'early_qualification.product_line', type: 'intent.early_qualification', pattern: 'linha|linhas|gama|mix de produtos', strength: 0.6 },
  { id: 'early_qualification.main_markets', type: 'intent.early_qualification', pattern: 'principais mercados|clientes|países|destinos', strength: 0.5 },
  { id: 'early_qualification.export_to', type: 'intent.early_qualification', pattern: `${YOU}|já exportam|exporta|vendem|atendem|embarcam para|pro|pra|ao`, strength: 0.6 },
  { id: 'early_qualification.you_make', type: 'intent.early_qualification', pattern: `${YOU} fabricam|fabrica|produzem|produz|vendem|vende|fornecem|fornece|exportam|exporta|trabalham|trabalha|representam`, strength: 0.6 },
  { id: 'early_qualification.do_you_make', type: 'intent.early_qualification', pattern: '^ trabalham|fabricam|produzem|vendem|fornecem|exportam|representam|atendem', strength: 0.55 },
  { id: 'early_qualification.exclusivity', type: 'intent.early_qualification', pattern: 'exclusividade|exclusivo|exclusiva|representação|representante|representantes', strength: 0.5 },
  { id: 'early_qualification.can_you_produce', type: 'intent.early_qualification', pattern: `${CAN_YOU} ?me ?nos fabricar|produzir|fornecer|desenvolver|exportar|personalizar|atender`, strength: 0.6 },
  { id: 'early_qualification.stock', type: 'intent.early_qualification', pattern: 'tem|têm|há|possuem|vocês ?em estoque|pronta', strength: 0.55 },
  { id: 'early_qualification.ready_stock', type: 'intent.early_qualification', pattern: 'pronta entrega', strength: 0.5 },
  { id: 'early_qualification.still_available', type: 'intent.early_qualification', pattern: 'ainda tem|têm|tém|há ... estoque|disponível|disponivel', strength: 0.55 },
  { id: 'early_qualification.oem', type: 'intent.early_qualification', pattern: 'oem|odm|personalização|personalizado|personalizada|personalizados|personalizadas|customização|customizado|customizada|customizados', strength: 0.6 },
  { id: 'early_qualification.private_label', type: 'intent.early_qualification', pattern: 'marca própria|branca', strength: 0.6 },
  { id: 'early_qualification.our_brand', type: 'intent.early_qualification', pattern: 'com nossa|nosso marca|logo|logomarca|logotipo', strength: 0.55 },
  { id: 'early_qualification.put_our_logo', type: 'intent.early_qualification', pattern: 'colocar|imprimir|gravar|estampar|aplicar|personalizar ?com ?o ?a nosso|nossa logo|marca|logomarca|logotipo', strength: 0.6 },
  { id: 'early_qualification.private_label_en', type: 'intent.early_qualification', pattern: 'private label', strength: 0.6 },
  // intent.evaluation
  { id: 'evaluation.datasheet', type: 'intent.evaluation', pattern: 'ficha|fichas técnica|técnicas', strength: 0.8 },
  { id: 'evaluation.datasheet_en', type: 'intent.evaluation', pattern: 'datasheet|datasheets|data-sheet', strength: 0.8 },
  { id: 'evaluation.data_sheet', type: 'intent.evaluation', pattern: 'folha|folhas de dados|especificações', strength: 0.8 },
  // A buyer who sends a specification gives commitment.detailed_specs, and only a request for one is evaluation.
  { id: 'evaluation.specifications', type: 'intent.evaluation', pattern: `${SEND}|${WANT}|ver|quais|qual .. especificação|especificações|specs|spec`, strength: 0.6 },
  { id: 'evaluation.specifications_question', type: 'intent.evaluation', pattern: 'especificação|especificações|specs|spec ?', strength: 0.6 },
  { id: 'evaluation.technical_details', type: 'intent.evaluation', pattern: 'detalhes|dados|informações|parâmetros|documentação|documentos|características técnicos|técnicas|técnica|técnico', strength: 0.75 },
  { id: 'evaluation.test_report', type: 'intent.evaluation', pattern: 'relatório|relatórios|certificado|certificados|resultado|resultados de|do|dos teste|testes|ensaio|ensaios|inspeção|análise|qualidade|laboratório', strength: 0.8 },
  { id: 'evaluation.lab_report', type: 'intent.evaluation', pattern: 'laudo|laudos', strength: 0.75 },
  { id: 'evaluation.share_certificate', type: 'intent.evaluation', pattern: `${SEND}|${WANT}|ver .. certificado|certificados|certificação|certificações|registro|registros|homologação|certificate|certificates|coa|cert|certs`, strength: 0.75, notBefore: ['de origem'] },
  // No gap between the verb and the certificate, so the statement "vocês só possuem ISO 9001" is not read as a question.
  { id: 'evaluation.have_certificate', type: 'intent.evaluation', pattern: `${YOU} têm|tem|possuem|possui|emitem|fornecem|enviam|apresentam ?o ?a ?os ?as ?algum ?alguma ?um ?uma certificado|certificados|certificação|certificações|ce|fda|iso|rohs|ul|inmetro|anvisa|reach|registro`, strength: 0.7, notBefore: ['de origem'] },
  { id: 'evaluation.certified_question', type: 'intent.evaluation', pattern: 'tem|têm|possui|possuem|é|são .. certificado|certificados|certificação|homologado|homologados|inmetro|anvisa|ce|iso|rohs|fda|ul|reach|halal ?', strength: 0.7 },
  // "Qual garantia tenho de que é aço 316?" doubts the product and is no warranty question, so a bare "garantia" is not enough.
  { id: 'evaluation.warranty_terms', type: 'intent.evaluation', pattern: 'prazo|condições|condição|termos|termo|período|tempo|certificado|política|cobertura de garantia', strength: 0.5 },
  { id: 'evaluation.has_warranty', type: 'intent.evaluation', pattern: 'tem|têm|oferecem|oferece|dão|dá|possui|possuem garantia', strength: 0.5 },
  { id: 'evaluation.made_of', type: 'intent.evaluation', pattern: 'feito|feita|feitos|feitas de', strength: 0.5 },
  // "que" is also the relative pronoun ("fornecedor que trocou o material"), so it must touch the noun.
  { id: 'evaluation.what_material', type: 'intent.evaluation', pattern: 'qual|quais ?é ?são ?o ?a ?os ?as material|materiais|matéria-prima|composição|liga', strength: 0.5 },
  { id: 'evaluation.which_material', type: 'intent.evaluation', pattern: 'que material|materiais|liga|composição', strength: 0.5 },
  { id: 'evaluation.lifespan', type: 'intent.evaluation', pattern: 'vida útil', strength: 0.5 },
  { id: 'evaluation.durability', type: 'intent.evaluation', pattern: 'durabilidade', strength: 0.5 },
  { id: 'evaluation.photos', type: 'intent.evaluation', pattern: `${SEND}|${WANT}|ver .. fotos|foto|imagens|vídeo|vídeos|video|videos|fotografias`, strength: 0.55 },
  { id: 'evaluation.photos_question', type: 'intent.evaluation', pattern: 'fotos|foto|imagens|vídeo|vídeos|video|videos ?', strength: 0.5 },
  { id: 'evaluation.factory_audit', type: 'intent.evaluation', pattern: 'auditoria|auditar|visitar|visita|conhecer .. fábrica|planta|instalações|produção', strength: 0.6 },
  { id: 'evaluation.more_details', type: 'intent.evaluation', pattern: 'mais detalhes|informações|informação|info|infos', strength: 0.5 },
  { id: 'evaluation.technical_files', type: 'intent.evaluation', pattern: 'arquivo|arquivos|modelo|modelos cad|dwg|step|3d|ies|ldt|fotométrico|fotométricos|técnico|técnicos', strength: 0.75 },
  { id: 'evaluation.photometric', type: 'intent.evaluation', pattern: 'ies|ldt|lm-80|lm80|tm-21|dialux|fotometria', strength: 0.75 },
  { id: 'evaluation.send_drawing', type: 'intent.evaluation', pattern: `${SEND}|${WANT} .. desenho|desenhos|manual|manuais`, strength: 0.65 },
  { id: 'evaluation.parameter_question', type: 'intent.evaluation', pattern: 'qual|quais|quanto|quantos|como .. potência|voltagem|tensão|lúmens|lumens|eficiência|irc|cri|ângulo|ip|espessura|garantia|tamanho|tamanhos|dimensão|dimensões|medida|medidas|peso|especificação|especificações|consumo|gramatura|densidade|vida|resistência', strength: 0.6 },
  { id: 'evaluation.difference_between', type: 'intent.evaluation', pattern: 'diferença|diferenças entre', strength: 0.5 },
  { id: 'evaluation.what_difference', type: 'intent.evaluation', pattern: 'qual|quais ?a ?as diferença|diferenças', strength: 0.5 },
  // intent.quotation
  { id: 'quotation.quote_imperative', type: 'intent.quotation', pattern: '^ cotar|orçar', strength: 0.8 },
  { id: 'quotation.quote_subjunctive', type: 'intent.quotation', pattern: 'cote|cotem|orce|orcem|recote|recotem|recotar', strength: 0.8 },
  { id: 'quotation.improve_price', type: 'intent.quotation', pattern: 'melhorar|melhore|melhorem|melhoram ?o ?a ?esse ?essa ?este ?esta ?seu ?sua preço|preços|valor|oferta|proposta|condição|cotação', strength: 0.7 },
  { id: 'quotation.what_can_you_offer', type: 'intent.quotation', pattern: 'que ?vocês ?você ?vc ?vcs conseguem|consegue|podem|pode|poderiam|poderia|têm|tem ?a ?para ?pra ?nos ?me propor|oferecer|ofertar|sugerir', strength: 0.7 },
  // An opening budget or target is a request for offers within it. It is no objection before a quote exists,
  // and a target compared with a quote ("acima do nosso target") is read by the objection cues.
  { id: 'quotation.target_price', type: 'intent.quotation', pattern: 'preço|preços|valor alvo|objetivo|target|meta', strength: 0.6 },
  { id: 'quotation.target_price_en', type: 'intent.quotation', pattern: 'target price', strength: 0.6 },
  { id: 'quotation.can_you_meet', type: 'intent.quotation', pattern: 'chegam|chega|atingem|atinge|conseguem|consegue ?chegar ?atingir nisso|nesse|nessa|neste|nesta|nestes|nesses ?valor ?preço ?faixa ?patamar ?', strength: 0.6 },
  { id: 'quotation.please_quote', type: 'intent.quotation', pattern: `favor|pf|pfv|pfvr|gentileza|${CAN_YOU}|gostaria|gostaríamos|queria|quero|queremos|solicito|solicitamos ?me ?nos ?de cotar|orçar|cotarem`, strength: 0.85 },
  { id: 'quotation.send_quote', type: 'intent.quotation', pattern: `${SEND}|${WANT} .. ${PRICE_NOUNS}`, strength: 0.85 },
  { id: 'quotation.best_price', type: 'intent.quotation', pattern: 'melhor|menor preço|preços|valor|valores|oferta|ofertas|cotação|condição|condições|proposta', strength: 0.8 },
  { id: 'quotation.how_much', type: 'intent.quotation', pattern: 'quanto|qto|qnto custa|custam|custaria|sai|saem|sairia|fica|ficam|ficaria|seria|cobra|cobram|cobrariam|vale|valem', strength: 0.75 },
  { id: 'quotation.how_much_bare', type: 'intent.quotation', pattern: 'quanto|qto|qnto ?', strength: 0.6 },
  { id: 'quotation.what_price', type: 'intent.quotation', pattern: 'qual|quais .. preço|preços|valor|valores|custo|custos', strength: 0.8 },
  { id: 'quotation.price_question', type: 'intent.quotation', pattern: 'preço|preços|valor|valores|custo|cotação|orçamento ?', strength: 0.7, cancelledBy: ['esse', 'este', 'nesse', 'neste', 'desse', 'deste', 'tal'] },
  { id: 'quotation.price_please', type: 'intent.quotation', pattern: `${PRICE_NOUNS} ?por favor|pf|pfv|pfvr|pls|please|urgente|asap`, strength: 0.75 },
  { id: 'quotation.unit_price', type: 'intent.quotation', pattern: 'preço|valor|custo unitário|unitários', strength: 0.6 },
  { id: 'quotation.price_list', type: 'intent.quotation', pattern: 'lista|tabela|tabelas|listas de preços|preço|valores', strength: 0.7 },
  { id: 'quotation.rfq', type: 'intent.quotation', pattern: 'rfq|rfqs', strength: 0.8, notAfter: RFQ_REFERENCE_WORDS, notBefore: RFQ_STATUS_WORDS },
  { id: 'quotation.request_for_quote', type: 'intent.quotation', pattern: 'pedido|solicitação|requisição|requerimento de cotação|cotações|orçamento|orçamentos|preço|preços', strength: 0.85 },
  { id: 'quotation.incoterm_price', type: 'intent.quotation', pattern: 'preço|preços|valor|cotação|orçamento fob|cif|cfr|exw|ddp|dap|cnf|c&f', strength: 0.6 },
  { id: 'quotation.quotation_for', type: 'intent.quotation', pattern: 'cotação|cotações|orçamento|preço|preços para|pra', strength: 0.6 },
  { id: 'quotation.make_quote', type: 'intent.quotation', pattern: 'fazer|fazem|faz|faria|fariam|fazerem|elaborar|preparar|montar ?uma ?um ?a ?o cotação|orçamento|proposta', strength: 0.75 },
  { id: 'quotation.quoting', type: 'intent.quotation', pattern: 'cotar|orçar|cotando|orçando', strength: 0.6 },
  // intent.urgency
  // An away notice points elsewhere for urgent matters ("em caso de urgência, falar com…"): no pressure on the seller.
  { id: 'urgency.urgent', type: 'intent.urgency', pattern: 'urgente|urgentes|urgência|urgentemente|asap|urg|urgentíssimo', strength: 0.9, cancelledBy: ['caso', 'casos', 'assuntos'] },
  { id: 'urgency.as_soon_as_possible', type: 'intent.urgency', pattern: 'quanto antes', strength: 0.9 },
  { id: 'urgency.fastest_possible', type: 'intent.urgency', pattern: 'mais rápido|breve|cedo|depressa possível', strength: 0.9 },
  { id: 'urgency.as_soon_as', type: 'intent.urgency', pattern: 'assim|logo que possível|puder|possivel', strength: 0.85 },
  { id: 'urgency.for_yesterday', type: 'intent.urgency', pattern: 'pra|para ontem', strength: 0.9 },
  { id: 'urgency.right_now', type: 'intent.urgency', pattern: 'é|e pra|para já', strength: 0.8 },
  { id: 'urgency.immediately', type: 'intent.urgency', pattern: 'imediatamente|imediato|imediata|prontamente', strength: 0.8 },
  { id: 'urgency.by_tomorrow', type: 'intent.urgency', pattern: 'até|antes ?de ?do amanhã|meio-dia', strength: 0.85 },
  // "Hoje" and "amanhã" press the seller only inside a request ("envie hoje", "pode embarcar amanhã?").
  // A buyer's own plan ("amanhã vou ao banco", "hoje falo com o sócio") is no urgency.
  { id: 'urgency.request_today', type: 'intent.urgency', pattern: 'envie|enviem|envia|manda|mande|mandem|passa|passe|passem|encaminhe|encaminhem|despache|despachem|embarquem|responda|respondam|responde|confirme|confirmem|confirma|resolva|resolvam|preciso|precisamos|necessito|necessitamos|quero|queremos|aguardo|aguardamos|favor .. hoje|hj|amanhã', strength: 0.7 },
  { id: 'urgency.can_you_today', type: 'intent.urgency', pattern: 'pode|podem|consegue|conseguem|poderia|poderiam|dá|daria ?me ?nos ?pra ?para enviar|mandar|despachar|embarcar|responder|confirmar|passar|faturar|liberar|cotar|entregar|resolver|emitir|fazer .. hoje|hj|amanhã', strength: 0.7 },
  { id: 'urgency.must_be_today', type: 'intent.urgency', pattern: 'tem|têm|precisa|precisam|deve|devem ?que ?de ser hoje|hj|amanhã|agora|já', strength: 0.75 },
  { id: 'urgency.deadline', type: 'intent.urgency', pattern: 'prazo|data final|limite|máximo|fatal', strength: 0.7 },
  { id: 'urgency.deadline_en', type: 'intent.urgency', pattern: 'deadline', strength: 0.7 },
  { id: 'urgency.without_fail', type: 'intent.urgency', pattern: 'sem falta', strength: 0.8, negatable: false },
  { id: 'urgency.critical', type: 'intent.urgency', pattern: 'crítico|crítica|prioridade|prioritário|prioritária|emergência|emergencial', strength: 0.7 },
  { id: 'urgency.need_quickly', type: 'intent.urgency', pattern: `${WANT} .. rápido|logo|depressa|rapidamente|breve|urgente`, strength: 0.7 },
  // "Preciso de um retorno rápido" requests speed, but "obrigado pelo retorno rápido" thanks for it, so an article or "de" must come first.
  { id: 'urgency.quick_reply', type: 'intent.urgency', pattern: 'um|uma|de|com resposta|retorno|cotação|orçamento|entrega|envio|embarque rápida|rápido|breve|urgente|imediata|imediato|ágil', strength: 0.7, cancelledBy: ['por', 'pela', 'pelo', 'obrigado', 'obrigada', 'agradeço', 'agradecemos', 'valeu'] },
  { id: 'urgency.hurry', type: 'intent.urgency', pattern: 'pressa|correria', strength: 0.8 },
  { id: 'urgency.running_out', type: 'intent.urgency', pattern: 'estoque|stock ?está|tá|já acabando|esgotando|esgotado|zerado|zerando|baixo|acabou|zerou', strength: 0.6 },
  { id: 'urgency.stock_ending', type: 'intent.urgency', pattern: 'acabando|esgotando|zerando ?o ?nosso estoque|stock', strength: 0.6 },
  { id: 'urgency.line_stopped', type: 'intent.urgency', pattern: 'linha|produção|obra ?está|tá|ficou|vai ?ficar parada|parado|parar', strength: 0.7 },
  { id: 'urgency.without_extension', type: 'intent.urgency', pattern: 'impreterivelmente|improrrogável', strength: 0.8 },
  { id: 'urgency.any_update', type: 'intent.urgency', pattern: 'alguma|algum|tem|teve|há novidade|novidades|atualização|atualizações|notícia|notícias|retorno|posição|resposta|feedback', strength: 0.6 },
  { id: 'urgency.still_waiting_reply', type: 'intent.urgency', pattern: 'ainda|continuo|continuamos|seguimos aguardando|esperando|sem .. retorno|resposta|cotação|orçamento|posição|proforma', strength: 0.55 },
  { id: 'urgency.bare_question_marks', type: 'intent.urgency', pattern: '^ ??|???|????|?????', strength: 0.6 },
  { id: 'urgency.hello_question_marks', type: 'intent.urgency', pattern: 'olá|oi|oii|alô|ei|amigo|senhor|sr|novidades|novidade|retorno|resposta|aí ??', strength: 0.6 },
  { id: 'urgency.reply_fast', type: 'intent.urgency', pattern: 'responda|respondam|responde|responder|retorne|retornem|retornar|confirme|confirmem|confirmar|confirma .. rápido|logo|breve|urgente|asap|hoje|já', strength: 0.7 },
  { id: 'urgency.customer_waiting', type: 'intent.urgency', pattern: 'cliente|clientes|comprador|chefe|diretor|diretoria|patrão|obra ?está|estão|tá|tão esperando|aguardando|cobrando|pressionando|pressionado', strength: 0.6 },
  { id: 'urgency.within_hours', type: 'intent.urgency', pattern: 'dentro|próximas|em|até ?de 24|48|12|72|poucas|duas|algumas horas|h|hs|hrs', strength: 0.8 },
  { id: 'urgency.within_hours_glued', type: 'intent.urgency', pattern: 'dentro|próximas|em|até ?de 24h|48h|12h|72h', strength: 0.8 },
  // intent.purchase
  { id: 'purchase.place_order', type: 'intent.purchase', pattern: 'fazer|colocar|emitir|fechar|lançar|tirar|formalizar|efetivar .. pedido|pedidos|compra|oc|po|encomenda|encomendas', strength: 0.85 },
  { id: 'purchase.can_confirm_order', type: 'intent.purchase', pattern: 'podemos|vamos|queremos|poderemos|iremos|vou|posso confirmar|formalizar .. pedido|pedidos|compra|encomenda|oc', strength: 0.8 },
  { id: 'purchase.ready_to_buy', type: 'intent.purchase', pattern: 'prontos|pronto|pronta|prontas|preparados para|pra ?a ?o fechar|comprar|encomendar|seguir|prosseguir|assinar|pagar|avançar|começar|arrancar|segunda|próxima|próximo|encomenda|pedido', strength: 0.85 },
  { id: 'purchase.want_to_buy', type: 'intent.purchase', pattern: 'quero|queremos|gostaria|gostaríamos|pretendo|pretendemos|vamos|vou|iremos|planejamos|decidimos|temos .. comprar|encomendar|importar|adquirir|fechar', strength: 0.75 },
  { id: 'purchase.lets_proceed', type: 'intent.purchase', pattern: 'vamos|bora|podemos seguir|prosseguir|avançar|fechar', strength: 0.8 },
  { id: 'purchase.lets_go_ahead', type: 'intent.purchase', pattern: 'vamos|podemos em frente', strength: 0.8 },
  { id: 'purchase.lets_go_ahead', type: 'intent.purchase', pattern: 'vamos|podemos ?seguir adiante', strength: 0.8 },
  { id: 'purchase.can_close', type: 'intent.purchase', pattern: 'dá|da pra|para fechar|comprar|seguir|avançar', strength: 0.6 },
  { id: 'purchase.go_ahead_with_order', type: 'intent.purchase', pattern: 'queremos|quero|vamos|podemos|gostaríamos|gostaria|pretendemos|pretendo avançar|seguir|prosseguir com ?o ?a ?os ?as pedido|encomenda|compra|proposta|orçamento|cotação|contrato', strength: 0.8 },
  { id: 'purchase.you_can_close', statementOnly: true, type: 'intent.purchase', pattern: 'pode|podem fechar ,|.|!', strength: 0.7 },
  { id: 'purchase.decided_to_go', type: 'intent.purchase', pattern: 'decidimos|decidi|resolvemos|optamos ?por avançar|seguir|prosseguir|fechar|comprar|encomendar|ir', strength: 0.8 },
  { id: 'purchase.go_with_order', type: 'intent.purchase', pattern: 'vamos|vou|iremos com ?o ?a pedido|encomenda|compra|pedidão', strength: 0.75 },
  { id: 'purchase.we_take_quantity', type: 'intent.purchase', pattern: 'ficamos|fico|ficaremos com ?o ?a ?os ?as #', strength: 0.75 },
  { id: 'purchase.purchase_approved', type: 'intent.purchase', pattern: 'aprovou|aprovaram|aprovamos|autorizou|autorizaram|liberou|liberaram ?a ?o compra|pedido|orçamento|investimento|verba|importação', strength: 0.7 },
  // A buyer who promises to pay is ready to buy: "então eu deposito a entrada", "vamos transferir o sinal".
  { id: 'purchase.i_will_pay', type: 'intent.purchase', pattern: 'eu|nós|gente|aí|então|que pago|transfiro|deposito|faço ?o ?a sinal|entrada|adiantamento|depósito|pagamento|saldo|valor|pix|transferência', strength: 0.75 },
  { id: 'purchase.we_will_pay', type: 'intent.purchase', pattern: 'vamos|vou|iremos|podemos|posso ?já pagar|transferir|depositar|efetuar|providenciar|tratar ?do ?o ?a sinal|entrada|pagamento|adiantamento|depósito|transferência|pix', strength: 0.75 },
  { id: 'purchase.we_handle_payment', type: 'intent.purchase', pattern: 'tratamos|trataremos|pagaremos|transferiremos|depositaremos|efetuaremos|faremos|providenciaremos ?do ?o ?a ?os pagamento|sinal|transferência|depósito|adiantamento|entrada', strength: 0.75 },
  { id: 'purchase.i_will_sign', type: 'intent.purchase', pattern: 'eu|nós|gente|aí|então|e assino|assinamos|fecho|compro', strength: 0.7 },
  // "Vamos ficar com o nosso fornecedor atual" keeps another supplier, and "vou ficar com estoque parado" is a worry.
  { id: 'purchase.will_keep', type: 'intent.purchase', pattern: 'vamos|vou|iremos ficar com ?o ?a ?os ?as', strength: 0.7, notBefore: ['nosso', 'nossa', 'atual', 'actual', 'fornecedor', 'fornecedores', 'outro', 'outra', 'estoque', 'stock', 'prejuízo', 'mercadoria'] },
  { id: 'purchase.straight_to_order', type: 'intent.purchase', pattern: 'queremos|quero|vamos|podemos ?já ?direto ?para ?pro ?ao ?o pedido|compra|encomenda', strength: 0.7 },
  { id: 'purchase.interested_buying', type: 'intent.purchase', pattern: 'interesse|interessado|interessados|interessada|interessadas em|na comprar|adquirir|importar|compra|aquisição|importação|revender|distribuir', strength: 0.6 },
  { id: 'purchase.budget_approved', type: 'intent.purchase', pattern: 'orçamento|verba|budget|compra ?já ?foi|está aprovado|aprovada|liberado|liberada', strength: 0.7 },
  { id: 'purchase.deal_closed', type: 'intent.purchase', pattern: 'negócio|negócios fechado|fechados', strength: 0.85 },
  { id: 'purchase.deal', type: 'intent.purchase', pattern: '^ fechado|fechou|fechadíssimo', strength: 0.8 },
  // "O escritório está fechado amanhã" gives opening hours.
  { id: 'purchase.its_closed', type: 'intent.purchase', pattern: 'está|tá|ta fechado', strength: 0.8, cancelledBy: ['escritório', 'loja', 'fábrica', 'armazém', 'porto', 'banco', 'feriado'], notBefore: ['amanhã', 'hoje', 'por', 'para', 'pra', 'até', 'durante', 'no', 'na', 'aos', 'às'] },
  { id: 'purchase.accept_offer', type: 'intent.purchase', pattern: 'aceito|aceitamos|aceitar .. proposta|oferta|cotação|orçamento|preço|valor|condições', strength: 0.8 },
  // Closing in the first person, often as the reward of a condition ("se baixarem pra 2,10 a gente fecha",
  // "mantenham os 4,20 e fechamos já os 3 contentores"). Writers label a conditional commitment a purchase.
  // NOTE: `index.ts` also adds the European past "fechámos" to a pattern written "fechamos", so "fechámos já"
  // in a report of a past deal matches too.
  { id: 'purchase.we_close_now', type: 'intent.purchase', pattern: 'fechamos|fecho|fecharemos|fecharíamos|fechávamos|fechava|fecharia já|hoje|hj|agora|amanhã|ainda|logo|imediatamente|assim|tudo|esse|este|essa|esta|nesse|neste|nessa|nesta|o|a|os|as', strength: 0.7, notBefore: ['ano', 'mês', 'mes', 'escritório', 'loja', 'fábrica', 'armazém', 'balanço', 'caixa'] },
  { id: 'purchase.we_close_quantity', type: 'intent.purchase', pattern: 'fechamos|fecho|fecharemos|fecharíamos|fechávamos|fechava|fecharia ?já ?então ?os ?as ?uns ?umas #', strength: 0.7, notBefore: NOT_AN_ORDER },
  { id: 'purchase.subject_closes', type: 'intent.purchase', pattern: 'gente|nós|eu|aí|ai|então|daí fecha|fechamos|fechava|fecharia|fecharíamos|fecharemos|topa|topamos|topo', strength: 0.7, notBefore: ['às', 'cedo', 'tarde', 'ao', 'mais', 'a'] },
  { id: 'purchase.close_with_you', type: 'intent.purchase', pattern: 'fechamos|fechar|fecho|vamos|ficamos|ficaremos|seguimos ?com vocês|vcs|vc|você|convosco', strength: 0.75 },
  // A closing word in chat: "show de bola, fechou então 🤝", "ok, fechado", "o cliente fechou!!!".
  // "O escritório está fechado!" gives opening hours.
  { id: 'purchase.closing_word', type: 'intent.purchase', pattern: 'fechou|fechado|fechadíssimo|fechadinho então|entao|🤝', strength: 0.75, cancelledBy: ['está', 'tá', 'estão', 'estamos', 'ficou', 'estava', 'foi', 'escritório', 'loja', 'fábrica', 'armazém', 'porto', 'mercado'] },
  { id: 'purchase.closing_word_bang', type: 'intent.purchase', pattern: 'fechou|fechado|fechadíssimo|fechadinho !', strength: 0.75, cancelledBy: ['está', 'tá', 'estão', 'estamos', 'ficou', 'estava', 'foi', 'escritório', 'loja', 'fábrica', 'armazém', 'porto', 'mercado'] },
  { id: 'purchase.close_sentence', type: 'intent.purchase', pattern: '^ fecha|topo|topado|aceito|aceitamos !', strength: 0.7 },
  { id: 'purchase.ok_closed', type: 'intent.purchase', pattern: 'ok|beleza|blz|combinado|show|top|perfeito|ótimo|certo|sim|então|bom ?, fechado|fechou|fechamos', strength: 0.75 },
  // The buyer's go-ahead: "avançamos com os 2 contentores", "avancem já com as 8.000 unidades",
  // "queremos avançar imediatamente com um primeiro pedido". "Antes de avançar com o pedido…" is a condition.
  { id: 'purchase.we_go_ahead', type: 'intent.purchase', pattern: 'avançamos|avançaremos|avançaríamos|avancem', strength: 0.7, cancelledBy: ['antes', 'quando', 'como'] },
  { id: 'purchase.go_ahead_with', type: 'intent.purchase', pattern: `avançar|seguir|prosseguir|arrancar|seguimos|seguiremos|prosseguimos|prosseguiremos ?já ?imediatamente ?então ?de ?imediato com ?o ?a ?os ?as ?um ?uma ?mais ?nosso ?nossa primeiro|primeira|pedido|encomenda|compra|contrato|lote|encomendas|pedidos|${NUMBER}`, strength: 0.75, cancelledBy: ['antes', 'quando', 'como'] },
  { id: 'purchase.able_to_go_ahead', type: 'intent.purchase', pattern: 'conseguimos|conseguiremos|poderemos|poderíamos|devemos|deveremos avançar|fechar|prosseguir|encomendar', strength: 0.7, cancelledBy: ['antes', 'quando', 'como'] },
  { id: 'purchase.able_to_go_ahead', type: 'intent.purchase', pattern: 'condições de avançar|fechar|prosseguir|encomendar', strength: 0.7, cancelledBy: ['antes', 'quando', 'como'] },
  // More of the same: "manda mais 5.000 camisetas", "já separa mais 2 paletes", "mandem os 2 contentores".
  { id: 'purchase.send_more', type: 'intent.purchase', pattern: `${SEND_GOODS} .. mais #`, strength: 0.75, notBefore: NOT_AN_ORDER },
  { id: 'purchase.send_quantity', statementOnly: true, type: 'intent.purchase', pattern: `${SEND_GOODS} ?já ?lá ?aí ?logo ?pra ?mim ?me ?nos ?os ?as ?mais ?uns ?umas # ?mil ?de ${QTY_UNITS}`, strength: 0.75 },
  { id: 'purchase.send_another_lot', type: 'intent.purchase', pattern: `${SEND_GOODS} ?já ?lá ?aí ?logo ?pra ?mim ?me ?nos ?mais ?a ?o outro|outra|próximo|próxima|um|uma|dois|duas|três lote|lotes|contentor|contentores|contêiner|contêineres|container|containers|carga|remessa|leva|palete|paletes|carreta|pedido|encomenda`, strength: 0.7 },
  // Want N now: "queremos já 2 contentores", "quero 2 mil metros". A need ("precisamos de 400 jogos de lençóis,
  // tamanho queen") is left out, because a first inquiry states its quantity that way and writers read it as specs.
  { id: 'purchase.want_quantity', type: 'intent.purchase', pattern: 'quero|queremos|quer|qro|kero|keremos ?já ?os ?as ?uns ?umas ?mais # ?mil', strength: 0.75, notBefore: NOT_AN_ORDER },
  { id: 'purchase.want_each', type: 'intent.purchase', pattern: 'quero|queremos|manda|mande|mandem|envie|enviem ?já ?mais # de cada', strength: 0.7 },
  { id: 'purchase.want_number_word', type: 'intent.purchase', pattern: 'quero|queremos|preciso|precisamos ?já ?de ?mais dois|duas|três|quatro|cinco|dez contentores|contêineres|containers|paletes|carretas|lotes|cargas', strength: 0.7 },
  { id: 'purchase.want_more', type: 'intent.purchase', pattern: 'quero|queremos|quer|precisamos|preciso|precisar|vou|vamos ?já ?de mais #', strength: 0.7, notBefore: NOT_AN_ORDER },
  // A quantity the buyer takes: "eu levo 200 caixas", "eu pego o rolo inteiro", "tiro 2x40HQ este mês".
  { id: 'purchase.i_take', type: 'intent.purchase', pattern: 'levo|pego|tiro|coloco|compro|encomendo|reservo ?já ?logo ?então ?os ?as ?o ?a ?uns ?umas # ?mil', strength: 0.7, notBefore: NOT_AN_ORDER },
  { id: 'purchase.i_take_all', type: 'intent.purchase', pattern: 'levo|pego|compro|leva|pega|levamos|pegamos ?já ?o ?a ?os ?as rolo|lote|tudo|todo|toda|carga|contentor|estoque|stock|restante', strength: 0.7 },
  // A repeat order: "vamos repetir o mesmo pedido", "quero repetir o pedido, mas dobrando", "repetir pedido 2231".
  { id: 'purchase.repeat_last_order', type: 'intent.purchase', pattern: 'repetir|repetimos|repete|repita|repitam|repetiremos|repetindo|repetiria ?já ?o ?a ?mesmo ?mesma ?nosso ?nossa ?último ?última ?este ?esse pedido|encomenda|compra|order|dose|lote|carga|contentor|pedidos|encomendas', strength: 0.75 },
  { id: 'purchase.we_repeat', type: 'intent.purchase', pattern: 'vamos|queremos|quero|vou|podemos|pode|podem|gostaríamos|gostaria|queria|queríamos repetir', strength: 0.7 },
  // The same as last time: "mesma coisa do último pedido", "igual da última vez", "o de sempre".
  { id: 'purchase.same_as_last', type: 'intent.purchase', pattern: 'mesma|mesmo coisa|esquema|pedido|lote|volume|encomenda|carga do|da|que|de ?o ?a último|última|outra|passado|passada|sempre|anterior|nf|mês|trimestre|ano', strength: 0.7 },
  { id: 'purchase.same_as_last_time', type: 'intent.purchase', pattern: 'igual|iguais|como ?ao ?à ?a ?da ?do ?o ?na ?no último|última|outra|anterior vez|pedido|lote|encomenda|remessa', strength: 0.6 },
  { id: 'purchase.the_usual', type: 'intent.purchase', pattern: 'o|pedido|encomenda|lote de sempre', strength: 0.7 },
  // Restocking is buying again: "preciso repor urgente", "pedido de reposição", "reposição mensal".
  // A replacement of broken goods ("reposição das peças partidas") is a claim, so the bare noun is not enough.
  { id: 'purchase.restock', type: 'intent.purchase', pattern: 'preciso|precisamos|precisando|quero|queremos|vou|vamos|hora ?de ?precisar repor', strength: 0.7 },
  { id: 'purchase.restock_stock', type: 'intent.purchase', pattern: 'repor|reposição|reabastecer ?o ?do ?de ?nosso estoque|stock|estoques|loja|lojas|mensal|semanal|urgente', strength: 0.7 },
  { id: 'purchase.restock_order', type: 'intent.purchase', pattern: 'pedido|encomenda de reposição', strength: 0.7 },
  // The next order on its way: "já quero programar o próximo pedido", "estamos a preparar a próxima encomenda".
  // "Precisamos de uma solução antes de fazer novo pedido" puts a condition first.
  { id: 'purchase.next_order', type: 'intent.purchase', pattern: 'preparar|preparando|programar|programando|mandar|mando|enviar|envio|passar|passo|fazer|faço|faremos|colocar|coloco|tirar|tiro|lançar|lanço ?já ?te ?lhe ?o ?a ?um ?uma próximo|próxima|outro|outra|segundo|segunda|novo|nova pedido|encomenda|lote|order|po|compra', strength: 0.7, cancelledBy: ['antes', 'quando', 'se'] },
  { id: 'purchase.double_order', type: 'intent.purchase', pattern: 'quero|queremos|quer|precisar|precisamos|preciso|repetir|pedir|encomendar|vamos|vou ?já ?o ?do ?em dobro|triplo', strength: 0.7 },
  { id: 'purchase.double_the_order', type: 'intent.purchase', pattern: 'dobrar|duplicar|triplicar|dobro|duplico|duplicamos ?já ?a ?o ?próxima ?próximo ?nosso ?nossa pedido|encomenda|quantidade|volume|compra|order', strength: 0.7 },
  // Setting goods aside for the buyer: "pode reservar a produção pra gente", "pode separar 1.200 metros".
  { id: 'purchase.hold_for_me', type: 'intent.purchase', pattern: `separa|separe|separem|separar|reserva|reserve|reservem|reservar|segura|segure|segurem|guarda|guarde|guardem ?já ?pra ?para ?mim ?nós ?a ?gente ?me ?nos ?o ?a ?os ?as ?mais produção|lote|contentor|contêiner|container|carga|encomenda|${NUMBER}`, strength: 0.75 },
  // Writers mostly read a go-ahead to produce ("pode produzir", "pode rodar", "manda pra produção") as readiness
  // to buy. A question ("pode produzir até dia 20?") is not one. "Pode liberar" and "pode faturar" mostly follow
  // a payment or a PO already sent, so they are left out.
  { id: 'purchase.you_can_produce', statementOnly: true, type: 'intent.purchase', pattern: 'pode|podem|podes ?já ?mandar ?ir produzir|rodar|imprimir|fabricar|soltar|carregar', strength: 0.6 },
  { id: 'purchase.to_production', type: 'intent.purchase', pattern: 'manda|mande|mandem|mandar|envia|envie|enviem|enviar|passa|passe|passar|coloca|coloque|colocar|põe|ponha|bota|bote|botar|libera|libere|liberem|liberar .. pra|para|na|em produção|fabricação', strength: 0.75 },
  { id: 'purchase.send_it', type: 'intent.purchase', pattern: 'manda|mande|mandem|mandar bala|brasa|ver', strength: 0.7 },
  // Chat go-aheads: "vamos nessa", "bora pro pedido", "vamo rodar 50 mil caixas", "Bora!!!".
  { id: 'purchase.lets_go_chat', type: 'intent.purchase', pattern: 'vamos|vamo|bora|bóra nessa', strength: 0.75 },
  { id: 'purchase.lets_go_to', type: 'intent.purchase', pattern: 'bora|vamo|vamos pra|pro|para cima|pedido|produção|frente', strength: 0.7 },
  { id: 'purchase.lets_run', type: 'intent.purchase', pattern: 'bora|vamo|vamos rodar|produzir|imprimir|soltar', strength: 0.7 },
  { id: 'purchase.bare_lets_go', type: 'intent.purchase', pattern: '^ bora|vambora|partiu|simbora !', strength: 0.7 },
  { id: 'purchase.decided', type: 'intent.purchase', pattern: 'está|tá|ta|ficou|fica|foi decidido|decidida', strength: 0.75 },
  // Buying on: "pode contar com pedido todo mês", "vamos continuar comprando".
  { id: 'purchase.count_on_orders', type: 'intent.purchase', pattern: 'pode|podem contar com ?o ?os ?a ?as ?um ?uma ?nosso ?nossos ?nossa ?novo ?novos ?mais pedido|pedidos|encomenda|encomendas|compra|compras', strength: 0.7 },
  { id: 'purchase.keep_buying', type: 'intent.purchase', pattern: 'continuar|continuaremos|continuamos ?a comprando|comprar|encomendar|encomendando|pedindo', strength: 0.65 },
  // Starting to buy: "vamos começar com 1 container", "estamos prontos para começar já!".
  { id: 'purchase.start_with_order', type: 'intent.purchase', pattern: `vamos|queremos|quero|vou|gostaríamos|gostaria ?de ?já começar|iniciar|arrancar ?já com|por ?um ?uma ?o ?a ?primeiro ?primeira ?pequeno ?pequena pedido|encomenda|lote|contentor|contêiner|container|palete|paletes|${NUMBER}`, strength: 0.7 },
  // A PO announced for later: "semana que vem te passo o pedido", "o pedido formal segue amanhã".
  // A PO sent with the message ("envio o pedido em anexo") confirms the order instead.
  { id: 'purchase.po_later', type: 'intent.purchase', pattern: 'passo|mando|envio|encaminho|solto|faço|tiro|coloco|lanço|libero|fazemos|faremos|enviaremos|mandaremos|passaremos|colocaremos|emitiremos|lançaremos|enviarei|mandarei|farei|colocarei|emitirei ?já ?hoje ?o ?a ?um ?uma ?nosso ?nossa ?meu ?minha ?primeiro ?primeira pedido|encomenda|po|oc|order|ordem|pedidos|encomendas', strength: 0.75, notBefore: ['em', 'anexo', 'anexado', 'anexada', 'anexa', 'junto', 'assinado', 'assinada', 'nº', 'número'], cancelledBy: ['antes'] },
  { id: 'purchase.po_follows', statementOnly: true, type: 'intent.purchase', pattern: 'pedido|encomenda|po|oc ?formal ?oficial sai|segue|seguirá|sairá|vai', strength: 0.7, notBefore: ['em', 'anexo', 'anexa', 'anexado', 'junto', 'abaixo', 'conforme', 'parado', 'parada', 'atrasado', 'atrasada', 'sem', 'com', 'da', 'do', 'de', 'por', 'via', 'pelo', 'pela', 'para', 'pra', 'chegar', 'demorar', 'atrasar'] },
  // A payment the buyer promises: "manda a PI que eu pago hoje", "vou fazer o pix amanhã cedo",
  // "como faço pra pagar?". "Acima do que eu pago hoje" compares a price and is no promise.
  { id: 'purchase.i_pay_soon', type: 'intent.purchase', pattern: 'eu|que|gente|então|aí|ai ?já ?te ?lhe pago|transfiro|deposito|faço ?o ?a ?pix ?pagamento ?transferência ?depósito ?sinal hoje|hj|amanhã|agora|já|ainda|logo|segunda|terça|quarta|quinta|sexta|sábado|mesmo', strength: 0.75, cancelledBy: ['do', 'da', 'acima', 'abaixo', 'quanto', 'preço', 'valor', 'mais', 'menos', 'caro'], notBefore: ['ao', 'à', 'no', 'na', 'pelo', 'pela', 'por', 'r', 'us', 'usd', 'cerca', 'uns', 'umas', 'mais', 'menos', 'o', 'os', 'a', 'as'] },
  { id: 'purchase.i_pay_bang', type: 'intent.purchase', pattern: 'eu|que|gente|então|aí|ai ?já ?te ?lhe pago|transfiro|deposito|faço ?o ?a ?pix ?pagamento ?transferência ?depósito ?sinal !', strength: 0.75, cancelledBy: ['do', 'da', 'acima', 'abaixo', 'quanto', 'preço', 'valor', 'mais', 'menos', 'caro'] },
  { id: 'purchase.want_to_pay', statementOnly: true, type: 'intent.purchase', pattern: 'quero|queremos|vou|vamos|iremos ?já ?logo ?hoje pagar|transferir|depositar|adiantar|quitar', strength: 0.7, notBefore: ['menos', 'mais', 'só', 'somente', 'apenas', 'no', 'na', 'nos', 'nas', 'contra', 'depois', 'após', 'quando', 'com', 'em', 'por', 'via', 'tudo', 'isso', 'esse', 'este'] },
  { id: 'purchase.make_payment', statementOnly: true, type: 'intent.purchase', pattern: 'vou|vamos|iremos|faço|farei|faremos ?já ?fazer ?mandar ?enviar o|a pix|pagamento|transferência|depósito|ted|sinal', strength: 0.7 },
  { id: 'purchase.so_we_pay', type: 'intent.purchase', pattern: 'para|pra|podermos pagarmos|transferirmos|depositarmos|efetuarmos|avançarmos|fazermos ?com ?o ?a sinal|pagamento|depósito|transferência|entrada|pix', strength: 0.7 },
  { id: 'purchase.how_to_pay', type: 'intent.purchase', pattern: 'como|onde faço|fazemos|pago|pagamos ?pra ?para ?o pagar|pagamento|pix|depósito', strength: 0.6 },
  // Money set aside in Brazil, Angola ("kumbu", "guito") and Mozambique: "o kumbu está pronto 💪".
  { id: 'purchase.money_ready', type: 'intent.purchase', pattern: 'dinheiro|kumbu|guito|grana|verba ?já ?está|tá|ta|ficou ?já separado|separada|pronto|pronta|reservado|reservada', strength: 0.7 },
  // Agreement to the terms just offered: "aceito a contraproposta", "aceito os US$ 385/ton", "concordamos com as condições".
  { id: 'purchase.accept_counter', type: 'intent.purchase', pattern: 'aceito|aceitamos|aceitaremos .. contraproposta|contra-proposta|contraoferta|contra-oferta', strength: 0.8 },
  { id: 'purchase.accept_figure', type: 'intent.purchase', pattern: 'aceito|aceitamos|aceitaremos ?o ?os ?a ?as us|usd|r|eur|€|kz|akz|mzn|dólares|euros|reais', strength: 0.75 },
  { id: 'purchase.agree_terms', type: 'intent.purchase', pattern: 'concordamos|concordo ?com ?o ?a ?os ?as ?vosso ?vossa ?seu ?sua ?nova ?novo preço|proposta|condições|oferta|valor|termos|cotação|orçamento|contraproposta', strength: 0.75 },
  { id: 'purchase.in_agreement', type: 'intent.purchase', pattern: 'estamos|estou|tô|to de acordo com ?o ?a ?os ?as ?vosso ?vossa ?seu ?sua ?nova ?novo preço|proposta|condições|oferta|valor|termos|cotação|orçamento|contraproposta', strength: 0.75 },
  // An approval that releases the order: "Aprovado! Pode produzir", "chefe aprovou 🎉", "o cliente fechou!!!".
  { id: 'purchase.approved_sentence', statementOnly: true, type: 'intent.purchase', pattern: '^ aprovado|aprovada|aprovadíssimo|aprovadíssima|approved', strength: 0.6 },
  { id: 'purchase.boss_approved', type: 'intent.purchase', pattern: 'cliente|chefe|diretoria|patrão|sócio|direção|diretor|chefia|administração ?já aprovou|aprovaram|fechou', strength: 0.6 },
  { id: 'purchase.order_is_yours', type: 'intent.purchase', pattern: 'encomenda|pedido|negócio|contrato|compra é|fica vossa|vosso|sua|seu|teu|tua|vossos', strength: 0.8 },
  // The next lot or a quantity asked for: "já quero o próximo lote", "a gente pede 2 paletes".
  { id: 'purchase.want_next_lot', type: 'intent.purchase', pattern: 'quero|queremos ?já ?o ?a próximo|próxima|primeiro|primeira|outro|outra lote|pedido|encomenda|contentor|remessa|carga', strength: 0.7 },
  { id: 'purchase.we_ask_quantity', type: 'intent.purchase', pattern: 'gente pede|leva|pega|compra|tira|coloca ?já ?os ?as ?uns ?umas #', strength: 0.7, notBefore: NOT_AN_ORDER },
  // Buying now: "tô fechando 800 kg", "compro hoje", "estamos a preparar o pedido", "enviamos já a ordem de compra".
  // "Emitimos hoje a PO" reports an order placed, so the past-or-present "emitimos" and a bare "hoje" are left out.
  { id: 'purchase.closing_now', type: 'intent.purchase', pattern: 'tô|to|estou|estamos|tamos fechando|encomendando|comprando', strength: 0.7 },
  { id: 'purchase.buy_today', type: 'intent.purchase', pattern: 'compro|levo|pego|encomendo|encomendamos hoje|já|agora|amanhã', strength: 0.7 },
  { id: 'purchase.preparing_order', type: 'intent.purchase', pattern: 'vamos|vou|estamos|estou|já ?a preparar|preparando o|a ?nosso ?nossa pedido|encomenda|po|oc', strength: 0.7 },
  { id: 'purchase.send_order_now', type: 'intent.purchase', pattern: 'enviamos|mandamos já|amanhã a|o ordem|pedido|po|oc|encomenda', strength: 0.7 },
  // Opening the L/C or ordering production: "vamos abrir a LC na próxima semana", "damos ordem de produção".
  { id: 'purchase.open_lc', type: 'intent.purchase', pattern: 'vamos|vou|iremos|podemos abrir|abriremos ?já ?a ?o lc|l/c|carta', strength: 0.7 },
  { id: 'purchase.order_production', type: 'intent.purchase', pattern: 'damos|daremos|dou|darei|dar ?a ordem|início|luz ?de ?à produção|fabricação', strength: 0.7 },
  // A PI asked for with its quantity: "pode mandar a PI dos 2x40HQ", "podem emitir a proforma dos 1.000 sacos".
  { id: 'purchase.pi_for_quantity', type: 'intent.purchase', pattern: 'pi|proforma|pró-forma|invoice|fatura|factura ?proforma ?pró-forma de|dos|das|do|da|para|pra|com #', strength: 0.65 },
  // A chat go-ahead with a sentence of its own: "ok pode fechar", "simmmm pode mandar!!". "Ok pode mandar o catálogo" requests a document.
  { id: 'purchase.chat_go_ahead', statementOnly: true, type: 'intent.purchase', pattern: 'ok|sim|beleza|blz|então|show|perfeito|fechado pode|podem fechar|mandar|seguir|produzir|rodar', strength: 0.7, notBefore: ['o', 'a', 'os', 'as', 'um', 'uma', 'me', 'nos', 'pra', 'para', 'por', 'mais', 'amostra', 'amostras', 'catálogo', 'fotos'] },
];

/**
 * Portuguese commitment cues. Each pattern uses the phrase syntax of
 * `text/phrases.ts`, written with accents, and `index.ts` adds the unaccented
 * spellings. Strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';
import { RECEIVED_WORDS } from '../neutral.js';
import { PAID, SAMPLE_NOUNS, SEND, WANT } from './verbs.js';

/** "Attached is" as buyers open a document: "segue em anexo", "anexo", "encaminho". */
const ATTACHED = 'segue|seguem|anexo|anexa|anexos|anexado|anexada|anexados|anexamos|anexei|encaminho|encaminhamos|encaminhei|enviamos|enviei|envio-lhe|envio-vos';

/** Materials a buyer names as a requirement ("material: aço inox 304"). */
const MATERIALS =
  'aço|inox|alumínio|latão|bronze|cobre|ferro|zamac|zamak|pvc|pp|pe|pet|pead|abs|nylon|náilon|poliamida|policarbonato|acrílico|algodão|poliéster|couro|madeira|mdf|vidro|borracha|silicone|cerâmica|porcelana|papel|papelão|kraft|tecido';

export const COMMITMENT_CUES: SignalCue[] = [
  // commitment.detailed_specs
  { id: 'detailed_specs.attached_drawing', type: 'commitment.detailed_specs', pattern: `${ATTACHED} .. desenho|desenhos|especificação|especificações|requisitos|projeto|projetos|croqui|esboço|memorial|planta|plantas|layout|ficha`, strength: 0.8 },
  { id: 'detailed_specs.our_requirements', type: 'commitment.detailed_specs', pattern: 'nossas|nossa|nosso|nossos|minhas|minha|meus especificações|especificação|requisitos|exigências|medidas', strength: 0.6 },
  { id: 'detailed_specs.requirements_colon', type: 'commitment.detailed_specs', pattern: 'especificações|especificação|requisitos|specs|medidas|dimensões|características :', strength: 0.7 },
  { id: 'detailed_specs.as_drawing', type: 'commitment.detailed_specs', pattern: 'conforme|segundo ?o ?os ?a ?nosso ?nossos ?nossa desenho|desenhos|projeto|especificação|especificações|amostra', strength: 0.7 },
  { id: 'detailed_specs.according_to_drawing', type: 'commitment.detailed_specs', pattern: 'acordo com ?o ?os ?a ?nosso ?nossos ?nossa desenho|desenhos|projeto|especificação|especificações|amostra', strength: 0.7 },
  // Bare spec words also name a complaint ("a espessura veio errada"), so each needs its value after it: "espessura 5 mm".
  { id: 'detailed_specs.dimensions', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'dimensão|dimensões|medida|medidas|tamanho|tamanhos|bitola ?: ?de ?do ?da ?externo ?externa ?interno ?interna ?total ?mínimo ?mínima ?máximo ?máxima ?nominal ?aprox #', strength: 0.35 },
  // "Material" and "cor" alone also name a trade ("material de construção") or a variant ("500 peças por cor"), so they count only with a value.
  { id: 'detailed_specs.material', statementOnly: true, type: 'commitment.detailed_specs', pattern: `material|materiais|matéria-prima ?: ?em ?de ${MATERIALS}`, strength: 0.35 },
  { id: 'detailed_specs.grade', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'grau|classe|norma|liga :|#', strength: 0.35 },
  { id: 'detailed_specs.physical', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'espessura|diâmetro|largura|comprimento|altura|peso|tolerância|gramatura|densidade|furo ?: ?de ?do ?da ?externo ?externa ?interno ?interna ?total ?mínimo ?mínima ?máximo ?máxima ?nominal ?aprox #', strength: 0.35 },
  { id: 'detailed_specs.finish', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'acabamento|pintura|revestimento ?: zincado|galvanizado|cromado|polido|escovado|fosco|brilhante|anodizado|pintado|niquelado|natural|epóxi|eletrostático|acetinado', strength: 0.35 },
  { id: 'detailed_specs.electrical', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'voltagem|tensão|potência|corrente|frequência|bateria ?: ?de ?do ?da ?externo ?externa ?interno ?interna ?total ?mínimo ?mínima ?máximo ?máxima ?nominal ?aprox #', strength: 0.35 },
  { id: 'detailed_specs.dual_voltage', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'bivolt', strength: 0.35 },
  { id: 'detailed_specs.appearance', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'logotipo|logomarca|impressão|estampa|serigrafia', strength: 0.3 },
  // "Logo" is also the adverb "soon" ("logo te retorno", "manda logo"), so the noun needs a determiner or a finish after it.
  { id: 'detailed_specs.appearance_logo', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'o|um|nosso|nossa|meu|minha|seu|sua|teu|tua|vosso|do|no|com|sem logo', strength: 0.3 },
  { id: 'detailed_specs.logo_finish', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'logo bordado|bordada|impresso|impressa|gravado|gravada|estampado|estampada|personalizado|personalizada', strength: 0.3 },
  { id: 'detailed_specs.color', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'cor|cores :|#|pantone|ral', strength: 0.3 },
  { id: 'detailed_specs.in_color', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'na|nas cor|cores', strength: 0.3 },
  // commitment.invoice_request
  { id: 'invoice_request.proforma', type: 'commitment.invoice_request', pattern: 'proforma|pro-forma|performa|pró-forma|proformas', strength: 0.9, cancelledBy: RECEIVED_WORDS },
  { id: 'invoice_request.pro_forma', type: 'commitment.invoice_request', pattern: 'pro|pró forma', strength: 0.9 },
  { id: 'invoice_request.send_pi', type: 'commitment.invoice_request', pattern: `${SEND}|${WANT}|emitir|emita|emitam|prepare|preparem|preparar|gerar .. pi`, strength: 0.85 },
  { id: 'invoice_request.invoice', type: 'commitment.invoice_request', pattern: `${SEND}|${WANT}|emitir|emita|emitam|prepare|preparem|preparar|gerar|gere|atualizar|corrigir|corrija|refazer .. invoice|fatura|faturas|factura|facturas|nf|nfe|nota`, strength: 0.8 },
  { id: 'invoice_request.fix_invoice', type: 'commitment.invoice_request', pattern: 'fatura|factura|invoice|proforma|pi|nota ... errada|errado|incorreta|incorreto|corrigir|corrija|corrijam|revisar|reenviar|refazer', strength: 0.7 },
  { id: 'invoice_request.contract', type: 'commitment.invoice_request', pattern: `${SEND}|${WANT}|prepare|preparem|preparar|elaborar|redigir|redijam|assinar .. contrato|contratos|minuta`, strength: 0.8 },
  { id: 'invoice_request.bank_details', type: 'commitment.invoice_request', pattern: 'dados|detalhes|informações|info|coordenadas bancários|bancárias', strength: 0.85 },
  { id: 'invoice_request.account_details', type: 'commitment.invoice_request', pattern: 'dados|detalhes da|de|pra|para conta|pagamento|depósito|transferência|pix', strength: 0.8 },
  { id: 'invoice_request.bank_account', type: 'commitment.invoice_request', pattern: 'conta bancária|corrente', strength: 0.8 },
  { id: 'invoice_request.pix_key', type: 'commitment.invoice_request', pattern: 'chave pix', strength: 0.85 },
  { id: 'invoice_request.pix_key', type: 'commitment.invoice_request', pattern: 'chave do pix', strength: 0.85 },
  { id: 'invoice_request.send_boleto', type: 'commitment.invoice_request', pattern: `${SEND}|${WANT}|emitir|emita|emitam|gerar|gere .. boleto|boletos|pix`, strength: 0.8 },
  { id: 'invoice_request.swift_code', type: 'commitment.invoice_request', pattern: 'código|codigo swift|iban|bic', strength: 0.8 },
  { id: 'invoice_request.iban', type: 'commitment.invoice_request', pattern: 'iban|nib|beneficiário', strength: 0.75 },
  // commitment.delivery_terms
  // A shipment split in parts ("dividir o embarque em dois") names no place: no delivery terms.
  { id: 'delivery_terms.deliver_to', type: 'commitment.delivery_terms', pattern: 'entregar|entregue|entregues|entrega|embarcar|embarque|despachar|desembarque|desembarcar para|pra|em|até|no|na', strength: 0.55, notBefore: ['dois', 'duas', 'três', 'tres', 'quatro', 'partes', 'lotes', 'etapas', 'parcelas', 'vezes', '2', '3', '4', '# caixas|unidades|peças|pecas|pcs|toneladas|ton|kg|metros|sacos|pares|contentores|contêineres|containers|paletes|rolos|fardos|kits'] },
  { id: 'delivery_terms.ship_to', type: 'commitment.delivery_terms', pattern: 'embarcar|embarquem|embarque|despachar|despachem|despache ... para|pra|até _', strength: 0.5 },
  { id: 'delivery_terms.send_to_address', type: 'commitment.delivery_terms', pattern: 'enviar|envie|entregar|entregue|despachar|mandar|mande ?para ?no ?o ?nosso endereço', strength: 0.6 },
  { id: 'delivery_terms.delivery_address', type: 'commitment.delivery_terms', pattern: 'endereço|local de entrega', strength: 0.6 },
  { id: 'delivery_terms.destination_port', type: 'commitment.delivery_terms', pattern: 'porto|portos|aeroporto de|do destino|descarga|desembarque|embarque|chegada|carregamento', strength: 0.7 },
  { id: 'delivery_terms.destination', type: 'commitment.delivery_terms', pattern: 'destino final|:', strength: 0.6 },
  { id: 'delivery_terms.destination_named', statementOnly: true, type: 'commitment.delivery_terms', pattern: 'destino|destinado|destinada|destinados|destinadas ?a ?para ?ao ?à _', strength: 0.55 },
  { id: 'delivery_terms.goods_at', type: 'commitment.delivery_terms', pattern: 'precisamos|preciso|necessitamos|queremos ?da ?das ?do ?dos ?a ?o ?as ?os mercadoria|carga|material|produtos|encomenda|peças|contêiner|contentor|container em|no|na|até|antes', strength: 0.55 },
  { id: 'delivery_terms.freight_included', type: 'commitment.delivery_terms', pattern: 'frete|entrega|transporte ?incluso ?incluído ?incluída até|para', strength: 0.55, notBefore: ['# caixas|unidades|peças|pecas|pcs|toneladas|ton|kg|metros|sacos|pares|contentores|contêineres|containers|paletes|rolos|fardos|kits'] },
  { id: 'delivery_terms.must_arrive', type: 'commitment.delivery_terms', pattern: 'precisa|precisam|deve|devem|tem|têm|precisamos|necessitamos ?que ?de chegar|chegue|cheguem|entregue|entregues', strength: 0.7 },
  { id: 'delivery_terms.must_be_delivered', type: 'commitment.delivery_terms', pattern: 'deve|devem|precisa|precisam ?ser entregue|entregues|embarcado|embarcada|embarcados|embarcadas', strength: 0.7 },
  { id: 'delivery_terms.delivery_date', type: 'commitment.delivery_terms', pattern: 'data|previsão|cronograma de entrega|embarque|chegada|envio|coleta ... #', strength: 0.5 },
  // Packing counts as a requirement ("paletizado", "embalagem: caixa master", "800 kg por palete"), not as a
  // complaint about it ("a palete chegou desmontada").
  { id: 'delivery_terms.packed', type: 'commitment.delivery_terms', pattern: 'embalado|embalada|embalados|embaladas|paletizado|paletizada|paletizados|paletizadas|encaixotado|encaixotada|encaixotados|encaixotadas|ensacado|ensacada|ensacados|ensacadas|filmado|filmada|filmados|filmadas', strength: 0.45 },
  { id: 'delivery_terms.packing_spec', type: 'commitment.delivery_terms', pattern: 'embalagem|embalagens :|individual|individuais|exportação|reforçada|reforçadas|marítima|neutra|neutras|padrão|original|personalizada|personalizadas', strength: 0.45 },
  { id: 'delivery_terms.packing_kind', type: 'commitment.delivery_terms', pattern: 'embalagem|embalagens de|em caixa|caixas|papelão|palete|paletes|pallet|pallets|saco|sacos|bobina|rolo|tambor|fardo', strength: 0.45 },
  { id: 'delivery_terms.per_package', type: 'commitment.delivery_terms', pattern: 'por|cada palete|pallet|paletes|pallets', strength: 0.45 },
  { id: 'delivery_terms.on_pallets', type: 'commitment.delivery_terms', pattern: 'em|sobre paletes|pallets|palete|pallet', strength: 0.45 },
  { id: 'delivery_terms.space_reserved', type: 'commitment.delivery_terms', pattern: 'reserva ?de ?do praça|navio|espaço', strength: 0.55 },
  { id: 'delivery_terms.incoterm_word', type: 'commitment.delivery_terms', pattern: 'incoterm|incoterms', strength: 0.6 },
  { id: 'delivery_terms.delivery_terms', type: 'commitment.delivery_terms', pattern: 'condições|condição|termos|modalidade de entrega|embarque|frete', strength: 0.6 },
  { id: 'delivery_terms.shipping_mark', type: 'commitment.delivery_terms', pattern: 'shipping mark|marks', strength: 0.6 },
  { id: 'delivery_terms.carton_marking', type: 'commitment.delivery_terms', pattern: 'marcação|marcações|etiquetagem|etiquetas das|nas caixas|embalagens', strength: 0.6 },
  { id: 'delivery_terms.by_mode', type: 'commitment.delivery_terms', pattern: 'via|por|pelo|pela|de ?via marítima|marítimo|mar|aérea|aéreo|avião|navio|caminhão|rodoviária|rodoviário|ferroviário|camião|courier|expresso|dhl|fedex|ups|tnt|sedex|correios|transportadora', strength: 0.5 },
  { id: 'delivery_terms.freight_mode', type: 'commitment.delivery_terms', pattern: 'frete|transporte marítimo|aéreo|rodoviário|internacional', strength: 0.5 },
  { id: 'delivery_terms.our_forwarder', type: 'commitment.delivery_terms', pattern: 'nosso|nossa|meu|minha despachante|forwarder|transitário|transportadora|agente', strength: 0.6 },
  { id: 'delivery_terms.pickup', type: 'commitment.delivery_terms', pattern: 'coletar|coleta|retirar|retirada|retiramos|buscar|buscamos na|em|no ?sua ?seu fábrica|armazém|porto|depósito', strength: 0.55 },
  // commitment.sample_request
  { id: 'sample_request.send_sample', type: 'commitment.sample_request', pattern: `${SEND}|${WANT}|pedir|comprar|obter|conseguir|tem|têm|testar .. ${SAMPLE_NOUNS}`, strength: 0.85 },
  { id: 'sample_request.sample_cost', type: 'commitment.sample_request', pattern: `pedido|envio|custo|valor|preço|taxa|frete|solicitação de|da|das ${SAMPLE_NOUNS}`, strength: 0.8 },
  { id: 'sample_request.free_sample', type: 'commitment.sample_request', pattern: `${SAMPLE_NOUNS} grátis|gratuita|gratuitas|gratuito|paga|pagas|cobrada|cobradas|disponível|disponíveis`, strength: 0.75 },
  { id: 'sample_request.trial_order', type: 'commitment.sample_request', pattern: 'pedido|lote|encomenda|compra|produção|ordem ?de teste|piloto|experimental|testes', strength: 0.85 },
  { id: 'sample_request.of_samples', type: 'commitment.sample_request', pattern: `de|umas|algumas ${SAMPLE_NOUNS}`, strength: 0.6 },
  { id: 'sample_request.sample_of_quantity', type: 'commitment.sample_request', pattern: `${SAMPLE_NOUNS} ?grátis ?gratuita de|com #`, strength: 0.75 },
  { id: 'sample_request.and_a_sample', type: 'commitment.sample_request', pattern: `${WANT} ... e ?também ?uma ?umas ?a ?as ?algumas ${SAMPLE_NOUNS}`, strength: 0.75 },
  { id: 'sample_request.sample_question', type: 'commitment.sample_request', pattern: `${SAMPLE_NOUNS} ?`, strength: 0.7 },
  { id: 'sample_request.samples_first', type: 'commitment.sample_request', pattern: `${SAMPLE_NOUNS} primeiro|antes`, strength: 0.8 },
  { id: 'sample_request.first_a_sample', type: 'commitment.sample_request', pattern: `primeiro|antes .. ${SAMPLE_NOUNS}`, strength: 0.75 },
  { id: 'sample_request.try_samples', type: 'commitment.sample_request', pattern: `testar|avaliar|experimentar|analisar|aprovar .. ${SAMPLE_NOUNS}`, strength: 0.8 },
  { id: 'sample_request.for_testing', type: 'commitment.sample_request', pattern: `${SEND}|${WANT}|comprar|pedir .. para|pra teste|testes|testar|avaliação|avaliar|homologação|homologar|aprovação|validação|validar`, strength: 0.75 },
  { id: 'sample_request.test_first', type: 'commitment.sample_request', pattern: 'testar|teste|comprar|pedir # ?peça|peças|pcs|pç|pçs|unidade|unidades|kit|kits primeiro|antes', strength: 0.7 },
  // commitment.order_confirmation
  // A go-ahead ("go ahead", "please proceed", "start production") is readiness to buy by the labeling
  // guide, not a confirmed order: those cues raise intent.purchase (`purchase.proceed.*`).
  { id: 'order_confirmation.confirm_order', type: 'commitment.order_confirmation', pattern: 'confirmo|confirmamos|confirmando .. pedido|pedidos|compra|oc|po|encomenda', strength: 0.9 },
  { id: 'order_confirmation.order_confirmed', type: 'commitment.order_confirmation', pattern: 'pedido|compra|oc|po|encomenda ?já ?foi|está confirmado|confirmada|aprovado|aprovada|fechado|fechada|liberado|liberada', strength: 0.9 },
  { id: 'order_confirmation.attached_po', type: 'commitment.order_confirmation', pattern: `${ATTACHED} .. pedido|oc|po|ordem`, strength: 0.85 },
  { id: 'order_confirmation.po_attached', type: 'commitment.order_confirmation', pattern: 'oc|po|pedido|ordem ?de ?compra ?em anexo|anexa|anexado|anexada|emitido|emitida|assinado|assinada', strength: 0.9 },
  // A PO that goes out ("a PO sai segunda"): a date ahead makes it a promise, read as readiness to buy.
  { id: 'order_confirmation.po_goes_out', type: 'commitment.order_confirmation', pattern: 'oc|po sai|segue|vai', strength: 0.75 },
  { id: 'order_confirmation.purchase_order_goes_out', type: 'commitment.order_confirmation', pattern: 'pedido|ordem de compra sai|segue|vai', strength: 0.75 },
  { id: 'order_confirmation.po_number', type: 'commitment.order_confirmation', pattern: 'oc|po|pedido nº|número|n|nr #', strength: 0.7 },
  { id: 'order_confirmation.po_code', type: 'commitment.order_confirmation', pattern: 'oc|po #', strength: 0.65 },
  { id: 'order_confirmation.order_number', type: 'commitment.order_confirmation', pattern: 'número do|da pedido|oc|po|encomenda', strength: 0.7 },
  { id: 'order_confirmation.signed_contract', type: 'commitment.order_confirmation', pattern: 'assinado|assinada|assinamos|assinei|assinados .. contrato|pi|proforma|acordo', strength: 0.85 },
  { id: 'order_confirmation.contract_signed', type: 'commitment.order_confirmation', pattern: 'contrato|pi|proforma ?já ?foi|está assinado|assinada', strength: 0.85 },
  { id: 'purchase.proceed.start_production', type: 'intent.purchase', pattern: 'iniciar|iniciem|inicie|começar|comecem|comece|liberar|liberem|libere|programar|programem|agendar|seguir|sigam|prosseguir|prossigam ?com ?a produção|fabricação', strength: 0.8 },
  { id: 'purchase.proceed.samples_approved', type: 'intent.purchase', pattern: `${SAMPLE_NOUNS} ?, ?foi|foram|está|estão aprovada|aprovadas|aprovado|aprovados|confirmada|confirmadas`, strength: 0.6 },
  { id: 'order_confirmation.closed_order', type: 'commitment.order_confirmation', pattern: 'fechamos|fechei|fechado ?o ?a pedido|negócio|compra|contrato', strength: 0.85 },
  { id: 'purchase.proceed.please_proceed', type: 'intent.purchase', pattern: 'confirmado|confirmo|ok|sim|favor|pf ?, prosseguir|prossigam|prossiga|seguir|sigam|siga', strength: 0.75 },
  // "Fechado!" and "negócio fechado" agree to a deal and raise intent.purchase. Shipping instructions
  // ("podem despachar o saldo do pedido") are delivery terms, not the order itself.
  { id: 'order_confirmation.you_can_produce', statementOnly: true, type: 'commitment.order_confirmation', pattern: '^ pode|podem produzir|fabricar', strength: 0.7 },
  { id: 'purchase.proceed.you_can_proceed', statementOnly: true, type: 'intent.purchase', pattern: 'pode|podem seguir|prosseguir|tocar|avançar', strength: 0.75 },
  { id: 'order_confirmation.order_placed', type: 'commitment.order_confirmation', pattern: 'lançamos|emitimos|colocamos|formalizamos|efetivamos|lancei|emiti|coloquei|formalizei ?já .. pedido|pedidos|oc|po|encomenda|ordem', strength: 0.8 },
  { id: 'order_confirmation.invoice_it', type: 'commitment.order_confirmation', pattern: 'pode|podem faturar|facturar', strength: 0.75 },
  { id: 'order_confirmation.confirm_quantity', type: 'commitment.order_confirmation', pattern: 'confirmo|confirmamos|confirmando ?a ?as ?os ?o # ?mil ?peças|unidades|containers|contêineres|caixas|pcs|pçs|kits|conjuntos|toneladas|x40hq|x20gp', strength: 0.8 },
  { id: 'order_confirmation.we_accept', type: 'commitment.order_confirmation', pattern: 'aceitamos|aceito .. proposta|oferta|cotação|orçamento|proforma|pi|condições|termos', strength: 0.8 },
  // commitment.payment
  { id: 'payment.paid', type: 'commitment.payment', pattern: `${PAID} .. pagamento|pagto|pgto|sinal|entrada|adiantamento|saldo|depósito|transferência|valor|pix|boleto|remessa|ted|parcela`, strength: 0.9 },
  { id: 'payment.already_paid', type: 'commitment.payment', pattern: 'já paguei|pagamos|transferimos|transferi|depositamos|depositei|efetuamos|remetemos|quitamos', strength: 0.85 },
  { id: 'payment.just_paid', type: 'commitment.payment', pattern: 'acabamos|acabei de pagar|transferir|depositar', strength: 0.85 },
  { id: 'payment.payment_reported', type: 'commitment.payment', pattern: 'pagamento|pagto|pgto|sinal|saldo|transferência|pix|remessa .. já|foi|foram ?já feito|feita|efetuado|efetuada|realizado|realizada|enviado|enviada|creditado|creditada', strength: 0.85 },
  { id: 'payment.payment_done', type: 'commitment.payment', pattern: 'pagamento|pagto|pgto|sinal|entrada|adiantamento|depósito|saldo|transferência|pix|boleto|ted|remessa|parcela ?já ?foi|foram|está|estão ?já feito|feita|efetuado|efetuada|realizado|realizada|pago|paga|enviado|enviada|concluído|concluída|liberado|liberada|creditado|quitado|quitada', strength: 0.85 },
  { id: 'payment.payment_slip', type: 'commitment.payment', pattern: 'comprovante|comprovantes|comprovativo|comprovativos', strength: 0.85 },
  { id: 'payment.swift_copy', type: 'commitment.payment', pattern: 'cópia|copia do|da swift|mt103|transferência|ted|remessa', strength: 0.85 },
  { id: 'payment.mt103', type: 'commitment.payment', pattern: 'mt103|mt-103', strength: 0.8 },
  { id: 'payment.opened_lc', type: 'commitment.payment', pattern: 'abrimos|emitimos|abriu|emitiu|abrindo|emitindo|abertura .. l/c|lc|carta', strength: 0.9 },
  { id: 'payment.lc_opened', type: 'commitment.payment', pattern: 'l/c|lc|carta ?de ?crédito ?já ?foi|está aberta|emitida|aberto|emitido', strength: 0.9 },
  { id: 'payment.percent_sent', statementOnly: true, type: 'commitment.payment', pattern: '# ?de ?sinal|entrada|adiantamento|depósito ?já pago|pagos|paga|pagas|enviado|enviados|transferido|transferidos|depositado|depositados', strength: 0.8 },
];

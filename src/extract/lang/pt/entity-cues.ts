/**
 * Portuguese entity cues: unit words, currency words, payment terms and
 * places. Portuguese buyers also write the English trade forms ("5,000 pcs",
 * "30% T/T deposit", "L/C at sight"), so the English units and payment terms
 * are kept after the Portuguese ones. `index.ts` adds the unaccented spellings
 * of the word tables, and the payment-term regexes carry their own accent classes.
 */
import { EN_ENTITIES } from '../en/entity-cues.js';
import type { EntityCues } from '../types.js';
import { PT_PLACE_FRAMES } from './place-frames.js';
import { PT_PLACES } from './places.js';

const UNITS: Record<string, string> = {
  peça: 'pcs', peças: 'pcs', pç: 'pcs', pçs: 'pcs', 'pç.': 'pcs', unidade: 'pcs', unidades: 'pcs', un: 'pcs', und: 'pcs',
  unid: 'pcs', 'un.': 'pcs', 'und.': 'pcs', 'unid.': 'pcs', 'uni.': 'pcs',
  conjunto: 'sets', conjuntos: 'sets', jogo: 'sets', jogos: 'sets', kit: 'sets', kits: 'sets', cj: 'sets', cjs: 'sets',
  quilo: 'kg', quilos: 'kg', quilograma: 'kg', quilogramas: 'kg',
  tonelada: 'tons', toneladas: 'tons', ton: 'tons', tons: 'tons', 'ton.': 'tons', tn: 'tons',
  metro: 'm', metros: 'm',
  'metro quadrado': 'm2', 'metros quadrados': 'm2', 'm²': 'm2', m2: 'm2',
  caixa: 'boxes', caixas: 'boxes', cx: 'boxes', cxs: 'boxes', 'cx.': 'boxes',
  rolo: 'rolls', rolos: 'rolls', bobina: 'rolls', bobinas: 'rolls',
  par: 'pairs', pares: 'pairs',
  litro: 'liters', litros: 'liters', lt: 'liters', lts: 'liters',
  'caixa de papelão': 'cartons', 'caixas de papelão': 'cartons', 'caixa master': 'cartons', 'caixas master': 'cartons',
  saco: 'bags', sacos: 'bags', saca: 'bags', sacas: 'bags', sacola: 'bags', sacolas: 'bags',
  palete: 'pallets', paletes: 'pallets', palet: 'pallets', palets: 'pallets', palle: 'pallets',
  tambor: 'drums', tambores: 'drums', bombona: 'drums', bombonas: 'drums',
  garrafa: 'bottles', garrafas: 'bottles', frasco: 'bottles', frascos: 'bottles',
  folha: 'sheets', folhas: 'sheets', chapa: 'sheets', chapas: 'sheets', placa: 'sheets', placas: 'sheets',
  dúzia: 'dozen', dúzias: 'dozen',
  contêiner: 'containers', contêineres: 'containers', conteiner: 'containers', conteineres: 'containers',
  contentor: 'containers', contentores: 'containers', cntr: 'containers', cntrs: 'containers',
  '20 pés': 'containers_20ft', "20'": 'containers_20ft', '20 ft': 'containers_20ft',
  '40 pés': 'containers_40ft', '40 pés hc': 'containers_40hq', '40 pés hq': 'containers_40hq',
  '40 pés high cube': 'containers_40hq', '40 hc': 'containers_40hq',
};

/** Portuguese entity cues. */
export const PT_ENTITIES: EntityCues = {
  units: { ...EN_ENTITIES.units, ...UNITS },
  perUnit: {
    ...EN_ENTITIES.perUnit,
    peça: 'pcs', pç: 'pcs', unidade: 'pcs', un: 'pcs', und: 'pcs', unid: 'pcs', quilo: 'kg', tonelada: 'tons',
    metro: 'm', caixa: 'boxes', cx: 'boxes', rolo: 'rolls', par: 'pairs', litro: 'liters', conjunto: 'sets',
    jogo: 'sets', kit: 'sets', dúzia: 'dozen', saco: 'bags', saca: 'bags', palete: 'pallets', contêiner: 'containers',
  },
  eachWords: ['cada', 'a unidade', 'a peça', 'por unidade', 'por peça', 'cada um', 'cada uma', 'each'],
  perWords: ['por', 'cada', 'a', 'o', '/', 'per'],
  currencyWords: {
    real: 'BRL', reais: 'BRL', dólar: 'USD', dólares: 'USD', 'dólar americano': 'USD', 'dólares americanos': 'USD',
    euro: 'EUR', euros: 'EUR', libra: 'GBP', libras: 'GBP', yuan: 'CNY', iuane: 'CNY', renminbi: 'CNY', rmb: 'CNY',
    kwanza: 'AOA', kwanzas: 'AOA', kz: 'AOA', aoa: 'AOA', metical: 'MZN', meticais: 'MZN', mzn: 'MZN',
    escudo: 'CVE', escudos: 'CVE', cve: 'CVE',
  },
  // "de 30 a 45 dias", "entre 5.000 e 10.000 peças", "US$ 5 até 7".
  rangeWords: ['a', 'até', 'e'],
  // "m" and "mi" are left out: "2mm" and "50 m" are lengths far more often than millions.
  magnitudes: { k: 1_000, mil: 1_000, milhão: 1_000_000, milhões: 1_000_000 },
  numberWords: {
    um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
    onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16,
    dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40,
    cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100, duzentos: 200, trezentos: 300,
    quinhentos: 500, mil: 1000,
  },
  durationUnits: {
    dia: 1, dias: 1, 'dia útil': 1, 'dias úteis': 1, 'dias corridos': 1, 'dias de calendário': 1, dd: 1,
    semana: 7, semanas: 7, mês: 30, meses: 30,
    ...EN_ENTITIES.durationUnits,
  },
  incotermPlaceStopWords: [
    'preço', 'preços', 'valor', 'valores', 'termo', 'termos', 'condição', 'condições', 'base', 'cotação', 'orçamento',
    'oferta', 'proposta', 'incoterm', 'incoterms', 'embarque', 'envio', 'entrega', 'favor', 'por', 'ou', 'e', 'para',
    'pra', 'porto', 'só', 'somente', 'apenas', 'taxa', 'frete', 'custo', 'nós', 'eu', 'é', 'o', 'a', 'os', 'as', 'com',
    'em', 'no', 'na', 'de', 'do', 'da', 'se', 'até', 'mais', 'pf', 'urgente',
    ...EN_ENTITIES.incotermPlaceStopWords,
  ],
  portIntroducers: [
    'porto de', 'porto do', 'porto da', 'porto:', 'porto de destino', 'porto de destino:', 'porto de descarga',
    'porto de descarga:', 'porto de desembarque', 'porto de desembarque:', 'porto de embarque', 'porto de embarque:',
    'porto de carregamento', 'destino:', 'pod:', 'pol:', ...EN_ENTITIES.portIntroducers,
  ],
  modelIntroducers: [
    'modelo', 'modelo nº', 'modelo n°', 'modelo n.', 'mod.', 'mod', 'ref.', 'ref', 'referência', 'referência nº', 'código',
    'código nº', 'cód.', 'cód', 'cod.', 'item', 'item nº', 'sku', 'part number', 'p/n', 'artigo', 'art.', 'art',
    ...EN_ENTITIES.modelIntroducers,
  ],
  productLinkers: ['de', 'do', 'da', 'dos', 'das', 'of'],
  // Words after a bare number that name no goods ("14 stores", "3 times").
  countStops: `
    pessoas funcionários funcionarios trabalhadores clientes compradores sócios socios lojas filiais hotéis hoteis
    quartos andares escolas hospitais clínicas clinicas restaurantes países paises cidades mercados regiões
    regioes vezes modelos cores tamanhos medidas designs estilos variantes versões versoes referências referencias
    envios embarques pedidos entregas caminhões caminhoes fotos páginas paginas estrelas graus por para com dos
    das que mais menos entre como sobre cada outros outras novos novas total primeiros primeiras últimos ultimos
    próximos proximos fornecedores fábricas fabricas úteis uteis corridos cem mil milhões milhoes
    horas minutos segundos lotes tons modos funções funcoes camadas tipos formas passos opções opcoes
    noites polegadas pés fios mícrons micras emails mensagens prédios predios edifícios casas apartamentos temporadas produtos aromas sabores
  `
    .trim()
    .split(/\s+/),
  productStopWords: [
    'para', 'pra', 'pro', 'por', 'com', 'a', 'ao', 'aos', 'à', 'em', 'no', 'na', 'nos', 'nas', 'e', 'ou', 'preço',
    'modelo', 'ref', 'referência', 'item', 'sku', 'tipo', 'cada', 'que', 'se', 'mas', 'favor', 'entregue', 'entregues',
    'até', 'fob', 'cif', 'cfr', 'exw', 'ddp', 'dap', 'urgente', 'asap', 'pf', 'pfv', 'mês', 'já', 'conforme', 'sem',
    'pelo', 'pela', 'valor', 'custo', 'nós', 'vocês',
  ],
  certificationContext: [
    'certificado', 'certificados', 'certificação', 'certificações', 'certificada', 'certificadas', 'homologação',
    'homologado', 'homologada', 'aprovação', 'aprovado', 'aprovada', 'conformidade', 'norma', 'normas', 'registro',
    'registrado', 'selo', 'marcação', 'laudo', 'compliance', ...EN_ENTITIES.certificationContext,
  ],
  places: PT_PLACES,
  placeFrames: PT_PLACE_FRAMES,
  paymentTermStarts: [
    'carta', 'saldo', 'restante', 'resto', 'sinal', 'entrada', 'adiantamento', 'depósito', 'deposito', 'pagamento', 'boleto',
    'faturamento', 'faturado', 'prazo', 'conta', 'documentos', 'cobrança', 'cobranca', 'transferência',
    'transferencia', 'remessa', 'pix', 'garantia', ...EN_ENTITIES.paymentTermStarts,
  ],
  paymentTerms: [
    { id: 'pt.balance_before_shipment', source: String.raw`(\d{1,3})\s*%\s*(?:(?:de|do)\s+)?(?:saldo|restante|restantes)\s+(?:antes\s+d[oa]\s+|previamente\s+ao\s+)(?:embarque|envio|carregamento|despacho|entrega)`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'pt.balance_of_before_shipment', source: String.raw`(?:saldo|restante)\s+(?:de\s+)?(\d{1,3})\s*%\s+antes\s+d[oa]\s+(?:embarque|envio|carregamento|despacho|entrega)`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'pt.balance_against_bl', source: String.raw`(\d{1,3})\s*%\s*(?:(?:de|do)\s+)?(?:(?:saldo|restante|restantes)\s+)?(?:contra|mediante|ap[óo]s)\s+(?:(?:a\s+)?(?:apresenta[çc][ãa]o|c[óo]pia|envio)\s+d[oa]\s+)?(?:o\s+)?(?:b/?l|bl|conhecimento\s+de\s+embarque)`, kind: 'balance_against_bl', percentGroup: 1 },
    // The balance named without its share: "restante mediante cópia do BL", "saldo antes do despacho".
    { id: 'pt.rest_against_bl', source: String.raw`(?:saldo|restante|resto)\s+(?:contra|mediante|ap[óo]s)\s+(?:(?:a\s+)?(?:apresenta[çc][ãa]o|c[óo]pia|envio)\s+d[oa]\s+)?(?:o\s+)?(?:b/?l|bl|conhecimento\s+de\s+embarque)`, kind: 'balance_against_bl' },
    { id: 'pt.rest_before_shipment', source: String.raw`(?:saldo|restante|resto)\s+(?:antes\s+d[oa]\s+|previamente\s+ao\s+)(?:embarque|envio|carregamento|despacho|entrega)`, kind: 'balance_before_shipment' },
    { id: 'pt.balance', source: String.raw`(\d{1,3})\s*%\s*(?:(?:de|do)\s+)?(?:saldo|restante|restantes)`, kind: 'balance', percentGroup: 1 },
    { id: 'pt.balance_of', source: String.raw`saldo\s+(?:de\s+)?(\d{1,3})\s*%`, kind: 'balance', percentGroup: 1 },
    { id: 'pt.tt_advance', source: String.raw`(\d{1,3})\s*%\s*(?:(?:via|por|em)\s+)?(?:(?:t/?t|transfer[êe]ncia)\s+)?(?:antecipado|antecipados|antecipadamente|adiantado|adiantados|[àa]\s+cabe[çc]a|[àa]\s+vista)`, kind: 'tt_advance', percentGroup: 1 },
    { id: 'pt.tt_deposit', source: String.raw`(\d{1,3})\s*%\s*(?:(?:de|do|como|em|via|por)\s+)?(?:t/?t\s+(?:de\s+)?)?(?:sinal|entrada|adiantamento|dep[óo]sito|antecipa[çc][ãa]o)`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'pt.deposit_of', source: String.raw`(?:sinal|entrada|adiantamento|dep[óo]sito)\s+(?:de\s+)?(\d{1,3})\s*%`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'pt.deposit_on_order', source: String.raw`(\d{1,3})\s*%\s*(?:na|no)\s+(?:assinatura|confirma[çc][ãa]o|pedido|fechamento|coloca[çc][ãa]o)`, kind: 'tt_deposit', percentGroup: 1 },
    // A bare "o saldo" or "o sinal" names the term too ("depositamos o saldo", "falta pagar o sinal"). These come after
    // every form with a share, so "saldo de 70%" keeps its percent.
    // "o saldo do pedido" is the rest of the goods, not of the payment.
    { id: 'pt.balance_bare', source: String.raw`saldo(?!\s+(?:d[oa]s?|de)\s+(?:pedido|carga|mercadoria|material|encomenda|lote|estoque|embarque|contêiner|container|peças))`, kind: 'balance' },
    { id: 'pt.deposit_bare', source: String.raw`sinal`, kind: 'tt_deposit' },
    { id: 'pt.advance_payment', source: String.raw`pagamento\s+(?:100\s*%\s+)?(?:antecipado|adiantado|[àa]\s+vista)`, kind: 'tt_advance' },
    { id: 'pt.lc_at_sight', source: String.raw`(?:carta\s+de\s+cr[ée]dito|l/?c|lc)\s+(?:irrevog[áa]vel\s+)?(?:[àa]\s+vista|at\s+sight)`, kind: 'lc_at_sight' },
    { id: 'pt.lc_usance', source: String.raw`(?:carta\s+de\s+cr[ée]dito|l/?c)\s+(?:irrevog[áa]vel\s+)?(?:(?:a|com\s+prazo\s+de|de|para|prazo)\s+)?\d{2,3}\s+dias`, kind: 'lc_usance' },
    { id: 'pt.lc', source: String.raw`carta\s+de\s+cr[ée]dito(?:\s+irrevog[áa]vel)?`, kind: 'lc' },
    { id: 'pt.dp', source: String.raw`documentos\s+contra\s+pagamento|cobran[çc]a\s+document[áa]ria`, kind: 'dp' },
    { id: 'pt.da', source: String.raw`documentos\s+contra\s+aceite`, kind: 'da' },
    { id: 'pt.installments', source: String.raw`\d{2,3}(?:\s*/\s*\d{2,3}){1,5}\s*(?:dias|dd)`, kind: 'installments' },
    { id: 'pt.net_after_invoice', source: String.raw`(7|10|14|15|20|21|28|30|45|60|75|90|120|150|180)\s+(?:dias|dd)\s+(?:ap[óo]s|depois\s+d[ae]|da\s+data\s+d[ae]|contra)\s+(?:a\s+|o\s+)?(?:emiss[ãa]o\s+d[ae]\s+|data\s+d[ae]\s+)?(?:fatura|nota|nf|nfe|faturamento|recebimento|entrega|chegada)`, kind: 'net_$1' },
    { id: 'pt.net_payment', source: String.raw`(?:pagamento|boleto|faturamento|faturado|prazo\s+de\s+pagamento)\s+(?:(?:a|de|em|para|com)\s+)?(7|10|14|15|20|21|28|30|45|60|75|90|120|150|180)\s+(?:dias|dd)`, kind: 'net_$1' },
    { id: 'pt.open_account', source: String.raw`conta\s+aberta`, kind: 'open_account' },
    { id: 'pt.cad', source: String.raw`pagamento\s+contra\s+documentos`, kind: 'cad' },
    { id: 'pt.escrow', source: String.raw`garantia\s+de\s+com[ée]rcio`, kind: 'escrow' },
    { id: 'pt.tt', source: String.raw`transfer[êe]ncia\s+(?:banc[áa]ria|internacional|telegr[áa]fica)|remessa\s+internacional`, kind: 'tt' },
    { id: 'pt.boleto', source: String.raw`boleto(?:\s+banc[áa]rio)?`, kind: 'boleto' },
    { id: 'pt.pix', source: String.raw`pix`, kind: 'pix' },
    ...EN_ENTITIES.paymentTerms,
  ],
};

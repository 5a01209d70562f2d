/**
 * Spanish commitment cues. Each pattern uses the phrase syntax of `text/phrases.ts`,
 * and strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';
import { ATTACH, NEED, QUOTE, QUOTE_VERB, SEND } from './words.js';

/** Measurement words that take a number: "espesor 2 mm", "voltaje: 220V", "medidas de 16 x 24". */
const MEASURE =
  'medida|medidas|dimensión|dimension|dimensiones|tamaño|tamano|espesor|grosor|diámetro|diametro|ancho|longitud|altura|' +
  'peso|tolerancia|densidad|dureza|voltaje|tensión|tension|potencia|corriente|frecuencia|amperaje|capacidad|gramaje|calibre';
const SPEC_DOCUMENT =
  'plano|planos|dibujo|dibujos|especificaciones|especificación|especificacion|ficha|fichas|requisitos|requerimientos|' +
  'bom|croquis|diseño|diseños|diseno|disenos|medidas|arte|artes|boceto|bocetos';
const ORDER_DOCUMENT = 'oc|po|pedido|orden|órden';
const PAID =
  'pagamos|pagué|pague|transferimos|transferí|transferi|depositamos|deposité|deposite|giramos|giré|abonamos|aboné|' +
  'enviamos|envié|mandamos|mandé|realizamos|realicé|hicimos|hice|efectuamos|efectué|liquidamos|liquidé';
const LC_OPENED = 'abrimos|abrió|abrio|emitimos|emitió|emitio|aperturamos|abierto|abierta|emitida|aperturada';
const PAYMENT_NOUN = 'pago|anticipo|adelanto|depósito|deposito|saldo|transferencia|dinero|fondos|giro|abono|enganche|plata|lana';

export const COMMITMENT_CUES: SignalCue[] = [
  // commitment.detailed_specs
  { id: 'detailed_specs.attached_drawing', type: 'commitment.detailed_specs', pattern: `${ATTACH} .. ${SPEC_DOCUMENT}`, strength: 0.8 },
  { id: 'detailed_specs.our_requirements', type: 'commitment.detailed_specs', pattern: 'nuestros|nuestras|mis requisitos|requerimientos|especificaciones|necesidades|medidas', strength: 0.6 },
  { id: 'detailed_specs.requirements_colon', type: 'commitment.detailed_specs', pattern: 'requisitos|requerimientos|especificaciones|especificación|especificacion|características|caracteristicas|detalles :', strength: 0.7 },
  // A spec word counts only with its value ("espesor 2 mm", "voltaje: 220V", "acero inoxidable", "color azul").
  // Named alone, it is as often part of a complaint or a question ("no me convence el acabado", "material eléctrico").
  // "Largo" and "alto" are left out: they are also "long" and "high" in objections ("plazo muy largo").
  { id: 'detailed_specs.measure_value', statementOnly: true, type: 'commitment.detailed_specs', pattern: `${MEASURE} ?: ?de ?del ?aprox ?máximo ?maximo ?mínimo ?minimo #`, strength: 0.4 },
  { id: 'detailed_specs.material', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'acero|aluminio|inoxidable|galvanizado|galvanizada|latón|laton|cobre|polipropileno|polietileno|pvc|abs|nylon|nailon|algodón|algodon|poliéster|poliester|aleación|aleacion', strength: 0.35 },
  { id: 'detailed_specs.material_named', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'material|materiales|calibre|grado|acabado|acabados :', strength: 0.35 },
  { id: 'detailed_specs.material_grade', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'material|materiales|calibre|grado|acabado|acabados #', strength: 0.35 },
  { id: 'detailed_specs.finish_value', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'acabado|acabados|terminación|terminacion zincado|galvanizado|mate|brillante|pulido|cromado|pintado|anodizado|satinado|natural|niquelado|lacado|texturizado', strength: 0.35 },
  { id: 'detailed_specs.color_value', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'color|colores :|azul|rojo|verde|amarillo|negro|blanco|gris|beige|marrón|marron|naranja|morado|rosa|plata|plateado|dorado|pantone|ral', strength: 0.3 },
  { id: 'detailed_specs.print_spec', type: 'commitment.detailed_specs', pattern: 'impresión|impresion|serigrafía|serigrafia|grabado|estampado|impreso|impresa ?a ?en ?de # tintas|colores|color', strength: 0.4 },
  { id: 'detailed_specs.our_logo', type: 'commitment.detailed_specs', pattern: 'con|lleve|lleven nuestro|nuestra|mi logo|logotipo|marca', strength: 0.4 },
  // commitment.invoice_request
  // A proforma the buyer requests or waits for. One already issued ("como está en la proforma 118") is no request.
  { id: 'invoice_request.send_proforma', type: 'commitment.invoice_request', pattern: `${SEND}|${NEED}|emitir|emitan|emita|emitáis|preparar|preparen|prepare|hacer|hagan|elaborar|elaboren|actualizar|actualicen|corregir|corrijan|espera|espero|esperamos|aguardamos|falta|faltaría .. proforma|pro-forma|proformas|pi`, strength: 0.9 },
  { id: 'invoice_request.send_pro_forma', type: 'commitment.invoice_request', pattern: `${SEND}|${NEED}|emitir|emitan|emita|preparar|preparen|prepare|espero|esperamos .. pro forma`, strength: 0.9 },
  { id: 'invoice_request.proforma_invoice', type: 'commitment.invoice_request', pattern: 'factura proforma|pro-forma', strength: 0.85 },
  { id: 'invoice_request.proforma_invoice_english', type: 'commitment.invoice_request', pattern: 'proforma|pro-forma invoice', strength: 0.85 },
  { id: 'invoice_request.proforma_question', type: 'commitment.invoice_request', pattern: 'proforma|pro-forma|pi ?', strength: 0.85 },
  { id: 'invoice_request.proforma_should', type: 'commitment.invoice_request', pattern: 'proforma|pi debe|deberá|debera|tiene|diga|indique|incluya|figure|lleve|salga|mencione', strength: 0.8 },
  { id: 'invoice_request.send_pi', type: 'commitment.invoice_request', pattern: `${SEND}|emitir|emitan|emita|preparar|preparen|prepare|hacer|hagan|elaborar|elaboren .. pi`, strength: 0.85 },
  { id: 'invoice_request.invoice', type: 'commitment.invoice_request', pattern: `${SEND}|${NEED}|emitir|emitan|emita|preparar|preparen|prepare|hacer|hagan|elaborar|elaboren|corregir|corrijan|actualizar|actualicen|facturar|facturen .. factura|facturas`, strength: 0.8 },
  { id: 'invoice_request.contract', type: 'commitment.invoice_request', pattern: `${SEND}|preparar|preparen|redactar|redacten|firmar|firmemos|elaborar|elaboren .. contrato|acuerdo|convenio`, strength: 0.8 },
  { id: 'invoice_request.bank_details', type: 'commitment.invoice_request', pattern: 'datos|información|informacion|detalles|coordenadas|cuenta bancarios|bancarias|bancaria|bancario', strength: 0.85 },
  { id: 'invoice_request.payment_details', type: 'commitment.invoice_request', pattern: 'datos|información|informacion ?de ?para ?la ?el transferencia|depósito|deposito|pago|cuenta', strength: 0.8 },
  { id: 'invoice_request.account_number', type: 'commitment.invoice_request', pattern: 'número|numero|nro de cuenta', strength: 0.85 },
  { id: 'invoice_request.which_account', type: 'commitment.invoice_request', pattern: 'a|en qué|que|cuál|cual cuenta .. transfiero|transferimos|deposito|depositamos|pago|pagamos|giro|giramos|mando|mandamos', strength: 0.8 },
  { id: 'invoice_request.swift_code', type: 'commitment.invoice_request', pattern: 'código|codigo swift|bic|aba|iban', strength: 0.8 },
  { id: 'invoice_request.clabe', type: 'commitment.invoice_request', pattern: 'clabe|iban|beneficiario', strength: 0.75 },
  // commitment.delivery_terms
  // "Puesto en" names a delivered price, and it is the buyer's own term only next to the goods or the quote it
  // requests ("3.000 unidades puestas en Veracruz", "cotícenos puesto en Lima"), not after a competitor's price.
  // A shipment split in parts ("dividir el envío en dos") names no place: no delivery terms.
  { id: 'delivery_terms.deliver_to', type: 'commitment.delivery_terms', pattern: 'entregar|entrega|entregado|entregados|enviar|envío|envio|despachar|despacho|embarcar|embarque|flete en|a|hasta', strength: 0.55, notBefore: ['dos', 'tres', 'cuatro', 'partes', 'lotes', 'etapas', 'tandas', 'parciales', '2', '3', '4'] },
  { id: 'delivery_terms.goods_delivered_to', type: 'commitment.delivery_terms', pattern: 'piezas|pzas|unidades|uds|cajas|toneladas|kilos|kg|metros|juegos|rollos|contenedores|sacos|pallets|litros|tambores|bultos|mercancía|mercancia|mercadería|mercaderia|pedido|carga puestas|puestos|puesta|puesto|entregadas|entregados en|a', strength: 0.55 },
  { id: 'delivery_terms.quote_delivered_to', type: 'commitment.delivery_terms', pattern: `${QUOTE_VERB}|${QUOTE} ... puesto|puesta|puestos|puestas|entregado|entregada en|a`, strength: 0.55 },
  { id: 'delivery_terms.delivery_week', type: 'commitment.delivery_terms', pattern: 'entrega|embarque|envío|envio|despacho|carga|shipment|llegada ... semana|sem #', strength: 0.6 },
  { id: 'delivery_terms.destination_port', type: 'commitment.delivery_terms', pattern: 'puerto ?de ?del destino|descarga|llegada|desembarque|arribo', strength: 0.7 },
  { id: 'delivery_terms.loading_port', type: 'commitment.delivery_terms', pattern: 'puerto ?de ?del carga|embarque|origen|salida', strength: 0.6 },
  { id: 'delivery_terms.must_arrive', type: 'commitment.delivery_terms', pattern: 'debe|deben|debería|deberia|deberían|tiene|tienen|necesitamos|necesito|requerimos|requiero .. llegar|llegue|lleguen|arribar|arribe|arriben', strength: 0.7 },
  // "La entrega debe ser antes del 30", "el despacho tiene que salir en mayo": a stated delivery requirement.
  { id: 'delivery_terms.delivery_must_be', statementOnly: true, type: 'commitment.delivery_terms', pattern: 'entrega|despacho|embarque|envío|envio|llegada|mercancía|mercancia|mercadería|mercaderia debe|deben|deberá|debera|tiene|tendrá|tendra|necesita ?que ser|estar|llegar|salir|realizarse|hacerse', strength: 0.6 },
  { id: 'delivery_terms.must_be_delivered', type: 'commitment.delivery_terms', pattern: 'debe|deben|tiene|tienen ?que ?ser entregado|entregada|entregados|entregadas|enviado|despachado|embarcado', strength: 0.7 },
  // A delivery date the buyer states: "fecha de entrega: 15 de mayo". "Confirmar fecha de despacho" requests one.
  { id: 'delivery_terms.delivery_date', type: 'commitment.delivery_terms', pattern: 'fecha|fechas ?exacta ?estimada ?requerida ?deseada ?de entrega|embarque|envío|envio|despacho|llegada|arribo ?requerida ?deseada ?límite ?limite ?: ... #', strength: 0.5 },
  { id: 'delivery_terms.schedule', type: 'commitment.delivery_terms', pattern: 'cronograma|calendario|programa|programación|programacion de entregas|embarques|entrega|despachos', strength: 0.5 },
  // Packing the buyer requires: packed goods, a packing spec, or a count per carton or pallet.
  // A packaging word alone is as often a complaint ("vuestro embalaje es una maravilla") or a pickup ("recoger los palés").
  { id: 'delivery_terms.packed', statementOnly: true, type: 'commitment.delivery_terms', pattern: 'paletizado|paletizada|paletizados|paletizadas|flejado|flejada|flejados|emplayado|emplayada|retractilado|retractilada|embalado|embalada|embalados|embaladas|empacado|empacada|empacados|empacadas|encajonado|encajonada', strength: 0.45 },
  { id: 'delivery_terms.packing_spec', type: 'commitment.delivery_terms', pattern: 'embalaje|empaque|empaquetado ?de exportación|exportacion|individual|marítimo|maritimo|estándar|estandar|neutro', strength: 0.45 },
  { id: 'delivery_terms.packing_colon', type: 'commitment.delivery_terms', pattern: 'embalaje|empaque|empaquetado|packing :', strength: 0.45 },
  { id: 'delivery_terms.per_package', type: 'commitment.delivery_terms', pattern: '# ?_ por|cada caja|cartón|carton|bulto|pallet|palé|pale|palet|tarima|estiba|saco|bolsa|tambor', strength: 0.45 },
  { id: 'delivery_terms.packed_in', type: 'commitment.delivery_terms', pattern: 'en|con cajas|cartones|pallets|palés|pales|palets|tarimas|sacos|bolsas|tambores|bidones|big-bags|bigbags|jumbos|rollos|fardos de #', strength: 0.45 },
  { id: 'delivery_terms.packing_must_be', statementOnly: true, type: 'commitment.delivery_terms', pattern: 'embalaje|empaque|empaquetado|empacado|paletizado|etiquetado|rotulado debe|deben|deberá|debera|tiene|tendrá|tendra|necesita ?que ser|estar|ir|venir|llevar|incluir', strength: 0.5 },
  { id: 'delivery_terms.packed_in_material', type: 'commitment.delivery_terms', pattern: 'en|con cajas|cajones|bolsas|sacos|tarimas|pallets|palés|pales|huacales|jabas de cartón|carton|madera|plástico|plastico|doble|polipropileno|exportación|exportacion', strength: 0.45 },
  { id: 'delivery_terms.incoterm_word', type: 'commitment.delivery_terms', pattern: 'incoterm|incoterms', strength: 0.6 },
  { id: 'delivery_terms.delivery_terms', type: 'commitment.delivery_terms', pattern: 'términos|terminos|condiciones|modalidad de entrega|envío|envio|embarque|despacho', strength: 0.6 },
  { id: 'delivery_terms.shipping_mark', type: 'commitment.delivery_terms', pattern: 'marcas|marca|marcado de embarque|envío|envio', strength: 0.6 },
  { id: 'delivery_terms.by_mode', type: 'commitment.delivery_terms', pattern: 'por|vía|via mar|barco|aire|avión|avion|camión|camion|tren|tierra|courier|dhl|fedex|ups|aérea|aerea|marítima|maritima|terrestre|carretera', strength: 0.5 },
  // "Flete" is left out: buyers name it mostly when they discuss its price ("el flete marítimo sale barato").
  { id: 'delivery_terms.freight_mode', type: 'commitment.delivery_terms', pattern: 'envío|envio|transporte|carga marítimo|maritimo|marítima|maritima|aéreo|aereo|aérea|aerea|terrestre', strength: 0.5 },
  { id: 'delivery_terms.our_forwarder', type: 'commitment.delivery_terms', pattern: 'nuestro|nuestra|mi ?propio ?propia agente|forwarder|transitario|consolidador|consolidadora|naviera|embarcador|freight', strength: 0.6 },
  // commitment.sample_request
  { id: 'sample_request.send_sample', type: 'commitment.sample_request', pattern: `${SEND}|${NEED}|pedir|pedimos|comprar|compramos|probar|conseguir|tener|tienen|ordenar|recibir .. muestra|muestras|muestrario`, strength: 0.85 },
  { id: 'sample_request.sample_cost', type: 'commitment.sample_request', pattern: 'muestra|muestras .. gratis|gratuita|gratuitas|costo|coste|precio|cargo|cobro|disponible|disponibles|courier', strength: 0.75 },
  { id: 'sample_request.trial_order', type: 'commitment.sample_request', pattern: 'pedido|orden|lote|compra|producción|produccion|corrida|tirada ?de prueba|piloto|muestra', strength: 0.85 },
  { id: 'sample_request.sample_question', type: 'commitment.sample_request', pattern: 'muestra|muestras ?', strength: 0.7 },
  { id: 'sample_request.samples_first', type: 'commitment.sample_request', pattern: 'muestra|muestras primero|antes', strength: 0.8 },
  { id: 'sample_request.first_a_sample', type: 'commitment.sample_request', pattern: 'primero|antes ?una ?unas ?la ?las ?algunas muestra|muestras', strength: 0.8 },
  { id: 'sample_request.test_samples', type: 'commitment.sample_request', pattern: 'probar|testear|evaluar|revisar|ver ?una ?unas ?la ?las ?algunas muestra|muestras', strength: 0.8 },
  { id: 'sample_request.for_testing', type: 'commitment.sample_request', pattern: `${SEND}|comprar|pedir|${NEED} .. para prueba|pruebas|evaluación|evaluacion|homologación|homologacion|aprobación|aprobacion|testear|probar`, strength: 0.75 },
  { id: 'sample_request.test_units_first', type: 'commitment.sample_request', pattern: 'probar|testear|evaluar # ?piezas|pzas|unidades|pcs|juegos|sets ?primero', strength: 0.7 },
  // commitment.order_confirmation
  // A go-ahead ("go ahead", "please proceed", "start production") is readiness to buy by the labeling
  // guide, not a confirmed order: those cues raise intent.purchase (`purchase.proceed.*`).
  { id: 'order_confirmation.confirm_order', type: 'commitment.order_confirmation', pattern: `confirmo|confirmamos|confirmando|confirmada|confirmado .. ${ORDER_DOCUMENT}|compra`, strength: 0.9 },
  { id: 'order_confirmation.order_confirmed', type: 'commitment.order_confirmation', pattern: `${ORDER_DOCUMENT}|compra .. confirmado|confirmada|aprobado|aprobada|colocado|colocada|emitido|emitida|liberado|liberada`, strength: 0.9 },
  { id: 'order_confirmation.attached_po', type: 'commitment.order_confirmation', pattern: `${ATTACH}|les|le|te .. oc|po`, strength: 0.9 },
  { id: 'order_confirmation.attached_purchase_order', type: 'commitment.order_confirmation', pattern: `${ATTACH} .. orden|órden|pedido de compra`, strength: 0.9 },
  // A PO named first ("la OC la mandamos el lunes"): a date ahead makes it a promise, read as readiness to buy.
  { id: 'order_confirmation.po_then_send', type: 'commitment.order_confirmation', pattern: 'oc|po|orden ?de ?compra ?se ?te ?le ?les ?os la|lo mando|mandamos|envío|envio|enviamos|paso|pasamos', strength: 0.8 },
  { id: 'order_confirmation.here_is_po', type: 'commitment.order_confirmation', pattern: 'aquí|aqui|acá|aca va|está|esta|tienen|tiene ?la ?nuestra oc|po|orden', strength: 0.85 },
  { id: 'order_confirmation.po_number', type: 'commitment.order_confirmation', pattern: 'oc|po número|numero|nro', strength: 0.7 },
  { id: 'order_confirmation.po_code', type: 'commitment.order_confirmation', pattern: 'oc|po #', strength: 0.7 },
  { id: 'order_confirmation.signed_contract', type: 'commitment.order_confirmation', pattern: 'firmamos|firmé|firme|firmado|firmada .. contrato|proforma|pi|acuerdo|convenio', strength: 0.85 },
  { id: 'order_confirmation.contract_signed', type: 'commitment.order_confirmation', pattern: 'contrato|proforma|pi|acuerdo|orden|oc|po|pedido firmado|firmada', strength: 0.85 },
  { id: 'purchase.proceed.start_production', type: 'intent.purchase', pattern: 'iniciar|inicien|inicie|comenzar|comiencen|empezar|empiecen|arrancar|arranquen ?la ?con ?la producción|produccion|fabricación|fabricacion', strength: 0.8 },
  { id: 'purchase.proceed.proceed_production', type: 'intent.purchase', pattern: 'proceder|procedan|proceda|procedemos|adelante con .. producción|produccion|fabricación|fabricacion|pedido|orden', strength: 0.8 },
  // First person present: "seguimos con el pedido", "procedemos con la segunda parte del pedido".
  { id: 'purchase.proceed.we_proceed', type: 'intent.purchase', pattern: 'seguimos|continuamos|procedemos|avanzamos|proseguimos con ... pedido|orden|compra|producción|produccion|proforma|pi|oc', strength: 0.8 },
  { id: 'order_confirmation.po_uploaded', type: 'commitment.order_confirmation', pattern: 'cargamos|cargada|cargado|subimos|subida|subido|ingresamos|ingresada|ingresado|registramos|registrada|liberamos|liberada|emitimos|emitida|generamos|generada .. orden|oc|po|pedido', strength: 0.8 },
  { id: 'order_confirmation.deal', type: 'commitment.order_confirmation', pattern: 'trato hecho', strength: 0.85 },
  { id: 'purchase.proceed.go_ahead', type: 'intent.purchase', pattern: 'ok|okey|okay|sí|si|perfecto|vale|dale|entonces|listo ?, adelante|procedan|proceda|avancen|avancemos', strength: 0.7 },
  { id: 'order_confirmation.can_proceed', type: 'commitment.order_confirmation', pattern: 'pueden|puede|podés|podes ?ya proceder|avanzar', strength: 0.7 },
  { id: 'order_confirmation.confirm_quantity', type: 'commitment.order_confirmation', pattern: 'confirmo|confirmamos|confirmado ?las ?los # ?mil piezas|pzas|unidades|juegos|contenedores|cajas|pcs|sets|toneladas|cartones|rollos|metros', strength: 0.8 },
  { id: 'order_confirmation.we_accept', type: 'commitment.order_confirmation', pattern: 'aceptamos|acepto .. oferta|cotización|cotizacion|proforma|pi|condiciones|términos|terminos|propuesta', strength: 0.8 },
  // commitment.payment
  { id: 'payment.bare_paid', type: 'commitment.payment', pattern: '^ pagado|transferido|depositado|abonado .|,|!', strength: 0.8 },
  // "Pagamos" is both "we pay" and "we paid", so a question ("¿y si pagamos 40% de anticipo?") is no payment.
  { id: 'payment.paid', statementOnly: true, type: 'commitment.payment', pattern: `${PAID} .. ${PAYMENT_NOUN}`, strength: 0.9 },
  { id: 'payment.it_was_paid', statementOnly: true, type: 'commitment.payment', pattern: `se hizo|realizó|realizo|efectuó|efectuo|envió|mandó|giró|depositó|transfirió|pagó|liquidó .. ${PAYMENT_NOUN}`, strength: 0.85 },
  { id: 'payment.already_paid', type: 'commitment.payment', pattern: 'ya|hoy|ayer pagamos|pagué|pague|transferimos|transferí|transferi|depositamos|deposité|deposite|giramos|abonamos', strength: 0.85 },
  { id: 'payment.have_made_payment', statementOnly: true, type: 'commitment.payment', pattern: `hemos|he|habíamos|habiamos|ya realizado|efectuado|hecho|enviado|mandado ?el ?la ?los ${PAYMENT_NOUN}`, strength: 0.85 },
  { id: 'payment.have_paid', type: 'commitment.payment', pattern: 'hemos|he|habíamos pagado|transferido|depositado|girado|abonado|liquidado', strength: 0.85 },
  { id: 'payment.payment_done', type: 'commitment.payment', pattern: `${PAYMENT_NOUN} .. realizado|realizada|efectuado|efectuada|hecho|hecha|enviado|enviada|pagado|pagada|transferido|transferida|completado|completada|acreditado|acreditada|liberado|liberada|depositado|depositada`, strength: 0.85 },
  { id: 'payment.payment_slip', type: 'commitment.payment', pattern: 'comprobante|constancia|voucher|boucher|soporte|justificante|recibo ?de ?del ?la pago|transferencia|depósito|deposito|giro|swift', strength: 0.85 },
  { id: 'payment.slip_attached', type: 'commitment.payment', pattern: `${ATTACH} .. comprobante|voucher|boucher|swift|mt103|constancia|justificante`, strength: 0.85 },
  { id: 'payment.slip_word_attached', type: 'commitment.payment', pattern: 'comprobante|voucher|boucher|mt103 adjunto|adjunta|enviado|anexo', strength: 0.8 },
  { id: 'payment.swift_copy', type: 'commitment.payment', pattern: 'copia ?de ?del ?la swift|mt103|transferencia|giro', strength: 0.85 },
  { id: 'payment.mt103', type: 'commitment.payment', pattern: 'mt103', strength: 0.8 },
  { id: 'payment.opened_lc', type: 'commitment.payment', pattern: `${LC_OPENED} .. l/c|lc`, strength: 0.9 },
  { id: 'payment.opened_letter_of_credit', type: 'commitment.payment', pattern: `${LC_OPENED} .. carta de crédito|credito`, strength: 0.9 },
  { id: 'payment.lc_opened', type: 'commitment.payment', pattern: 'l/c|lc .. abierta|abierto|emitida|emitido|aperturada', strength: 0.85 },
  { id: 'payment.letter_of_credit_opened', type: 'commitment.payment', pattern: 'carta de crédito|credito .. abierta|emitida|aperturada', strength: 0.85 },
];

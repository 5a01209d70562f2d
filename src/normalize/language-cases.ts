/**
 * Hand-written messages for measuring language detection, in the way buyers
 * write: one-word chat replies, short WhatsApp lines and longer emails, with
 * trade codes (MOQ, FOB, T/T), product terms in English, place names and
 * numbers. They are invented, not taken from real conversations. Short
 * cases have fewer than 20 letters, so detection reads them by stop words
 * alone and never calls franc.
 */

/** One message and the language it is written in. */
export interface LanguageCase {
  text: string;
  code: 'en' | 'es' | 'pt' | 'fr' | 'ar';
}

/** Chat replies of fewer than 20 letters. */
export const SHORT_CASES: readonly LanguageCase[] = [
  { text: 'ok', code: 'en' },
  { text: 'Thanks!', code: 'en' },
  { text: 'thank you', code: 'en' },
  { text: 'price pls?', code: 'en' },
  { text: 'Noted, thanks', code: 'en' },
  { text: 'any update?', code: 'en' },
  { text: 'send PI asap', code: 'en' },
  { text: 'Got it 👍', code: 'en' },
  { text: 'call me now', code: 'en' },
  { text: 'MOQ?', code: 'en' },
  { text: 'Gracias!', code: 'es' },
  { text: 'muchas gracias', code: 'es' },
  { text: 'Hola, precio?', code: 'es' },
  { text: 'cuánto cuesta?', code: 'es' },
  { text: 'Perfecto, gracias', code: 'es' },
  { text: 'ya pagamos', code: 'es' },
  { text: 'Buenos días', code: 'es' },
  { text: '¿Tienen stock?', code: 'es' },
  { text: 'vale, lo vemos', code: 'es' },
  { text: 'Obrigado pelo retorno', code: 'pt' },
  { text: 'obrigada!', code: 'pt' },
  { text: 'Olá, tudo bem?', code: 'pt' },
  { text: 'qual o preço?', code: 'pt' },
  { text: 'Bom dia!', code: 'pt' },
  { text: 'não, obrigado', code: 'pt' },
  { text: 'fechado então', code: 'pt' },
  { text: 'Vocês têm estoque?', code: 'pt' },
  { text: 'Merci beaucoup', code: 'fr' },
  { text: 'Bonjour', code: 'fr' },
  { text: "d'accord, merci", code: 'fr' },
  { text: 'quel est le prix?', code: 'fr' },
  { text: 'Bonne journée', code: 'fr' },
  { text: "c'est noté", code: 'fr' },
  { text: 'Oui, ça marche', code: 'fr' },
  { text: 'à demain', code: 'fr' },
  { text: 'تمام', code: 'ar' },
  { text: 'شكرا', code: 'ar' },
  { text: 'السعر كم؟', code: 'ar' },
  { text: 'مرحبا', code: 'ar' },
  { text: 'تمام، MOQ كم؟', code: 'ar' },
  { text: 'ok حبيبي', code: 'ar' },
];

/** Messages of 20 letters or more, several with English trade terms, codes or place names. */
export const LONG_CASES: readonly LanguageCase[] = [
  { text: 'Please quote 5,000 pcs FOB Ningbo and share the lead time', code: 'en' },
  { text: 'We need 2x40HQ delivered CIF Los Angeles before the end of April, what is your best price?', code: 'en' },
  { text: 'Hi, our warehouse in Rio de Janeiro needs 300 units, can you ship DAP Rio de Janeiro?', code: 'en' },
  { text: 'The samples arrived in San Antonio yesterday, quality looks good', code: 'en' },
  { text: 'Can you do 30% T/T deposit and 70% against B/L copy? Our bank is in Buenos Aires.', code: 'en' },
  { text: 'Kindly send the proforma invoice so we can open the L/C this week', code: 'en' },
  { text: 'Our client in Sao Paulo is asking for CE and RoHS certificates', code: 'en' },
  { text: 'maybe next month, we will see how the market goes', code: 'en' },
  { text: 'Los Angeles port is congested, please advise the new ETA', code: 'en' },
  { text: 'Deliver to Le Havre, then trucking to our store near La Rochelle', code: 'en' },
  { text: 'RFQ: 2x40HQ LED panels, CIF Los Angeles, delivery in May', code: 'en' },
  { text: 'Quote 500 units DAP Rio de Janeiro by Friday', code: 'en' },
  { text: 'Los Angeles warehouse needs 300 units of solar street lights', code: 'en' },
  { text: 'New RFQ from Sao Paulo: 1,000 pcs floodlight 200W, FOB Shenzhen', code: 'en' },
  { text: 'Hola, necesitamos el precio FOB Shanghai para 2.000 unidades, y el lead time por favor', code: 'es' },
  { text: '¿Cuál es el MOQ? Queremos hacer un pedido de prueba antes de fin de mes', code: 'es' },
  { text: 'El precio está muy alto, otro proveedor nos da USD 2,35 por pieza', code: 'es' },
  { text: 'Buenas tardes, adjunto la orden de compra. Pagamos 30% T/T y el saldo contra BL', code: 'es' },
  { text: 'Necesitamos las muestras urgente, el cliente en Madrid está esperando', code: 'es' },
  { text: 'Perfecto, confirmamos el pedido de los LED panels con entrega en Valencia', code: 'es' },
  { text: 'Gracias por la cotización, lo revisamos con gerencia y les avisamos', code: 'es' },
  { text: 'Necesitamos cotización CIF Los Angeles, el MOQ y el lead time', code: 'es' },
  { text: 'Best price? El target price del cliente es USD 9,50 FOB', code: 'es' },
  { text: 'Bom dia, gostaria de saber o preço FOB para 1.000 peças e o prazo de entrega', code: 'pt' },
  { text: 'Vocês conseguem fazer CIF Santos? O MOQ de vocês é muito alto para nós', code: 'pt' },
  { text: 'Segue em anexo o pedido de compra, o pagamento será 30% antecipado via T/T', code: 'pt' },
  { text: 'Obrigado pelo retorno, vamos analisar a proposta e voltamos a falar semana que vem', code: 'pt' },
  { text: 'O preço está caro, o concorrente oferece R$ 12,90 por unidade', code: 'pt' },
  { text: 'Precisamos das amostras com urgência, nosso cliente em São Paulo está aguardando', code: 'pt' },
  { text: 'Pode enviar a proforma invoice? Queremos fechar o pedido ainda este mês', code: 'pt' },
  { text: 'Envio para Rio de Janeiro, qual o lead time e o MOQ?', code: 'pt' },
  { text: 'Bonjour, pouvez-vous nous envoyer votre meilleur prix FOB pour 5 000 pièces?', code: 'fr' },
  { text: 'Le MOQ est trop élevé pour une première commande, pouvez-vous faire 500 pièces?', code: 'fr' },
  { text: 'Merci pour votre offre, nous allons réfléchir et revenir vers vous', code: 'fr' },
  { text: 'Nous avons besoin du certificat CE et de la fiche technique avant de commander', code: 'fr' },
  { text: 'Le délai de livraison est trop long, notre client à Marseille attend depuis un mois', code: 'fr' },
  { text: 'Veuillez trouver ci-joint notre bon de commande, paiement 30% T/T à la commande', code: 'fr' },
  { text: 'Nous voulons livrer à Los Angeles, est-ce possible en DAP?', code: 'fr' },
  { text: 'مرحبا، نحتاج عرض سعر لخمسمائة قطعة مع التوصيل إلى مستودعنا في جدة', code: 'ar' },
  { text: 'السعر غالي جدا، المورد الثاني أعطانا سعر أقل', code: 'ar' },
  { text: 'نحتاج LED panel 600x600 بسعر FOB Ningbo والـ MOQ كم؟', code: 'ar' },
  { text: 'أرسل لنا PI من فضلك، الدفع 30% T/T مقدم', code: 'ar' },
  { text: 'السلام عليكم، هل عندكم شهادة SASO و CE للمنتج؟', code: 'ar' },
  { text: 'Please send the catalog, شكرا جزيلا', code: 'en' },
  { text: 'We confirm the order for 2 containers, إن شاء الله we pay the deposit tomorrow', code: 'en' },
];

/**
 * Cases written after the detection rules were settled and not used to tune
 * them, so their accuracy is the fairer estimate.
 */
export const HELD_OUT_CASES: readonly LanguageCase[] = [
  { text: 'ok noted', code: 'en' },
  { text: 'pls check', code: 'en' },
  { text: 'CIF Los Angeles, 2x40HQ', code: 'en' },
  { text: 'FOB Rio de Janeiro?', code: 'en' },
  { text: 'Shipment for La Paz office, 200 sets, need by June', code: 'en' },
  { text: 'Our buyer in Santa Cruz wants the same model as last time', code: 'en' },
  { text: 'sorry for the late reply, we were closed for Eid', code: 'en' },
  { text: 'de nada', code: 'es' },
  { text: 'hola amigo', code: 'es' },
  { text: 'Listo, mañana pagamos', code: 'es' },
  { text: 'el envío llegó bien', code: 'es' },
  { text: 'Estimado Carlos, le confirmo que el pago se hizo hoy por transferencia', code: 'es' },
  { text: 'Señores, el contenedor todavía no llega al puerto de Callao, qué pasó?', code: 'es' },
  { text: 'valeu!', code: 'pt' },
  { text: 'ok, combinado', code: 'pt' },
  { text: 'Boa tarde', code: 'pt' },
  { text: 'já fiz o pagamento', code: 'pt' },
  { text: 'Prezado João, o contêiner chegou ao porto de Santos com atraso de duas semanas', code: 'pt' },
  { text: 'Vocês trabalham com OEM? Precisamos da nossa marca na embalagem', code: 'pt' },
  { text: 'Salut!', code: 'fr' },
  { text: 'super, merci', code: 'fr' },
  { text: "je n'ai pas reçu", code: 'fr' },
  { text: 'Bien reçu, je transmets', code: 'fr' },
  { text: "Monsieur Dupont, nous n'avons toujours pas reçu les échantillons à Lyon", code: 'fr' },
  { text: 'Pourriez-vous baisser le prix si on commande deux conteneurs?', code: 'fr' },
  { text: 'يعطيك العافية', code: 'ar' },
  { text: 'وصلت البضاعة', code: 'ar' },
  { text: 'تم التحويل اليوم، أرسل لك صورة السويفت', code: 'ar' },
  { text: 'بدنا نفس الموديل بس لون أسود، الكمية 2000 pcs', code: 'ar' },
];

/** Every case, short, long and held out. */
export const LANGUAGE_CASES: readonly LanguageCase[] = [...SHORT_CASES, ...LONG_CASES, ...HELD_OUT_CASES];

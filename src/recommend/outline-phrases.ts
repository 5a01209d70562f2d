/**
 * Reply-outline phrases keyed by ISO 639-1 language: en, es, fr, pt and ar.
 * Add a language by adding a table with the same keys; other languages fall
 * back to English. The steps address the seller, in the buyer's language, so
 * the reply can be written straight from them.
 */
import type { ActionType, ArchetypeId, SentimentMode } from '../core/types.js';

export interface OutlinePhrases {
  /** Opening line chosen by the buyer's latest sentiment mode. */
  mode: Record<SentimentMode, string>;
  /** Steps of the action itself. */
  action: Record<ActionType, string[]>;
  /** Steps that suit the buyer's archetype. */
  archetype: Record<ArchetypeId, string[]>;
  closing: { urgent: string; standard: string };
  /** Steps that replace the action's own when a rule has a more specific aim. */
  purpose: Record<OutlinePurpose, string[]>;
}

/**
 * Specific aims a rule can give its action: `proof` answers doubt with
 * certificates and test reports, `move_to_email` takes a technical chat
 * thread to email, `retention` keeps a customer who already bought.
 */
export const OUTLINE_PURPOSES = ['proof', 'move_to_email', 'retention'] as const;
export type OutlinePurpose = (typeof OUTLINE_PURPOSES)[number];

const EN: OutlinePhrases = {
  mode: {
    constructive: 'Thank them for the clear request and get straight to the point.',
    neutral: 'Open with a short, friendly reference to their last message.',
    hesitant: 'Acknowledge their doubt and lower the risk: offer a sample, a small trial order or references.',
    frustrated: 'Apologize briefly for the delay or problem and state the concrete fix with a date.',
    skeptical: 'Answer the doubt with evidence: certificates, test reports or customer references.',
    highly_engaged: 'Match their energy and answer fast and specifically.',
  },
  action: {
    adjust_tone: ['Keep the reply short and calm; answer their exact points one by one.'],
    accelerate_follow_up: ['Answer every open question in this reply.', 'Confirm the next step and who does it.'],
    switch_channel: ['Continue on the channel they answer fastest and say why in one line.'],
    send_documents: ['Attach the requested documents and name each file in the message.'],
    escalate_to_senior: ['Introduce a senior colleague who can decide on price and terms.'],
    wait: [],
    nurture: ['Share one useful update (new product, price trend, shipping slot) without pressure.'],
  },
  archetype: {
    spec_seeker: ['Lead with the technical data: specifications, tolerances, materials, test results.'],
    urgent_buyer: ['Give price, availability and lead time in the first lines.'],
    price_negotiator: [
      'Acknowledge the target price and restate the value behind yours.',
      'Offer a volume tier, another Incoterm or payment term instead of a flat discount.',
    ],
    uncertain_evaluator: ['Ask two or three specific questions to pin down quantity, specification and timing.'],
    long_cycle_planner: ['Lay out the full process: documents, sample, trial order, production plan.'],
  },
  closing: {
    urgent: 'Close with a firm time for your next update today.',
    standard: 'Close with one clear question that moves the deal to the next stage.',
  },
  purpose: {
    proof: [
      'Attach the certificates in doubt, with the issuing body and certificate number, and the latest test report.',
      'Offer a third-party inspection or a reference customer in their market.',
    ],
    move_to_email: [
      'Suggest moving the technical details to email so drawings, specifications and revisions stay in one thread.',
      'Keep WhatsApp for quick questions and confirm the email address to use.',
    ],
    retention: [
      'Ask how the last order arrived and performs, and answer any complaint with a concrete fix.',
      'Propose the next order: confirm quantity, price validity and a production slot.',
    ],
  },
};

const ES: OutlinePhrases = {
  mode: {
    constructive: 'Agradecer la solicitud tan clara e ir directamente al grano.',
    neutral: 'Abrir con una referencia breve y cordial a su último mensaje.',
    hesitant: 'Reconocer su duda y reducir el riesgo: ofrecer una muestra, un pedido de prueba pequeño o referencias.',
    frustrated: 'Disculparse brevemente por el retraso o el problema e indicar la solución concreta con fecha.',
    skeptical: 'Responder a la duda con pruebas: certificados, informes de ensayo o referencias de clientes.',
    highly_engaged: 'Acompañar su entusiasmo y responder rápido y con precisión.',
  },
  action: {
    adjust_tone: ['Mantener la respuesta breve y serena; responder a sus puntos uno por uno.'],
    accelerate_follow_up: ['Responder en este mensaje a todas las preguntas pendientes.', 'Confirmar el siguiente paso y quién se encarga.'],
    switch_channel: ['Continuar por el canal en el que responde más rápido y explicar el motivo en una línea.'],
    send_documents: ['Adjuntar los documentos solicitados y nombrar cada archivo en el mensaje.'],
    escalate_to_senior: ['Presentar a un responsable con autoridad para decidir sobre precio y condiciones.'],
    wait: [],
    nurture: ['Compartir una novedad útil (producto nuevo, tendencia de precios, espacio de carga) sin presionar.'],
  },
  archetype: {
    spec_seeker: ['Empezar por los datos técnicos: especificaciones, tolerancias, materiales y resultados de ensayo.'],
    urgent_buyer: ['Dar precio, disponibilidad y plazo de entrega en las primeras líneas.'],
    price_negotiator: [
      'Reconocer su precio objetivo y recordar el valor que respalda el nuestro.',
      'Ofrecer un escalado por volumen, otro Incoterm u otras condiciones de pago en lugar de un descuento directo.',
    ],
    uncertain_evaluator: ['Hacer dos o tres preguntas concretas para precisar cantidad, especificación y plazos.'],
    long_cycle_planner: ['Exponer el proceso completo: documentación, muestra, pedido de prueba y plan de producción.'],
  },
  closing: {
    urgent: 'Cerrar con una hora concreta, hoy mismo, para la próxima actualización.',
    standard: 'Cerrar con una pregunta clara que lleve la operación a la siguiente etapa.',
  },
  purpose: {
    proof: [
      'Adjuntar los certificados en cuestión, con el organismo emisor y el número, y el último informe de ensayo.',
      'Ofrecer una inspección de un tercero o un cliente de referencia en su mercado.',
    ],
    move_to_email: [
      'Proponer pasar los detalles técnicos al correo electrónico para que planos, especificaciones y revisiones queden en un solo hilo.',
      'Dejar WhatsApp para consultas rápidas y confirmar la dirección de correo que se usará.',
    ],
    retention: [
      'Preguntar cómo llegó y cómo funciona el último pedido, y resolver cualquier queja con una solución concreta.',
      'Proponer el siguiente pedido: confirmar cantidad, validez del precio y un hueco de producción.',
    ],
  },
};

const FR: OutlinePhrases = {
  mode: {
    constructive: 'Remercier pour cette demande claire et aller droit au but.',
    neutral: 'Ouvrir par un rappel bref et cordial de leur dernier message.',
    hesitant: 'Reconnaître leur hésitation et réduire le risque : proposer un échantillon, une petite commande d’essai ou des références.',
    frustrated: 'S’excuser brièvement du retard ou du problème et indiquer la solution concrète avec une date.',
    skeptical: 'Répondre au doute par des preuves : certificats, rapports d’essai ou références clients.',
    highly_engaged: 'Suivre leur élan et répondre vite et avec précision.',
  },
  action: {
    adjust_tone: ['Rester bref et posé, et reprendre leurs points un par un.'],
    accelerate_follow_up: ['Répondre dans ce message à toutes les questions en suspens.', 'Confirmer la prochaine étape et qui s’en charge.'],
    switch_channel: ['Poursuivre sur le canal où ils répondent le plus vite et expliquer pourquoi en une ligne.'],
    send_documents: ['Joindre les documents demandés et citer chaque fichier dans le message.'],
    escalate_to_senior: ['Présenter un responsable habilité à décider du prix et des conditions.'],
    wait: [],
    nurture: ['Partager une information utile (nouveau produit, évolution des prix, créneau d’expédition) sans insister.'],
  },
  archetype: {
    spec_seeker: ['Commencer par les données techniques : spécifications, tolérances, matériaux, résultats d’essai.'],
    urgent_buyer: ['Donner le prix, la disponibilité et le délai de livraison dès les premières lignes.'],
    price_negotiator: [
      'Prendre acte de leur prix cible et rappeler la valeur qui justifie le nôtre.',
      'Proposer un palier de volume, un autre Incoterm ou d’autres conditions de paiement plutôt qu’une remise sèche.',
    ],
    uncertain_evaluator: ['Poser deux ou trois questions précises pour cerner la quantité, la spécification et le calendrier.'],
    long_cycle_planner: ['Présenter tout le processus : documents, échantillon, commande d’essai, planning de production.'],
  },
  closing: {
    urgent: 'Conclure en donnant une heure précise, aujourd’hui, pour le prochain point.',
    standard: 'Conclure par une question claire qui fait passer l’affaire à l’étape suivante.',
  },
  purpose: {
    proof: [
      'Joindre les certificats mis en doute, avec l’organisme émetteur et le numéro, ainsi que le dernier rapport d’essai.',
      'Proposer une inspection par un tiers ou un client de référence sur leur marché.',
    ],
    move_to_email: [
      'Proposer de passer les détails techniques par e-mail pour garder plans, spécifications et révisions dans un seul fil.',
      'Garder WhatsApp pour les questions rapides et confirmer l’adresse e-mail à utiliser.',
    ],
    retention: [
      'Demander comment la dernière commande est arrivée et se comporte, et traiter toute réclamation avec une solution concrète.',
      'Proposer la prochaine commande : confirmer la quantité, la validité du prix et un créneau de production.',
    ],
  },
};

const PT: OutlinePhrases = {
  mode: {
    constructive: 'Agradecer o pedido claro e ir direto ao ponto.',
    neutral: 'Abrir com uma referência breve e cordial à última mensagem.',
    hesitant: 'Reconhecer a dúvida e reduzir o risco: oferecer uma amostra, um pequeno pedido de teste ou referências.',
    frustrated: 'Pedir desculpas brevemente pelo atraso ou problema e indicar a solução concreta com data.',
    skeptical: 'Responder à dúvida com provas: certificados, relatórios de ensaio ou referências de clientes.',
    highly_engaged: 'Acompanhar o entusiasmo e responder rápido e com precisão.',
  },
  action: {
    adjust_tone: ['Manter a resposta curta e calma e responder aos pontos um a um.'],
    accelerate_follow_up: ['Responder nesta mensagem a todas as perguntas em aberto.', 'Confirmar o próximo passo e quem é o responsável.'],
    switch_channel: ['Continuar pelo canal em que respondem mais rápido e explicar o motivo em uma linha.'],
    send_documents: ['Anexar os documentos solicitados e citar cada arquivo na mensagem.'],
    escalate_to_senior: ['Apresentar um responsável sênior com autonomia para decidir preço e condições.'],
    wait: [],
    nurture: ['Compartilhar uma novidade útil (produto novo, tendência de preços, espaço de embarque) sem pressionar.'],
  },
  archetype: {
    spec_seeker: ['Começar pelos dados técnicos: especificações, tolerâncias, materiais e resultados de ensaio.'],
    urgent_buyer: ['Informar preço, disponibilidade e prazo de entrega logo nas primeiras linhas.'],
    price_negotiator: [
      'Reconhecer o preço-alvo e reforçar o valor que sustenta o nosso.',
      'Oferecer uma faixa por volume, outro Incoterm ou outra condição de pagamento em vez de um desconto direto.',
    ],
    uncertain_evaluator: ['Fazer duas ou três perguntas objetivas para definir quantidade, especificação e prazo.'],
    long_cycle_planner: ['Apresentar o processo completo: documentação, amostra, pedido de teste e plano de produção.'],
  },
  closing: {
    urgent: 'Encerrar com um horário definido, ainda hoje, para a próxima atualização.',
    standard: 'Encerrar com uma pergunta clara que leve o negócio à próxima etapa.',
  },
  purpose: {
    proof: [
      'Anexar os certificados questionados, com o órgão emissor e o número, e o relatório de ensaio mais recente.',
      'Oferecer uma inspeção independente ou um cliente de referência no mercado deles.',
    ],
    move_to_email: [
      'Sugerir levar os detalhes técnicos para o e-mail, para que desenhos, especificações e revisões fiquem em um único histórico.',
      'Manter o WhatsApp para dúvidas rápidas e confirmar o endereço de e-mail a usar.',
    ],
    retention: [
      'Perguntar como chegou e como está o último pedido, e resolver qualquer reclamação com uma solução concreta.',
      'Propor o próximo pedido: confirmar quantidade, validade do preço e uma janela de produção.',
    ],
  },
};

const AR: OutlinePhrases = {
  mode: {
    constructive: 'اشكر العميل على طلبه الواضح وادخل في الموضوع مباشرة.',
    neutral: 'ابدأ بإشارة قصيرة وودية إلى رسالته الأخيرة.',
    hesitant: 'تفهّم تردده وخفّف المخاطرة عليه: اعرض عينة أو طلبية تجريبية صغيرة أو مراجع من عملاء سابقين.',
    frustrated: 'اعتذر باختصار عن التأخير أو المشكلة، واذكر الحل المحدد مع موعد واضح.',
    skeptical: 'رُدّ على الشك بالأدلة: الشهادات وتقارير الاختبار ومراجع العملاء.',
    highly_engaged: 'جارِ حماسه وأجب بسرعة وبدقة.',
  },
  action: {
    adjust_tone: ['اجعل الرد قصيرًا وهادئًا، وأجب عن نقاطه واحدة تلو الأخرى.'],
    accelerate_follow_up: ['أجب في هذا الرد عن كل الأسئلة المعلّقة.', 'أكّد الخطوة التالية ومن المسؤول عنها.'],
    switch_channel: ['تابع عبر القناة التي يرد عليها أسرع، واذكر السبب في سطر واحد.'],
    send_documents: ['أرفق المستندات المطلوبة واذكر اسم كل ملف في الرسالة.'],
    escalate_to_senior: ['قدّم زميلًا من الإدارة يملك صلاحية القرار في السعر والشروط.'],
    wait: [],
    nurture: ['شارك معلومة مفيدة (منتج جديد، اتجاه الأسعار، موعد شحن متاح) دون ضغط.'],
  },
  archetype: {
    spec_seeker: ['ابدأ بالبيانات الفنية: المواصفات والتفاوتات المسموحة والمواد ونتائج الاختبار.'],
    urgent_buyer: ['اذكر السعر والتوفر ومدة التسليم في السطور الأولى.'],
    price_negotiator: [
      'أقرّ بالسعر المستهدف لديه، وذكّره بالقيمة التي يقوم عليها سعرنا.',
      'اعرض شريحة سعرية حسب الكمية أو شرط تسليم (Incoterm) آخر أو شروط دفع مختلفة بدلًا من خصم مباشر.',
    ],
    uncertain_evaluator: ['اطرح سؤالين أو ثلاثة أسئلة محددة لتحديد الكمية والمواصفات والموعد.'],
    long_cycle_planner: ['اعرض المسار الكامل: المستندات، العينة، الطلبية التجريبية، خطة الإنتاج.'],
  },
  closing: {
    urgent: 'اختم بتحديد موعد دقيق اليوم للتحديث التالي.',
    standard: 'اختم بسؤال واضح ينقل الصفقة إلى المرحلة التالية.',
  },
  purpose: {
    proof: [
      'أرفق الشهادات موضع الشك مع اسم الجهة المانحة ورقم الشهادة، وأحدث تقرير اختبار.',
      'اعرض فحصًا من جهة مستقلة أو عميلًا مرجعيًا في سوقه.',
    ],
    move_to_email: [
      'اقترح نقل التفاصيل الفنية إلى البريد الإلكتروني لتبقى الرسومات والمواصفات والتعديلات في سلسلة واحدة.',
      'أبقِ واتساب للأسئلة السريعة، وأكّد عنوان البريد الإلكتروني الذي سيُستخدم.',
    ],
    retention: [
      'اسأل كيف وصلت الطلبية الأخيرة وكيف أداؤها، وعالج أي شكوى بحل محدد.',
      'اقترح الطلبية التالية: أكّد الكمية ومدة صلاحية السعر وموعدًا في جدول الإنتاج.',
    ],
  },
};

export const OUTLINE_PHRASES: Record<string, OutlinePhrases> = { en: EN, es: ES, fr: FR, pt: PT, ar: AR };

/**
 * Returns the phrase table for a language tag, falling back to English. Only
 * the primary subtag counts, so "pt-BR" gets the Portuguese table.
 */
export function outlinePhrases(language: string | null): OutlinePhrases {
  const primary = language?.toLowerCase().split(/[-_]/)[0];
  return (primary ? OUTLINE_PHRASES[primary] : undefined) ?? EN;
}

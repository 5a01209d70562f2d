/**
 * French relationship cues. Patterns use the phrase syntax of `text/phrases.ts`,
 * written with accents (`index.ts` adds the unaccented spellings). Cue ids
 * starting with `tone.warm.` make the tone `warm`, the others `polite`.
 */
import type { SignalCue } from '../types.js';

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone. A greeting ("Bonjour", "Salam") or a bare "svp" / "pourriez-vous" opens almost
  // every French request, so it does not mark the tone. Thanks, closings and wishes do.
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: 'merci|mrc|mci|remercie|remercions|remerciements|reconnaissant|reconnaissants', strength: 0.5 },
  // Thanks in Wolof, Arabic and Darija, common in West African and Maghreb chats.
  { id: 'tone.warm.thanks_regional', type: 'relationship.tone', pattern: 'jërëjëf|jerejef|jërejëf|choukran|chokran|choukrane|shukran|chukran|sahit|sahitou|saha|sahha|barakallahoufik|barakallah', strength: 0.5 },
  { id: 'tone.warm.may_god_bless', type: 'relationship.tone', pattern: 'baraka|barak allahou|allah fik|fikoum', strength: 0.5 },
  { id: 'tone.polite.dear', type: 'relationship.tone', pattern: '^ cher|chère|chers|chères|madame|monsieur|messieurs|mesdames', strength: 0.35 },
  { id: 'tone.polite.regards', type: 'relationship.tone', pattern: 'cordialement|cdlt|cdt|salutations|respectueusement|amicalement', strength: 0.3 },
  { id: 'tone.polite.yours', type: 'relationship.tone', pattern: 'bien à vous', strength: 0.3 },
  { id: 'tone.polite.formal_closing', type: 'relationship.tone', pattern: 'veuillez|daignez agréer', strength: 0.35 },
  { id: 'tone.polite.we_beg', type: 'relationship.tone', pattern: 'vous|te prie|prions', strength: 0.3 },
  { id: 'tone.warm.nice_weekend', type: 'relationship.tone', pattern: 'bon|excellent week-end|weekend|dimanche|voyage', strength: 0.55 },
  { id: 'tone.warm.nice_day', type: 'relationship.tone', pattern: 'bonne|belle|excellente journée|soirée|semaine|fin|week-end|weekend|continuation|fête|fêtes|année', strength: 0.55 },
  // Holiday wishes: "Ramadan moubarak", "Aïd saïd", "Joyeux Noël", "Bonne Tabaski".
  { id: 'tone.warm.holiday', type: 'relationship.tone', pattern: 'ramadan|aïd|eid|tabaski|korité|mouloud moubarak|mabrouk|mubarak|karim|kareem|saïd|said|kérim', strength: 0.6 },
  { id: 'tone.warm.holiday_wish', type: 'relationship.tone', pattern: 'bon|bonne|joyeux|joyeuse|heureux|heureuse ramadan|aïd|tabaski|korité|noël|nouvel|anniversaire|réveillon|fêtes', strength: 0.6 },
  { id: 'tone.warm.best_wishes', type: 'relationship.tone', pattern: 'meilleurs|mes|nos vœux|voeux', strength: 0.6 },
  { id: 'tone.warm.congratulations', type: 'relationship.tone', pattern: 'félicitations|mabrouk|mabrook', strength: 0.6 },
  { id: 'tone.warm.hope_well', type: 'relationship.tone', pattern: 'espère|j\'espère|espérons|espérant .. bien|forme|santé', strength: 0.6 },
  { id: 'tone.warm.hope_family_well', type: 'relationship.tone', pattern: 'espère|j\'espère|espérons|espérant ... va|vont|allez|vas|porte|portent|portez bien|mieux', strength: 0.6 },
  // "Comment allez-vous ?", "Comment va la famille ?", Wolof "Nanga def ?".
  // Closed by punctuation: "Comment allez-vous procéder ?" asks about the order.
  { id: 'tone.warm.how_are_you', type: 'relationship.tone', pattern: 'comment allez-vous|vas-tu ,|.|!|?', strength: 0.6 },
  { id: 'tone.warm.how_are_you_spaced', type: 'relationship.tone', pattern: 'comment allez|vas vous|tu ,|.|!|?', strength: 0.6 },
  { id: 'tone.warm.how_is_it_going', type: 'relationship.tone', pattern: 'comment ça|ca va ,|.|!|?', strength: 0.6 },
  { id: 'tone.warm.how_is_family', type: 'relationship.tone', pattern: 'comment va|vont ?la ?ta ?votre ?vos ?les famille|santé|enfants|proches|affaires', strength: 0.6 },
  { id: 'tone.warm.how_are_you_wolof', type: 'relationship.tone', pattern: 'nanga def|deff', strength: 0.6 },
  { id: 'tone.warm.pleasure', type: 'relationship.tone', pattern: 'plaisir|ravi|ravis|ravie|heureux|heureuse|content|contents|contente .. travailler|collaborer|collaboration|partenariat|affaire|affaires|coopérer', strength: 0.7 },
  { id: 'tone.warm.looking_forward_to_read', type: 'relationship.tone', pattern: 'au plaisir', strength: 0.55 },
  { id: 'tone.warm.friend', type: 'relationship.tone', pattern: 'mon|cher|chère ami|amie|frère|sœur|cher|khoya|khouya', strength: 0.7 },
  { id: 'tone.warm.brother', type: 'relationship.tone', pattern: 'khoya|khouya|sahbi|habibi|frérot|frère|frangin', strength: 0.6 },
  { id: 'tone.warm.looking_forward', type: 'relationship.tone', pattern: 'dans l\'attente|l\'attente', strength: 0.45 },
  { id: 'tone.warm.with_pleasure', type: 'relationship.tone', pattern: 'avec|grand plaisir', strength: 0.55 },
  // relationship.negotiation_openness
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: 'couper|coupons|partager|partageons|coupe la poire', strength: 0.85 },
  { id: 'negotiation_openness.halfway', type: 'relationship.negotiation_openness', pattern: 'mi-chemin', strength: 0.8 },
  { id: 'negotiation_openness.halfway_spaced', type: 'relationship.negotiation_openness', pattern: 'mi chemin', strength: 0.8 },
  { id: 'negotiation_openness.common_ground', type: 'relationship.negotiation_openness', pattern: 'trouver|trouvons .. terrain|milieu|compromis|arrangement|entente|solution', strength: 0.8 },
  { id: 'negotiation_openness.what_if', type: 'relationship.negotiation_openness', pattern: 'et si .. commandons|commandions|prenons|prenions|achetons|achetions|augmentons|augmentions|payons|payions|doublons|engageons|passons|commande|prend', strength: 0.8 },
  { id: 'negotiation_openness.if_we_order', type: 'relationship.negotiation_openness', pattern: 'si nous|on|je commandons|commande|commandions|prenons|prend|prenions|achetons|achète|augmentons|augmente|payons|paie|paye|doublons|double|passons|passe|engageons|engage|triplons', strength: 0.75 },
  { id: 'negotiation_openness.if_i_buy', type: 'relationship.negotiation_openness', pattern: 'si|s\' j\'achète|j\'augmente|j\'engage|j\'accepte', strength: 0.75 },
  { id: 'negotiation_openness.for_an_order_of', type: 'relationship.negotiation_openness', pattern: 'pour|avec|sur une|un commande|volume|quantité|achat de|d\' #', strength: 0.6 },
  // A counter-offer with a figure ("Pourriez-vous descendre à 100 ?", "On peut faire 30 % d'acompte ?").
  // A bare plea ("Pouvez-vous faire un effort ?") is a price objection, not openness.
  { id: 'negotiation_openness.can_you_go_to', type: 'relationship.negotiation_openness', pattern: 'pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|pouvez|pourriez|peut-on|pourrait-on|pouvons-nous descendre|baisser|monter ?jusqu\'à ?à ?a ?au #', strength: 0.7 },
  // "faire" needs its "à", because "pouvez-vous faire 500 pièces en bleu ?" is a production question.
  { id: 'negotiation_openness.can_you_do_at', type: 'relationship.negotiation_openness', pattern: 'pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|pouvez|pourriez|peut-on|pourrait-on|pouvons-nous ?nous ?me ?m\' ?le ?la ?les faire|accepter|proposer|laisser|céder ?le ?la ?les à|a|pour #', strength: 0.7 },
  { id: 'negotiation_openness.we_can_do_figure', type: 'relationship.negotiation_openness', pattern: 'on|nous peut|pourrait|pourrions|pouvons|pourra|pourrons faire|payer|verser|proposer|prendre|accepter|monter|aller ?à ?a ?jusqu\'à ?au #', strength: 0.7 },
  // Volume offered for a concession: "Fais un petit geste, on va prendre beaucoup", "un bon prix et je prends 2 000 m".
  { id: 'negotiation_openness.volume_promise', type: 'relationship.negotiation_openness', pattern: 'on|nous|je va|vais|allons|pourra|pourrons|pourrait|pourrions|peut|pouvons prendre|commander|acheter beaucoup|davantage|gros|régulièrement', strength: 0.65 },
  { id: 'negotiation_openness.volume_promise_future', type: 'relationship.negotiation_openness', pattern: 'on|nous|je prendrons|prendra|prendrai|commanderons|commandera|commanderai|achèterons|achètera beaucoup|davantage|régulièrement', strength: 0.65 },
  { id: 'negotiation_openness.concession_for_order', type: 'relationship.negotiation_openness', pattern: 'geste|effort|remise|rabais|réduction|ristourne ?, ?et ?alors ?puis je|on|nous prends|prend|prenons|prendrai|prendrons|prendra|commande|commandons|commanderai|commanderons|achète|achetons|signe|signons|valide|validons|confirme|confirmons', strength: 0.7 },
  { id: 'negotiation_openness.good_price_for_order', type: 'relationship.negotiation_openness', pattern: 'bon|meilleur|petit prix ?, et|alors|puis je|on|nous prends|prend|prenons|prendrai|prendrons|commande|commandons|achète|achetons', strength: 0.7 },
  { id: 'negotiation_openness.we_could_discuss', type: 'relationship.negotiation_openness', pattern: 'on|nous pourrait|pourrions|peut|pouvons|pourra|pourrons en discuter|rediscuter|parler|reparler', strength: 0.6 },
  { id: 'negotiation_openness.if_volumes_grow', type: 'relationship.negotiation_openness', pattern: 'si .. volumes|volume|quantités|quantité|commandes augmentent|augmente|suivent|grossissent|doublent|progressent', strength: 0.65 },
  // The buyer puts its own terms on the table: "Nous proposons le règlement suivant : …", "Cela vous convient-il ?"
  { id: 'negotiation_openness.we_propose_terms', type: 'relationship.negotiation_openness', pattern: 'proposons|suggérons ... règlement|paiement|prix|tarif|acompte|solde|délai|délais|conditions|modalités|livraison|quantité|quantités|échéancier', strength: 0.65 },
  // First person only: "un autre fournisseur nous propose un meilleur prix" is a competitor's offer.
  { id: 'negotiation_openness.i_propose_terms', type: 'relationship.negotiation_openness', pattern: 'je|on ?vous ?te propose|suggère ... règlement|paiement|prix|tarif|acompte|solde|délai|délais|conditions|modalités|livraison|quantité|quantités|échéancier', strength: 0.65 },
  { id: 'negotiation_openness.does_it_suit_you', type: 'relationship.negotiation_openness', pattern: 'convient-il|conviendrait-il|irait-il|convient-elle|conviendrait-elle|conviennent-ils|conviendraient-ils', strength: 0.55 },
  // An alternative to the MOQ: sharing or splitting a lot or a container.
  { id: 'negotiation_openness.share_lot', type: 'relationship.negotiation_openness', pattern: 'partager|regrouper|mutualiser|grouper|fractionner|diviser|scinder .. lot|lots|commande|commandes|conteneur|conteneurs|container|chargement|livraison|livraisons', strength: 0.6 },
  { id: 'negotiation_openness.meet_at', type: 'relationship.negotiation_openness', pattern: 'se retrouver|retrouve|rejoindre|rejoint à|a|au|sur #', strength: 0.6 },
  { id: 'negotiation_openness.if_you_give', type: 'relationship.negotiation_openness', pattern: 'si vous|tu faites|fais|donnez|proposez|acceptez|baissez|offrez|consentez|descendez|accordez|alignez|pouvez|pourriez|arrivez ... nous|je|on|j\' confirmons|confirme|commandons|commande|prenons|prends|prend|validons|valide|signons|signe|passons|passe|pourrions|pourrons|pouvons|pourrait|pourra', strength: 0.75 },
  { id: 'negotiation_openness.we_could_order', type: 'relationship.negotiation_openness', pattern: 'nous|on pourrions|pourrait|pourrons|pourra|serions commander|passer|prendre|augmenter|doubler|engager|prêts', strength: 0.65 },
  { id: 'negotiation_openness.would_you_be_ready', type: 'relationship.negotiation_openness', pattern: 'seriez-vous|êtes-vous|seriez|êtes prêts|prêt|prête|ouverts|ouvert|disposés|disposé à', strength: 0.7 },
  { id: 'negotiation_openness.would_you_accept', type: 'relationship.negotiation_openness', pattern: 'accepteriez-vous|envisageriez-vous|accepteriez|envisageriez', strength: 0.7 },
  { id: 'negotiation_openness.could_you_consider', type: 'relationship.negotiation_openness', pattern: 'pourriez-vous|pouvez-vous envisager|considérer|étudier', strength: 0.7 },
  { id: 'negotiation_openness.counter_offer', type: 'relationship.negotiation_openness', pattern: 'contre-offre|contre-proposition|contreproposition|contreoffre', strength: 0.8 },
  { id: 'negotiation_openness.counter_offer_spaced', type: 'relationship.negotiation_openness', pattern: 'contre offre|proposition', strength: 0.8 },
  { id: 'negotiation_openness.compromise', type: 'relationship.negotiation_openness', pattern: 'compromis', strength: 0.8 },
  { id: 'negotiation_openness.flexible', type: 'relationship.negotiation_openness', pattern: 'flexible|flexibles|flexibilité|négociable|négociables|souple|souples|souplesse|discutable|discutables', strength: 0.6 },
  { id: 'negotiation_openness.open_to', type: 'relationship.negotiation_openness', pattern: 'ouvert|ouverts|ouverte|prêts|prêt|disposés|disposé à|aux ?la ?une ?toute discussion|discussions|discuter|négocier|négociation|envisager|ajuster|augmenter|considérer|proposition|propositions|revoir', strength: 0.75 },
  { id: 'negotiation_openness.volume_discount', type: 'relationship.negotiation_openness', pattern: 'remise|remises|prix|tarif|tarifs|réduction|rabais sur|pour|de|selon ?le ?les ?la ?gros volume|volumes|quantité|quantités|gros', strength: 0.6 },
  { id: 'negotiation_openness.sliding_scale', type: 'relationship.negotiation_openness', pattern: 'tarif|tarifs|prix dégressif|dégressifs|dégressive', strength: 0.65 },
  { id: 'negotiation_openness.alternative', type: 'relationship.negotiation_openness', pattern: 'alternative|alternatives|variante|variantes', strength: 0.5 },
  { id: 'negotiation_openness.other_option', type: 'relationship.negotiation_openness', pattern: 'autre|autres option|options|solution|solutions|formule|formules', strength: 0.55 },
  { id: 'negotiation_openness.how_about', type: 'relationship.negotiation_openness', pattern: 'que diriez-vous', strength: 0.6 },
  { id: 'negotiation_openness.what_do_you_think', type: 'relationship.negotiation_openness', pattern: 'qu\'en pensez-vous|dites-vous', strength: 0.5 },
  { id: 'negotiation_openness.lets_negotiate', type: 'relationship.negotiation_openness', pattern: 'discuter|négocier|rediscuter|renégocier|discutons|négocions .. prix|tarif|conditions|quantité|quantités|délai|volume|paiement|modalités', strength: 0.6 },
  { id: 'negotiation_openness.work_something_out', type: 'relationship.negotiation_openness', pattern: 'arranger|s\'arranger|arrangeons|arrangement', strength: 0.6 },
  // relationship.clarification
  { id: 'clarification.to_clarify', type: 'relationship.clarification', pattern: 'pour clarifier|préciser|éclaircir|rectifier', strength: 0.85 },
  { id: 'clarification.to_be_clear', type: 'relationship.clarification', pattern: 'pour être clair|précis|clairs', strength: 0.85 },
  { id: 'clarification.let_me_clarify', type: 'relationship.clarification', pattern: 'je|nous précise|précisons|clarifie|clarifions|rectifie|rectifions', strength: 0.8 },
  { id: 'clarification.allow_me', type: 'relationship.clarification', pattern: 'permettez-moi|laissez-moi|permets|permettons ?de ?d\' préciser|clarifier|expliquer|d\'expliquer|rappeler', strength: 0.8 },
  { id: 'clarification.as_requested', type: 'relationship.clarification', pattern: 'comme demandé|convenu|discuté|indiqué|mentionné|promis|souhaité|requis|annoncé', strength: 0.85 },
  { id: 'clarification.as_you_asked', type: 'relationship.clarification', pattern: 'comme vous ?nous ?me l\'avez|l\'aviez|l\'as|l\'avais demandé|souhaité|indiqué|mentionné|suggéré|proposé', strength: 0.85 },
  { id: 'clarification.per_your_question', type: 'relationship.clarification', pattern: 'suite|réponse|concernant|conformément|selon|quant|relativement ?à ?a ?aux ?au votre|vos|ta|tes question|questions|demande|demandes|requête|interrogation|mail|email|message|courriel|e-mail', strength: 0.8 },
  { id: 'clarification.in_reply', type: 'relationship.clarification', pattern: 'en réponse à|a', strength: 0.85 },
  { id: 'clarification.to_answer', type: 'relationship.clarification', pattern: 'pour répondre à|a|aux', strength: 0.85 },
  { id: 'clarification.here_are', type: 'relationship.clarification', pattern: 'voici|voilà|ci-dessous|ci-après .. détails|informations|infos|réponses|réponse|précisions|spécifications|specs|plans|dessins|exigences|documents|liste|éléments|quantités', strength: 0.7 },
  { id: 'clarification.i_meant', type: 'relationship.clarification', pattern: 'voulais|voulions|voulait dire', strength: 0.7 },
  { id: 'clarification.we_were_talking', type: 'relationship.clarification', pattern: 'je|nous parlais|parlions|parlait de|du|des', strength: 0.6 },
  { id: 'clarification.i_confirm_that', type: 'relationship.clarification', pattern: 'je|nous vous confirme|confirmons que|qu\'*', strength: 0.6 },
  { id: 'clarification.i_confirm', type: 'relationship.clarification', pattern: 'je|nous confirme|confirmons que|qu\'*', strength: 0.6 },
  { id: 'clarification.sorry_confusion', type: 'relationship.clarification', pattern: 'désolé|désolée|désolés|pardon|excusez|excusez-moi .. confusion|malentendu|erreur|oubli', strength: 0.6 },
  { id: 'clarification.misunderstanding', type: 'relationship.clarification', pattern: 'malentendu|quiproquo', strength: 0.5 },
];

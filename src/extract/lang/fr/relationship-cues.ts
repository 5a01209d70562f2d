/**
 * French relationship cues. Patterns use the phrase syntax of `text/phrases.ts`,
 * written with accents (`index.ts` adds the unaccented spellings). Cue ids
 * starting with `tone.warm.` make the tone `warm`, the others `polite`.
 */
import type { SignalCue } from '../types.js';
import { spellings } from './spelling.js';

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** Words after a count that make it no quantity of goods: "3 semaines", "2 photos". */
const NOT_COUNT = spellings([
  'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'heure', 'heures', 'h', 'fois', 'photo', 'photos', 'devis', 'échantillon', 'échantillons',
  ...MONTHS.split('|'),
]);

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone. A greeting ("Bonjour", "Salam") or a bare "svp" / "pourriez-vous" opens almost
  // every French request, so it does not mark the tone. Thanks, closings and wishes do.
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: 'merci|mrc|mci|remercie|remercions|remerciements|reconnaissant|reconnaissants', strength: 0.5 },
  // Thanks in Wolof, Arabic and Darija, common in West African and Maghreb chats.
  { id: 'tone.warm.thanks_regional', type: 'relationship.tone', pattern: 'jërëjëf|jerejef|jërejëf|choukran|chokran|choukrane|shukran|chukran|sahit|sahitou|saha|sahha|barakallahoufik|barakallah', strength: 0.5 },
  { id: 'tone.warm.may_god_bless', type: 'relationship.tone', pattern: 'baraka|barak allahou|allah fik|fikoum', strength: 0.5 },
  // Alone, a salutation is labeled tone on 8 of 20 messages of the fitted sets: it only supports other tone.
  { id: 'tone.polite.dear', type: 'relationship.tone', pattern: '^ cher|chère|chers|chères|madame|monsieur|messieurs|mesdames', strength: 0.35, supportOnly: true },
  // Alone, a closing formula is labeled tone on 82 of 190 messages of the fitted sets: it only supports other tone.
  { id: 'tone.polite.regards', type: 'relationship.tone', pattern: 'cordialement|cdlt|cdt|salutations|respectueusement|amicalement', strength: 0.3, supportOnly: true },
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
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: 'couper|coupons|coupe la poire', strength: 0.85 },
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: 'partager|partageons|couper|coupons la différence', strength: 0.85 },
  // A shipment or order split in parts: "diviser l'expédition en deux".
  { id: 'negotiation_openness.split_in_parts', type: 'relationship.negotiation_openness', pattern: 'diviser|divisez|divisons|fractionner|fractionnez|fractionnons|scinder|scindez .. en deux|2|trois|3|plusieurs', strength: 0.7 },
  { id: 'negotiation_openness.halfway', type: 'relationship.negotiation_openness', pattern: 'mi-chemin', strength: 0.8 },
  { id: 'negotiation_openness.halfway_spaced', type: 'relationship.negotiation_openness', pattern: 'mi chemin', strength: 0.8 },
  { id: 'negotiation_openness.common_ground', type: 'relationship.negotiation_openness', pattern: 'trouver|trouvons .. terrain|milieu|compromis|arrangement|entente|solution', strength: 0.8 },
  { id: 'negotiation_openness.what_if', type: 'relationship.negotiation_openness', pattern: 'et si .. commandons|commandions|prenons|prenions|achetons|achetions|augmentons|augmentions|payons|payions|doublons|engageons|passons|commande|prend|prenait|prenais|passait|passions|commandait|commandais|mettait|faisait|payait|partait|partions|s\'engage|s\'engageait', strength: 0.8 },
  { id: 'negotiation_openness.if_we_order', type: 'relationship.negotiation_openness', pattern: 'si nous|on|je commandons|commande|commandions|prenons|prend|prenions|achetons|achète|augmentons|augmente|payons|paie|paye|doublons|double|passons|passe|engageons|engage|triplons|prends|prenais|prenait|passions|passait|commandais|commandait|achetait|achetais|m\'engage|s\'engage|montons|monte', strength: 0.75, cancelledBy: spellings(['délai', 'délais', 'quoi', 'combien']) },
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
  // A smaller start or a mixed lot against the MOQ: "on peut commencer avec 200 pièces", "500 pour commencer ?", "200 paires mélangées".
  { id: 'negotiation_openness.start_with_count', type: 'relationship.negotiation_openness', pattern: 'commencer|démarrer|débuter|commencerait|commencerions|commencerais|démarrerait|démarrerions|démarrerais|commence|démarre|commençons|démarrons ?plutôt ?juste avec|par|à|a ?juste ?seulement # ?#', strength: 0.7, notBefore: NOT_COUNT },
  { id: 'negotiation_openness.start_with_one', type: 'relationship.negotiation_openness', pattern: 'commencer|démarrer|débuter|commencerait|commencerions|commencerais|démarrerait|démarrerions|commence|démarre|commençons|démarrons ?plutôt ?juste avec|par un|une conteneur|palette|lot|camion|seul|seule|demi|petit|petite', strength: 0.65 },
  { id: 'negotiation_openness.start_smaller', type: 'relationship.negotiation_openness', pattern: 'commencer|démarrer|débuter|commencerait|commencerions|commence ?plus petit|doucement|modestement|léger|petit', strength: 0.6 },
  { id: 'negotiation_openness.count_to_start_asked', type: 'relationship.negotiation_openness', pattern: '# .. pour|pr commencer|démarrer|débuter|tester|essayer ?le ?la ?notre ?marché ?', strength: 0.7 },
  { id: 'negotiation_openness.mixed_lot', type: 'relationship.negotiation_openness', pattern: 'mixer|mélanger|panacher|groupager|mélangés|mélangées|panachés|panachées|mixte|mixtes|répartir|réparties|répartis|répartie', strength: 0.6 },
  { id: 'negotiation_openness.grouping_asked', type: 'relationship.negotiation_openness', pattern: 'groupage ?', strength: 0.6 },
  // Split deliveries or payments: "livrer en deux fois", "la moitié en 15 jours et le reste après", "payer en 3 fois".
  { id: 'negotiation_openness.in_parts', type: 'relationship.negotiation_openness', pattern: 'en|par deux|trois|quatre|plusieurs|2|3|4 fois|lots|envois|livraisons|expéditions|tranches|versements|échéances|parties|temps', strength: 0.65, cancelledBy: spellings(['livraison', 'devra', 'prévue', 'prévu', 'faut']) },
  { id: 'negotiation_openness.partial_delivery', type: 'relationship.negotiation_openness', pattern: 'livraison|livraisons|expédition|expéditions|envoi|envois partielle|partielles|partiel|partiels|fractionnée|fractionnées|échelonnée|échelonnées|étalée|étalées', strength: 0.65 },
  { id: 'negotiation_openness.half_by', type: 'relationship.negotiation_openness', pattern: 'moitié|partie en|sous|dans|d\'ici #', strength: 0.6 },
  { id: 'negotiation_openness.half_by_mode', type: 'relationship.negotiation_openness', pattern: `moitié|partie en|par|avant|maintenant|d'abord avion|bateau|express|maintenant|${MONTHS}`, strength: 0.6 },
  { id: 'negotiation_openness.half_and_half', type: 'relationship.negotiation_openness', pattern: 'moitié-moitié', strength: 0.65 },
  { id: 'negotiation_openness.half_and_half', type: 'relationship.negotiation_openness', pattern: 'moitié moitié', strength: 0.65 },
  { id: 'negotiation_openness.rest_later', type: 'relationship.negotiation_openness', pattern: 'le|la reste|reliquat|moitié après|ensuite|plus', strength: 0.55 },
  { id: 'negotiation_openness.spread_out', type: 'relationship.negotiation_openness', pattern: 'étaler|étalez|étalons|échelonner|échelonnez|fractionner|fractionnez|découper|diviser|divisez|scinder|décaler|décalez ... livraison|livraisons|commande|paiement|paiements|envois|fois|lots|solde|acompte|règlement|expédition|expéditions', strength: 0.65 },
  // Another way to pay: escrow, a proposed LC or documentary collection, "est-ce qu'on peut payer par Western Union ?".
  { id: 'negotiation_openness.escrow', type: 'relationship.negotiation_openness', pattern: 'séquestre|escrow|fiduciaire', strength: 0.55 },
  { id: 'negotiation_openness.escrow_phrase', type: 'relationship.negotiation_openness', pattern: 'trade assurance', strength: 0.6 },
  { id: 'negotiation_openness.escrow_phrase', type: 'relationship.negotiation_openness', pattern: 'tiers de confiance', strength: 0.6 },
  { id: 'negotiation_openness.pay_another_way', type: 'relationship.negotiation_openness', pattern: 'on|nous peut|pourrait|pouvons|pourrions|peut-tu|peut-on ?faire ?passer payer|régler|passer|travailler par|en|via', strength: 0.6 },
  { id: 'negotiation_openness.ratio_split', type: 'relationship.negotiation_openness', pattern: '# à|a la commande|l\'avance|avance|d\'avance ?, ?et #', strength: 0.55, cancelledBy: spellings(['paiement', 'd\'accord', 'entendu', 'ok', 'convient']) },
  // The buyer's own counter-proposal: "je vous propose 20 % à la commande", "Proposition : …", "voilà ma proposition".
  { id: 'negotiation_openness.i_propose_figure', type: 'relationship.negotiation_openness', pattern: 'je|on|moi ?vous ?te propose|suggère|proposerais ... #', strength: 0.65 },
  { id: 'negotiation_openness.we_propose_figure', type: 'relationship.negotiation_openness', pattern: 'proposons|suggérons|proposerions ... #', strength: 0.65 },
  { id: 'negotiation_openness.propose_instrument', type: 'relationship.negotiation_openness', pattern: 'propose|proposons|suggère|suggérons|préférons|préférerions|préférerais|préfère ... lc|l/c|crédoc|credoc|remise|séquestre|escrow|d/p|cad|lettre|traite', strength: 0.6 },
  { id: 'negotiation_openness.my_proposal', type: 'relationship.negotiation_openness', pattern: 'ma|notre ?nouvelle ?dernière proposition|contre-proposition', strength: 0.6 },
  { id: 'negotiation_openness.proposal_colon', type: 'relationship.negotiation_openness', pattern: '^ proposition|suggestion :', strength: 0.65 },
  // A condition on the seller's side: "si vous descendez à 910", "si vous acceptez la LC à vue", "si vous pouvez livrer en deux lots".
  { id: 'negotiation_openness.if_you_concede', type: 'relationship.negotiation_openness', pattern: 'si vous|tu|t\' ?nous ?me ?m\' ?vous descendez|descends|baissez|baisses|alignez|alignes|matchez|matches|acceptez|acceptes|incluez|inclus|ajoutez|ajoutes|offrez|offres|accordez|accordes|consentez|faites|fais|passez|passes|arrivez|arrives|tenez|tiens|étalez|réduisez|réduis|garantissez|garantis|enlevez|enlèves|bloquez|bloques|gardez|gardes|maintenez|maintiens|prenez|partagez|livrez|expédiez|offrez', strength: 0.7 },
  { id: 'negotiation_openness.if_you_can_do', type: 'relationship.negotiation_openness', pattern: 'si vous|tu pouvez|peux|pourriez|pouviez|pourrais|arrivez|arrives|arriviez ?nous ?me ?vous descendre|baisser|aligner|accepter|inclure|ajouter|offrir|accorder|livrer|expédier|réduire|tenir|garantir|mixer|répartir|étaler|consentir|matcher|arriver|passer|prendre|garder|bloquer|maintenir|diviser|fractionner|raccourcir', strength: 0.7 },
  { id: 'negotiation_openness.if_you_can_make', type: 'relationship.negotiation_openness', pattern: 'si vous|tu pouvez|peux|pourriez|pouviez|pourrais ?nous ?me faire|envoyer', strength: 0.6, notBefore: spellings(['parvenir', 'un', 'une', 'le', 'la', 'les', 'des', 'savoir', 'signe', 'nous', 'me', 'moi', 'rapidement', 'vite']) },
  { id: 'negotiation_openness.if_you_are_at', type: 'relationship.negotiation_openness', pattern: 'si vous|tu êtes|es à|a #', strength: 0.7 },
  { id: 'negotiation_openness.if_you_agree', type: 'relationship.negotiation_openness', pattern: 'si vous|tu êtes|es d\'accord|ok|okay|partants', strength: 0.6 },
  { id: 'negotiation_openness.if_it_is_ok_then', type: 'relationship.negotiation_openness', pattern: 'si c\'est|ça|ca|cela ok|bon|d\'accord|possible|jouable|faisable|acceptable ?pour ?vous ?, on|je|nous|j\'', strength: 0.6 },
  // A later volume if the first lot sells: "si ça marche je recommande gros", "si ça pogne on monte à un 40 pieds".
  { id: 'negotiation_openness.if_it_sells', type: 'relationship.negotiation_openness', pattern: 'si ça|ca|cela|tout marche|va|tourne|pogne|fonctionne|plaît|plait|cartonne|passe .. ?, on|je|nous|j\' recommande|recommandons|recommanderai|recommanderons|augmente|augmentons|augmenterons|suit|suivons|suivrons|monte|montons|passe|passons|passerons|double|doublons|commande|commandons|commanderons|enchaîne|enchaînons|reprend|reprends|reprenons|prend|prendrons', strength: 0.7 },
  { id: 'negotiation_openness.if_it_sells_well', type: 'relationship.negotiation_openness', pattern: 'si ça|ca|cela se vend|vendent .. ?, on|je|nous|j\' recommande|recommandons|recommanderai|recommanderons|augmente|augmentons|suit|suivons|monte|montons|passe|passons|double|doublons|commande|commandons|reprend|reprends|reprenons', strength: 0.7 },
  // Counter-offers in the imperative: "Fais 3 800 et je prends 200 cartons", "Mets-moi à 410 000", "Alignez-vous et on signe".
  { id: 'negotiation_openness.make_it_and_we', type: 'relationship.negotiation_openness', pattern: 'fais|faites|fais-moi|faites-moi|faites-nous|fais-nous|mets-moi|mettez-moi|mets-nous|mettez-nous|mets|mettez|donne-moi|donnez-moi|donnez-nous|accordez-nous|accorde-moi|accordez-moi|proposez-nous|propose-moi|proposez-moi|laissez-moi|laisse-moi ?à ?a # ... et|pis|puis on|je|nous|j\'en|j\'', strength: 0.75 },
  { id: 'negotiation_openness.put_me_at', type: 'relationship.negotiation_openness', pattern: 'mets-moi|mettez-moi|mets-nous|mettez-nous|laisse-moi|laissez-moi|laissez-nous|laisse-nous à|a #', strength: 0.7 },
  { id: 'negotiation_openness.give_me_count', type: 'relationship.negotiation_openness', pattern: 'faites-moi|fais-moi|faites-nous|fais-nous|accordez-nous|accorde-moi|accordez-moi|donnez-moi|donne-moi|donnez-nous # ?#', strength: 0.65, notBefore: NOT_COUNT },
  { id: 'negotiation_openness.align_yourself', type: 'relationship.negotiation_openness', pattern: 'alignez-vous|aligne-toi|matchez|matche|matchez-le|égalez', strength: 0.65 },
  { id: 'negotiation_openness.align_on', type: 'relationship.negotiation_openness', pattern: 'vous|te|t\' aligner|alignez|aligniez|aligne|alignes', strength: 0.65 },
  { id: 'negotiation_openness.at_price_we_buy', type: 'relationship.negotiation_openness', pattern: 'à|a|sur # ... on|je|nous|j\'en ?vous ?te ?en signe|signons|prends|prend|prenons|valide|validons|commande|commandons|confirme|confirmons', strength: 0.7 },
  { id: 'negotiation_openness.at_price_we_can', type: 'relationship.negotiation_openness', pattern: 'à|a|sur # ... on|nous peut|pouvons|pourrait|pourrions signer|valider|accepter|commander|prendre|lancer|démarrer', strength: 0.7 },
  // What the seller can do for a volume or a term: "vous me faites combien ?", "tu peux faire mieux ?", "le prix bouge ?".
  { id: 'negotiation_openness.what_for_me', type: 'relationship.negotiation_openness', pattern: 'me|nous faites|fais|feriez|ferais|ferez combien|quoi', strength: 0.65 },
  { id: 'negotiation_openness.down_to_how_much', type: 'relationship.negotiation_openness', pattern: 'arrivez|arrives|arriver|descendre|descendez|descends|baisser à|a combien', strength: 0.65 },
  { id: 'negotiation_openness.do_something', type: 'relationship.negotiation_openness', pattern: 'faire|feriez|ferez quelque chose pour|sur', strength: 0.6 },
  { id: 'negotiation_openness.do_for_me', type: 'relationship.negotiation_openness', pattern: 'pouvez|pouvez-vous|peux|peux-tu|pourriez|pourriez-vous ?nous ?me faire ?quoi pour moi|nous', strength: 0.65 },
  { id: 'negotiation_openness.do_better', type: 'relationship.negotiation_openness', pattern: 'faire|fait|ferez|feriez|faites mieux', strength: 0.6 },
  { id: 'negotiation_openness.expect_better', type: 'relationship.negotiation_openness', pattern: 'attend|attendons|attendais|attendions à|a mieux', strength: 0.6 },
  { id: 'negotiation_openness.price_moves', type: 'relationship.negotiation_openness', pattern: 'prix|tarif|unitaire ... bouge|bouge-t-il|bouge-tu|bougerait|bouger', strength: 0.65 },
  { id: 'negotiation_openness.room_to_move', type: 'relationship.negotiation_openness', pattern: 'marge de manœuvre|manoeuvre|négociation', strength: 0.65 },
  { id: 'negotiation_openness.best_you_can', type: 'relationship.negotiation_openness', pattern: 'mieux que vous|tu pouvez|peux|pourriez|puissiez', strength: 0.6 },
  { id: 'negotiation_openness.conceivable', type: 'relationship.negotiation_openness', pattern: 'envisageable|envisageables', strength: 0.6 },
  { id: 'negotiation_openness.does_that_suit', type: 'relationship.negotiation_openness', pattern: 'ça|ca|cela vous|te va|irait|conviendrait|convient|arrange|arrangerait|dit ?', strength: 0.6 },
  { id: 'negotiation_openness.what_do_you_say', type: 'relationship.negotiation_openness', pattern: 'qu\'est-ce que tu|vous en dis|dites|penses|pensez', strength: 0.55 },
  { id: 'negotiation_openness.what_say_chat', type: 'relationship.negotiation_openness', pattern: 't\'en|vous dis|penses|dites|pensez quoi', strength: 0.55 },
  { id: 'negotiation_openness.what_suits_you', type: 'relationship.negotiation_openness', pattern: 'qu\'est-ce qui vous|t\' arrange|arrangerait|conviendrait|convient|va', strength: 0.6 },
  // The buyer gives something back: "on paie la différence de fret", "quitte à payer un peu plus cher", "on s'engage sur 20 tonnes".
  { id: 'negotiation_openness.cover_difference', type: 'relationship.negotiation_openness', pattern: 'payer|paie|paye|payons|paierons|paierait|payerait|payerions|paierions|prendre|prendrait|prendrions|prenons|prend|prends|assumer|assumons ?en ?charge la|le différence|surcoût|supplément|surplus|écart', strength: 0.65 },
  { id: 'negotiation_openness.even_if', type: 'relationship.negotiation_openness', pattern: 'quitte à|a', strength: 0.6 },
  { id: 'negotiation_openness.even_dearer', type: 'relationship.negotiation_openness', pattern: 'même ?un ?peu ?légèrement plus cher|chère|chers', strength: 0.6 },
  { id: 'negotiation_openness.commit_to', type: 'relationship.negotiation_openness', pattern: 'engage|engageons|engagerons|engagerions|engagerait|s\'engage|s\'engager|m\'engager|m\'engage|m\'engagerais|m\'engagerai|engager sur|à|a|pour|par', strength: 0.65, cancelledBy: spellings(['avant']) },
  { id: 'negotiation_openness.commitment_of', type: 'relationship.negotiation_openness', pattern: 'engagement|engagements annuel|ferme|écrit|écrite|minimum|volume|sur|de|d\'', strength: 0.6 },
  { id: 'negotiation_openness.we_could_accept', type: 'relationship.negotiation_openness', pattern: 'on|nous peut|pourrait|pourrions|pouvons|pourra|pourrons|serions|serait ?disposés ?prêts ?à accepter|envisager|considérer', strength: 0.65 },
  // A bare plea ("Pouvez-vous faire un effort ?") is a price objection. A plea with a way out keeps the deal open:
  // "fais un effort on va s'entendre", "pouvez-vous faire une exception ?".
  { id: 'negotiation_openness.exception_asked', type: 'relationship.negotiation_openness', pattern: 'pouvez-vous|pourriez-vous|pouvez|pourriez|peux-tu|peux|pourrais|pourrais-tu ?vous ?nous ?me faire|consentir un|une ?petite exception|dérogation', strength: 0.6 },
  { id: 'negotiation_openness.effort_and_we', type: 'relationship.negotiation_openness', pattern: 'effort|geste ?, on|nous va|pourra|peut|pourrait|vont ?faire ?bien s\'entendre|faire|avancer|signer|discuter|travailler', strength: 0.65 },
  { id: 'negotiation_openness.we_can_agree', type: 'relationship.negotiation_openness', pattern: 'on|nous peut|pourra|pourrait|pouvons|va|pourrons s\'entendre|s\'arranger|discuter|trouver', strength: 0.6 },
  { id: 'negotiation_openness.and_we_talk', type: 'relationship.negotiation_openness', pattern: 'et|pis|puis on|nous discute|discutons|s\'entend|cause', strength: 0.6 },
  { id: 'negotiation_openness.and_we_talk', type: 'relationship.negotiation_openness', pattern: 'et|pis|puis on|nous en parle|parlons', strength: 0.6 },
  { id: 'negotiation_openness.lets_say', type: 'relationship.negotiation_openness', pattern: 'mettons|admettons|supposons que|qu\'on|qu\'', strength: 0.65 },
  { id: 'negotiation_openness.target_price', type: 'relationship.negotiation_openness', pattern: 'notre|mon|ma cible|objectif|target|prix-cible ... #', strength: 0.55 },
  { id: 'negotiation_openness.rest_on_terms', type: 'relationship.negotiation_openness', pattern: 'le reste|reliquat contre|sur|à|a|au|quand|en', strength: 0.55, notBefore: spellings(['payer', 'régler', 'livrer', 'faire', 'voir']) },
  { id: 'negotiation_openness.pay_later', type: 'relationship.negotiation_openness', pattern: 'l\'acompte|acompte|solde|paiement|règlement plus tard', strength: 0.6 },
  { id: 'negotiation_openness.half_by_means', type: 'relationship.negotiation_openness', pattern: 'moitié|partie par|en virement|lc|l/c|traite|chèque|cash|lettre|remise', strength: 0.6 },
  { id: 'negotiation_openness.if_the_price', type: 'relationship.negotiation_openness', pattern: 'si le|les|votre|ton prix|tarif|tarifs passe|baisse|descend|tient|suit|bouge', strength: 0.65 },
  { id: 'negotiation_openness.so_that_we', type: 'relationship.negotiation_openness', pattern: 'pour qu\'on|que reste|restions|continue|continuions|signe|signions|avance|avancions|commande|commandions', strength: 0.6 },
  { id: 'negotiation_openness.accept_count_asked', type: 'relationship.negotiation_openness', pattern: 'pouvez-vous|pourriez-vous|pouvez|pourriez|peux-tu|accepteriez-vous|accepteriez|acceptez-vous ?accepter # ?#', strength: 0.65, notBefore: NOT_COUNT },
  { id: 'negotiation_openness.slightly_dearer', type: 'relationship.negotiation_openness', pattern: 'à|a un prix légèrement|un ?peu supérieur|plus', strength: 0.6 },
  { id: 'negotiation_openness.could_we_pay', type: 'relationship.negotiation_openness', pattern: 'qu\'on peut|pourrait|pourra payer|régler|passer|travailler par|en|via', strength: 0.6 },
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

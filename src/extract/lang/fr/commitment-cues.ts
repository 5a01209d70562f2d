/**
 * French commitment cues. Patterns use the phrase syntax of `text/phrases.ts`,
 * written with accents (`index.ts` adds the unaccented spellings).
 */
import type { SignalCue } from '../types.js';
import { RECEIVED_WORDS } from '../neutral.js';

const ATTACHED = 'ci-joint|ci-jointe|ci-joints|ci-jointes|joint|jointe|joints|jointes|pj|p.j|attaché|attachée|trouverez|trouver|voici|voilà';
const SAMPLE = 'échantillon|échantillons|l\'échantillon|d\'échantillon|d\'échantillons|échantillonnage|ech|échant';
/** Colors and color systems after "couleur" / "coloris". */
const COLOR = 'noir|noire|noirs|noires|blanc|blanche|blancs|blanches|rouge|rouges|bleu|bleue|bleus|vert|verte|verts|jaune|jaunes|gris|grise|marron|beige|orange|rose|violet|argent|argenté|doré|dorée|naturel|naturelle|transparent|transparente|marine|écru|anthracite|ral|pantone';
const MATERIAL = 'acier|inox|aluminium|alu|cuivre|laiton|zinc|fonte|pp|pe|pehd|hdpe|pvc|abs|pet|coton|polyester|lin|laine|cuir|bois|verre|plastique|nylon|silicone|caoutchouc|céramique|carton|kraft|papier';
const FINISH = 'mate|mat|brillante|brillant|brossée|brossé|chromée|chromé|galvanisée|galvanisé|anodisée|anodisé|laquée|laqué|polie|poli|satinée|satiné|époxy|zinguée|zingué|peinte|peint|thermolaquée|thermolaqué';
const PAID_ITEM = 'paiement|acompte|l\'acompte|d\'acompte|solde|avance|l\'avance|virement|règlement|transfert|versement|fonds|montant|reste|swift|mt103';

export const COMMITMENT_CUES: SignalCue[] = [
  // commitment.detailed_specs
  { id: 'detailed_specs.attached_drawing', type: 'commitment.detailed_specs', pattern: `${ATTACHED} .. plan|plans|dessin|dessins|cahier|spécifications|spécification|specs|fiche|fiches|exigences|besoins|nomenclature|bom|croquis|schéma|schémas|cotes|dimensions|descriptif|maquette`, strength: 0.8 },
  { id: 'detailed_specs.our_requirements', type: 'commitment.detailed_specs', pattern: 'notre|nos|mon|mes cahier|exigences|spécifications|specs|spécification|exigence|critères|contraintes|descriptif', strength: 0.6 },
  { id: 'detailed_specs.our_needs', type: 'commitment.detailed_specs', pattern: 'nos|mes besoins|besoin sont|est|:', strength: 0.5 },
  { id: 'detailed_specs.specifications_doc', type: 'commitment.detailed_specs', pattern: 'cahier des charges', strength: 0.75 },
  { id: 'detailed_specs.requirements_colon', type: 'commitment.detailed_specs', pattern: 'exigences|spécifications|spécification|specs|caractéristiques|besoins|détails|dimensions|cotes|description|descriptif :', strength: 0.7 },
  // A spec word counts with its value ("format 60x40x40", "coloris marine", "épaisseur 2 mm"): alone it is
  // as often a question or a complaint ("les couleurs déteignent", "directive basse tension").
  { id: 'detailed_specs.dimensions', type: 'commitment.detailed_specs', pattern: 'dimension|dimensions|taille|tailles|format|formats|cotes|mesures|largeur|longueur|hauteur|profondeur|diamètre|épaisseur|laize ?: ?de ?d\' ?environ #', strength: 0.45 },
  { id: 'detailed_specs.weight', type: 'commitment.detailed_specs', pattern: 'poids|grammage|densité|tolérance|tolérances|charge ?: ?de ?d\' ?environ ?max ?maximum #', strength: 0.45 },
  { id: 'detailed_specs.material', type: 'commitment.detailed_specs', pattern: `matière|matières|matériau|matériaux|nuance|alliage|composition ?: ?en ?de ?d' ${MATERIAL}`, strength: 0.45 },
  { id: 'detailed_specs.finish', type: 'commitment.detailed_specs', pattern: `finition|finitions|traitement|revêtement ?: ${FINISH}`, strength: 0.45 },
  { id: 'detailed_specs.electrical', type: 'commitment.detailed_specs', pattern: 'tension|voltage|puissance|wattage|ampérage|fréquence|intensité|autonomie|batterie ?: ?de ?d\' ?environ #', strength: 0.45 },
  { id: 'detailed_specs.socket', type: 'commitment.detailed_specs', pattern: 'culot|douille ?: e27|e14|gu10|g9|b22|mr16|g4|gu5.3|r7s', strength: 0.45 },
  { id: 'detailed_specs.appearance', type: 'commitment.detailed_specs', pattern: `couleur|couleurs|coloris|teinte|teintes ?: ${COLOR}`, strength: 0.4 },
  { id: 'detailed_specs.standard_required', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'conforme|conformes|conformément à|a|aux|au ?la ?les norme|normes|directive|directives|règlement|standard|standards', strength: 0.55 },
  { id: 'detailed_specs.according_to_standard', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'selon|suivant ?la ?les norme|normes|directive|directives|standard|standards', strength: 0.55 },
  // commitment.invoice_request
  { id: 'invoice_request.proforma', type: 'commitment.invoice_request', pattern: 'proforma|pro-forma|proformas|pro-formas', strength: 0.9, cancelledBy: RECEIVED_WORDS },
  { id: 'invoice_request.pro_forma', type: 'commitment.invoice_request', pattern: 'pro forma', strength: 0.9 },
  { id: 'invoice_request.send_pi', type: 'commitment.invoice_request', pattern: 'envoyer|m\'envoyer|envoyez|envoyez-nous|envoyez-moi|établir|émettre|préparer|faire|transmettre|éditer .. pi', strength: 0.85 },
  { id: 'invoice_request.invoice', type: 'commitment.invoice_request', pattern: 'envoyer|m\'envoyer|envoyez|envoyez-nous|envoyez-moi|établir|émettre|préparer|faire|transmettre|éditer|corriger|modifier|refaire|besoin .. facture|factures', strength: 0.8 },
  { id: 'invoice_request.contract', type: 'commitment.invoice_request', pattern: 'envoyer|m\'envoyer|envoyez|envoyez-nous|préparer|rédiger|établir|signer|transmettre|faire .. contrat|contrats|accord-cadre', strength: 0.8 },
  { id: 'invoice_request.bank_details', type: 'commitment.invoice_request', pattern: 'coordonnées|informations|infos|détails|données|références bancaires', strength: 0.85 },
  // "la PI" in a buyer's message is the proforma invoice ("dès réception de la PI").
  { id: 'invoice_request.the_pi', type: 'commitment.invoice_request', pattern: 'la|une|votre|ta|nouvelle|prochaine pi', strength: 0.75 },
  { id: 'invoice_request.rib', type: 'commitment.invoice_request', pattern: 'rib', strength: 0.75 },
  { id: 'invoice_request.rib_spelled', type: 'commitment.invoice_request', pattern: 'relevé d\'identité bancaire', strength: 0.75 },
  { id: 'invoice_request.iban', type: 'commitment.invoice_request', pattern: 'votre|vos|ton|tes iban|bic|swift', strength: 0.8 },
  { id: 'invoice_request.account_number', type: 'commitment.invoice_request', pattern: 'numéro|n° de compte', strength: 0.6 },
  // commitment.delivery_terms
  { id: 'delivery_terms.deliver_to', type: 'commitment.delivery_terms', pattern: 'livrer|livré|livrée|livrés|livrées|livraison|expédier|expédition|expédié|expédiée|envoi|acheminer|acheminement|transport|transporter|rendu à|au|aux|vers|sur|jusqu\'à|jusqu\'au|chez', strength: 0.55 },
  { id: 'delivery_terms.destination_port', type: 'commitment.delivery_terms', pattern: 'port|ports ?de destination|déchargement|débarquement|arrivée|d\'arrivée|chargement|embarquement|d\'embarquement|livraison', strength: 0.7 },
  { id: 'delivery_terms.destination_colon', type: 'commitment.delivery_terms', pattern: 'destination|pod|pol :', strength: 0.6 },
  { id: 'delivery_terms.final_destination', type: 'commitment.delivery_terms', pattern: 'destination finale', strength: 0.65 },
  { id: 'delivery_terms.must_arrive', type: 'commitment.delivery_terms', pattern: 'doit|doivent|devra|devront|devrait|devraient|faut .. arriver|arrive|arrivent|parvenir|parvienne|livré|livrée|livrés|livrées|expédié|expédiée|expédiés|embarqué|embarquée|chargé|chargée', strength: 0.7 },
  { id: 'delivery_terms.must_be_at', type: 'commitment.delivery_terms', pattern: 'doit|doivent|devra|devront|faut ?qu\' ?que être|soit|soient à|au|chez|livré|livrée|livrés|livrées|sur|rendu|rendue', strength: 0.65 },
  { id: 'delivery_terms.delivery_date', type: 'commitment.delivery_terms', pattern: 'date|planning|calendrier ?de ?d\' livraison|expédition|d\'expédition|chargement|embarquement|d\'embarquement ... #', strength: 0.5 },
  { id: 'delivery_terms.delivery_address', type: 'commitment.delivery_terms', pattern: 'adresse|lieu|point ?de livraison|d\'expédition|déchargement', strength: 0.65 },
  { id: 'delivery_terms.packing', type: 'commitment.delivery_terms', pattern: 'emballage|emballages|l\'emballage|conditionnement|palettisé|palettisée|palettisés|colisage|filmé|filmées', strength: 0.45 },
  { id: 'delivery_terms.incoterm_word', type: 'commitment.delivery_terms', pattern: 'incoterm|incoterms', strength: 0.6 },
  { id: 'delivery_terms.delivery_terms', type: 'commitment.delivery_terms', pattern: 'conditions|termes|modalités ?de livraison|d\'expédition|expédition|transport', strength: 0.6 },
  { id: 'delivery_terms.shipping_mark', type: 'commitment.delivery_terms', pattern: 'marquage|étiquetage|étiquettes ?des ?du colis|cartons|carton|palettes', strength: 0.55 },
  { id: 'delivery_terms.by_mode', type: 'commitment.delivery_terms', pattern: 'par|en ?voie bateau|avion|camion|mer|maritime|aérien|aérienne|route|routier|routière|rail|train|ferroviaire|express|dhl|fedex|ups|aramex|groupage|messagerie', strength: 0.5 },
  { id: 'delivery_terms.freight_mode', type: 'commitment.delivery_terms', pattern: 'fret|transport maritime|aérien|routier|ferroviaire|multimodal', strength: 0.5 },
  // A forwarder counts when it takes over the goods. Naming it or passing on its contact states no terms.
  { id: 'delivery_terms.our_forwarder', type: 'commitment.delivery_terms', pattern: 'notre|mon|nos transitaire|transitaires|déclarant|transporteur|commissionnaire|agent ... récupère|récupérera|récupérer|enlève|enlèvera|enlever|s\'occupe|s\'occupera|chargera|passera|viendra|prendra', strength: 0.6 },
  { id: 'delivery_terms.customs_cleared', type: 'commitment.delivery_terms', pattern: 'dédouané|dédouanée|dédouanés|dédouanées', strength: 0.5 },
  { id: 'delivery_terms.delivered_price', type: 'commitment.delivery_terms', pattern: 'prix|tarif|tarifs|cotation|offre|livraison rendu|rendus|rendue|franco', strength: 0.55 },
  { id: 'delivery_terms.deliver_by', type: 'commitment.delivery_terms', pattern: 'livrer|livrez|livrez-nous|expédier|expédiez|expédiez-nous|livraison|expédition ... d\'ici|avant|sous|dès|endéans|tard', strength: 0.55 },
  { id: 'delivery_terms.book_freight', type: 'commitment.delivery_terms', pattern: 'booker|bookez|booké|réserver|réservez|réservé ?le ?un ?les ?des ?l\' container|containers|conteneur|conteneurs|booking|fret|navire|bateau|l\'espace|espace', strength: 0.6 },
  // Receiving constraints: "notre entrepôt sera fermé du 20 au 24", "livraison sur rendez-vous".
  { id: 'delivery_terms.warehouse_closed', type: 'commitment.delivery_terms', pattern: 'notre|nos entrepôt|entrepôts|dépôt|dépôts|magasin|magasins|site|quai ... fermé|fermée|fermés|fermées|fermera|fermeront|clos|fermeture', strength: 0.55 },
  { id: 'delivery_terms.take_into_account', type: 'commitment.delivery_terms', pattern: 'tenir|tenez compte ... livraison|livraisons|livrer|réception|expédition|l\'expédition', strength: 0.55 },
  { id: 'delivery_terms.by_appointment', type: 'commitment.delivery_terms', pattern: 'livraison|livraisons|réception|déchargement sur|avec rendez-vous|rdv', strength: 0.6 },
  // commitment.sample_request
  { id: 'sample_request.send_sample', type: 'commitment.sample_request', pattern: `envoyer|m'envoyer|envoyez|envoyez-nous|envoyez-moi|envoie|besoin|voulons|voudrions|voudrais|souhaitons|souhaiterions|souhaiterais|demander|demandons|recevoir|avoir|obtenir|commander|acheter|tester|essayer|voir .. ${SAMPLE}`, strength: 0.85 },
  { id: 'sample_request.sample_cost', type: 'commitment.sample_request', pattern: `frais|coût|cout|prix|tarif|envoi ?de ?des ?du ?d' ${SAMPLE}`, strength: 0.8 },
  { id: 'sample_request.sample_free', type: 'commitment.sample_request', pattern: `${SAMPLE} .. gratuit|gratuits|gratuite|gratuites|payant|payants|offert|offerts|disponible|disponibles|facturé|facturés|remboursé|remboursés`, strength: 0.75 },
  { id: 'sample_request.trial_order', type: 'commitment.sample_request', pattern: 'commande|commandes|lot|série|production|livraison ?de essai|d\'essai|test|tests|pilote|d\'échantillons', strength: 0.85 },
  { id: 'sample_request.sample_question', type: 'commitment.sample_request', pattern: 'échantillon|échantillons|échantillonnage ?', strength: 0.7 },
  { id: 'sample_request.samples_first', type: 'commitment.sample_request', pattern: `${SAMPLE} d'abord|avant|préalablement`, strength: 0.8 },
  { id: 'sample_request.samples_in_first', type: 'commitment.sample_request', pattern: `${SAMPLE} en premier`, strength: 0.8 },
  { id: 'sample_request.for_testing', type: 'commitment.sample_request', pattern: 'envoyer|m\'envoyer|envoyez|recevoir|commander|acheter|besoin|prendre|prendrons|prenons .. pour test|tests|tester|essai|essais|essayer|évaluation|évaluer|validation|valider|homologation|approbation|d\'essai', strength: 0.75 },
  { id: 'sample_request.test_first', type: 'commitment.sample_request', pattern: 'tester|essayer|test # ?pcs|pièces|pièce|unités|unité|pc|cartons|carton|kg', strength: 0.7 },
  // commitment.order_confirmation
  // A go-ahead ("go ahead", "please proceed", "start production") is readiness to buy by the labeling
  // guide, not a confirmed order: those cues raise intent.purchase (`purchase.proceed.*`).
  { id: 'order_confirmation.confirm_order', type: 'commitment.order_confirmation', pattern: 'confirmer|confirmons|confirme|confirmé|confirmée|valider|validons|valide|validé|validée .. commande|bdc|po|achat|l\'achat', strength: 0.9 },
  { id: 'order_confirmation.order_confirmed', type: 'commitment.order_confirmation', pattern: 'commande|bdc|po ?est|a ?été ?bien confirmée|confirmé|validée|validé|lancée|passée|approuvée|signée|signé', strength: 0.9 },
  // An attached PO. "Je vous envoie le bon de commande demain" announces one (`purchase.will_send_po`).
  { id: 'order_confirmation.attached_po', type: 'commitment.order_confirmation', pattern: 'ci-joint|ci-jointe|joint|jointe|pj|trouverez|trouver .. bon|bdc|po|commande', strength: 0.9 },
  { id: 'order_confirmation.attached_contract', type: 'commitment.order_confirmation', pattern: `${ATTACHED} .. contrat|contrats ?dûment signé|signés|contresigné|paraphé`, strength: 0.85 },
  // "On prend les 3 x 40HC" takes the quantity offered, at a sentence start or after a yes. After a discount
  // plea ("… et je prends les 3 palettes") or without the article ("je prends 2 000 m") it is still an offer.
  { id: 'purchase.proceed.we_take_them', type: 'intent.purchase', pattern: '^ on|nous|je prend|prenons|prends|prendrons les|ces|le|la #', strength: 0.75 },
  { id: 'order_confirmation.ok_we_take_them', type: 'commitment.order_confirmation', pattern: 'ok|okay|d\'accord|dac|bon|parfait|validé|confirmé|deal|safi ?, on|nous|je prend|prenons|prends|prendrons les|ces|le|la #', strength: 0.75 },
  { id: 'order_confirmation.here_is_po', type: 'commitment.order_confirmation', pattern: 'voici|voilà .. bdc|po|commande|bon', strength: 0.85 },
  // The bare noun is also a plan ("je vous envoie le bon de commande demain"), so it counts only attached, signed or sent.
  { id: 'order_confirmation.po_document', type: 'commitment.order_confirmation', pattern: 'bon|bons de commande .. joint|jointe|ci-joint|pj|p.j|attaché|signé|signée|envoyé|transmis', strength: 0.8 },
  { id: 'order_confirmation.sent_po', type: 'commitment.order_confirmation', pattern: 'envoyé|envoyés|transmis|adressé|retourné|renvoyé .. bon|bons de commande', strength: 0.85 },
  { id: 'order_confirmation.po_abbreviation', type: 'commitment.order_confirmation', pattern: 'bdc|b.d.c', strength: 0.75 },
  { id: 'order_confirmation.signed_contract', type: 'commitment.order_confirmation', pattern: 'signé|signée|signés|retourné|retournée|renvoyé|renvoyée|contresigné|contresignée .. contrat|pi|proforma|bon|devis|offre|l\'offre|accord', strength: 0.85 },
  { id: 'order_confirmation.signed_quote', type: 'commitment.order_confirmation', pattern: 'devis|offre|proforma|pi|cotation signé|signée|signés|accepté|acceptée|approuvé|approuvée|validé|validée|retourné|retournée', strength: 0.85 },
  { id: 'order_confirmation.approved_for_order', type: 'commitment.order_confirmation', pattern: 'bon pour accord|commande', strength: 0.9 },
  { id: 'order_confirmation.firm_order', type: 'commitment.order_confirmation', pattern: 'commande ferme|définitive', strength: 0.85 },
  { id: 'order_confirmation.deal', type: 'commitment.order_confirmation', pattern: 'marché|affaire conclu|conclue', strength: 0.8 },
  { id: 'purchase.proceed.ok_deal', type: 'intent.purchase', pattern: 'ok|okay|c\'est|cest|alors deal', strength: 0.75 },
  { id: 'purchase.proceed.ok_for_quantity', type: 'intent.purchase', pattern: 'ok|okay|d\'accord|dac|validé|go pour #', strength: 0.7 },
  { id: 'order_confirmation.agreed_price', type: 'commitment.order_confirmation', pattern: 'au|aux|le|les prix|conditions|tarif convenu|convenus|convenues|négocié|négociés|négociées|discuté|discutés|proposé', strength: 0.7 },
  { id: 'order_confirmation.i_confirm', type: 'commitment.order_confirmation', pattern: '^ je|nous confirme|confirmons ,|.|!', strength: 0.6 },
  { id: 'purchase.proceed.you_can_proceed', type: 'intent.purchase', pattern: 'vous|tu pouvez|peux ?y aller|procéder|lancer|démarrer|commencer|avancer', strength: 0.7 },
  { id: 'purchase.proceed.go_ahead', type: 'intent.purchase', pattern: 'allez-y|vas-y', strength: 0.65 },
  { id: 'order_confirmation.kindly_proceed', type: 'commitment.order_confirmation', pattern: 'veuillez procéder|lancer|démarrer', strength: 0.75 },
  { id: 'purchase.we_approve', type: 'intent.purchase', pattern: 'on|nous|je valide|validons', strength: 0.7 },
  { id: 'order_confirmation.confirm_quantity', type: 'commitment.order_confirmation', pattern: 'confirme|confirmons|confirmé|validons|valide ?les ?la ?le # ?x pcs|pièces|pièce|unités|cartons|conteneurs|conteneur|palettes|kg|tonnes|x40hq|x20gp|40hq|20gp|tc|tcs', strength: 0.8 },
  { id: 'order_confirmation.we_accept', type: 'commitment.order_confirmation', pattern: 'acceptons|j\'accepte .. offre|l\'offre|devis|proforma|pi|conditions|proposition|cotation', strength: 0.8 },
  // commitment.payment
  // The auxiliary separates a done payment from a planned one: "on a viré l'acompte" against "on vire l'acompte lundi".
  // Without accents the two read alike ("vire"), so the bare participle does not count.
  { id: 'payment.paid', type: 'commitment.payment', pattern: `avons|ai|j'ai|a|avez|ont|été|déjà|bien ?déjà ?bien payé|réglé|viré|transféré|envoyé|effectué|fait|versé|émis|lancé|procédé .. ${PAID_ITEM}`, strength: 0.9 },
  { id: 'payment.paid_costs', type: 'commitment.payment', pattern: 'avons|ai|j\'ai|a|avez|ont|été ?déjà ?bien payé .. frais|facture|factures|échantillons|commande|total|totalité|intégralité|l\'intégralité|tout', strength: 0.85 },
  // "réglé" is also "settled" ("on a réglé le problème"), so it needs a money item.
  { id: 'payment.settled_invoice', type: 'commitment.payment', pattern: 'avons|ai|j\'ai|a|avez|ont|été ?déjà ?bien réglé|soldé .. frais|facture|factures|total|totalité|intégralité|l\'intégralité', strength: 0.85 },
  { id: 'payment.payment_has_left', statementOnly: true, type: 'commitment.payment', pattern: `${PAID_ITEM} ... a|ont ?bien ?déjà été ?bien ?déjà effectué|effectuée|envoyé|envoyée|viré|virée|versé|versée|fait|faite|émis|émise|exécuté|exécutée|passé|passée|réglé|réglée|payé|payée|transféré|transférée|parti|partie`, strength: 0.85 },
  // A money verb in the passive needs no item: "Le solde de CHF 12'480.– a été versé ce matin."
  { id: 'payment.was_paid', statementOnly: true, type: 'commitment.payment', pattern: 'a|ont ?bien ?déjà été ?bien ?déjà versé|versée|versés|viré|virée|virés|payé|payée|payés', strength: 0.8 },
  { id: 'payment.payment_is_gone', statementOnly: true, type: 'commitment.payment', pattern: `${PAID_ITEM} ... est|sont ?bien ?déjà parti|partis|partie|parties|passé|passée`, strength: 0.85 },
  { id: 'payment.payment_under_way', statementOnly: true, type: 'commitment.payment', pattern: `${PAID_ITEM} ... est|sont ?bien ?déjà en cours`, strength: 0.7 },
  { id: 'payment.payment_under_way', statementOnly: true, type: 'commitment.payment', pattern: `${PAID_ITEM} ... est|sont ?bien ?déjà lancé|lancée|initié|initiée`, strength: 0.7 },
  { id: 'payment.invoice_paid', type: 'commitment.payment', pattern: 'réglé|payé|soldé|honoré ?la ?votre ?les ?vos facture|factures', strength: 0.85 },
  { id: 'payment.payment_done', statementOnly: true, type: 'commitment.payment', pattern: `${PAID_ITEM} ?a ?est ?ont ?été ?bien effectué|effectuée|envoyé|envoyée|viré|versé|versée|payé|réglé|fait|faite|parti|émis|passé|transmis|exécuté|reçu`, strength: 0.85 },
  { id: 'payment.payment_slip', type: 'commitment.payment', pattern: 'preuve|copie|avis|l\'avis|justificatif|bordereau|reçu|ordre|l\'ordre|attestation|l\'attestation ?de ?du ?d\' paiement|virement|swift|transfert|versement|mt103|règlement', strength: 0.85 },
  { id: 'payment.swift_attached', type: 'commitment.payment', pattern: 'ci-joint|ci-jointe|pj|voici ?la ?le ?copie ?du ?de swift|mt103|virement|justificatif|bordereau', strength: 0.8 },
  { id: 'payment.opened_lc', type: 'commitment.payment', pattern: 'ouvert|ouverte|émis|émise|ouvrons|émettons .. lc|l/c|crédoc|credoc|crédit|lettre', strength: 0.9 },
  { id: 'payment.lc_opened', type: 'commitment.payment', pattern: 'lc|l/c|crédoc ?a ?est ?été ouvert|ouverte|émis|émise', strength: 0.9 },
];

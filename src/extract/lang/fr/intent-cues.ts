/**
 * French intent cues. Patterns use the phrase syntax of `text/phrases.ts` and
 * are written with accents: `index.ts` adds the unaccented spellings. Elided
 * articles are part of the token ("l'offre", "d'échantillons"), so those forms
 * are listed as their own alternatives.
 */
import type { SignalCue } from '../types.js';

const QUESTION_WORD = 'quel|quelle|quels|quelles';
const PRICE_NOUN = 'prix|tarif|tarifs|devis|offre|l\'offre|offres|cotation|cotations|proposition|chiffrage|tarification';
const INCOTERM = 'fob|cif|cfr|cnf|c&f|exw|ddp|dap|fca|cpt|cip|dpu';
// "faire" is left out: "faites-moi un bon prix" asks for a discount, not a quote (see `quotation.make_a_quote`).
const SEND = 'indiquer|m\'indiquer|indiquez|indiquez-nous|indiquez-moi|préciser|connaître|envoyer|m\'envoyer|m\'adresser|m\'expédier|envoyez|envoyez-nous|envoyez-moi|envoie|envoie-moi|transmettre|transmettez|transmettez-nous|communiquer|communiquez-nous|partager|fournir|fournissez|fournissez-nous|adresser|parvenir|donner|donnez-nous|donnez-moi|établir|recevoir|obtenir|avoir';
/** Verbs that ask the seller to state a fact: "confirmez-nous le MOQ", "indiquez-moi le délai". */
const ASK_FACT = 'indiquer|m\'indiquer|indiquez|indiquez-nous|indiquez-moi|préciser|précisez|précisez-nous|connaître|confirmer|confirmez|confirmez-nous|confirmez-moi|communiquer|communiquez-nous|donner|donnez-nous|donnez-moi';
/** Verbs and questions that ask for a document: "envoyez-nous …", "auriez-vous …". */
const ASK_DOC = `${SEND}|joindre|consulter|besoin|avez-vous|auriez-vous|disposez-vous|as-tu|aurais-tu|possédez-vous`;
const DATASHEET = 'fiche|fiches ?de technique|techniques|produit|produits|données|signalétique|sécurité';

export const INTENT_CUES: SignalCue[] = [
  // intent.early_qualification
  { id: 'early_qualification.moq_question', type: 'intent.early_qualification', pattern: `${QUESTION_WORD} .. moq|moqs|minimum|minimale|minimal|capacité|capacités`, strength: 0.8 },
  { id: 'early_qualification.moq_bare_question', type: 'intent.early_qualification', pattern: 'moq|moqs ?', strength: 0.7 },
  { id: 'early_qualification.whats_the_moq', type: 'intent.early_qualification', pattern: 'quoi .. moq|minimum|capacité', strength: 0.75 },
  { id: 'early_qualification.how_many_minimum', type: 'intent.early_qualification', pattern: 'combien .. minimum|mini|minimale', strength: 0.7 },
  { id: 'early_qualification.minimum_quantity_question', type: 'intent.early_qualification', pattern: 'quantité|qté|quantités minimum|minimale|minimales|mini|min ?', strength: 0.7 },
  { id: 'early_qualification.minimum_order_question', type: 'intent.early_qualification', pattern: 'minimum|mini de|d\' commande ?', strength: 0.7 },
  { id: 'early_qualification.lead_time_question', type: 'intent.early_qualification', pattern: `${QUESTION_WORD}|combien|quoi .. délai|délais`, strength: 0.55 },
  { id: 'early_qualification.ask_moq_or_lead_time', type: 'intent.early_qualification', pattern: `${ASK_FACT} .. moq|moqs|capacité|capacités|minimum|lead|délai|délais|disponibilité|disponibilités|stock|stocks`, strength: 0.65 },
  { id: 'early_qualification.looking_for_supplier', type: 'intent.early_qualification', pattern: 'cherchons|recherchons|cherche|recherche .. fournisseur|fournisseurs|fabricant|fabricants|usine|partenaire|producteur|grossiste', strength: 0.6 },
  { id: 'early_qualification.terms_of_sale', type: 'intent.early_qualification', pattern: 'conditions générales|cgv', strength: 0.5 },
  { id: 'early_qualification.capacity', type: 'intent.early_qualification', pattern: 'capacité|capacités de production|fabrication|mensuelle|annuelle|journalière|quotidienne', strength: 0.6 },
  { id: 'early_qualification.capacity_question', type: 'intent.early_qualification', pattern: 'combien .. pouvez-vous|pouvez|produisez|fabriquez|produire|fabriquer|livrer|fournir|sortir', strength: 0.75 },
  { id: 'early_qualification.are_you_manufacturer', type: 'intent.early_qualification', pattern: 'êtes-vous|vous|êtes ?êtes ?vous ?un|une|le|la|des fabricant|fabricants|fabriquant|usine|producteur|manufacturier|revendeur|grossiste|distributeur|négociant|trader|intermédiaire|importateur', strength: 0.8 },
  { id: 'early_qualification.factory_or_trader', type: 'intent.early_qualification', pattern: 'fabricant|fabriquant|usine|producteur|manufacturier ou revendeur|négociant|trader|distributeur|intermédiaire|grossiste|société|bureau', strength: 0.8 },
  { id: 'early_qualification.own_factory', type: 'intent.early_qualification', pattern: 'propre|propres usine|usines|fabrication|production|atelier', strength: 0.75 },
  { id: 'early_qualification.company_profile', type: 'intent.early_qualification', pattern: 'présentation|profil|plaquette|fiche ?de ?votre ?la société|entreprise|l\'entreprise|d\'entreprise|compagnie|usine|l\'usine|groupe', strength: 0.7 },
  { id: 'early_qualification.factory_location', type: 'intent.early_qualification', pattern: 'où se trouve|trouvent|situe|situent .. usine|usines|l\'usine|société|entreprise|l\'entreprise|bureau|bureaux|entrepôt|entrepôts|l\'entrepôt|siège|showroom', strength: 0.7 },
  { id: 'early_qualification.based_where', type: 'intent.early_qualification', pattern: 'vous êtes basés|basé|situés|situé|localisés|implantés où|ou', strength: 0.6 },
  { id: 'early_qualification.years_in_business', type: 'intent.early_qualification', pattern: 'depuis combien de temps .. existez|existez-vous|êtes|travaillez|exportez|fabriquez|activité', strength: 0.6 },
  { id: 'early_qualification.since_when', type: 'intent.early_qualification', pattern: 'depuis quand .. existez|existez-vous|êtes|travaillez|exportez|fabriquez|activité', strength: 0.6 },
  { id: 'early_qualification.founded', type: 'intent.early_qualification', pattern: 'année de création|fondation', strength: 0.5 },
  { id: 'early_qualification.workers', type: 'intent.early_qualification', pattern: 'combien ?de employés|d\'employés|ouvriers|d\'ouvriers|salariés|personnes|lignes|machines|ingénieurs|d\'ingénieurs|techniciens', strength: 0.7 },
  // A catalogue is material to judge the product by.
  { id: 'evaluation.catalog', type: 'intent.evaluation', pattern: 'catalogue|catalogues|catalog|brochure|brochures', strength: 0.6 },
  { id: 'early_qualification.product_range', type: 'intent.early_qualification', pattern: 'gamme|gammes|liste de|des produits|produit|articles|références', strength: 0.6 },
  { id: 'early_qualification.your_range', type: 'intent.early_qualification', pattern: 'votre|vos gamme|gammes', strength: 0.55 },
  { id: 'early_qualification.main_markets', type: 'intent.early_qualification', pattern: 'principaux|principales marchés|clients|pays|références', strength: 0.5 },
  { id: 'early_qualification.export_to', type: 'intent.early_qualification', pattern: 'exportez|exportez-vous .. pays|vers|afrique|europe|maroc|algérie|tunisie|sénégal', strength: 0.5 },
  { id: 'early_qualification.can_you_make', type: 'intent.early_qualification', pattern: 'pouvez-vous|pourriez-vous|pouvez|pourriez|peux-tu|êtes-vous ?vous ?nous ?me ?en ?mesure ?de ?d\' fabriquer|produire|réaliser|exporter|concevoir|développer|usiner|personnaliser|d\'exporter|d\'usiner', strength: 0.6 },
  { id: 'early_qualification.do_you_make', type: 'intent.early_qualification', pattern: 'fabriquez-vous|produisez-vous|vendez-vous|proposez-vous|fournissez-vous|exportez-vous|distribuez-vous|faites-vous', strength: 0.6 },
  { id: 'early_qualification.you_make', type: 'intent.early_qualification', pattern: 'vous fabriquez|produisez|exportez|distribuez des|du|de|la|le|les|ce|ces|aussi|également', strength: 0.55 },
  { id: 'early_qualification.you_also_sell', type: 'intent.early_qualification', pattern: 'vous vendez|proposez|faites aussi|également', strength: 0.55 },
  { id: 'early_qualification.in_stock', type: 'intent.early_qualification', pattern: 'disponible|disponibles|dispo|dispos en stock', strength: 0.55 },
  { id: 'early_qualification.have_stock', type: 'intent.early_qualification', pattern: 'avez-vous|possédez-vous .. stock', strength: 0.55 },
  { id: 'early_qualification.you_have_stock', type: 'intent.early_qualification', pattern: 'vous avez .. stock ?', strength: 0.55 },
  { id: 'early_qualification.oem', type: 'intent.early_qualification', pattern: 'oem|odm', strength: 0.6 },
  { id: 'early_qualification.customization', type: 'intent.early_qualification', pattern: 'personnalisation|personnalisé|personnalisée|personnalisés|personnalisées|customisation|customisé|sur-mesure', strength: 0.55 },
  { id: 'early_qualification.made_to_measure', type: 'intent.early_qualification', pattern: 'sur mesure', strength: 0.55 },
  { id: 'early_qualification.private_label', type: 'intent.early_qualification', pattern: 'marque blanche|propre|privée|distributeur', strength: 0.6 },
  { id: 'early_qualification.our_logo', type: 'intent.early_qualification', pattern: 'avec|sous notre|nos ?propre logo|marque|logos', strength: 0.6 },
  // intent.evaluation
  // A datasheet the buyer asks for or questions; "ci-joint notre fiche technique" supplies specs instead.
  { id: 'evaluation.datasheet', type: 'intent.evaluation', pattern: `${ASK_DOC} ... ${DATASHEET}`, strength: 0.8 },
  { id: 'evaluation.your_datasheet', type: 'intent.evaluation', pattern: `votre|vos|ta|tes ${DATASHEET}`, strength: 0.7 },
  { id: 'evaluation.datasheet_please', type: 'intent.evaluation', pattern: `${DATASHEET} svp|stp|please|pls|dispo|disponible|disponibles|?`, strength: 0.75 },
  { id: 'evaluation.safety_sheet', type: 'intent.evaluation', pattern: 'fds|msds|sds|fdes', strength: 0.75 },
  { id: 'evaluation.technical_details', type: 'intent.evaluation', pattern: 'documentation|doc|docs|données|informations|infos|caractéristiques|détails|dossier|notice technique|techniques', strength: 0.75 },
  { id: 'evaluation.test_report', type: 'intent.evaluation', pattern: 'rapport|rapports|résultats|résultat|pv|procès-verbal|bulletin ?de ?du ?des test|tests|essai|essais|d\'essai|d\'essais|laboratoire|labo|contrôle|inspection|qualité|conformité|d\'inspection|d\'analyse|analyse|analyses', strength: 0.8 },
  { id: 'evaluation.share_certificate', type: 'intent.evaluation', pattern: `${SEND}|voir .. certificat|certificats|certification|certifications|attestation|attestations|homologation|l'attestation|déclaration`, strength: 0.75 },
  { id: 'evaluation.certificate_provide', type: 'intent.evaluation', pattern: 'certificat|certificats|certification|attestation|attestations|rapport|rapports|fiche|fiches ... fournir|envoyer|transmettre|partager|communiquer', strength: 0.65 },
  { id: 'evaluation.have_certificate', type: 'intent.evaluation', pattern: 'avez-vous|possédez-vous|disposez-vous|êtes-vous|est-il|sont-ils|avez .. certificat|certificats|certification|certifications|certifié|certifiés|homologation|homologué|marquage|fda|iso|rohs|reach|ul|nf|saso|halal|onssa|gs|conforme|conformes', strength: 0.7 },
  // Inverted or ending in "?": "tout est conforme" after a delivery is a verdict, not a question.
  { id: 'evaluation.compliant_question', type: 'intent.evaluation', pattern: 'sont-ils|sont-elles|est-il|est-elle conformes|conforme|certifiés|certifié|certifiées|homologués|homologué|agréés', strength: 0.55 },
  { id: 'evaluation.compliant_asked', type: 'intent.evaluation', pattern: 'sont|est conformes|conforme|certifiés|certifié|certifiées|homologués|homologué|agréés ... ?', strength: 0.55 },
  { id: 'evaluation.lifespan', type: 'intent.evaluation', pattern: 'durée de vie', strength: 0.5 },
  { id: 'evaluation.what_material', type: 'intent.evaluation', pattern: `${QUESTION_WORD} .. matière|matières|matériau|matériaux|composition|alliage|qualité`, strength: 0.5 },
  { id: 'evaluation.made_of_what', type: 'intent.evaluation', pattern: 'fabriqué|fabriqués|fabriquée|fait|faits|faite|faites en quoi', strength: 0.5 },
  // Asked-for photos only: "merci pour les photos" thanks for them.
  { id: 'evaluation.photos', type: 'intent.evaluation', pattern: `${ASK_DOC}|voir|pourriez-vous|pouvez-vous|peux-tu ... photos|photo|vidéo|vidéos|images`, strength: 0.5 },
  { id: 'evaluation.photos_please', type: 'intent.evaluation', pattern: 'photos|photo|vidéo|vidéos|images svp|stp|please|pls|?', strength: 0.5 },
  { id: 'evaluation.more_photos', type: 'intent.evaluation', pattern: 'plus|autres ?de ?d\' photos|d\'photos|vidéos|images', strength: 0.5 },
  { id: 'evaluation.have_tests', type: 'intent.evaluation', pattern: 'avez-vous|auriez-vous|disposez-vous|avez|existe-t-il|faites-vous ?des ?les ?vos ?un tests|test|essais|essai|résultats|rapports', strength: 0.7 },
  { id: 'evaluation.test_kind', type: 'intent.evaluation', pattern: 'tests|test|essais|essai de|d\' vieillissement|résistance|charge|fatigue|corrosion|brouillard|étanchéité|chute|traction|endurance|durabilité|tenue|performance|performances', strength: 0.6 },
  { id: 'evaluation.factory_audit', type: 'intent.evaluation', pattern: 'audit|visite|visiter|inspection|inspecter ?de ?votre ?la usine|usines|l\'usine|site|fabrication|production|atelier|l\'atelier', strength: 0.6 },
  { id: 'evaluation.more_details', type: 'intent.evaluation', pattern: 'plus|davantage ?de détails|informations|d\'informations|infos|d\'infos|précisions|renseignements', strength: 0.5 },
  { id: 'evaluation.information_about', type: 'intent.evaluation', pattern: 'renseignements|informations|infos|précisions sur|concernant', strength: 0.5 },
  { id: 'evaluation.difference_between', type: 'intent.evaluation', pattern: 'différence|différences entre', strength: 0.5 },
  { id: 'evaluation.which_difference', type: 'intent.evaluation', pattern: 'quelle|quelles est|sont la|les différence|différences', strength: 0.5 },
  { id: 'evaluation.technical_files', type: 'intent.evaluation', pattern: 'fichier|fichiers|données|rapport|courbe|courbes|plan|plans ?de ?d\' ies|ldt|photométriques|photométrique|dialux|cao|dao|dwg|dxf|step|3d|lm-80|lm80|tm-21', strength: 0.75 },
  { id: 'evaluation.send_drawing', type: 'intent.evaluation', pattern: `${SEND}|besoin|voulons|voudrions|souhaitons .. plan|plans|dessin|dessins|schéma|schémas|notice|manuel|mode`, strength: 0.65 },
  { id: 'evaluation.parameter_question', type: 'intent.evaluation', pattern: `${QUESTION_WORD}|combien .. lumens|lumen|lm/w|efficacité|irc|cri|puissance|wattage|tension|voltage|angle|indice|ip|épaisseur|durée|garantie|taille|tailles|dimension|dimensions|poids|diamètre|autonomie|densité|grammage|température|pression|débit|rendement|consommation`, strength: 0.6 },
  { id: 'evaluation.does_it_have', type: 'intent.evaluation', pattern: 'sont-ils|sont-elles|ont-ils|ont-elles|existe-t-il|existe-t-elle|possède-t-il|inclut-il|comprend-il', strength: 0.5 },
  { id: 'evaluation.compatible_with', type: 'intent.evaluation', pattern: 'compatible|compatibles avec', strength: 0.5 },
  { id: 'evaluation.supplied_with', type: 'intent.evaluation', pattern: 'fourni|fournie|fournis|fournies|vendu|vendus|vendue avec|sans', strength: 0.5 },
  // intent.quotation
  { id: 'quotation.make_a_quote', type: 'intent.quotation', pattern: `faites|faites-nous|faites-moi|fais-moi|fais-nous ?nous ?me ?m' ?parvenir un|une|votre|vos|le|la ${PRICE_NOUN}`, strength: 0.8 },
  { id: 'quotation.make_me_a_quote', type: 'intent.quotation', pattern: `nous|me|m' faire ?parvenir un|une|votre|vos|le|la ${PRICE_NOUN}`, strength: 0.8 },
  { id: 'quotation.need_the_quote', type: 'intent.quotation', pattern: `faut|faudrait ?nous ?me le|la|les|votre|vos|un|une|du|des ${PRICE_NOUN}`, strength: 0.8 },
  // A delivered price ("prix rendu Alger", "tarif franco"), read like "prix FOB".
  { id: 'quotation.delivered_price', type: 'intent.quotation', pattern: 'prix|tarif|tarifs|cotation|offre rendu|rendus|franco|départ', strength: 0.6 },
  { id: 'quotation.quote_imperative', type: 'intent.quotation', pattern: 'chiffrer|chiffrez|chiffrez-nous|chiffrez-moi|coter|cotez|cotez-nous|cotez-moi', strength: 0.8 },
  { id: 'quotation.send_quote', type: 'intent.quotation', pattern: `${SEND} .. ${PRICE_NOUN}|meilleur|meilleure|meilleurs|prix`, strength: 0.85 },
  { id: 'quotation.best_price', type: 'intent.quotation', pattern: 'votre|vos|le|la|ton|ta|tes|vôtre meilleur|meilleure|meilleurs|meilleures|dernier|dernière prix|offre|tarif|tarifs|cotation|devis|proposition|remise', strength: 0.8 },
  { id: 'quotation.best_price_question', type: 'intent.quotation', pattern: 'meilleur|meilleure|dernier|dernière prix|offre|tarif ?', strength: 0.75 },
  { id: 'quotation.lowest_price', type: 'intent.quotation', pattern: 'prix|tarif|offre le|la plus bas|basse|compétitif|compétitive|serré|serrée|intéressant|intéressante', strength: 0.75 },
  { id: 'quotation.firm_price', type: 'intent.quotation', pattern: 'prix|offre|tarif ferme|final|finale|définitif|définitive', strength: 0.6 },
  { id: 'quotation.how_much_is_it', type: 'intent.quotation', pattern: 'c\'est|cest|ça|ca|c combien', strength: 0.8 },
  { id: 'quotation.how_much_does_it_cost', type: 'intent.quotation', pattern: 'combien ?ça ?ca ?cela coûte|coûtent|coute|coutent|fait|font|vaut|valent|revient|reviennent', strength: 0.8 },
  { id: 'quotation.how_much_for', type: 'intent.quotation', pattern: 'combien pour|le|la|les|l\'unité|par', strength: 0.7 },
  { id: 'quotation.at_how_much', type: 'intent.quotation', pattern: 'à combien', strength: 0.7 },
  { id: 'quotation.how_much_question', type: 'intent.quotation', pattern: 'combien ?', strength: 0.6 },
  { id: 'quotation.what_price', type: 'intent.quotation', pattern: `${QUESTION_WORD} .. prix|tarif|tarifs|coût|coûts|montant|cotation`, strength: 0.8 },
  { id: 'quotation.price_question', type: 'intent.quotation', pattern: 'prix|px|tarif|tarifs|coût|cotation ?', strength: 0.7 },
  { id: 'quotation.price_please', type: 'intent.quotation', pattern: `${PRICE_NOUN}|px svp|stp|s'il|merci|asap|please|pls|urgent|rapidement`, strength: 0.75 },
  { id: 'quotation.price_includes', type: 'intent.quotation', pattern: 'prix|tarif|tarifs|offre|devis|cotation .. inclut|incluent|comprend|comprennent|inclus|compris', strength: 0.6 },
  { id: 'quotation.unit_price', type: 'intent.quotation', pattern: 'prix|coût|tarif unitaire|unitaires', strength: 0.6 },
  { id: 'quotation.price_list', type: 'intent.quotation', pattern: 'liste|grille|barème de|des prix|tarifs', strength: 0.7 },
  { id: 'quotation.price_grid', type: 'intent.quotation', pattern: 'grille|liste tarifaire|tarifaires', strength: 0.7 },
  { id: 'quotation.rfq', type: 'intent.quotation', pattern: 'rfq|rfqs|rfi', strength: 0.8 },
  { id: 'quotation.tender', type: 'intent.quotation', pattern: 'appel|appels d\'offres|d\'offre', strength: 0.75 },
  { id: 'quotation.request_for_quote', type: 'intent.quotation', pattern: 'demande|demandes ?de devis|prix|cotation|tarif|tarifs|chiffrage|d\'offre|d\'offres', strength: 0.85 },
  { id: 'quotation.we_would_like_quote', type: 'intent.quotation', pattern: `voudrais|voudrions|souhaiterais|souhaiterions|souhaite|souhaitons|aimerais|aimerions|cherche|cherchons|recherchons|attendons|attends|j'attends .. ${PRICE_NOUN}`, strength: 0.75 },
  { id: 'quotation.need_quote', type: 'intent.quotation', pattern: `besoin ?d'un|d'une|de|du|des|d' ${PRICE_NOUN}`, strength: 0.8 },
  { id: 'quotation.incoterm_price', type: 'intent.quotation', pattern: `prix|tarif|tarifs|offre|cotation|devis ?en ?rendu ${INCOTERM}`, strength: 0.6 },
  { id: 'quotation.price_for', type: 'intent.quotation', pattern: 'prix|tarif|tarifs|devis|cotation pour', strength: 0.6 },
  // intent.urgency
  // An away notice points elsewhere for urgent matters ("pour toute urgence, contactez…"): no pressure on the seller.
  { id: 'urgency.urgent', type: 'intent.urgency', pattern: 'urgent|urgente|urgents|urgentes|urgemment|urgence|asap|urgt|urg', strength: 0.9, cancelledBy: ['toute', 'cas'] },
  { id: 'urgency.as_soon_as_possible', type: 'intent.urgency', pattern: 'dès ?que possible', strength: 0.9 },
  { id: 'urgency.quickest', type: 'intent.urgency', pattern: 'au plus vite|rapide', strength: 0.85 },
  { id: 'urgency.at_the_earliest', type: 'intent.urgency', pattern: 'au plus tôt', strength: 0.7 },
  { id: 'urgency.fastest_possible', type: 'intent.urgency', pattern: 'le|la plus rapidement|vite|tôt|rapide possible', strength: 0.85 },
  { id: 'urgency.shortest_delay', type: 'intent.urgency', pattern: 'meilleurs|brefs délais', strength: 0.85 },
  { id: 'urgency.immediately', type: 'intent.urgency', pattern: 'immédiatement|immédiat|aussitôt|illico', strength: 0.8 },
  { id: 'urgency.without_delay', type: 'intent.urgency', pattern: 'sans tarder|délai|attendre', strength: 0.8, negatable: false },
  { id: 'urgency.by_today', type: 'intent.urgency', pattern: 'avant|d\'ici|pour|dès demain|aujourd\'hui|aujourdhui|midi', strength: 0.85 },
  { id: 'urgency.by_tonight', type: 'intent.urgency', pattern: 'avant|d\'ici|pour|dès ce soir', strength: 0.85 },
  // A bare "demain" is mostly the buyer's own plan ("je vous appelle demain"); it counts only in a request.
  { id: 'urgency.today', type: 'intent.urgency', pattern: 'aujourd\'hui|aujourdhui', strength: 0.5 },
  { id: 'urgency.needed_tomorrow', type: 'intent.urgency', pattern: 'besoin|envoyez|envoyez-moi|envoyez-nous|envoie-moi|livrez|livrez-nous|confirmez|confirmez-nous|répondez|répondez-moi ... demain', strength: 0.6 },
  { id: 'urgency.tonight', type: 'intent.urgency', pattern: 'ce soir', strength: 0.5 },
  // "au plus tard", "date limite" and "dernier délai" only mark a deadline; the date after them
  // raises urgency when it is near (`entity.near_deadline`), not when it is months away.
  { id: 'urgency.deadline', type: 'intent.urgency', pattern: 'deadline|échéance', strength: 0.7 },
  { id: 'urgency.tight_deadline', type: 'intent.urgency', pattern: 'délai|délais|planning|calendrier serré|serrée|serrés|tendu|tendue|court|courte', strength: 0.7 },
  // A must with a time reference: "il nous faut absolument la marchandise … avant le 15 mai".
  { id: 'urgency.absolutely_needed', type: 'intent.urgency', pattern: 'faut|besoin absolument|impérativement ... avant|pour|d\'ici|rapidement|vite|demain|aujourd\'hui|semaine|fin|début', strength: 0.6 },
  { id: 'urgency.cannot_wait', type: 'intent.urgency', pattern: 'pouvons|peut|peux|pourrons|pourra|pouvions pas|plus attendre|patienter', strength: 0.6, negatable: false },
  { id: 'urgency.imperative', type: 'intent.urgency', pattern: 'impérativement|impératif|impérative', strength: 0.75 },
  { id: 'urgency.in_a_hurry', type: 'intent.urgency', pattern: 'pressé|pressés|pressée|pressées|pressant|pressante', strength: 0.8 },
  { id: 'urgency.time_presses', type: 'intent.urgency', pattern: 'temps presse', strength: 0.8 },
  { id: 'urgency.priority', type: 'intent.urgency', pattern: 'prioritaire|priorité', strength: 0.6 },
  { id: 'urgency.need_quickly', type: 'intent.urgency', pattern: 'besoin|faut|voulons|veux|souhaitons .. rapidement|vite|urgemment|rapide', strength: 0.7 },
  { id: 'urgency.quick_reply', type: 'intent.urgency', pattern: 'réponse|retour|réponses|devis|offre|cotation|livraison|traitement rapide|rapides|urgente|express|prompte|immédiate', strength: 0.7, cancelledBy: ['pour', 'merci', 'remercie', 'remercions', 'bravo'] },
  { id: 'urgency.reply_fast', type: 'intent.urgency', pattern: 'répondre|répondez|revenir|revenez|confirmer|confirmez|réagir .. rapidement|vite|asap|urgemment|rapide|sous', strength: 0.7 },
  { id: 'urgency.following_my_mail', type: 'intent.urgency', pattern: 'suite à mon|notre ?dernier ?précédent mail|email|e-mail|message|courriel|relance|demande', strength: 0.55 },
  { id: 'urgency.any_news_question', type: 'intent.urgency', pattern: 'des|du|un|une nouvelles|nouveau|news|retour|réponse|update|maj ?', strength: 0.6 },
  { id: 'urgency.did_you_get', type: 'intent.urgency', pattern: 'avez-vous|as-tu|t\'as|avez ?bien reçu mon|notre|nos|ma mail|mails|message|messages|email|e-mail|courriel|relance|demande', strength: 0.55 },
  { id: 'urgency.any_news', type: 'intent.urgency', pattern: 'avez-vous|as-tu|auriez-vous|avez ?des ?du ?un ?une nouvelles|nouveau|news|retour|réponse|update', strength: 0.6 },
  { id: 'urgency.no_news', type: 'intent.urgency', pattern: 'pas|aucune|aucun|sans|rien ?de ?d\' nouvelles|nouvelle|réponse|retour|news', strength: 0.6, negatable: false },
  { id: 'urgency.no_news_elided', type: 'intent.urgency', pattern: 'pas d\'update|d\'info|d\'infos|d\'informations', strength: 0.6, negatable: false },
  { id: 'urgency.bare_question_marks', type: 'intent.urgency', pattern: '^ ??|???|????|?????', strength: 0.6 },
  { id: 'urgency.customer_waiting', type: 'intent.urgency', pattern: 'client|clients|patron|direction|chantier|boss|équipe .. attend|attendent|presse|pressent|s\'impatiente|s\'impatientent|pousse|poussent|relance|relancent|talonne|talonnent|harcèle|harcèlent|bouscule', strength: 0.6 },
  { id: 'urgency.customer_pressure', type: 'intent.urgency', pattern: 'client|clients|patron|direction|boss .. met|mettent ?la pression', strength: 0.6 },
  { id: 'urgency.out_of_stock', type: 'intent.urgency', pattern: 'rupture|ruptures ?de stock', strength: 0.6 },
  { id: 'urgency.low_stock', type: 'intent.urgency', pattern: 'stock|stocks bas|faible|épuisé|épuisés|vide|presque', strength: 0.6 },
  { id: 'urgency.within_hours', type: 'intent.urgency', pattern: 'sous|dans|d\'ici ?les 12|24|48|72|12h|24h|48h|72h ?h|heures', strength: 0.8 },
  { id: 'urgency.few_hours', type: 'intent.urgency', pattern: 'sous|dans|d\'ici quelques heures', strength: 0.8 },
  // intent.purchase
  // An infinitive counts only after a wish or a modal: "pour lancer la commande" after "on va attendre" is no decision.
  { id: 'purchase.place_order', type: 'intent.purchase', pattern: 'passons|passerons|passerai|passerait|repasse|repassons|repasserons|plaçons|placerons|lance|lançons|lancerons|lancerai|lancera .. commande|commandes|bdc', strength: 0.85 },
  { id: 'purchase.will_place_order', type: 'intent.purchase', pattern: 'voulons|veux|souhaitons|souhaite|souhaiterions|souhaiterais|allons|vais|va|pouvons|peut|prêts|prêt|prête|aimerions|aimerais|voudrions|voudrais|devons|comptons|prévoyons|pensons ?bientôt ?rapidement ?donc ?enfin passer|lancer|placer|faire|repasser .. commande|commandes|bdc', strength: 0.85 },
  { id: 'purchase.go_with', type: 'intent.purchase', pattern: 'on|nous part|partons sur|là-dessus|la-dessus', strength: 0.7 },
  { id: 'purchase.renew_order', type: 'intent.purchase', pattern: 'renouvelle|renouvelons|renouvellerons|renouveler|reconduire|reconduisons|réitérer|réitérons ?la ?notre ?une ?nos ?les commande|commandes', strength: 0.8 },
  { id: 'purchase.must_reorder', type: 'intent.purchase', pattern: 'faut|faudrait qu\'on|que|qu\' ?nous ?on recommande|recommandions|commande|commandions|repasse|passe|passions', strength: 0.7 },
  { id: 'purchase.start_payment', type: 'intent.purchase', pattern: 'lancer|effectuer|déclencher|initier|engager|débloquer ?le ?un ?au paiement|virement|règlement', strength: 0.7 },
  // A purchase order announced for later ("je vous envoie le bon de commande demain"); an attached one is an order confirmation.
  { id: 'purchase.will_send_po', type: 'intent.purchase', pattern: 'envoie|envoyons|enverrai|enverrons|transmets|transmettons|transmettrai|transmettrons ?vous ?le ?la ?notre ?nos bon|bons de commande', strength: 0.75 },
  { id: 'purchase.will_send_po_short', type: 'intent.purchase', pattern: 'envoie|envoyons|enverrai|enverrons|transmets|transmettons|transmettrai|transmettrons ?vous ?le ?la ?notre ?nos bdc|po', strength: 0.75 },
  { id: 'purchase.deal_exclamation', type: 'intent.purchase', pattern: '^ deal !|.|,', strength: 0.75 },
  { id: 'purchase.ready_to_buy', type: 'intent.purchase', pattern: 'prêt|prêts|prête|prêtes|disposés|disposé à commander|acheter|passer|signer|payer|procéder|confirmer|lancer|avancer|démarrer|valider', strength: 0.85 },
  { id: 'purchase.want_to_buy', type: 'intent.purchase', pattern: 'voulons|veux|voudrions|voudrais|souhaitons|souhaite|souhaiterions|souhaiterais|aimerions|aimerais|comptons|compte|allons|vais|envisageons|prévoyons|planifions .. acheter|commander|acquérir|importer|réserver|stocker|recommander', strength: 0.75 },
  { id: 'purchase.interested_in_buying', type: 'intent.purchase', pattern: 'intéressé|intéressés|intéressée|intéressées par|pour ?l\' l\'achat|achat|l\'acquisition|l\'importation|acheter|commander', strength: 0.6 },
  { id: 'purchase.lets_go', type: 'intent.purchase', pattern: 'allons-y', strength: 0.7 },
  { id: 'purchase.go_for', type: 'intent.purchase', pattern: 'go pour', strength: 0.7 },
  { id: 'purchase.ok_go', type: 'intent.purchase', pattern: 'ok|okay|alors go', strength: 0.7 },
  { id: 'purchase.here_we_go', type: 'intent.purchase', pattern: 'on y va', strength: 0.7 },
  { id: 'purchase.its_on', type: 'intent.purchase', pattern: 'c\'est|cest parti', strength: 0.75 },
  { id: 'purchase.green_light', type: 'intent.purchase', pattern: 'feu vert', strength: 0.75 },
  { id: 'purchase.deal', type: 'intent.purchase', pattern: 'marché|affaire conclu|conclue|conclus', strength: 0.85 },
  { id: 'purchase.we_take', type: 'intent.purchase', pattern: 'on|nous prendrons|prendra|commanderons|commandera|achèterons|achètera', strength: 0.7 },
  { id: 'purchase.approved_budget', type: 'intent.purchase', pattern: 'a|ont|avons validé|approuvé|débloqué|accordé|signé ?le ?notre ?l\' budget|financement|achat|l\'achat', strength: 0.7 },
  // With its subject: "avant qu'on passe la commande" is a condition, not a decision.
  { id: 'purchase.we_place_order', type: 'intent.purchase', pattern: 'on|je|nous passe|lance ?la ?une ?notre ?ma commande|commandes|bdc', strength: 0.8 },
  { id: 'purchase.budget_approved', type: 'intent.purchase', pattern: 'budget|achat|financement ?est|a ?été validé|validée|approuvé|approuvée|accordé|débloqué|alloué|disponible', strength: 0.7 },
  { id: 'purchase.accept_offer', type: 'intent.purchase', pattern: 'accepter|acceptons|accepte|j\'accepte|validons|retenons|retenu .. offre|l\'offre|devis|prix|proposition|cotation|tarif|conditions', strength: 0.8 },
  { id: 'purchase.proceed_with', type: 'intent.purchase', pattern: 'procéder|procédons|procéderons|procède .. commande|achat|l\'achat|paiement|virement|signature', strength: 0.8 },
];

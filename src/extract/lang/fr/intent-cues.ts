/**
 * French intent cues. Patterns use the phrase syntax of `text/phrases.ts` and
 * are written with accents: `index.ts` adds the unaccented spellings. Elided
 * articles are part of the token ("l'offre", "d'échantillons"), so those forms
 * are listed as their own alternatives.
 */
import { RFQ_REFERENCE_WORDS, RFQ_STATUS_WORDS } from '../neutral.js';
import type { SignalCue } from '../types.js';
import { spellings } from './spelling.js';

const QUESTION_WORD = 'quel|quelle|quels|quelles';
const PRICE_NOUN = 'prix|tarif|tarifs|devis|offre|l\'offre|offres|cotation|cotations|proposition|chiffrage|tarification';
const INCOTERM = 'fob|cif|cfr|cnf|c&f|exw|ddp|dap|fca|cpt|cip|dpu';
// "faire" is left out: "faites-moi un bon prix" asks for a discount, not a quote (see `quotation.make_a_quote`).
const SEND = 'indiquer|m\'indiquer|indiquez|indiquez-nous|indiquez-moi|préciser|connaître|envoyer|m\'envoyer|m\'adresser|m\'expédier|envoyez|envoyez-nous|envoyez-moi|envoie|envoie-moi|transmettre|transmettez|transmettez-nous|communiquer|communiquez-nous|partager|fournir|fournissez|fournissez-nous|adresser|parvenir|donner|donnez-nous|donnez-moi|donne-moi|donne-nous|envoie-nous|dites-moi|dites-nous|dis-moi|établir|recevoir|obtenir|avoir';
/** Verbs that ask the seller to state a fact: "confirmez-nous le MOQ", "indiquez-moi le délai". */
const ASK_FACT = 'indiquer|m\'indiquer|indiquez|indiquez-nous|indiquez-moi|préciser|précisez|précisez-nous|connaître|confirmer|confirmez|confirmez-nous|confirmez-moi|communiquer|communiquez-nous|donner|donnez-nous|donnez-moi';
/** Verbs and questions that ask for a document: "envoyez-nous …", "auriez-vous …". */
const ASK_DOC = `${SEND}|joindre|consulter|besoin|avez-vous|auriez-vous|disposez-vous|as-tu|aurais-tu|possédez-vous`;
const DATASHEET = 'fiche|fiches ?de technique|techniques|produit|produits|données|signalétique|sécurité';
/** Units a buyer counts goods in: "300 pièces de plus", "2 palettes supplémentaires". */
const GOODS_UNIT = 'pièces|pièce|pcs|pc|unités|unité|cartons|carton|palettes|palette|conteneurs|conteneur|containers|container|tc|sacs|sac|tonnes|tonne|t|kg|m|m2|m²|mètres|boîtes|bouteilles|paires|caisses|rouleaux|lots|machines|fûts|litres|douzaines|camions|balles|coffrets|bidons|flacons|colis|modèles';
/** Number words for a quantity written out: "on en prend deux", "huitante cartons". */
const COUNT_WORD = 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|mille';
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** Words after a count that make it no quantity of goods to buy: "2 échantillons", "3 jours", "10 photos". */
const NOT_GOODS = spellings([
  'échantillon', 'échantillons', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'heure', 'heures',
  'h', 'minutes', 'fois', 'kw', 'w', 'v', 'kva', 'mm', 'cm', 'volts', 'watts', 'photo', 'photos', 'devis', 'offres', 'fournisseurs', 'exemplaire', 'exemplaires', 'personnes', ...MONTHS,
]);
/** `NOT_GOODS` plus the words after a percent. "%" is no token, so "je veux 10 % de remise" reads "veux 10 de". */
const NOT_GOODS_OR_SHARE = [...NOT_GOODS, ...spellings(['de', 'd\'', 'd\'acompte', 'd\'avance', 'd\'escompte', 'du'])];
/**
 * Words before a buying verb that make it a condition or a question, not a decision: "si je prends 20 tonnes,
 * vous faites combien ?", "mettons qu'on commande 500", "quand on commande, …".
 */
const IF_WORDS = spellings(['si', 'mettons', 'admettons', 'supposons', 'quand', 'lorsque', 'combien', 'avant', 'comment', 'actuellement', 'habituellement', 'généralement', 'normalement']);

export const INTENT_CUES: SignalCue[] = [
  // intent.early_qualification
  { id: 'early_qualification.moq_question', type: 'intent.early_qualification', pattern: `${QUESTION_WORD} .. moq|moqs|minimum|minimale|minimal|capacité|capacités`, strength: 0.8 },
  // "Fabricants uniquement", "pas d'intermédiaires": the buyer screens who may supply.
  { id: 'early_qualification.manufacturers_only', type: 'intent.early_qualification', pattern: 'fabricants|fabricant|usines|usine|producteurs uniquement|seulement|exclusivement', strength: 0.75 },
  { id: 'early_qualification.only_manufacturers', type: 'intent.early_qualification', pattern: 'uniquement|seulement|exclusivement ?des ?les fabricants|usines|producteurs', strength: 0.75 },
  { id: 'early_qualification.no_middlemen', type: 'intent.early_qualification', pattern: 'pas|sans d\'intermédiaires|d\'intermédiaire|intermédiaires|revendeurs|traders|négociants', strength: 0.7, negatable: false },
  { id: 'early_qualification.moq_bare_question', type: 'intent.early_qualification', pattern: 'moq|moqs ?', strength: 0.7 },
  { id: 'early_qualification.whats_the_moq', type: 'intent.early_qualification', pattern: 'quoi .. moq|minimum|capacité', strength: 0.75 },
  { id: 'early_qualification.how_many_minimum', type: 'intent.early_qualification', pattern: 'combien .. minimum|mini|minimale', strength: 0.7 },
  { id: 'early_qualification.minimum_quantity_question', type: 'intent.early_qualification', pattern: 'quantité|qté|quantités minimum|minimale|minimales|mini|min ?', strength: 0.7 },
  { id: 'early_qualification.minimum_order_question', type: 'intent.early_qualification', pattern: 'minimum|mini de|d\' commande ?', strength: 0.7 },
  // A lead-time question alone ("Quel délai pour 5 000 pièces ?") is about one order, not about whether the supplier fits, so most writers give it no signal.
  { id: 'early_qualification.ask_moq_or_lead_time', type: 'intent.early_qualification', pattern: `${ASK_FACT} .. moq|moqs|capacité|capacités|minimum|disponibilité|disponibilités|stock|stocks`, strength: 0.65 },
  { id: 'early_qualification.looking_for_supplier', type: 'intent.early_qualification', pattern: 'cherchons|recherchons|cherche|recherche .. fournisseur|fournisseurs|fabricant|fabricants|usine|partenaire|producteur|grossiste', strength: 0.6 },
  { id: 'early_qualification.terms_of_sale', type: 'intent.early_qualification', pattern: 'conditions générales', strength: 0.5 },
  { id: 'early_qualification.terms_of_sale', type: 'intent.early_qualification', pattern: 'cgv', strength: 0.5 },
  { id: 'early_qualification.capacity', type: 'intent.early_qualification', pattern: 'capacité|capacités ?de production|fabrication|mensuelle|annuelle|journalière|quotidienne', strength: 0.6 },
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
  { id: 'early_qualification.stock_question', type: 'intent.early_qualification', pattern: 'vs|vous avez|auriez ... en stock', strength: 0.55, notAfter: ['que', "qu'"] },
  { id: 'early_qualification.still_available', type: 'intent.early_qualification', pattern: 'toujours|encore disponible|disponibles|dispo|dispos', strength: 0.55 },
  { id: 'early_qualification.still_available', type: 'intent.early_qualification', pattern: 'toujours|encore en stock', strength: 0.55 },
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
  { id: 'evaluation.share_certificate', type: 'intent.evaluation', pattern: `${SEND}|voir .. certificat|certificats|certification|certifications|attestation|attestations|homologation|l'attestation|déclaration`, strength: 0.75, notBefore: ["d'origine", 'de origine'] },
  { id: 'evaluation.certificate_provide', type: 'intent.evaluation', pattern: 'certificat|certificats|certification|attestation|attestations|rapport|rapports|fiche|fiches ... fournir|envoyer|transmettre|partager|communiquer', strength: 0.65 },
  { id: 'evaluation.have_certificate', type: 'intent.evaluation', pattern: 'avez-vous|possédez-vous|disposez-vous|êtes-vous|est-il|sont-ils|avez .. certificat|certificats|certification|certifications|certifié|certifiés|homologation|homologué|marquage|fda|iso|rohs|reach|ul|nf|saso|halal|onssa|gs|conforme|conformes', strength: 0.7, notBefore: ["d'origine"] },
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
  { id: 'quotation.price_question', type: 'intent.quotation', pattern: 'prix|px|tarif|tarifs|coût|cotation ?', strength: 0.7, cancelledBy: ['ce', 'cet', 'ces', 'tel'] },
  { id: 'quotation.price_please', type: 'intent.quotation', pattern: `${PRICE_NOUN}|px svp|stp|s'il|merci|asap|please|pls|urgent|rapidement`, strength: 0.75 },
  { id: 'quotation.price_includes', type: 'intent.quotation', pattern: 'prix|tarif|tarifs|offre|devis|cotation .. inclut|incluent|comprend|comprennent|inclus|compris', strength: 0.6 },
  { id: 'quotation.unit_price', type: 'intent.quotation', pattern: 'prix|coût|tarif unitaire|unitaires', strength: 0.6 },
  { id: 'quotation.price_list', type: 'intent.quotation', pattern: 'liste|grille|barème de|des prix|tarifs', strength: 0.7 },
  { id: 'quotation.price_grid', type: 'intent.quotation', pattern: 'grille|liste tarifaire|tarifaires', strength: 0.7 },
  { id: 'quotation.rfq', type: 'intent.quotation', pattern: 'rfq|rfqs|rfi', strength: 0.8, notAfter: RFQ_REFERENCE_WORDS, notBefore: RFQ_STATUS_WORDS },
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
  // A bare "ce soir" mostly dates the buyer's own step ("je signe ce soir"), so only "avant / d'ici / pour ce soir" above count.
  // "au plus tard", "date limite" and "dernier délai" only mark a deadline; the date after them
  // raises urgency when it is near (`entity.near_deadline`), not when it is months away.
  { id: 'urgency.deadline', type: 'intent.urgency', pattern: 'deadline|échéance', strength: 0.7 },
  { id: 'urgency.tight_deadline', type: 'intent.urgency', pattern: 'délai|délais|planning|calendrier serré|serrée|serrés|tendu|tendue|court|courte', strength: 0.7 },
  // A must with a time reference: "il nous faut absolument la marchandise … avant le 15 mai".
  { id: 'urgency.absolutely_needed', type: 'intent.urgency', pattern: 'faut|besoin absolument|impérativement ... avant|pour|d\'ici|rapidement|vite|demain|aujourd\'hui|semaine|fin|début', strength: 0.6 },
  { id: 'urgency.cannot_wait', type: 'intent.urgency', pattern: 'pouvons|peut|peux|pourrons|pourra|pouvions pas|plus attendre|patienter', strength: 0.6, negatable: false },
  { id: 'urgency.imperative', type: 'intent.urgency', pattern: 'impérativement|impératif|impérative', strength: 0.75 },
  // Unaccented "presse" is also the machine ("une seule presse"), so the adjective needs a verb or "ça" before it.
  { id: 'urgency.in_a_hurry', type: 'intent.urgency', pattern: "est|suis|sommes|êtes|sont|c'est|ça|ca|ya|y'a ?très ?trop ?un ?peu ?vraiment ?assez pressé|pressés|pressée|pressées|presse", strength: 0.8 },
  { id: 'urgency.pressing', type: 'intent.urgency', pattern: 'pressant|pressante|pressants|pressantes', strength: 0.8 },
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
  { id: 'purchase.place_order', type: 'intent.purchase', pattern: 'passons|passerons|passerai|passerait|repasse|repassons|repasserons|plaçons|placerons|lance|lançons|lancerons|lancerai|lancera .. commande|commandes|bdc', strength: 0.85, notBefore: spellings(['ailleurs', 'chez']), cancelledBy: spellings(['si', 'sinon']) },
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
  { id: 'purchase.green_light', type: 'intent.purchase', pattern: 'feu vert', strength: 0.75, cancelledBy: spellings(['attend', 'attendons', 'attends', 'attendre', 'attente', 'sans']) },
  { id: 'purchase.deal', type: 'intent.purchase', pattern: 'marché|affaire conclu|conclue|conclus', strength: 0.85 },
  { id: 'purchase.we_take', type: 'intent.purchase', pattern: 'on|nous prendrons|prendra|commanderons|commandera|achèterons|achètera', strength: 0.7, notBefore: spellings(['en']) },
  { id: 'purchase.approved_budget', type: 'intent.purchase', pattern: 'a|ont|avons validé|approuvé|débloqué|accordé|signé ?le ?notre ?l\' budget|financement|achat|l\'achat', strength: 0.7 },
  // With its subject: "avant qu'on passe la commande" is a condition, not a decision.
  { id: 'purchase.we_place_order', type: 'intent.purchase', pattern: 'on|je|nous passe|lance ?la ?une ?notre ?ma commande|commandes|bdc', strength: 0.8, notBefore: spellings(['ailleurs', 'chez']), cancelledBy: spellings(['si', 'sinon']) },
  { id: 'purchase.budget_approved', type: 'intent.purchase', pattern: 'budget|achat|financement ?est|a ?été validé|validée|approuvé|approuvée|accordé|débloqué|alloué|disponible', strength: 0.7 },
  { id: 'purchase.accept_offer', type: 'intent.purchase', pattern: 'accepter|acceptons|accepte|j\'accepte|validons|retenons|retenu .. offre|l\'offre|devis|prix|proposition|cotation|tarif|conditions', strength: 0.8 },
  { id: 'purchase.proceed_with', type: 'intent.purchase', pattern: 'procéder|procédons|procéderons|procède .. commande|achat|l\'achat|paiement|virement|signature', strength: 0.8 },
  // Taking a quantity or the whole lot, also as a condition ("Fais 3 800 et je prends 200 cartons"). A "si"
  // before it makes it a question instead ("Si je prends 20 tonnes, vous faites combien ?").
  { id: 'purchase.take_count', type: 'intent.purchase', pattern: 'on|nous|je|j\'en ?vous ?te ?en prend|prends|prenons|reprend|reprends|reprenons|prendrai|prendrons|prendrait|prendrions ?encore ?les ?ces ?à ?a # ?#', strength: 0.75, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  { id: 'purchase.take_count_word', type: 'intent.purchase', pattern: `on|nous|je|j'en ?vous ?te ?en prend|prends|prenons|reprend|reprends|reprenons|prendrai|prendrons|prendrait|prendrions ?encore ?les ?ces ${COUNT_WORD}`, strength: 0.7, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  { id: 'purchase.take_one_lot', type: 'intent.purchase', pattern: 'on|nous|je ?vous ?te prend|prends|prenons|reprend|reprends|prendrai|prendrons un|une conteneur|container|palette|camion|lot|tc|40|20', strength: 0.7, cancelledBy: IF_WORDS },
  { id: 'purchase.take_all', type: 'intent.purchase', pattern: 'on|nous|je|j\'en ?vous ?te ?en prend|prends|prenons|reprend|reprends|reprenons|prendrai|prendrons tout|toute|toutes|tous|l\'ensemble|!|.|,|direct|cash|quand', strength: 0.7, notBefore: spellings(['en', 'note', 'contact', 'acte']), cancelledBy: IF_WORDS },
  { id: 'purchase.take_it', type: 'intent.purchase', pattern: 'on|nous|je la|le|les prend|prends|prenons|reprend|reprends|prendrai|prendrons', strength: 0.65, notBefore: spellings(['en', 'mal', 'pour', 'comme', 'au']), cancelledBy: IF_WORDS },
  // Wanting or needing a count of goods now: "je veux 200 cartons", "il nous faut 3 000 pièces de plus", Quebec "ça nous prend 4 000 bouteilles".
  { id: 'purchase.want_count', type: 'intent.purchase', pattern: 'je|on|nous|j\'en ?en veux|veut|voulons|voudrais|voudrait|voudrions ?encore ?bien ?aussi # ?#', strength: 0.65, notBefore: NOT_GOODS_OR_SHARE, cancelledBy: [...IF_WORDS, ...spellings(['échantillon', 'l\'échantillon', 'échantillons'])] },
  { id: 'purchase.need_count', type: 'intent.purchase', pattern: 'il|ça|ca ?me ?nous ?en faut|prend ?encore ?d\'urgence ?urgemment ?vite ?absolument ?impérativement # ?#', strength: 0.65, notBefore: NOT_GOODS_OR_SHARE, cancelledBy: IF_WORDS },
  // Ordering a count now: "on commande les 2 conteneurs", "je commande encore 500 pièces", "on vous commande les 800 m²".
  { id: 'purchase.order_count', type: 'intent.purchase', pattern: 'on|nous|je ?vous ?te ?en commande|commandons|recommande|recommandons|commanderai|commanderons ?encore ?les ?ces ?donc # ?#', strength: 0.75, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  { id: 'purchase.order_now', type: 'intent.purchase', pattern: 'on|nous|je ?vous ?te commande|commandons ?donc les|tout|toute|!|.|maintenant|direct|aujourd\'hui|après|cette|ce|ça|ca', strength: 0.7, notBefore: spellings(['échantillons', 'échantillon', 'pas', 'jamais']), cancelledBy: IF_WORDS },
  // Repeat orders: "même commande que septembre", "on refait la même commande", "envoie-moi vite le double".
  { id: 'purchase.same_order_as', type: 'intent.purchase', pattern: 'même|mêmes commande|qté|quantité|quantités|chose|volume|volumes|configuration|config|assortiment|mix que|qu\'|comme|x2|x3|x4', strength: 0.7 },
  { id: 'purchase.usual_order', type: 'intent.purchase', pattern: 'commande|commandes habituelle|hebdomadaire|mensuelle|trimestrielle|habituelles|récurrente', strength: 0.6 },
  { id: 'purchase.redo_same', type: 'intent.purchase', pattern: 'on|nous|je ?vous ?te ?en recommande|recommandons|refait|refaisons|refais|relance|relançons|reprend|reprenons|reprends|remet|remettons|renouvelle|renouvelons|veux|veut|voulons|voudrais|voudrions ?exactement la|le|les même|mêmes|double|triple', strength: 0.75 },
  { id: 'purchase.send_same', type: 'intent.purchase', pattern: 'refaites-nous|refais-moi|refaites-moi|refais-nous|refaites|refais|renvoie-moi|renvoyez-moi|renvoyez-nous|renvoie-nous|renvoie|renvoyez|envoie-moi|envoyez-moi|envoyez-nous|envoie-nous|prépare-moi|préparez-moi|préparez-nous|prépare-nous ?moi ?nous ?vite ?encore ?exactement la|le|les même|mêmes|double|triple', strength: 0.75 },
  { id: 'purchase.again_that', type: 'intent.purchase', pattern: 'on|nous|je remet|remettons|remets ça|ca|le', strength: 0.75 },
  { id: 'purchase.start_again_on', type: 'intent.purchase', pattern: 'on|nous|je repart|repartons|repars sur|pour|avec', strength: 0.7 },
  { id: 'purchase.relaunch_count', type: 'intent.purchase', pattern: 'on|nous|je relance|relançons|relancerons # ?#', strength: 0.7, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  { id: 'purchase.relaunch_the', type: 'intent.purchase', pattern: 'on|nous|je relance|relançons|relancerons la|les|le', strength: 0.7, notBefore: spellings(['demande', 'sujet', 'question', 'dossier', 'fournisseur', 'transporteur', 'transitaire', 'banque', 'paiement', 'réclamation', 'discussion', 'devis', 'offre']), cancelledBy: IF_WORDS },
  { id: 'purchase.double_order', type: 'intent.purchase', pattern: 'on|nous|je double|doublons|triple|triplons ?la ?le ?les ?notre ?nos ?ma ?mes commande|commandes|quantité|quantités|volume|volumes|mise|tout', strength: 0.75, cancelledBy: IF_WORDS },
  { id: 'purchase.step_up_to', type: 'intent.purchase', pattern: 'on|nous|je passe|passons|monte|montons|passerons|monterons à|a # ?#', strength: 0.65, notBefore: NOT_GOODS_OR_SHARE, cancelledBy: IF_WORDS },
  // More of the same goods: "300 pièces de plus", "2 palettes supplémentaires", "envoyez moi encore 300 pièces".
  { id: 'purchase.more_units', type: 'intent.purchase', pattern: `# ?# ${GOODS_UNIT} de|en plus`, strength: 0.7, cancelledBy: spellings(['manque', 'manquent', 'reçu', 'reçus', 'livré', 'livrés', 'facturé', 'facturés', 'facturées', 'compté', 'comptés', 'trouvé', 'venu', 'envoyé', 'avons', 'ai', 'a', 'ont']) },
  { id: 'purchase.extra_units', type: 'intent.purchase', pattern: `# ?# ${GOODS_UNIT} supplémentaires|supplémentaire|additionnels|additionnelles|additionnelle`, strength: 0.65, cancelledBy: spellings(['manque', 'manquent', 'reçu', 'reçus', 'livré', 'livrés', 'facturé', 'facturés', 'facturées', 'compté', 'comptés', 'trouvé', 'venu', 'envoyé', 'avons', 'ai', 'a', 'ont']) },
  { id: 'purchase.again_count', type: 'intent.purchase', pattern: 'encore # ?#', strength: 0.6, notBefore: NOT_GOODS_OR_SHARE, cancelledBy: spellings(['manque', 'manquent', 'reste', 'restent', 'attend', 'attends', 'attendons', 'a', 'avons', 'ai', 'ont', 'devez', 'doit', 'faut-il', 'toujours']) },
  { id: 'purchase.send_count', type: 'intent.purchase', pattern: 'envoyez-moi|envoyez-nous|envoie-moi|envoie-nous|renvoie-moi|renvoyez-moi|renvoyez-nous|renvoie-nous|expédiez-nous|expédiez-moi|livrez-nous|livrez-moi|envoyez|envoie|renvoie|renvoyez ?moi ?nous ?vite ?encore ?aussi # ?#', strength: 0.65, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  // Closing a deal, also on a condition: "à 1,95 € on signe", "on ferme l'affaire", "la commande est pour vous".
  { id: 'purchase.we_sign', type: 'intent.purchase', pattern: 'on|nous|je ?vous ?te signe|signons|signerai|signerons', strength: 0.75, notBefore: spellings(['la', 'le', 'pi', 'proforma', 'bon', 'ci-joint']), cancelledBy: IF_WORDS },
  { id: 'purchase.can_sign', type: 'intent.purchase', pattern: 'on|nous|je peut|peux|pouvons|pourra|pourrons|vais|va|allons ?donc ?bien signer|conclure', strength: 0.7, cancelledBy: IF_WORDS },
  { id: 'purchase.close_the_deal', type: 'intent.purchase', pattern: 'on|je|nous ferme|fermons|boucle|bouclons|conclut|concluons|conclus|finalise|finalisons ?l\' l\'affaire|affaire|dossier|deal|marché|tout|ça|ca|!|.', strength: 0.75, cancelledBy: IF_WORDS },
  { id: 'purchase.do_business', type: 'intent.purchase', pattern: 'on|nous fait|faisons affaire|affaires|deal', strength: 0.7, notBefore: spellings(['avec']), cancelledBy: IF_WORDS },
  { id: 'purchase.banco', type: 'intent.purchase', pattern: 'banco', strength: 0.75 },
  { id: 'purchase.shake_on_it', type: 'intent.purchase', pattern: 'tope|topez|topons là|la', strength: 0.75 },
  { id: 'purchase.decided', type: 'intent.purchase', pattern: 'c\'est|cest|c décidé|acté', strength: 0.65 },
  // Maghreb and Wolof yes-words before "deal": "Safi, deal !", "Wakha deal", "Waxaw, deal".
  { id: 'purchase.yes_deal', type: 'intent.purchase', pattern: 'safi|wakha|behi|waxaw|yes|top|parfait|bon ?, deal', strength: 0.75 },
  { id: 'purchase.order_is_yours', type: 'intent.purchase', pattern: 'commande|marché|contrat|affaire est|sera|serait pour|à|a vous|toi', strength: 0.75 },
  { id: 'purchase.we_entrust', type: 'intent.purchase', pattern: 'je|on|nous vous|te le|la|les confie|confions|confierai|confierons', strength: 0.7 },
  { id: 'purchase.we_award', type: 'intent.purchase', pattern: 'vous|te donne|donnons|donnerons|donnerai|attribue|attribuons|attribuerons le|la contrat|contract|marché|commande', strength: 0.7 },
  // Going ahead: "on fonce", "on se lance", "on lance 5 000 pièces", "On démarre quand tu veux", Quebec "on part la prod", "Enwoye".
  { id: 'purchase.we_rush', type: 'intent.purchase', pattern: 'on|nous|je fonce|fonçons', strength: 0.7 },
  { id: 'purchase.we_jump_in', type: 'intent.purchase', pattern: 'on|nous|je se|nous|me lance|lançons', strength: 0.7, notBefore: spellings(['dans']) },
  { id: 'purchase.go_chat', type: 'intent.purchase', pattern: 'on y go', strength: 0.7 },
  { id: 'purchase.go_go', type: 'intent.purchase', pattern: 'go go', strength: 0.65 },
  { id: 'purchase.go_sentence', type: 'intent.purchase', pattern: '^ go !|,|.', strength: 0.65 },
  { id: 'purchase.send_it_quebec', type: 'intent.purchase', pattern: 'enwoye|enweille', strength: 0.65 },
  { id: 'purchase.we_start_count', type: 'intent.purchase', pattern: 'on|nous|je lance|lançons|démarre|démarrons|commence|commençons|attaque|attaquons ?donc ?tout ?de ?suite # ?#', strength: 0.7, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  { id: 'purchase.we_start', type: 'intent.purchase', pattern: 'on|nous|je lance|lançons|démarre|démarrons|commence|commençons|attaque|attaquons ?donc ?tout ?de ?suite !|.|la|les|le|quand|direct|maintenant|cette|ce', strength: 0.7, notBefore: spellings(['tests', 'test', 'essais', 'essai', 'échantillons', 'échantillon', 'échantillonnage', 'appel', 'consultation', 'recherche', 'prospection', 'discussion', 'discussions', 'négociation', 'négociations', 'démarches', 'procédure', 'démarche', 'saison', 'jours', 'semaines', 'mois']), cancelledBy: IF_WORDS },
  { id: 'purchase.we_can_go_ahead', type: 'intent.purchase', pattern: 'on|nous peut|pouvons|peux|pourra|pourrons ?donc ?maintenant ?bien ?enfin lancer|démarrer|finaliser|procéder|poursuivre|continuer|passer', strength: 0.7, statementOnly: true, notBefore: spellings(['vous', 'te', 'chez', 'par', 'au', 'prendre', 'à', 'a', 'de', 'un', 'une', 'appel', 'des']), cancelledBy: IF_WORDS },
  // Only "on peut avancer" with no object counts, because "on peut avancer la livraison ?" moves a date.
  { id: 'purchase.we_can_move_forward', type: 'intent.purchase', pattern: 'on|nous peut|pouvons|peux|pourra|pourrons ?donc ?maintenant ?bien ?enfin avancer', strength: 0.7, statementOnly: true, notBefore: spellings(['la', 'le', 'les', 'l\'', 'de', 'd\'', 'du', 'des', 'votre', 'vos', 'notre', 'nos', 'un', 'une', 'ma', 'mon', 'ta', 'ton', 'leur']), cancelledBy: IF_WORDS },
  { id: 'purchase.quebec_start_prod', type: 'intent.purchase', pattern: 'on|nous|je part|partons|pars la prod|production', strength: 0.7 },
  { id: 'purchase.go_with_count', type: 'intent.purchase', pattern: 'on|nous|je part|partons|pars|embarque|embarquons avec .. #', strength: 0.7, cancelledBy: IF_WORDS },
  { id: 'purchase.board_on', type: 'intent.purchase', pattern: 'on|nous embarque|embarquons sur|dans|!', strength: 0.65 },
  { id: 'purchase.count_us_in', type: 'intent.purchase', pattern: 'on|nous est|sommes|serait|serions ?donc ?bien partants|partant|partante|partantes', strength: 0.7 },
  { id: 'purchase.we_are_ready', type: 'intent.purchase', pattern: 'on|nous est|sommes prêts|prêt|prête|prêtes !|.', strength: 0.6 },
  { id: 'purchase.proceed_now', type: 'intent.purchase', pattern: 'procédez|procède|procédons ,|.|!|avec', strength: 0.65 },
  { id: 'purchase.move_to_series', type: 'intent.purchase', pattern: 'passer|passons|passe|passerons à|a la série|production|commande|vitesse|prod', strength: 0.7, cancelledBy: IF_WORDS },
  // A payment announced for a later day: "on paye l'acompte dès demain", "je vous fais le virement dès réception", "je passe payer".
  { id: 'purchase.will_pay_deposit', type: 'intent.purchase', pattern: 'je|on|nous ?vous ?te paie|paye|payons|paierai|payerai|paierons|payerons|règle|réglons|réglerai|réglerons|verse|versons|verserai|verserons|vire|virons|virerai|virerons|envoie|envoyons|enverrai|enverrons .. acompte|l\'acompte|l\'argent|argent|dépôt|cash|comptant', strength: 0.7, cancelledBy: IF_WORDS },
  { id: 'purchase.will_make_transfer', type: 'intent.purchase', pattern: 'je|on|nous ?vous ?te fais|ferai|fera|faisons|ferons|lance|lançons|envoie|envoyons|effectue|effectuons ?le ?l\' virement|l\'acompte', strength: 0.7, cancelledBy: IF_WORDS },
  { id: 'purchase.i_send_deposit', type: 'intent.purchase', pattern: 'j\'envoie|j\'enverrai|j\'effectue|j\'effectuerai .. acompte|l\'acompte|virement|l\'argent|paiement', strength: 0.7, cancelledBy: IF_WORDS },
  { id: 'purchase.pay_right_away', type: 'intent.purchase', pattern: 'je|on|nous ?vous ?te paie|paye|payons|paierai|payerai|paierons|règle|réglons|vire|virons demain|aujourd\'hui|maintenant|lundi|mardi|mercredi|jeudi|vendredi|direct', strength: 0.65, cancelledBy: IF_WORDS },
  { id: 'purchase.come_to_pay', type: 'intent.purchase', pattern: 'passe|passerai|passons|viens|viendrai|venir ?directement ?demain payer|régler', strength: 0.65 },
  { id: 'purchase.go_to_bank', type: 'intent.purchase', pattern: 'passe|passerai|vais|va|irai|passons|allons ?directement ?demain à|a la banque', strength: 0.6 },
  // A purchase order announced: "PO à suivre", "je t'envoie un autre bon de commande". "Le PO suit" mostly closes an
  // order already confirmed in the training rounds, so it is left out.
  { id: 'purchase.po_to_come', type: 'intent.purchase', pattern: 'bdc|bc|po|commande à|a suivre', strength: 0.7 },
  { id: 'purchase.will_send_order', type: 'intent.purchase', pattern: 'envoie|envoyons|enverrai|enverrons|t\'envoie|t\'enverrai|transmets|transmettrai|transmettrons|ferai|ferons ?vous ?te ?un ?une ?le ?la ?mon ?ma ?notre ?nouveau ?nouvelle ?autre ?prochain ?prochaine bdc|bc|po|commande', strength: 0.7, notBefore: spellings(['signé', 'signée', 'ci-joint', 'ci-jointe', 'en', 'joint', 'jointe', 'ailleurs', 'chez']) },
  { id: 'purchase.will_send_order_form', type: 'intent.purchase', pattern: 't\'envoie|t\'enverrai|j\'envoie|j\'enverrai|envoie|envoyons|enverrai|enverrons|ferai|ferons ?vous ?te ?un ?le ?mon ?notre ?nouveau ?autre ?prochain ?nouveau ?autre bon|bons de commande', strength: 0.7, notBefore: spellings(['signé', 'signée', 'ci-joint', 'ci-jointe', 'en', 'joint', 'jointe']) },
  // Booking goods or a slot: "réservez-moi tout le premier lot", "mettez-moi de côté 150 cartons", "je bloque tout de suite".
  { id: 'purchase.reserve_for_me', type: 'intent.purchase', pattern: 'réservez-moi|réservez-nous|réserve-moi|réserve-nous|bloquez-moi|bloquez-nous|bloque-moi|bloque-nous|gardez-moi|gardez-nous|garde-moi|garde-nous ?tout ?toute ?le ?la ?les ?une ?un ?votre ?ta ?ton ?vos ?tes ?premier ?première lot|lots|production|prod|capacité|créneau|place|stock|conteneur|conteneurs|slot|quantité|ça|ca|tout', strength: 0.7 },
  { id: 'purchase.reserve_count', type: 'intent.purchase', pattern: 'réservez-moi|réservez-nous|réserve-moi|réserve-nous|bloquez-moi|bloquez-nous|bloque-moi|bloque-nous|gardez-moi|gardez-nous|garde-moi|garde-nous ?les # ?#', strength: 0.7, notBefore: NOT_GOODS },
  { id: 'purchase.book_it', type: 'intent.purchase', pattern: 'book-le|bookez-le|booke-le|book-la|bookez-la', strength: 0.7 },
  { id: 'purchase.put_aside', type: 'intent.purchase', pattern: 'mettez|mets|mettez-moi|mettez-nous|mets-moi|mets-nous|mettre ?moi ?nous ?en de côté', strength: 0.7 },
  { id: 'purchase.we_book', type: 'intent.purchase', pattern: 'je|on|nous bloque|bloquons|réserve|réservons tout|toute|!|.|direct|ça|ca', strength: 0.65, cancelledBy: IF_WORDS },
  { id: 'purchase.we_book_count', type: 'intent.purchase', pattern: 'je|on|nous bloque|bloquons|réserve|réservons ?les # ?#', strength: 0.65, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  { id: 'purchase.reserve_capacity', type: 'intent.purchase', pattern: 'réserver|réservez ?nous ?moi ?une ?un ?la ?le ?votre ?ta ?toute ?notre capacité|créneau|place|bateau|slot', strength: 0.6 },
  // Getting the next lot ready: "préparez-moi 2 autres conteneurs", "on prépare déjà la prochaine commande".
  { id: 'purchase.prepare_for_me', type: 'intent.purchase', pattern: 'préparez-moi|préparez-nous|prépare-moi|prépare-nous ?vite ?encore ?aussi la|le|les|tout|ça|ca|une|un', strength: 0.7, notBefore: spellings(['pi', 'proforma', 'pro', 'pro-forma', 'facture', 'factures', 'contrat', 'soumission', 'offre', 'devis', 'cotation', 'documents', 'document', 'échantillon', 'échantillons', 'dossier', 'liste', 'fiche', 'chargement', 'colis', 'expédition', 'enlèvement', 'livraison', 'paiement', 'emballage', 'bl', 'note', 'avoir', 'nouvelle', 'nouveau']) },
  { id: 'purchase.prepare_count_for_me', type: 'intent.purchase', pattern: 'préparez-moi|préparez-nous|prépare-moi|prépare-nous ?vite ?encore ?aussi # ?#', strength: 0.7, notBefore: NOT_GOODS },
  { id: 'purchase.prepare_count', type: 'intent.purchase', pattern: 'préparez|prépare ?moi ?nous ?vite ?encore # ?#', strength: 0.65, notBefore: NOT_GOODS },
  { id: 'purchase.we_prepare_next', type: 'intent.purchase', pattern: 'on|nous|je prépare|préparons ?déjà ?la ?une ?notre ?nos ?ma ?mes prochaine|prochaines|nouvelle|grosse|deuxième|2e commande|commandes', strength: 0.7 },
  { id: 'purchase.next_order_when', type: 'intent.purchase', pattern: 'prochaine commande en|pour|après|début|fin|bientôt|arrive|suit', strength: 0.6 },
  // A proforma or contract asked for a count: "envoie la PI pour 500 sacs", "préparer la proforma pour 40 unités".
  { id: 'purchase.pi_for_count', type: 'intent.purchase', pattern: 'proforma|pi|facture|contrat|pro-forma|forma pour|pr ?les ?la # ?#', strength: 0.6, notBefore: NOT_GOODS },
  // Approval from the decision-maker: "le client a validé", "j'ai enfin eu l'accord du DG".
  { id: 'purchase.boss_approved', type: 'intent.purchase', pattern: 'client|direction|dg|patron|boss|comité|conseil|associé|pdg|ceo|hiérarchie|daf|ministère ?final ?nous ?m\' a|ont ?enfin ?bien validé|approuvé|signé|accepté', strength: 0.65 },
  { id: 'purchase.boss_agreement', type: 'intent.purchase', pattern: 'l\'accord|accord|l\'ok|l\'aval|aval|go|ok du|de|des ?la ?notre ?mon client|dg|direction|patron|boss|comité|conseil|associé|pdg|ceo|daf', strength: 0.65, cancelledBy: spellings(['attend', 'attendons', 'attends', 'attendre', 'attente', 'besoin', 'sans', 'avant', 'si', 'obtenir', 'demander', 'demande', 'réserve', 'faut']) },
  { id: 'purchase.approved_acquisition', type: 'intent.purchase', pattern: 'a|ont|avons approuvé|validé|autorisé ?l\' l\'acquisition|acquisition|l\'investissement|investissement', strength: 0.7 },
  { id: 'purchase.we_give_go', type: 'intent.purchase', pattern: 'donnons|donne|donnerai|donnerons ?vous ?te notre|mon|le accord|go|aval', strength: 0.65 },
  { id: 'purchase.agreed_on_all', type: 'intent.purchase', pattern: 'd\'accord|alignés|alignes|ok|bon|bons|validé|entendu sur tout|toute|l\'ensemble', strength: 0.65, notBefore: spellings(['sauf', 'excepté', 'hormis', 'mais', 'le', 'la', 'les']) },
  { id: 'purchase.will_confirm_soon', type: 'intent.purchase', pattern: 'je|on|nous confirme|confirmerai|confirmons|confirmerons demain|lundi|mardi|mercredi|jeudi|vendredi|aujourd\'hui|tout', strength: 0.6 },
  // A count after a wish or a modal: "on va en reprendre 1 000", "on pourrait prendre 500 sacs", "je veux relancer 500 pièces".
  { id: 'purchase.modal_take_count', type: 'intent.purchase', pattern: 'va|vais|allons|veut|voulons|veux|voudrait|voudrions|voudrais|aimerait|aimerions|aimerais|peut|pouvons|pourrait|pourrions|pourra|pourrons|pourrais|compte|comptons ?en prendre|reprendre|commander|recommander|acheter|racheter|relancer|lancer ?encore ?tout ?de ?suite ?les # ?#', strength: 0.7, statementOnly: true, notBefore: NOT_GOODS_OR_SHARE, cancelledBy: IF_WORDS },
  { id: 'purchase.modal_start_again', type: 'intent.purchase', pattern: 'peut|pouvons|va|allons|veut|voulons ?en repartir|partir sur|avec', strength: 0.65, statementOnly: true, cancelledBy: IF_WORDS },
  { id: 'purchase.pass_you_count', type: 'intent.purchase', pattern: 'je|on|nous vous|te passe|passerai|passons|passerons # ?#', strength: 0.7, notBefore: NOT_GOODS },
  { id: 'purchase.confirm_you_count', type: 'intent.purchase', pattern: 'vous|te confirme|confirmerai|confirmons|confirmerons ?les # ?#', strength: 0.6, notBefore: NOT_GOODS },
  { id: 'purchase.take_at_price', type: 'intent.purchase', pattern: 'je|on|nous prend|prends|prenons à|a #', strength: 0.7, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  { id: 'purchase.take_the_item', type: 'intent.purchase', pattern: 'on|nous|je prend|prends|prenons le|la|les|l\'option|l\'offre', strength: 0.6, notBefore: spellings(['temps', 'risque', 'relais', 'route', 'peine', 'décision', 'main', 'large', 'liberté', 'parti', 'train', 'soin', 'contact', 'rendez-vous', 'rdv', 'chance', 'responsabilité', 'transport', 'frais', 'fret', 'port', 'charge', 'précaution', 'précautions', 'devants', 'note', 'mesure', 'mesures']), cancelledBy: IF_WORDS },
  { id: 'purchase.add_count', type: 'intent.purchase', pattern: 'ajoute|ajoutez|rajoute|rajoutez|ajoutons|rajoutons|ajouter|rajouter ?encore # ?#', strength: 0.65, notBefore: NOT_GOODS, cancelledBy: IF_WORDS },
  { id: 'purchase.want_the_count', type: 'intent.purchase', pattern: 'je|on|nous veux|veut|voulons ?encore les # ?#', strength: 0.65, notBefore: NOT_GOODS_OR_SHARE, cancelledBy: IF_WORDS },
  { id: 'purchase.they_want_count', type: 'intent.purchase', pattern: 'client|clients|ministère|mairie|chantier|patron|il|ils|elle ?final veut|veulent|voudrait|voudraient ?les ?ses ?leurs ?encore # ?#', strength: 0.6, notBefore: NOT_GOODS_OR_SHARE, cancelledBy: IF_WORDS },
  { id: 'purchase.want_to_double', type: 'intent.purchase', pattern: 'veut|veulent|voulons|veux|va|allons doubler|tripler', strength: 0.65 },
  { id: 'purchase.then_next', type: 'intent.purchase', pattern: 'on|nous|je enchaîne|enchaînons avec|sur', strength: 0.65 },
  { id: 'purchase.we_are_off', type: 'intent.purchase', pattern: 'on|nous est|sommes lancés|lancé|partis|parti pour', strength: 0.65 },
  { id: 'purchase.move_ahead', type: 'intent.purchase', pattern: 'aller|allons|va|irons de l\'avant', strength: 0.65, cancelledBy: spellings(['pour', 'avant', 'si']) },
  // "Si oui, on commande 50 direct": the yes settles the condition, so the "si" cancels nothing here.
  { id: 'purchase.if_yes_then', type: 'intent.purchase', pattern: 'si oui|ok|okay ?, on|je|nous|j\'en commande|commandons|bloque|bloquons|prends|prend|prenons|confirme|confirmons|signe|signons|valide|validons|lance|lançons|réserve|réservons', strength: 0.7 },
  { id: 'purchase.want_to_sign', type: 'intent.purchase', pattern: 'veut|veulent|voulons|veux|voudrait|voudrions signer', strength: 0.6, cancelledBy: IF_WORDS },
];

/**
 * French objection cues. Patterns use the phrase syntax of `text/phrases.ts`,
 * written with accents (`index.ts` adds the unaccented spellings). The bare
 * word "cher" never counts alone, because it also opens letters ("Cher Monsieur").
 */
import type { SignalType } from '../../../core/types.js';
import type { SignalCue } from '../types.js';

const PRICE = 'prix|px|tarif|tarifs|tarification|offre|l\'offre|devis|cotation|coût|coûts|montant|proposition';
const EXPENSIVE = 'cher|chers|chère|chères|coûteux|coûteuse|onéreux|onéreuse';
const HIGH = 'élevé|élevés|élevée|élevées|haut|hauts|haute|hautes';
const INTENSIFIER = 'trop|très|vraiment|assez|bien|super|hyper|extrêmement|tellement|beaucoup|encore|toujours|plutôt|carrément|vachement';
const CERTIFICATE = 'certificat|certificats|certification|certifications|homologation|agrément|attestation|marquage|l\'homologation|d\'homologation|l\'agrément|d\'agrément|l\'attestation|d\'attestation|fda|iso|rohs|reach|ul|nf|saso|halal|onssa|sgs|bsci|gs|cb|iecee|etl|fcc|cem|emc|ukca|coc';
/** Goods and the shipping documents a buyer waits for ("on attend toujours le BL"). */
const GOODS = 'marchandise|marchandises|commande|conteneur|container|colis|produits|livraison|cargaison|envoi|matériel|palettes|bl|b/l|connaissement|documents|docs';
const SUPPLIER = 'fournisseur|fournisseurs|usine|usines|vendeur|vendeurs|fabricant|fabricants|partenaire|prestataire';
const DEPOSIT = 'acompte|l\'acompte|d\'acompte|avance|l\'avance|prépaiement|arrhes|lc|l/c|crédoc|t/t|virement';
/** Materials, grades and origins whose claim a buyer doubts ("vraiment de l'inox 304 ?", "vous dites 100 % coton"). */
const MATERIAL = 'inox|l\'inox|acier|l\'acier|coton|cuivre|cuir|laine|lin|soie|chêne|bois|aluminium|l\'aluminium|alu|polyester|massif|massive|neuf|neufs|neuve|neuves|original|originale|originaux|originales|d\'origine|origine|304|316|316l|201|pleine|pur|pure|extra|authentique|authentiques|véritable';
/** Small businesses that name their size to resist a minimum ("on est une petite boutique"). */
const SMALL_BUSINESS = 'boutique|boutiques|marque|maison|épicerie|atelier|fabrique|entreprise|structure|société|commerce|magasin|importateur|distributeur|quincaillerie|shop|startup|pme|ferme|client|clients|acteur|revendeur|grossiste|restaurant|resto|dépanneur|commerçant|artisan|usine|équipe';

/** Types a bare predicate ("trop élevé", "pas possible") may be about. */
const AMOUNT_TOPICS: SignalType[] = ['objection.price', 'objection.moq', 'objection.payment_terms'];
const TERM_TOPICS: SignalType[] = ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'];

export const OBJECTION_CUES: SignalCue[] = [
  // objection.price
  { id: 'price.price_too_high', type: 'objection.price', pattern: `${PRICE} .. ${HIGH}|${EXPENSIVE}|exorbitant|exorbitants|excessif|excessifs|salé|salés|abusif|abusifs|prohibitif|chaud|abusé`, strength: 0.85 },
  { id: 'price.too_expensive', type: 'objection.price', pattern: `${INTENSIFIER}|plus|si ${EXPENSIVE}`, strength: 0.8 },
  // A hedged verdict: "votre tarif est peut-être un peu élevé".
  { id: 'price.price_is_high', type: 'objection.price', pattern: `${PRICE} ?me ?nous est|sont|semble|semblent|paraît|paraissent|reste|restent .. ${HIGH}|${EXPENSIVE}`, strength: 0.75 },
  { id: 'price.its_expensive', type: 'objection.price', pattern: `c'est|cest|ça|ca|c'était|reste|restent|fait|font|semble|trouvons|trouve ?un ?peu ${EXPENSIVE}`, strength: 0.6 },
  { id: 'price.overpriced', type: 'objection.price', pattern: 'hors de prix', strength: 0.8 },
  { id: 'price.unaffordable', type: 'objection.price', pattern: 'inabordable|inabordables|exorbitant|exorbitants|exorbitante', strength: 0.8 },
  { id: 'price.cheaper_competitor', type: 'objection.price', pattern: `concurrent|concurrents|concurrence|${SUPPLIER}|autres|ailleurs|chinois|turcs|indiens|marché ... moins cher|chers|chère|chères|bas|élevé|élevés`, strength: 0.8 },
  { id: 'price.cheaper', type: 'objection.price', pattern: 'moins cher|chers|chère|chères', strength: 0.6 },
  { id: 'price.found_cheaper', type: 'objection.price', pattern: 'trouvé|trouvons|trouve|reçu|recevons|eu|obtenu|obtenons|proposé .. moins|meilleur|meilleure|meilleurs|meilleures cher|chère|chers|prix|offre|offres|tarif|tarifs', strength: 0.8 },
  { id: 'price.cheaper_elsewhere', type: 'objection.price', pattern: 'moins cher|chère ailleurs', strength: 0.8 },
  { id: 'price.price_increase', type: 'objection.price', pattern: `${PRICE} .. augmenté|augmente|augmentent|augmentation|hausse|grimpé|explosé|doublé|flambé`, strength: 0.7 },
  { id: 'price.percent_increase', type: 'objection.price', pattern: '# d\'augmentation|d\'augmentations', strength: 0.7 },
  { id: 'price.percent_rise', type: 'objection.price', pattern: '# de hausse|majoration', strength: 0.7 },
  { id: 'price.increase_of', type: 'objection.price', pattern: 'augmentation|hausse|majoration de|d\' #', strength: 0.65 },
  { id: 'price.increase_of_price', type: 'objection.price', pattern: `augmentation|hausse|flambée ?de ?des ?du ?vos ${PRICE}`, strength: 0.7 },
  { id: 'price.need_better_price', type: 'objection.price', pattern: 'besoin|faut|faudrait|voudrions|souhaitons|souhaiterions|espérons .. meilleur|meilleure|meilleurs prix|offre|tarif|tarifs|remise|conditions', strength: 0.65 },
  { id: 'price.target_price', type: 'objection.price', pattern: 'prix|tarif|tarifs cible|cibles|objectif|visé|visés', strength: 0.75 },
  { id: 'price.over_budget', type: 'objection.price', pattern: 'dépasse|dépassent|dépasser|au-dessus|dessus|hors|au-delà|delà|excède|excèdent|supérieur|supérieure|explose .. budget|budgets', strength: 0.8 },
  { id: 'price.budget_limited', type: 'objection.price', pattern: 'budget .. dépassé|serré|limité|restreint|insuffisant|juste|réduit|maximum|max|seulement', strength: 0.65 },
  { id: 'price.cannot_afford', type: 'objection.price', pattern: 'pas les moyens', strength: 0.8, negatable: false },
  { id: 'price.reduce_price', type: 'objection.price', pattern: `baisser|baissez|réduire|réduisez|diminuer|diminuez|descendre|descendez|ajuster|ajustez|revoir|revoyez|améliorer|améliorez|réviser|révisez|retravailler|affiner|reconsidérer .. ${PRICE}`, strength: 0.65 },
  { id: 'price.price_cut', type: 'objection.price', pattern: `baisse|réduction|diminution|révision ?de ?du ?des ?votre ${PRICE}`, strength: 0.65 },
  { id: 'price.make_an_effort', type: 'objection.price', pattern: `effort|geste .. ${PRICE}|remise`, strength: 0.7 },
  { id: 'price.give_a_gesture', type: 'objection.price', pattern: 'faire|faites|faites-nous|fais|fais-nous un|une ?petit ?petite ?gros geste|effort', strength: 0.65 },
  { id: 'price.commercial_gesture', type: 'objection.price', pattern: 'geste|effort commercial', strength: 0.7 },
  // "remise" alone is also a submission ("remise des offres") or an agreed discount ("avec la remise de 5 %").
  { id: 'price.discount', type: 'objection.price', pattern: 'rabais|ristourne|ristournes|discount', strength: 0.5 },
  { id: 'price.ask_discount', type: 'objection.price', pattern: 'accorder|accordez|faire|faites|consentir|consentez|obtenir|avoir|proposer|appliquer .. remise|remises|réduction|réductions|rabais', strength: 0.55 },
  { id: 'price.which_discount', type: 'objection.price', pattern: 'quelle|quelles|aucune|combien ?de remise|remises|réduction|réductions', strength: 0.55 },
  { id: 'price.discount_question', type: 'objection.price', pattern: 'remise|réduction ?', strength: 0.55 },
  { id: 'price.good_price_please', type: 'objection.price', pattern: 'faites|faites-nous|faites-moi|fais|fais-moi|fais-nous|faire ?nous ?me ?m\' un|une meilleur|meilleure|bon|petit|dernier prix|tarif|offre', strength: 0.65 },
  { id: 'price.not_competitive', type: 'objection.price', pattern: 'pas|peu|non compétitif|compétitifs|compétitive|compétitives|concurrentiel|concurrentiels|concurrentielle|concurrentielles', strength: 0.85, negatable: false },
  { id: 'price.price_not_acceptable', type: 'objection.price', pattern: `${PRICE} .. pas|plus compétitif|compétitifs|compétitive|intéressant|intéressante|intéressants|acceptable|acceptables|raisonnable|raisonnables|abordable|correct|correcte|jouable|possible|dans`, strength: 0.8, negatable: false },
  { id: 'price.price_problem', type: 'objection.price', pattern: `${PRICE} .. problème|problèmes|souci|bloque|bloquant|frein|obstacle|coince`, strength: 0.6 },
  { id: 'price.problem_is_price', type: 'objection.price', pattern: `problème|souci|frein|blocage|obstacle ... ${PRICE}`, strength: 0.6 },
  { id: 'price.cant_resell', type: 'objection.price', pattern: 'difficile|impossible|dur ?de ?à revendre|vendre|écouler|justifier|expliquer|d\'écouler|d\'expliquer', strength: 0.55, negatable: false },
  { id: 'price.out_of_market', type: 'objection.price', pattern: 'hors marché', strength: 0.75 },
  // objection.price: bare predicates about a price or quantity just mentioned ("3,20 € ? c'est trop élevé")
  { id: 'price.bare_too_high', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: `${INTENSIFIER} ${HIGH}`, strength: 0.7 },
  { id: 'price.bare_too_big', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: 'trop gros|grosse|grand|grande|grands|grandes|important|importante|importants|importantes|lourd|lourde|fort|forte|conséquent|conséquente', strength: 0.7 },
  { id: 'price.bare_too_much', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: 'c\'est|cest|ça|ca|c beaucoup ?trop|trop', strength: 0.6 },
  { id: 'price.bare_huge', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: 'c\'est|cest|ça|ca|c énorme|énormes|excessif|démesuré|exagéré|colossal', strength: 0.65 },
  { id: 'price.a_lot_for_us', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: 'beaucoup|trop pour nous|moi|notre|un', strength: 0.6 },
  { id: 'price.still_high', type: 'objection.price', topicOptional: true, topics: AMOUNT_TOPICS, pattern: `toujours|encore|reste|restent ?trop ?très ?assez ${HIGH}|${EXPENSIVE}`, strength: 0.6 },
  { id: 'price.far_from', type: 'objection.price', topics: ['objection.price'], pattern: 'loin|éloigné|éloignés|éloignée de|du|des|d\'*', strength: 0.65 },
  { id: 'price.above', type: 'objection.price', topics: ['objection.price'], pattern: 'au-dessus de|du|des', strength: 0.65 },
  { id: 'price.above_spaced', type: 'objection.price', topics: ['objection.price'], pattern: 'au dessus de|du|des', strength: 0.65 },
  { id: 'price.more_expensive_than', type: 'objection.price', pattern: `plus ${EXPENSIVE} que|qu'*|comparé|par`, strength: 0.7 },
  { id: 'price.higher_than', type: 'objection.price', topics: ['objection.price'], pattern: `plus ${HIGH} que|qu'*|comparé|par`, strength: 0.65 },
  { id: 'price.double', type: 'objection.price', topics: ['objection.price'], pattern: 'double|triple|doublé|triplé ... marché|concurrents|concurrence|autres|habitude|avant|dernier|dernière|précédent|précédente|actuel|actuelle', strength: 0.6 },
  // objection.price: competitor offers and counter-offers ("un autre fournisseur nous propose 2,80")
  { id: 'price.competitor_offered', type: 'objection.price', pattern: `autre|autres|concurrent|concurrents|concurrence|${SUPPLIER}|chinois|turc|turcs|indien|indiens|local|locaux ... propose|proposent|proposé|proposait|offre|offrent|offert|donne|donnent|vend|vendent|vendait|cote|cotent|coté|facture|facturent|fait|font ?nous ?me ?le ?la ?les ?à ?a ?seulement ?juste #`, strength: 0.75 },
  { id: 'price.competitor_less', type: 'objection.price', pattern: `autre|autres|concurrent|concurrents|concurrence|${SUPPLIER}|chinois|turc|turcs|indien|indiens|local|locaux ... moins|moitié|mieux`, strength: 0.7 },
  { id: 'price.they_offer_number', type: 'objection.price', pattern: 'proposent|propose|proposé|donnent|vendent|facturent|cotent|coté|offrent ?nous ?me ?seulement ?juste ?à ?a #', strength: 0.7 },
  { id: 'price.we_buy_at', type: 'objection.price', pattern: 'achetons|achète|j\'achète|achetions|achetait|payons|paie|paye|payions|obtenons .. à|a|pour|autour|seulement|environ|entre|max #', strength: 0.6 },
  { id: 'price.can_you_match', type: 'objection.price', pattern: 'aligner|s\'aligner|alignez|alignez-vous|égaler|égalez|battre', strength: 0.65 },
  { id: 'price.do_better', type: 'objection.price', pattern: 'faire|faites mieux', strength: 0.6 },
  { id: 'price.target_is', type: 'objection.price', pattern: 'cible|budget ?prix ?est|était|serait|: ?de ?d\'environ ?à ?a ?autour ?environ ?maximum ?max ?de #', strength: 0.7 },
  { id: 'price.can_you_go_down', type: 'objection.price', pattern: 'pouvez-vous|pourriez-vous|peux-tu|pouvez|pourriez|peux|possible ?de ?vous ?nous ?me ?m\' ?le ?la ?les descendre|baisser ?à ?a ?jusqu\'à ?seulement #', strength: 0.7 },
  // "faire" needs its "à", because "pouvez-vous faire 500 pièces en bleu ?" is a production question.
  { id: 'price.can_you_do', type: 'objection.price', pattern: 'pouvez-vous|pourriez-vous|peux-tu|pouvez|pourriez|peux|faites-vous|possible ?de ?vous ?nous ?me ?m\' ?le ?la ?les faire|accepter|consentir|proposer|donner|laisser|céder ?le ?la ?les à|a|pour ?seulement #', strength: 0.7 },
  { id: 'price.if_you_give', type: 'objection.price', pattern: 'si vous|tu faites|fais|donnez|proposez|acceptez|descendez|baissez|consentez|accordez ?nous ?me ?le ?la ?à ?a ?pour #', strength: 0.7 },
  { id: 'price.meet_our_price', type: 'objection.price', pattern: 'aligner|aligné|alignez|s\'aligner|rapprocher|approcher .. notre|nos|mon prix|cible|budget|objectif|tarif', strength: 0.75 },
  { id: 'price.best_you_can', type: 'objection.price', pattern: 'mieux que|qu\' vous|tu', strength: 0.6 },
  { id: 'price.last_price', type: 'objection.price', pattern: 'dernier|dernière|ultime prix|offre|tarif|proposition ?', strength: 0.55 },
  { id: 'price.pay_max', type: 'objection.price', pattern: 'payer|mettre|offrir|accepter|dépenser|aller ?au ?plus maximum|max|seulement|jusqu\'à|jusqu\'a #', strength: 0.65 },
  { id: 'price.kindly_revise', type: 'objection.price', topicOptional: true, topics: TERM_TOPICS, pattern: 'merci|svp|veuillez|pourriez-vous|pouvez-vous ?de revoir|réviser|reconsidérer|retravailler', strength: 0.55 },
  // Another seller, market or marketplace sells the same item at a stated price: "on trouve le même tissu à 31 DH", "chez vos confrères on est à 6,20".
  // The nearest topic word or entity decides the type, so a quantity or a number of days drops the hit and a hit with no topic stays a price.
  { id: 'price.same_item_elsewhere', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'même|mêmes ... à|a|pour #', strength: 0.65 },
  { id: 'price.at_competitor', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'chez ... c\'est|cest|est|sont|on|à|a #', strength: 0.6 },
  // A counter-offer that names the lower price it would buy at: "Faites-moi 6,40 et je signe", "Mets-moi à 410 000 et je prends 40 tonnes".
  { id: 'price.make_it_and_i_buy', type: 'objection.price', pattern: 'faites-moi|faites-nous|fais-moi|fais-nous|mets-moi|mettez-moi|mettez-nous|laissez-moi|laisse-moi|donnez-moi|donne-moi|faites|fais ?le ?la ?les ?à ?a ?au ?pour # ... et|alors je|j\'*|on|nous', strength: 0.7 },
  { id: 'price.match_price', type: 'objection.price', pattern: 'matchez|matcher|matche|match|égalez|égaler ?le ?la ?les ?leur ?leurs ?son ?ce ?cette prix|offre|tarif|tarifs|price|quote|devis', strength: 0.7 },
  // A price above the budget, the market or the target: "on est 20 % au-dessus de notre enveloppe", "le montant dépasse l'enveloppe validée".
  { id: 'price.above_reference', type: 'objection.price', pattern: 'dépasse|dépassent|dépasser|au-dessus|dessus|au-delà|delà|excède|excèdent|supérieur|supérieure|supérieurs|supérieures ... enveloppe|l\'enveloppe|budgété|budgétée|budgétés|budgétisé|prévu|tête|objectif|cible|marché|concurrence|concurrents|prêts|prêt', strength: 0.7 },
  // objection.certification
  { id: 'certification.no_certificate', type: 'objection.certification', pattern: `sans|aucun|aucune|manque|absence|pas|manquant|manquants ?de ?du ?d' ?le ?la ?les ?votre ?vos ?leur ?certificat ${CERTIFICATE}|d'homologation|d'agrément|d'attestation`, strength: 0.85, negatable: false },
  { id: 'certification.no_ce', type: 'objection.certification', pattern: 'sans|manque|pas ?de ?le ?du ?marquage ce .|,|!|?|;|:', strength: 0.8, negatable: false },
  { id: 'certification.you_dont_have', type: 'objection.certification', pattern: `n'avez|n'a|n'ont|n'êtes|n'est .. ${CERTIFICATE}|certifié|certifiés|homologué|homologués`, strength: 0.8, negatable: false },
  { id: 'certification.not_certified', type: 'objection.certification', pattern: 'pas|non|jamais certifié|certifiée|certifiés|certifiées|homologué|homologuée|homologués|agréé|agréés|enregistré|enregistrés|approuvé|approuvés|reconnu|reconnus|accrédité', strength: 0.8, negatable: false },
  { id: 'certification.not_compliant', type: 'objection.certification', pattern: 'pas|non conforme|conformes .. norme|normes|réglementation|réglementations|directive|directives|exigences|standard|standards|ce|en', strength: 0.8, negatable: false },
  { id: 'certification.certificate_invalid', type: 'objection.certification', pattern: 'certificat|certificats|certification|attestation|rapport|rapports|marquage .. expiré|expirés|expirée|périmé|périmés|périmée|invalide|invalides|faux|fausse|falsifié|falsifiée|obsolète|obsolètes|erroné|erronée|incorrect|incorrecte|douteux|douteuse', strength: 0.85 },
  { id: 'certification.fake_certificate', type: 'objection.certification', pattern: 'faux|fausse|fausses|falsifié|falsifiés certificat|certificats|rapport|rapports|attestation|attestations|documents', strength: 0.85 },
  { id: 'certification.only_have', type: 'objection.certification', pattern: 'seulement|uniquement|que le|la|l\' ce|iso|rohs|fda|ul|nf', strength: 0.6 },
  { id: 'certification.only_have_code', type: 'objection.certification', pattern: 'seulement|uniquement iso|rohs|fda|ul|nf', strength: 0.6 },
  { id: 'certification.not_enough', type: 'objection.certification', pattern: `${CERTIFICATE}|rapport|rapports ... insuffisant|insuffisante|insuffisants|refusé|refusée|refusés|rejeté|rejetée|rejetés|invalidé`, strength: 0.8 },
  { id: 'certification.not_accepted', type: 'objection.certification', pattern: `${CERTIFICATE}|rapport|rapports ... pas|plus suffisant|suffisante|accepté|acceptée|acceptés|reconnu|reconnue|reconnus|valable|valide`, strength: 0.8, negatable: false },
  { id: 'certification.does_not_suffice', type: 'objection.certification', pattern: `${CERTIFICATE}|rapport|rapports ... suffit|suffisent pas`, strength: 0.8, negatable: false },
  { id: 'certification.covers_only', type: 'objection.certification', pattern: `${CERTIFICATE}|rapport|rapports ... couvre|couvrent|mentionne|mentionnent|inclut|incluent|vise|visent|concerne|concernent que|qu'*|pas`, strength: 0.8, negatable: false },
  { id: 'certification.missing', type: 'objection.certification', pattern: `${CERTIFICATE} .. absent|absente|absents|absentes|manquant|manquante|manquants|manquantes|inexistant|inexistante|introuvable|introuvables|illisible`, strength: 0.8 },
  { id: 'certification.not_found', type: 'objection.certification', pattern: `${CERTIFICATE} ... n'apparaît|n'apparait|n'apparaissent|n'existe|n'existent|inconnu|inconnue|inconnus`, strength: 0.8, negatable: false },
  { id: 'certification.not_listed', type: 'objection.certification', pattern: `${CERTIFICATE} ... apparaît|apparait|apparaissent|figure|figurent|existe|existent pas`, strength: 0.8, negatable: false },
  { id: 'certification.customs_blocked', type: 'objection.certification', pattern: 'douane|douanes .. bloqué|bloquée|bloqués|refusé|refusée|rejeté|rejetée|exige|exigent|saisi|saisie', strength: 0.6 },
  // A certificate issued for another model or company: "le rapport concerne un autre modèle", "votre enregistrement FDA est au nom du distributeur".
  { id: 'certification.for_other', type: 'objection.certification', statementOnly: true, pattern: `${CERTIFICATE}|rapport|rapports|déclaration|enregistrement|licence|dop|doc|certificate ... autre|ancienne|ancien|autres modèle|modèles|usine|société|référence|fournisseur|entreprise|raison|version|produit|fabricant|abattoir|filature|marque|adresse|nom`, strength: 0.75 },
  { id: 'certification.in_name_of', type: 'objection.certification', pattern: `${CERTIFICATE}|rapport|rapports|déclaration|enregistrement|licence ... est|sont|était|étaient au nom`, strength: 0.7 },
  // "émis par un organisme que personne ne connaît", "un laboratoire que nous ne trouvons nulle part".
  { id: 'certification.unknown_body', type: 'objection.certification', pattern: 'organisme|organismes|laboratoire|labo|laboratoires|labos|certificateur|body que|qu\'* ... connaît|connait|connaissons|connaissent|trouvons|trouve|retrouvons|retrouve|retrouvent|reconnaît|reconnait|reconnaissons|reconnaissent', strength: 0.75, negatable: false },
  // "il manque la déclaration de performances", "un CE sans DoC". The masculine "aucun" is left out, because "aucun rapport" also means "unrelated".
  { id: 'certification.document_missing', type: 'objection.certification', pattern: 'sans|manque|manquent|absence|aucune ?aucun ?un ?une ?de ?d\' ?ce ?cette ?ces ?le ?la ?les ?l\' ?leur ?votre ?vos ?notre ?nos certificat|certificats|certification|attestation|déclaration|dop|doc|dip|rapport|rapports|homologation|l\'homologation|marquage|enregistrement|notification|licence', strength: 0.75, negatable: false },
  // objection.lead_time
  { id: 'lead_time.lead_time_too_long', type: 'objection.lead_time', pattern: 'délai|délais ... long|longs|longue|longues|lent|lents|lente|lentes|tard|tardif|tardive|excessif|excessifs', strength: 0.85 },
  { id: 'lead_time.production_time_too_long', type: 'objection.lead_time', pattern: 'temps|durée de|du livraison|production|fabrication|transit|transport ... long|longs|longue|longues|lent|lente|excessif|excessive', strength: 0.8 },
  { id: 'lead_time.too_long', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: `${INTENSIFIER}|c'est|cest long|longs|longue|longues|lent|lente|lents`, strength: 0.6 },
  { id: 'lead_time.delay_problem', type: 'objection.lead_time', pattern: 'délai|délais .. problème|souci|bloque|bloquant|coince|frein', strength: 0.7 },
  { id: 'lead_time.problem_is_delay', type: 'objection.lead_time', pattern: 'problème|souci|frein|blocage .. délai|délais', strength: 0.6 },
  { id: 'lead_time.too_late', type: 'objection.lead_time', pattern: 'trop tard|tardif|tardive', strength: 0.5 },
  { id: 'lead_time.late', type: 'objection.lead_time', pattern: 'en retard', strength: 0.6 },
  { id: 'lead_time.delay_of', type: 'objection.lead_time', pattern: `retard|retards ?de ?du ?dans ?la ?le ?l' livraison|production|fabrication|expédition|l'expédition|commande|chargement|embarquement|l'embarquement|${GOODS}`, strength: 0.7 },
  { id: 'lead_time.delayed', type: 'objection.lead_time', pattern: `${GOODS}|production|fabrication|expédition|l'expédition|chargement|embarquement|départ ... retard|retards|retardé|retardée|retardés|retardées|décalé|décalée|repoussé|repoussée|reporté|reportée|bloqué|bloquée`, strength: 0.7 },
  { id: 'lead_time.another_delay', type: 'objection.lead_time', pattern: 'encore|nouveau|nouvel|nouveaux ?un ?une ?du ?nouveau retard|retards|report|décalage', strength: 0.65 },
  { id: 'lead_time.duration_not_possible', type: 'objection.lead_time', pattern: '# jours|j|semaines|mois ... pas|trop possible|acceptable|jouable|envisageable|faisable|long|longs', strength: 0.8, negatable: false },
  { id: 'lead_time.duration_impossible', type: 'objection.lead_time', pattern: '# jours|j|semaines|mois ... impossible|inacceptable|irréaliste|beaucoup', strength: 0.75 },
  { id: 'lead_time.does_not_suit', type: 'objection.lead_time', topics: TERM_TOPICS, pattern: 'convient|conviennent|va|vont|marche|passe|arrange|arrangent pas', strength: 0.7, negatable: false },
  { id: 'lead_time.not_possible', type: 'objection.lead_time', topics: TERM_TOPICS, pattern: 'pas possible|acceptable|acceptables|jouable|envisageable|faisable|réaliste|tenable', strength: 0.65, negatable: false },
  { id: 'lead_time.out_of_question', type: 'objection.lead_time', topics: TERM_TOPICS, pattern: 'hors de question', strength: 0.65, negatable: false },
  { id: 'lead_time.no_way', type: 'objection.lead_time', topics: TERM_TOPICS, pattern: 'pas question', strength: 0.65, negatable: false },
  { id: 'lead_time.impossible', type: 'objection.lead_time', topics: TERM_TOPICS, pattern: 'impossible|inacceptable|inacceptables|irréaliste|infaisable|intenable|injouable', strength: 0.65, negatable: false },
  { id: 'lead_time.faster_than', type: 'objection.lead_time', pattern: 'plus rapide|rapides|rapidement|vite|tôt que|qu\'*', strength: 0.7 },
  { id: 'lead_time.you_said', type: 'objection.lead_time', pattern: 'avez|aviez|m\'aviez|m\'avez|avais|m\'avais dit|promis|assuré|annoncé|garanti .. semaine|hier|déjà|avant|prêt|prête|prêts|prêtes|expédié|expédiée|livré|livrée|envoyé|envoyée|parti|partie', strength: 0.6 },
  { id: 'lead_time.you_should_have', type: 'objection.lead_time', pattern: 'deviez|devait|devaient|étiez|était|étaient ?censés ?censé ?censée livrer|expédier|envoyer|livré|livrée|expédié|expédiée|arriver|arrivé|arrivée|partir|parti|partie|sortir|charger|embarquer|quitter', strength: 0.7 },
  { id: 'lead_time.cannot_wait', type: 'objection.lead_time', pattern: 'pas|plus attendre|patienter .. jours|semaines|mois|longtemps|autant|aussi', strength: 0.8, negatable: false },
  { id: 'lead_time.cannot_wait_more', type: 'objection.lead_time', pattern: 'pas|plus attendre|patienter', strength: 0.65, negatable: false },
  { id: 'lead_time.takes_too_long', type: 'objection.lead_time', pattern: 'prend|prennent|prendra|met|mettent|dure|durent .. trop|longtemps', strength: 0.7 },
  { id: 'lead_time.dragging', type: 'objection.lead_time', pattern: 'traîne|traînent|traîner', strength: 0.7 },
  { id: 'lead_time.need_sooner', type: 'objection.lead_time', pattern: 'besoin|faut|voudrions|voulons|souhaitons|souhaiterions|aurions .. plus tôt|vite|rapidement|rapide', strength: 0.7 },
  { id: 'lead_time.unclear', type: 'objection.lead_time', pattern: 'délai|délais|date .. flou|floue|incertain|incertaine|inconnu|inconnue|imprécis|imprécise', strength: 0.7 },
  { id: 'lead_time.not_clear', type: 'objection.lead_time', pattern: 'délai|délais|date .. pas|toujours clair|claire|précis|précise|fixé|fixée|confirmé|confirmée', strength: 0.7, negatable: false },
  { id: 'lead_time.shipment_update', type: 'objection.lead_time', pattern: `nouvelles|news|info|infos|update|suivi|état ?de ?du ?des ?d' ?la ?notre ?ma ?nos ?l' ${GOODS}|production|expédition|l'expédition`, strength: 0.5, negatable: false },
  // "on attend" is the spoken first person plural.
  { id: 'lead_time.still_waiting_goods', type: 'objection.lead_time', pattern: `toujours|encore .. attente|attendons|attends|attend|attendu .. ${GOODS}`, strength: 0.75 },
  { id: 'lead_time.waiting_for_goods', type: 'objection.lead_time', pattern: `j'attends|attends|attendons|attend .. ${GOODS}`, strength: 0.7 },
  { id: 'lead_time.waiting_still_goods', type: 'objection.lead_time', pattern: `attendons|attends|attend toujours|encore .. ${GOODS}`, strength: 0.75 },
  { id: 'lead_time.waiting_for_weeks', type: 'objection.lead_time', pattern: 'fait|faisait # jours|semaines|semaine|mois .. attend|attendons|attends|j\'attends|patiente|patientons', strength: 0.7 },
  { id: 'lead_time.waiting_for_weeks_words', type: 'objection.lead_time', pattern: 'fait|faisait deux|trois|quatre|cinq|six|dix|quinze|plusieurs|des|quelques|un|une jours|semaines|semaine|mois .. attend|attendons|attends|j\'attends|patiente|patientons', strength: 0.7 },
  { id: 'lead_time.already_at', type: 'objection.lead_time', pattern: 'en est|sommes à|a # jours|semaines|mois', strength: 0.65 },
  { id: 'lead_time.why_so_long', type: 'objection.lead_time', pattern: 'pourquoi # jours|semaines|mois', strength: 0.7 },
  { id: 'lead_time.why_so_long_words', type: 'objection.lead_time', pattern: 'pourquoi autant|si|aussi longtemps|long|longs|longue|lent|lente|tard', strength: 0.65 },
  { id: 'lead_time.it_used_to_be', type: 'objection.lead_time', pattern: 'c\'était|cétait|c\'étaient|auparavant # jours|semaines|mois', strength: 0.55 },
  { id: 'lead_time.never_received', type: 'objection.lead_time', pattern: `jamais|pas|rien ?toujours ?pas ?encore reçu|reçue|reçus|arrivé|arrivée|arrivés|livré|livrée|livrés .. ${GOODS}`, strength: 0.75, negatable: false },
  { id: 'lead_time.goods_not_arrived', type: 'objection.lead_time', pattern: `${GOODS} ... pas|jamais ?encore arrivé|arrivée|arrivés|arrivées|reçu|reçue|reçus|livré|livrée|livrés|livrées|expédié|expédiée|parti|partie`, strength: 0.75, negatable: false },
  { id: 'lead_time.weeks_late', type: 'objection.lead_time', pattern: 'jours|semaines|semaine|mois|j|jrs de|d\' retard|retards', strength: 0.75 },
  // Goods or shipping news still missing: "toujours pas de date de départ", "toujours aucune nouvelle du navire".
  { id: 'lead_time.still_no_date', type: 'objection.lead_time', pattern: 'toujours|tjrs|tjs|encore pas|aucun|aucune|rien ?de ?d\' ?la ?le ?les ?notre ?nos ?mes ?ma ?mon date|dates|numéro|tracking|nouvelle|nouvelles|visibilité|bl|b/l|eta|départ|conteneur|container|booking|navire|bateau|marchandise|marchandises|livraison|colis', strength: 0.7, negatable: false },
  // A date or lead time the seller promised and missed: "Vous m'aviez promis mi-mars", "On nous avait dit semaine 12".
  // A nearby topic must be a lead time or absent, because "promis 30 jours de crédit" is a payment term.
  { id: 'lead_time.promised_date', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'm\'aviez|m\'avez|m\'avait|m\'avais|m\'as|aviez|avait|avez promis|dit|annoncé|garanti|juré|assuré ?le ?la ?pour ?une ?livraison début|fin|mi|mi-*|semaine|#|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi', strength: 0.65 },
  // A hedged verdict on a lead time: "90 jours me paraît un peu long", "60 jours, c'est un peu optimiste".
  { id: 'lead_time.bit_long', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'peu long|longs|longue|longues|lent|lente|optimiste|optimistes', strength: 0.6 },
  // Bare verdicts such as "45 jours c'est trop pour nous" and "le MOQ de 3000 pcs c trop pr un essai" take the type of the nearest topic.
  // The "pour" or comma after "trop" keeps out "c'est trop cher" and "c'est trop beau".
  { id: 'lead_time.its_too_much', type: 'objection.lead_time', topics: TERM_TOPICS, pattern: 'c\'est|cest|c|ça|ca ?déjà ?beaucoup ?bien ?way trop|much pour|pr|,', strength: 0.6 },
  // objection.supplier_history
  { id: 'supplier_history.bad_experience', type: 'objection.supplier_history', pattern: 'mauvaise|mauvaises|terrible|triste|douloureuse|pénible|horrible|catastrophique|désastreuse|amère expérience|expériences', strength: 0.85 },
  { id: 'supplier_history.experience_bad', type: 'objection.supplier_history', pattern: 'expérience|expériences .. mauvaise|mauvaises|négative|négatives|catastrophique|désastreuse|décevante|douloureuse', strength: 0.8 },
  { id: 'supplier_history.previous_supplier', type: 'objection.supplier_history', pattern: `ancien|anciens|ancienne|précédent|précédents|dernier|ex ${SUPPLIER} ... arnaqué|arnaqués|escroqué|escroqués|volé|volés|disparu|menti|abandonné|lâché|laissé|planté|retard|retards|défauts|défectueux|problèmes|jamais`, strength: 0.8, negatable: false },
  { id: 'supplier_history.supplier_previous', type: 'objection.supplier_history', pattern: `${SUPPLIER} précédent|précédents|précédente|actuel|actuels|chinois ... arnaqué|arnaqués|escroqué|escroqués|volé|volés|disparu|menti|abandonné|lâché|planté|retard|retards|défauts|défectueux|problèmes|jamais`, strength: 0.75, negatable: false },
  { id: 'supplier_history.scammed', type: 'objection.supplier_history', pattern: 'arnaqué|arnaqués|arnaquée|arnaquées|escroqué|escroqués|escroquée|floué|floués|dupé|dupés|roulés|échaudé|échaudés|échaudée', strength: 0.8 },
  { id: 'supplier_history.got_scammed', type: 'objection.supplier_history', pattern: 'fait|faits|faite arnaquer|escroquer|avoir|rouler|voler|berner|duper', strength: 0.85 },
  { id: 'supplier_history.scam', type: 'objection.supplier_history', pattern: 'arnaque|arnaques|escroquerie|escroqueries|escroc|escrocs|fraude|fraudes|arnaqueur|arnaqueurs|fraudeurs', strength: 0.7 },
  // An allusion to a past letdown: "On a déjà vu ça."
  { id: 'supplier_history.seen_it_before', type: 'objection.supplier_history', pattern: 'on|nous a|avons déjà vu|vécu|connu ça|cela|ca .|!|?|,|;', strength: 0.6 },
  { id: 'supplier_history.seen_this_story', type: 'objection.supplier_history', pattern: 'déjà vu|vécu|connu ce|cette genre|scénario|film|coup|histoire', strength: 0.6 },
  { id: 'supplier_history.lost_money', type: 'objection.supplier_history', pattern: 'perdu|perdre .. argent|l\'argent|d\'argent', strength: 0.7 },
  { id: 'supplier_history.hard_to_trust', type: 'objection.supplier_history', pattern: 'difficile|dur|mal|compliqué ?de ?à faire confiance', strength: 0.75 },
  { id: 'supplier_history.trust_issue', type: 'objection.supplier_history', pattern: 'problème|problèmes|question|manque de confiance', strength: 0.7 },
  { id: 'supplier_history.how_trust', type: 'objection.supplier_history', pattern: 'comment .. faire confiance', strength: 0.6 },
  { id: 'supplier_history.no_trust', type: 'objection.supplier_history', pattern: 'pas|plus|aucune confiance', strength: 0.75, negatable: false },
  { id: 'supplier_history.no_trust_de', type: 'objection.supplier_history', pattern: 'pas de confiance', strength: 0.75, negatable: false },
  { id: 'supplier_history.suppliers_promised', type: 'objection.supplier_history', pattern: 'fournisseurs|usines|vendeurs|fabricants ... promis|promettent|disparu|disparaissent|menti|mentent|arnaqué|arnaquent', strength: 0.7 },
  { id: 'supplier_history.issues_with_suppliers', type: 'objection.supplier_history', pattern: `problèmes|problème|soucis|souci|ennuis|déboires|mésaventures|litige|litiges avec|chez ... ${SUPPLIER}|chinois`, strength: 0.75 },
  { id: 'supplier_history.disappointed_by', type: 'objection.supplier_history', pattern: `déçu|déçus|déçue|déçues par ... ${SUPPLIER}|chinois`, strength: 0.7 },
  // A past supplier's failure: "notre ancien fournisseur nous a livré…", "le dernier fournisseur chinois m'a envoyé…".
  // "autre" is left out, because "un autre fournisseur nous a proposé 2,80" is a price objection.
  { id: 'supplier_history.former_supplier_did', type: 'objection.supplier_history', pattern: `ancien|anciens|ancienne|précédent|précédents|précédente|dernier|derniers ${SUPPLIER} ... m'a|a|ont|avait|m'avait|avaient|m'ont|livrait|livraient|envoyait`, strength: 0.65 },
  // "La dernière fois qu'on a importé d'Asie…". "La dernière fois la peinture…" is about this seller and does not match.
  { id: 'supplier_history.last_time', type: 'objection.supplier_history', pattern: 'dernière fois qu\'on|qu\'un|qu\'une|qu\'ils|qu\'il|avec|un|une|chez', strength: 0.6 },
  { id: 'supplier_history.lost_amount', type: 'objection.supplier_history', pattern: 'perdu|perdre|perdus # ... avec|chez|acompte|d\'acompte|l\'acompte|fournisseur|usine|société', strength: 0.75 },
  { id: 'supplier_history.last_one_who', type: 'objection.supplier_history', pattern: 'dernier|dernière|derniers|dernières|précédent qui|à m\'a|m\'ont|m\'avait|m\'avaient|nous|me|m\'*', strength: 0.65 },
  // objection.moq
  { id: 'moq.moq_too_high', type: 'objection.moq', pattern: 'moq|moqs|minimum|minimale|minimal|mini ... trop|très|assez|bien|beaucoup|vraiment|est|reste|super élevé|élevée|élevés|haut|haute|important|importante|gros|grosse|grand|grande|lourd|énorme', strength: 0.85 },
  { id: 'moq.moq_not_possible', type: 'objection.moq', pattern: 'moq|moqs|minimum|minimale ... pas|trop possible|acceptable|faisable|réaliste|jouable|envisageable|gérable', strength: 0.85, negatable: false },
  { id: 'moq.moq_impossible', type: 'objection.moq', pattern: 'moq|moqs|minimum|minimale ... impossible|inacceptable|irréaliste|énorme', strength: 0.8 },
  { id: 'moq.cannot_take', type: 'objection.moq', pattern: 'pas|impossible ?de prendre|commander|acheter|d\'acheter|écouler|d\'écouler|absorber|d\'absorber|stocker|vendre|gérer ?plus ?de #', strength: 0.7, negatable: false },
  { id: 'moq.cannot_take_so_many', type: 'objection.moq', pattern: 'pas|impossible ?de prendre|commander|acheter|d\'acheter|écouler|d\'écouler|absorber|d\'absorber|stocker|vendre|gérer autant', strength: 0.7, negatable: false },
  { id: 'moq.max_first_order', type: 'objection.moq', pattern: 'maximum|max|seulement|juste|uniquement # ... première|premier|essai|d\'essai|test|initiale|démarrage|lancement|départ', strength: 0.65 },
  { id: 'moq.first_order_only', type: 'objection.moq', pattern: 'première|premier|commande|initiale ... seulement|max|maximum|juste|uniquement #', strength: 0.6 },
  { id: 'moq.half_container', type: 'objection.moq', pattern: 'demi-conteneur|demi-container|panacher|panaché|panachée|panachés|panachage', strength: 0.55 },
  { id: 'moq.mixed_container', type: 'objection.moq', pattern: 'conteneur|conteneurs|container|containers|tc mixte|mixtes|partagé|panaché', strength: 0.55 },
  { id: 'moq.mix_models', type: 'objection.moq', pattern: 'mélanger|mixer|combiner|panacher ?les ?des ?plusieurs modèles|références|couleurs|coloris|tailles|articles', strength: 0.55 },
  { id: 'moq.per_model_too_much', type: 'objection.moq', pattern: 'par|pour ?chaque modèle|couleur|coloris|référence|réf|taille|article|design|produit ... trop|beaucoup|élevé|élevée|important|gros|énorme', strength: 0.8 },
  { id: 'moq.cannot_meet_moq', type: 'objection.moq', pattern: 'pas|impossible|incapable|incapables|difficile|dur ?de ?d\' atteindre|d\'atteindre|respecter|accepter|d\'accepter|suivre|honorer|d\'honorer .. moq|moqs|minimum|minimums|minimale|minimales', strength: 0.85, negatable: false },
  { id: 'moq.lower_moq', type: 'objection.moq', pattern: 'baisser|baissez|réduire|réduisez|diminuer|diminuez|abaisser|revoir .. moq|minimum|quantité|quantités', strength: 0.7 },
  { id: 'moq.smaller_moq', type: 'objection.moq', pattern: 'moq|minimum plus bas|petit|faible|réduit|inférieur', strength: 0.65 },
  { id: 'moq.below_moq', type: 'objection.moq', pattern: 'dessous|inférieur|inférieure|inférieures|inférieurs|sous|moins ?que ?qu\' ?de ?du ?au ?à ?le ?la ?votre moq|minimum', strength: 0.6 },
  { id: 'moq.only_need_number', type: 'objection.moq', pattern: 'besoin|voulons|veut|souhaitons|commander|prendre|acheter|commandons|prenons que de|d\'environ #', strength: 0.45, negatable: false },
  { id: 'moq.only_need_one', type: 'objection.moq', pattern: 'besoin|voulons|veut|souhaitons|commander|prendre|acheter|commandons|prenons qu\'un|qu\'une|qu\'environ ?# pcs|pièces|pièce|unités|unité|sets|cartons|carton|échantillons|kg|mètres|palettes|palette|conteneur|lot', strength: 0.45, negatable: false },
  { id: 'moq.only_want', type: 'objection.moq', pattern: 'besoin|voulons|veut|souhaitons|commander|prendre|acheter|commandons|prenons seulement|uniquement|juste ?de ?d\'environ #', strength: 0.45 },
  { id: 'moq.only_need', type: 'objection.moq', pattern: 'seulement|uniquement|juste besoin ... pcs|pièces|unités|sets|cartons|kg|mètres|palettes', strength: 0.45 },
  { id: 'moq.moq_problem', type: 'objection.moq', pattern: 'moq|minimum .. problème|souci|soucis|bloquant|frein|obstacle', strength: 0.6 },
  { id: 'moq.problem_is_moq', type: 'objection.moq', pattern: 'problème|souci|soucis|frein .. moq|minimum', strength: 0.6 },
  // "Le minimum de 5 tonnes pour le premier essai, c'est lourd". The optional comma lets the gap continue, because a gap stops at punctuation.
  { id: 'moq.minimum_weighs', type: 'objection.moq', pattern: 'moq|moqs|minimum|minimums|minimale|mini ... ?, ... lourd|lourde|énorme|disproportionné|disproportionnée|dépasse|bloque|high|inaccessible|exagéré|exagérée|costaud', strength: 0.7 },
  // "On est une petite boutique à Marrakech". A question after it ("…, quel est votre MOQ ?") is an inquiry, not an objection.
  { id: 'moq.small_business', type: 'objection.moq', statementOnly: true, pattern: `on|nous|je est|sommes|suis ?encore ?juste ?seulement ?qu' ?qu'une ?qu'un ?un ?une ?trop ?très ?tout petit|petite|petits|petites ${SMALL_BUSINESS}`, strength: 0.6 },
  // objection.payment_terms
  { id: 'payment_terms.cannot_accept', type: 'objection.payment_terms', pattern: `pas|impossible|refusons|refuse|jamais|difficile ?de ?d' accepter|d'accepter|payer|verser|travailler|avancer .. ${DEPOSIT}|conditions|100|totalité|l'intégralité|intégralité`, strength: 0.8, negatable: false },
  { id: 'payment_terms.do_not_accept', type: 'objection.payment_terms', pattern: `n'acceptons|n'accepte|n'acceptent|refusons|refuse .. ${DEPOSIT}|conditions|modalités`, strength: 0.8, negatable: false },
  { id: 'payment_terms.deposit_too_high', type: 'objection.payment_terms', pattern: `${DEPOSIT}|versement ... trop|très|assez|bien élevé|élevée|élevés|important|importante|lourd|lourde|gros|grosse`, strength: 0.8 },
  { id: 'payment_terms.terms_unacceptable', type: 'objection.payment_terms', pattern: 'conditions|modalités|termes|délai|délais de|du paiement|règlement ... inacceptable|inacceptables|difficile|difficiles|problème|problématique|problématiques|lourdes|strictes|risqué|risquées|risquée|dures|contraignantes|impossibles', strength: 0.8 },
  { id: 'payment_terms.terms_not_ok', type: 'objection.payment_terms', pattern: 'conditions|modalités|termes de|du paiement|règlement ... pas acceptable|acceptables|possible|possibles|jouable|jouables|envisageable|faisable|ok|convenables', strength: 0.8, negatable: false },
  { id: 'payment_terms.method_not_possible', type: 'objection.payment_terms', pattern: `${DEPOSIT} ... pas acceptable|possible|faisable|envisageable|jouable`, strength: 0.8, negatable: false },
  { id: 'payment_terms.method_impossible', type: 'objection.payment_terms', pattern: `${DEPOSIT} ... impossible|inacceptable|risqué|risquée|risque|risques|difficile|compliqué|compliquée|dangereux|problème`, strength: 0.75 },
  { id: 'payment_terms.only_pay_by', type: 'objection.payment_terms', pattern: 'uniquement|seulement .. payer|régler|accepter|travailler|paiement|payons .. lc|l/c|crédoc|d/p|traite|lcr|crédit|réception|livraison|arrivée', strength: 0.55 },
  { id: 'payment_terms.we_pay_only_by', type: 'objection.payment_terms', pattern: 'payons|paierons|payerons|réglons|travaillons|acceptons|paie|paye|fonctionnons uniquement|seulement|exclusivement ?par ?en ?contre ?à ?a lc|l/c|crédoc|d/p|traite|traites|lcr|crédit|réception|livraison', strength: 0.6 },
  { id: 'payment_terms.we_only_pay', type: 'objection.payment_terms', pattern: 'payons|paierons|payerons|acceptons|travaillons|réglons|fonctionnons que|qu\'* ?par ?en ?à ?a ?au ?contre lc|l/c|crédoc|d/p|traite|traites|lcr|crédit|réception|livraison|30|45|60|90', strength: 0.6, negatable: false },
  { id: 'payment_terms.mandatory_method', type: 'objection.payment_terms', pattern: 'paiement|règlement|payons|payer|paye|paie|réglons|fait|fais|effectue ... obligatoirement|exclusivement|uniquement|seulement par|en|contre|via lc|l/c|crédoc|crédit|lettre|traite|traites|lcr', strength: 0.6 },
  { id: 'payment_terms.no_advance_transfer', type: 'objection.payment_terms', pattern: 'pas|impossible|jamais ?de faire|effectuer|envoyer ?de ?d\' ?un ?le virement|virements|paiement|paiements|transfert|tt .. avance|l\'avance|d\'avance|avant|anticipé', strength: 0.75, negatable: false },
  { id: 'payment_terms.out_of_question', type: 'objection.payment_terms', pattern: 'question|exclu ?de ?d\' payer|verser|régler|avancer|d\'avancer|accepter|d\'accepter', strength: 0.8, negatable: false },
  { id: 'payment_terms.never_pay_before', type: 'objection.payment_terms', pattern: 'paie|paye|payons|payerons|paierons|réglons|versons|verse jamais|rien|pas d\'avance|l\'avance|avant|d\'acompte|acompte|100|rien|à', strength: 0.75, negatable: false },
  { id: 'payment_terms.cannot_pay_before', type: 'objection.payment_terms', pattern: 'pas|impossible|jamais ?de payer|régler|verser|avancer .. avant|d\'avance|l\'avance|tout|totalité|100|l\'intégralité|acompte|d\'acompte', strength: 0.8, negatable: false },
  { id: 'payment_terms.no_deposit', type: 'objection.payment_terms', pattern: 'sans|aucun|zéro|zero|pas acompte|d\'acompte|avance|d\'avance|prépaiement|dépôt|arrhes', strength: 0.65, negatable: false },
  { id: 'payment_terms.pay_after', type: 'objection.payment_terms', pattern: 'payer|paiement|règlement|solde|régler|payons|payerons|paierons ?uniquement ?seulement ?qu\'* ?à ?a ?après ?apres ?contre ?sur ?dès ?la ?l\' réception|livraison|arrivée|l\'arrivée|inspection|vente|ventes|écoulement|revente', strength: 0.6 },
  { id: 'payment_terms.days_credit', type: 'objection.payment_terms', pattern: '# jours|j fdm|net|nets|crédit', strength: 0.65 },
  { id: 'payment_terms.days_end_of_month', type: 'objection.payment_terms', pattern: '# jours|j fin de mois', strength: 0.65 },
  { id: 'payment_terms.pay_at_days', type: 'objection.payment_terms', pattern: 'paiement|payable|règlement|payer|régler|crédit à|a # jours|j', strength: 0.65 },
  { id: 'payment_terms.pay_at_days_short', type: 'objection.payment_terms', pattern: 'paiement|payable|règlement|payer|régler|crédit à|a 30j|45j|60j|90j|120j', strength: 0.65 },
  { id: 'payment_terms.credit_of', type: 'objection.payment_terms', pattern: 'crédit ?de #', strength: 0.6 },
  { id: 'payment_terms.payment_delay_of', type: 'objection.payment_terms', pattern: 'délai|délais de|du paiement|règlement ?de #', strength: 0.6 },
  { id: 'payment_terms.deferred', type: 'objection.payment_terms', pattern: 'paiement|règlement différé|échelonné|échelonnés|fractionné', strength: 0.6 },
  { id: 'payment_terms.payment_facilities', type: 'objection.payment_terms', pattern: 'facilités|facilité|échéancier de|du paiement|règlement', strength: 0.6 },
  { id: 'payment_terms.installments', type: 'objection.payment_terms', pattern: 'paiement|règlement|payer|régler en # ?fois|mensualités|échéances', strength: 0.6 },
  { id: 'payment_terms.several_times', type: 'objection.payment_terms', pattern: 'paiement|règlement|payer|régler en plusieurs fois|mensualités|échéances', strength: 0.6 },
  { id: 'payment_terms.open_account', type: 'objection.payment_terms', pattern: 'compte ouvert', strength: 0.55 },
  { id: 'payment_terms.net_days', type: 'objection.payment_terms', pattern: 'net 30|45|60|90|120|30j|45j|60j|90j', strength: 0.65 },
  { id: 'payment_terms.wont_pay_advance', type: 'objection.payment_terms', pattern: 'ne|n\'*|jamais|rien ... verser|payer|paie|paye|payons|paierons|payerons|travaillons|travaille|envoyer|avancer|donner|accepter|acceptons .. # ?pour ?cent ?t/t ?tt d\'avance|avance|l\'avance|acompte|d\'acompte|upfront|avant|à|a|au', strength: 0.7, negatable: false },
  // Bare verdicts such as "100% avant chargement c'est mort" and "le minimum de 5 tonnes, c'est lourd" take the type of the nearest topic.
  { id: 'payment_terms.its_a_no_go', type: 'objection.payment_terms', topics: TERM_TOPICS, pattern: 'c\'est|cest|c|ça|ca ?déjà ?vraiment ?un ?peu ?bien ?franchement mort|chaud|lourd|exclu|compliqué|niet', strength: 0.6 },
  // "C'est LC ou rien", "lettre de crédit à vue ou rien".
  { id: 'payment_terms.or_nothing', type: 'objection.payment_terms', topics: ['objection.payment_terms'], pattern: 'ou|soit rien', strength: 0.6 },
  { id: 'payment_terms.bank_does_not_allow', type: 'objection.payment_terms', pattern: 'banque|banques|banquier|bcrg|bceao|beac|bct|réglementation ... permet|autorise|suivra|suit|accepte|acceptera|acceptent|suivent pas|plus', strength: 0.65, negatable: false },
  { id: 'payment_terms.pay_before_seeing', type: 'objection.payment_terms', pattern: 'payer|paie|paye|verser|donner|payons|paierai|payerai|virer ... avant ?même de|d\' voir|avoir|recevoir', strength: 0.65 },
  // objection.quality
  { id: 'quality.quality_bad', type: 'objection.quality', pattern: 'qualité ... mauvaise|médiocre|décevante|douteuse|nulle|catastrophique|lamentable|inférieure', strength: 0.8 },
  { id: 'quality.quality_poor', type: 'objection.quality', pattern: 'qualité .. mauvaise|médiocre|basse|faible|moyenne|inférieure|décevante|douteuse|nulle|pire|limite|problème|problèmes|souci|soucis|défaut|défauts|doute|doutes|bof|catastrophique|inégale|irrégulière', strength: 0.8 },
  { id: 'quality.quality_not_good', type: 'objection.quality', pattern: 'qualité .. pas bonne|top|terrible|satisfaisante|constante|régulière|au', strength: 0.8, negatable: false },
  { id: 'quality.low_quality', type: 'objection.quality', pattern: 'mauvaise|médiocre|basse|faible|piètre|pauvre|moindre|mauvaises qualité', strength: 0.8 },
  { id: 'quality.quality_dropped', type: 'objection.quality', pattern: 'qualité .. baissé|baisse|diminué|dégradé|dégradée|chuté|chute', strength: 0.75 },
  { id: 'quality.drop_in_quality', type: 'objection.quality', pattern: 'baisse|dégradation|chute|perte de|en qualité', strength: 0.75 },
  { id: 'quality.not_same_quality', type: 'objection.quality', pattern: 'pas|plus la même qualité', strength: 0.75, negatable: false },
  { id: 'quality.defects', type: 'objection.quality', pattern: 'défauts|défectueux|défectueuse|défectueuses|cassée|cassées|endommagé|endommagés|endommagée|endommagées|abîmé|abîmés|abîmée|abîmées|fissuré|fissurés|rouillé|rouillés|rayé|rayés|inutilisable|inutilisables|défaillant|défaillants|défaillante|pourri|pourris|non-conformes|non-conforme|manquants|manquantes|écrasé|écrasés|écrasée|écrasées|déformé|déformés|tordu|tordus|mouillé|mouillés|cabossé|cabossés', strength: 0.75 },
  { id: 'quality.arrived_broken', type: 'objection.quality', pattern: 'arrivé|arrivés|arrivée|arrivées|reçu|reçus|reçue|reçues|livré|livrés|livrée|livrées cassé|cassés|cassée|cassées|endommagé|endommagés|abîmé|abîmés|abîmée|abîmées|brisé|brisés|écrasé|écrasés', strength: 0.8 },
  { id: 'quality.defect_of', type: 'objection.quality', pattern: 'défaut|défauts de|d\' fabrication|qualité|conformité|finition|production|peinture|soudure|d\'étanchéité|d\'aspect', strength: 0.75 },
  // Doubt about how the goods will hold up: "je doute que votre peinture tienne", "un doute sur la tenue des coutures".
  { id: 'quality.doubt_it_lasts', type: 'objection.quality', pattern: 'doute|doutes|doutons|douter ... tienne|tiennent|tient|tiendra|tiendront|résiste|résistent|résistera|dure|durent|durera|dureront|tenue|solidité|fiabilité|durabilité|résistance|finition|finitions|coutures|couture|soudures|peinture|matière|matériau|qualité', strength: 0.75 },
  { id: 'quality.worried', type: 'objection.quality', pattern: 'inquiets|inquiet|inquiète|inquiètes|préoccupés|préoccupé|doute|doutes|sceptique|sceptiques|méfiants|méfiant|réserves|réserve|hésitants .. qualité|durabilité|fiabilité|matière|matériau|matériaux|résistance|solidité|finition|produits|produit', strength: 0.8 },
  { id: 'quality.differs_from_sample', type: 'objection.quality', pattern: 'différent|différente|différents|différentes .. échantillon|échantillons|l\'échantillon|photo|photos|description|commande|fiche|spécifications|specs|cahier|bat|modèle', strength: 0.75 },
  { id: 'quality.does_not_match', type: 'objection.quality', pattern: 'pas|non conforme|conformes|correspond|correspondent|identique|identiques ... échantillon|échantillons|l\'échantillon|photo|photos|description|commande|fiche|spécifications|specs|cahier|bat|modèle|attentes', strength: 0.75, negatable: false },
  { id: 'quality.not_like_sample', type: 'objection.quality', pattern: 'pas|plus comme|pareil|pareille|pareils|pareilles|similaire|similaires|fidèle|fidèles ?à ?a ?au ?aux ?l\' ?le ?la ?les échantillon|échantillons|l\'échantillon|photo|photos|commande|modèle|bat|description|prototype', strength: 0.75, negatable: false },
  { id: 'quality.not_same_as_sample', type: 'objection.quality', pattern: 'pas|plus le|la|les même|mêmes ... que|qu\'* ?l\' ?le ?la ?les ?aux échantillon|échantillons|l\'échantillon|photo|photos|commande|modèle|bat|prototype|précédent|précédente|dernier|dernière|avant', strength: 0.7, negatable: false },
  { id: 'quality.does_not_match_neg', type: 'objection.quality', pattern: 'correspond|correspondent|ressemble|ressemblent pas .. échantillon|échantillons|l\'échantillon|photo|photos|description|commande|fiche|bat|modèle|attentes|couleur|couleurs|taille|specs|spécifications|cahier', strength: 0.7, negatable: false },
  { id: 'quality.complaint', type: 'objection.quality', pattern: 'réclamation|réclamations|plainte|plaintes|litige|litiges', strength: 0.6 },
  { id: 'quality.quality_return', type: 'objection.quality', pattern: 'retour|retours qualité', strength: 0.6 },
  { id: 'quality.rejected_batch', type: 'objection.quality', pattern: 'refusé|refusée|refusés|rejeté|rejetée|rejetés|retourné|retournée|renvoyé|renvoyée ?tout ?le ?la ?les lot|marchandise|livraison|conteneur|produits|commande|palettes', strength: 0.75 },
  { id: 'quality.not_convinced', type: 'objection.quality', pattern: 'pas|peu convaincu|convaincus|convaincue|sûr|sûrs|certain|certains|rassurés|rassuré .. qualité|matière|matériau|matériaux|durabilité|fiabilité|produit|produits|finition|solidité', strength: 0.75, negatable: false },
  { id: 'quality.how_sure', type: 'objection.quality', pattern: 'comment .. sûr|sûrs|certain|certains|savoir|sais|saurai|saurons|savons|garantir|vérifier|assurer ... qualité|même|identique|conforme|échantillon|durable|tient|tiendra|pareil|pareille|pareils|pareilles|réelle|réel', strength: 0.7 },
  { id: 'quality.finish_poor', type: 'objection.quality', pattern: 'finition|finitions|soudure|soudures|couture|coutures|emballage|peinture|revêtement|impression|assemblage .. mauvaise|mauvaises|mauvais|médiocre|grossière|grossières|irrégulière|bâclée|bâclé|ratée|raté|moche', strength: 0.75 },
  { id: 'quality.finish_not_good', type: 'objection.quality', pattern: 'finition|finitions|soudure|soudures|couture|coutures|emballage|peinture|revêtement|impression|assemblage .. pas bonne|bonnes|top|terrible|propre|nette|belle', strength: 0.75, negatable: false },
  { id: 'quality.leaves_to_be_desired', type: 'objection.quality', pattern: 'laisse|laissent à désirer', strength: 0.7 },
  { id: 'quality.quality_problem', type: 'objection.quality', pattern: 'problème|problèmes|souci|soucis|défaut|défauts|baisse ?de ?d\' qualité', strength: 0.8 },
  { id: 'quality.marks', type: 'objection.quality', pattern: 'casse|rayures|rayure|bosses|rouille|fissures|fissure|bulles|scintillement|clignote|clignotent|taches|décoloré|décolorés|déchiré|déchirés|moisissure|moisissures|fuite|fuites|fuit', strength: 0.65 },
  // Defects of textiles, paint and plastics: "les couleurs déteignent", "la peinture s'écaille".
  { id: 'quality.wear_defects', type: 'objection.quality', pattern: 'rouillent|déteint|déteignent|déteindre|dégorge|dégorgent|décolore|décolorent|décoloré|décolorés|s\'effacent|s\'efface|s\'écaille|s\'écaillent|écaillé|écaillée|écaillés|décolle|décollent|rétrécit|rétrécissent|rétréci|boulochent|bouloche|gondole|gondolent|craquelle|craquellent|jaunit|jaunissent|s\'oxyde|s\'oxydent|oxydé|oxydés|fuit|fuient', strength: 0.7 },
  // Poor workmanship: "mal cousu", "mal imprimé", "logo décentré".
  { id: 'quality.badly_made', type: 'objection.quality', pattern: 'mal centré|centrés|centrée|centrées|aligné|alignés|alignée|alignées|imprimé|imprimés|imprimée|imprimées|cousu|cousus|cousue|cousues|fini|finis|finie|finies|soudé|soudés|soudée|soudées|collé|collés|collée|collées|emballé|emballés|emballée|emballées|fixé|fixés|fixée|fixées|monté|montés|montée|montées|peint|peints|peinte|peintes|découpé|découpés|découpée|découpées|ajusté|ajustés|ajustée|ajustées', strength: 0.65 },
  // Color and print fastness: "les couleurs ne tiennent pas au lavage".
  { id: 'quality.does_not_hold', type: 'objection.quality', pattern: 'couleur|couleurs|coloris|teinte|teintes|teinture|peinture|impression|marquage|étiquette|étiquettes|colle|coutures|couture|vernis ... tient|tiennent pas', strength: 0.65, negatable: false },
  { id: 'quality.off_center', type: 'objection.quality', pattern: 'décentré|décentrés|décentrée|désaxé|désaxés|bavure|bavures', strength: 0.6 },
  { id: 'quality.askew', type: 'objection.quality', pattern: 'de travers', strength: 0.6 },
  // Doubt about what the goods are made of: "vous êtes sûrs que c'est de l'inox ?", "je veux bien croire que c'est du bois massif, mais …"
  { id: 'quality.sure_it_is', type: 'objection.quality', pattern: 'sûr|sûrs|sûre|sûres|certain|certains|certaine que|qu\' c\'est|cest|ce|soit|soient ?sont du|de|des|d\'*|l\'*', strength: 0.6 },
  { id: 'quality.willing_to_believe', type: 'objection.quality', pattern: 'veux|voulons|voudrais bien ?vous croire|admettre', strength: 0.6 },
  { id: 'quality.breaks_after', type: 'objection.quality', pattern: 'casse|cassent|cassé|cassés|cassée|grillent|grillé|grillés|lâche|lâchent|lâché|rouille|rouillent|rouillé après|au|dès|en|déjà', strength: 0.7 },
  { id: 'quality.broken_down', type: 'objection.quality', pattern: 'en|tombe|tombé|tombent|tombés panne', strength: 0.6 },
  { id: 'quality.does_not_work', type: 'objection.quality', pattern: 'fonctionne|fonctionnent|s\'allume|s\'allument|démarre|démarrent plus|pas', strength: 0.7, negatable: false },
  { id: 'quality.guarantee_quality', type: 'objection.quality', pattern: 'garantir|garantissez|assurer .. même qualité|qualité|durabilité|solidité', strength: 0.6 },
  { id: 'quality.will_it_last', type: 'objection.quality', pattern: 'tient|tiennent|durera|dureront|résiste|résistent|tiendra|tiendront .. longtemps|temps|route|coup', strength: 0.5 },
  { id: 'quality.wrong_goods', type: 'objection.quality', pattern: 'mauvais|mauvaise|mauvaises produits|produit|article|articles|modèle|modèles|couleur|coloris|taille|tailles|référence|références|marchandise', strength: 0.6 },
  { id: 'quality.error_in', type: 'objection.quality', pattern: 'erreur|erreurs de|d\'|sur|dans ?la ?le ?les produit|produits|couleur|modèle|référence|références|quantité|marchandise', strength: 0.6 },
  { id: 'quality.not_what_we_ordered', type: 'objection.quality', pattern: 'pas ce que|qu\' .. commandé|commandée|commandés|commandées|demandé|demandée|demandés|attendu', strength: 0.7, negatable: false },
  // A claimed material or origin that the buyer doubts: "Vous dites inox 316L, mais…", "C'est vraiment de l'inox 304 ?".
  // A question is the objection here, so these rules are not statement-only.
  { id: 'quality.you_claim', type: 'objection.quality', pattern: `dites|dis|annoncez|annonce|annoncé|affichez|prétendez|juré|jurez ?que ?qu' ?c'est ?c'était ?du ?de ?des ?d'* ?l'* ?un ?une ?en ?100 ${MATERIAL}|fabriqué|made|ip65|ip66|ip67|ip68`, strength: 0.65 },
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: `vraiment|réellement|sûr|sûrs|certain|certains ?que ?qu' ?c'est ?le ?la ?les ?du ?de ?des ?d'* ?l'* ?en ?un ?une ?100 ${MATERIAL}`, strength: 0.65 },
  // Damage forms that quality.defects lacks: "arrivées fêlées", "140 cassés", "la moitié des boîtes est trempée".
  // "craqué" is left out, because the unaccented spelling that `index.ts` adds, "craque", also matches "ça craque au remplissage".
  { id: 'quality.damaged', type: 'objection.quality', pattern: 'cassés|fêlé|fêlée|fêlés|fêlées|craquée|craqués|craquées|fissurée|fissurées|trempé|trempée|trempés|trempées|moisi|moisie|moisis|moisies|pourrie|pourries|percé|percés|percée|percées|troué|troués|trouée|trouées|déchirée|déchirées|taché|tachée|tachés|tachées|rayée|rayées|rouillée|rouillées|bosselé|bosselés|fondent', strength: 0.65 },
  // A device that fails in use: "l'écran s'éteint tout seul", "le moteur s'arrête toutes les 30 minutes", "les pompes chauffent au bout de 20 minutes".
  { id: 'quality.stops_by_itself', type: 'objection.quality', pattern: 's\'éteint|s\'éteignent|s\'arrête|s\'arrêtent|redémarre|redémarrent|surchauffe|surchauffent|chauffe|chauffent|plante|plantent|bugue|buguent|disjoncte|disjonctent ... tout|toute|toutes|tous|seul|seule|seuls|seules|après|dès|bout|minutes|régulièrement|souvent|fois|sans', strength: 0.65 },
];

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
const SMALL_BUSINESS = 'boutique|boutiques|marque|maison|épicerie|atelier|fabrique|entreprise|structure|société|commerce|magasin|importateur|distributeur|quincaillerie|shop|startup|pme|ferme|client|clients|acteur|revendeur|grossiste|restaurant|resto|dépanneur|commerçant|artisan|usine|équipe|boîte|manufacture|tpe|start-up|kiosque|échoppe|supérette';

/** Types a bare predicate ("trop élevé", "pas possible") may be about. */
const AMOUNT_TOPICS: SignalType[] = ['objection.price', 'objection.moq', 'objection.payment_terms'];
const TERM_TOPICS: SignalType[] = ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'];
/** Shops and small firms a buyer names as its own ("j'ai une petite boutique"). Unlike SMALL_BUSINESS, it has no "client" or "équipe". */
const SHOP = 'boutique|boutiques|marque|épicerie|atelier|fabrique|manufacture|entreprise|structure|société|commerce|magasin|quincaillerie|shop|startup|start-up|pme|tpe|ferme|restaurant|resto|dépanneur|boîte|kiosque|échoppe|supérette|librairie|pharmacie|boulangerie|pâtisserie';
/** Cue types a bare verdict may be about, quality included ("ça me gêne" after "les finitions"). */
const ALL_TOPICS: SignalType[] = [...TERM_TOPICS, 'objection.quality'];
/** Count words before a unit of time ("trois semaines", "plusieurs mois"). Digits need their own `#` pattern. */
const COUNT_WORD = 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|soixante|plusieurs|quelques';
const TIME_UNIT = 'jours|jour|j|jrs|semaines|semaine|sem|mois';
const MONTH = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** Seasons and events that a late delivery misses ("après la Tabaski", "on rate la saison"). */
const EVENT = `saison|saisons|rentrée|noël|fêtes|ramadan|tabaski|aïd|l'aïd|magal|salon|foire|ouverture|l'ouverture|inauguration|l'inauguration|lancement|campagne|période|fenêtre|créneau|événement|l'événement|soldes|pâques|récolte|collection|été|l'été|hiver|l'hiver|printemps|automne|l'automne`;
/** Big buyers a minimum is meant for ("c'est pour les gros bras", "pour une grande chaîne"). */
const BIG = 'gros|grosse|grosses|grand|grande|grands|grandes';
const BIG_BUYER = 'bras|joueurs|acteurs|clients|comptes|chaîne|chaînes|boîte|boîtes|entreprise|entreprises|groupe|groupes|enseigne|enseignes|surface|surfaces|distributeur|distributeurs|importateur|importateurs|industriel|industriels|structure|structures|usine|usines|société|sociétés|magasin|magasins|marque|marques|poissons';
/** Words for the rich, in "vous nous prenez pour des milliardaires" and "on n'est pas chez Hermès". */
const RICH = 'milliardaires|millionnaires|riches|banque|banquiers|hermès|rothschild|émirs|nababs';
/** Verbs of selling, using or storing goods ("plus que ce qu'on vend en un an"). */
const SELL = 'vend|vends|vendons|vendent|vendu|vendre|écoule|écoules|écoulons|écoulent|écoulé|écouler|utilise|utilisons|utilisent|utilisé|utiliser|consomme|consommons|consomment|consommé|consommer|stocke|stockons|stocker|absorbe|absorbons|absorber';
/** Documents that prove a certification ("le rapport RoHS date de 2019"). A "par" before cancels the rules that start with one, so "par rapport à …" starts none. */
const CERT_DOC = `${CERTIFICATE}|rapport|rapports|déclaration|enregistrement|licence|dop|doc|certificate|logo|label|labels|certifié|certifiés|certifiée|certifiées`;
/** CERT_DOC without "rapport", for rules with `negatable: false`, which a "par" before cannot cancel. */
const CERT_PROOF = `${CERTIFICATE}|déclaration|enregistrement|licence|dop|doc|certificate|logo|label|labels`;
/** Words that void a certificate ("expiré", "suspendu", "falsifié"). */
const CERT_INVALID = 'expiré|expirée|expirés|expirées|expire|expirait|expirera|périmé|périmée|périmés|périmées|suspendu|suspendue|suspendus|suspendues|révoqué|révoquée|retiré|retirée|annulé|annulée|caduc|caduque|obsolète|obsolètes|invalide|invalides|faux|fausse|fausses|falsifié|falsifiée|falsifiés|contrefait|trafiqué|trafiquée|bidon|illisible|incomplet|incomplète|erroné|erronée';
/** Holders and scopes a certificate names in place of this product ("pour une autre usine", "au nom d'une autre société"). */
const CERT_HOLDER = 'modèle|modèles|usine|usines|société|sociétés|référence|références|fournisseur|fournisseurs|entreprise|version|produit|produits|fabricant|abattoir|filature|scierie|marque|adresse|nom|site|matériau|matériaux|couleur|couleurs|article|articles|tissu|gamme|titulaire|norme|lot|pays|raison';
/** Public registers where a buyer looks a certificate up ("la base NANDO", "le site de vérification"). */
const REGISTER = `base|bases|registre|registres|répertoire|répertoires|nando|database|annuaire|annuaires|vérification|officiel|officielle|l'organisme`;
/** Participles of goods that should have arrived or left ("toujours pas livrés", "même pas été chargé"). */
const SHIPPED = 'là|arrivé|arrivés|arrivée|arrivées|parti|partis|partie|parties|livré|livrés|livrée|livrées|expédié|expédiés|expédiée|expédiées|chargé|chargés|chargée|chargées|sorti|sortis|sortie|sorties|embarqué|embarqués|embarquée|embarquées';
/** Verbs of chasing a late order, after "ça fait trois semaines que" ("… que vous me dites", "… que j'attends"). */
const CHASE = `attend|attendons|attends|j'attends|attendent|patiente|patientons|dites|dis|dit|répétez|répètes|promettez|promets|relance|relançons|relancé|écris|écrivons|t'écris|écrit|m'as|m'avez|m'aviez|repoussez|reportez|réclame|réclamons|demande|demandons|cherche|cherchons`;
/** Suppliers, past or other, in the supplier history rules ("un autre exportateur", "notre précédent fabricant"). */
const ANY_SUPPLIER = `${SUPPLIER}|exportateur|exportateurs|importateur|importateurs|grossiste|grossistes|concurrent|concurrents|chinois|turc|turcs|indien|indiens|shop|compagnie|société|boîte`;

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
  { id: 'negotiation_openness.ask_discount', type: 'relationship.negotiation_openness', pattern: 'accorder|accordez|faire|faites|consentir|consentez|obtenir|avoir|proposer|appliquer .. remise|remises|réduction|réductions|rabais', strength: 0.55 },
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
  { id: 'price.bare_too_much', type: 'objection.price', topics: AMOUNT_TOPICS, pattern: 'c\'est|cest|ça|ca|c beaucoup|trop ?trop', strength: 0.6 },
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
  { id: 'price.competitor_offered', type: 'objection.price', pattern: `autre|autres|d\'autres|concurrent|concurrents|concurrence|${SUPPLIER}|chinois|turc|turcs|indien|indiens|local|locaux ... propose|proposent|proposé|proposait|offre|offrent|offert|donne|donnent|vend|vendent|vendait|cote|cotent|coté|facture|facturent|fait|font ?nous ?me ?le ?la ?les ?à ?a ?seulement ?juste #`, strength: 0.75 },
  { id: 'price.competitor_less', type: 'objection.price', pattern: `autre|autres|concurrent|concurrents|concurrence|${SUPPLIER}|chinois|turc|turcs|indien|indiens|local|locaux ... moins|moitié|mieux`, strength: 0.7 },
  { id: 'price.we_buy_at', type: 'objection.price', pattern: 'achetons|achète|j\'achète|achetions|achetait|payons|paie|paye|payions|obtenons .. à|a|pour|autour|seulement|environ|entre|max #', strength: 0.6 },
  { id: 'price.can_you_match', type: 'objection.price', pattern: 'aligner|s\'aligner|alignez|alignez-vous|égaler|égalez|battre', strength: 0.65 },
  { id: 'price.do_better', type: 'objection.price', pattern: 'faire|faites mieux', strength: 0.6 },
  { id: 'price.can_you_go_down', type: 'objection.price', pattern: 'pouvez-vous|pourriez-vous|peux-tu|pouvez|pourriez|peux|possible ?de ?vous ?nous ?me ?m\' ?le ?la ?les descendre|baisser ?à ?a ?jusqu\'à ?seulement #', strength: 0.7 },
  // "faire" needs its "à", because "pouvez-vous faire 500 pièces en bleu ?" is a production question.
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
  // objection.price: rises stated as facts ("vous avez augmenté de 12 %", "vos prix ont pris 11 %", "encore une hausse").
  { id: 'price.you_raised', type: 'objection.price', pattern: 'vous|tu|ils avez|as|ont ?encore augmenté|haussé|relevé|gonflé|remonté', strength: 0.65 },
  { id: 'price.you_raise_price', type: 'objection.price', pattern: `vous|tu|ils augmentez|augmentes|augmentent|haussez|relevez|remontez|gonflez ?encore ?vos ?votre ?le ?les ?tes ?ton ${PRICE}|prix`, strength: 0.65 },
  { id: 'price.you_raise_by', type: 'objection.price', pattern: 'vous|tu|ils augmentez|augmentes|augmentent|haussez|relevez|remontez ?encore de|d\' #', strength: 0.65 },
  { id: 'price.pass_on_rise', type: 'objection.price', pattern: 'répercutez|répercutes|répercutent|répercuter|répercuté', strength: 0.6 },
  { id: 'price.price_rose_by', type: 'objection.price', pattern: `${PRICE}|prix .. monté|montés|pris|grimpé|bondi|gonflé|bougé ?encore ?de ?d' #`, strength: 0.65 },
  { id: 'price.another_rise', type: 'objection.price', pattern: 'encore|nouvelle|énième|deuxième|troisième|autre ?une ?nouvelle hausse|hausses|augmentation|augmentations|majoration', strength: 0.6 },
  { id: 'price.went_from_to', type: 'objection.price', topics: TERM_TOPICS, pattern: 'passé|passés|passée|passées|passe|passent|passez|passer|monté|montée|montés|augmenté|grimpé|allongé|rallongé|relevé .. de|d\' # à|a #', strength: 0.6 },
  // The quote against what the buyer planned, paid before or finds elsewhere: "plus que ce que nous avions budgété", "vous êtes à 16 000".
  { id: 'price.more_than_planned', type: 'objection.price', pattern: `plus|davantage ?cher ?chère ?élevé que|qu'* ce|ceux que|qu'* ... prévu|budgété|budgétisé|payé|payons|payions|pensé|tête|attendu|imaginé|escompté|espéré`, strength: 0.7, negatable: false },
  { id: 'price.more_than_before', type: 'objection.price', pattern: `centimes|centime|cents|euros|dollars|dirhams|francs|dinars|dh|dhs|usd|eur|fcfa|cfa|chf de|en plus que|qu'*`, strength: 0.6 },
  { id: 'price.you_are_at', type: 'objection.price', statementOnly: true, cancelledBy: ['si', 's\'il'], topics: ['objection.price'], topicOptional: true, pattern: 'vous|tu êtes|es|étiez à|a #', strength: 0.55 },
  { id: 'price.whereas_was', type: 'objection.price', topics: ['objection.price'], pattern: `alors|tandis que|qu'* ... à|a|de #`, strength: 0.55 },
  { id: 'price.local_market_at', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'local|locaux|marché|ailleurs|concurrence|grossiste|grossistes .. est|sont|c\'est|cest|vend|vendent|fait|font|propose|proposent|offre|offrent ?à ?a #', strength: 0.6 },
  { id: 'price.paid_before', type: 'objection.price', topics: ['objection.price'], pattern: `l'an|année|fois|avant|habitude|d'habitude|auparavant|dernier|dernière ... payé|payions|payait|payais|payaient|acheté|achetions|achetait ?à ?a #`, strength: 0.6 },
  { id: 'price.paid_before_after', type: 'objection.price', topics: ['objection.price'], pattern: `payé|payions|payait|payais|acheté|achetait|achetions ?à ?a # ... l'an|année|dernière|dernier|avant|auparavant|précédent|précédente|habitude|d'habitude`, strength: 0.6 },
  // The buyer paid less before: "L'an dernier c'était 1,90", "avant c'était à 1,90 €".
  { id: 'price.was_before', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: `l'an|année|fois|avant|auparavant|dernier|dernière|précédent|précédente .. c'était|c'etait|cétait|était|etait|étaient|coûtait|coutait|coûtaient|valait ?à ?a ?de #`, strength: 0.6, notBefore: ['pièces|pieces|pcs|unités|cartons|caisses|sacs|tonnes|t|kg|conteneurs|palettes|rouleaux|mètres|jours|semaines|mois|%'] },
  // Disbelief at a price just named: "2,40 USD ? Sérieusement ?", "vous plaisantez ?".
  { id: 'price.incredulous', type: 'objection.price', topics: ['objection.price'], pattern: 'sérieusement|sérieux|serieux|serieusement ?', strength: 0.55 },
  { id: 'price.you_kidding', type: 'objection.price', topics: ['objection.price'], pattern: 'vous|tu plaisantez|plaisantes|rigolez|rigoles|blaguez|blagues', strength: 0.6 },
  { id: 'price.is_a_joke', type: 'objection.price', topics: ['objection.price'], pattern: `c'est|cest une blague`, strength: 0.6 },
  { id: 'price.fraction_of_your_price', type: 'objection.price', pattern: 'moitié|tiers|quart de|du votre|ton|vos|leur|leurs prix|tarif|tarifs', strength: 0.65 },
  { id: 'price.except_you', type: 'objection.price', topics: TERM_TOPICS, topicOptional: true, pattern: 'partout|tous|tout sauf|excepté chez vous|toi|vous', strength: 0.55 },
  // Verdicts on this price: "à ce prix-là, je ne peux rien engager", "c'est raide", "ça ne marche pas pour nous".
  { id: 'price.at_that_price', type: 'objection.price', pattern: `à|a|avec|pour ce|ces prix-là|tarif-là|tarifs-là|montant-là|prix-la|tarif-la|montant-la ?, ... pas|plus|rien|jamais|aucune|aucun|rire|rigoler|garder|hors`, strength: 0.65, negatable: false },
  { id: 'price.cannot_follow_at', type: 'objection.price', pattern: 'suivre|tenir à|a ce|ces prix-là|tarif-là|tarifs-là|montant-là|prix-la|tarif-la', strength: 0.6, negatable: false },
  { id: 'price.its_steep', type: 'objection.price', topics: AMOUNT_TOPICS, topicOptional: true, pattern: `c'est|cest|c|ça|ca ?un ?peu ?pas ?mal ?assez ?vraiment ?très raide|dissuasif|dissuasive|rédhibitoire|indécent`, strength: 0.6 },
  { id: 'price.price_is_steep', type: 'objection.price', pattern: `${PRICE}|prix ... raide|dissuasif|dissuasifs|gâté|indécent|indécents|délirant|délirants|luxe`, strength: 0.6 },
  { id: 'price.does_not_work_for_us', type: 'objection.price', topics: TERM_TOPICS, topicOptional: true, pattern: 'marche|marchent|fonctionne|fonctionnent|passe|passent ?vraiment pas|plus pour|chez|avec nous|moi', strength: 0.6, negatable: false },
  { id: 'price.no_margin', type: 'objection.price', pattern: 'aucune|zéro|plus ?de ?d\' ?aucune marge|marges', strength: 0.6, negatable: false },
  { id: 'price.costs_us_more', type: 'objection.price', topics: ['objection.price', 'objection.payment_terms'], topicOptional: true, pattern: 'coûte|coûtent|coûter|coûterait|coûteraient|revient|reviennent|reviendrait|reviendraient ?nous ?me ?presque ?déjà ?bien ?le plus|double|triple|trop', strength: 0.6 },
  { id: 'price.out_of_the_game', type: 'objection.price', pattern: 'hors jeu|course|compétition', strength: 0.6 },
  { id: 'price.cannot_present', type: 'objection.price', topics: TERM_TOPICS, topicOptional: true, pattern: 'peux|pouvons|pourrai|pourrons|pourrais|pourrions|peut ?même pas|plus ?le ?la ?les ?l\' ?vous ?lui présenter|défendre|justifier|montrer|proposer|soumettre', strength: 0.6, negatable: false },
  { id: 'price.boss_will_laugh', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: 'va|vont|vais|allons|ferait|fera ?bien ?me ?nous rire|rigoler|hurler', strength: 0.55 },
  // Irony about wealth or gold: "vous nous prenez pour des milliardaires", "on n'est pas chez Hermès", "les vis sont en or".
  { id: 'price.take_us_for_rich', type: 'objection.price', topics: ['objection.price', 'objection.moq'], topicOptional: true, pattern: `prenez|prends|prend|prennent ?nous ?me ?m' pour des|un|une|la ${RICH}`, strength: 0.65 },
  { id: 'price.we_are_not_rich', type: 'objection.price', topics: ['objection.price', 'objection.moq'], topicOptional: true, pattern: `on|nous|je ?ne n'est|sommes|suis pas chez|la|une|des ${RICH}`, strength: 0.65, negatable: false },
  { id: 'price.print_money', type: 'objection.price', pattern: `imprime|imprimons|fabrique|fabriquons des billets`, strength: 0.6 },
  { id: 'price.made_of_gold', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `sont|est|c'est|vendez|vends ?en ?de ?du l'or|or|diamant|platine`, strength: 0.55 },
  // Counter-offers: "coupez la poire en deux", "on peut se rejoindre à 4,40", "si le prix passe sous 1,20".
  { id: 'price.split_the_difference', type: 'objection.price', pattern: 'coupez|coupons|couper|coupe la poire', strength: 0.6 },
  { id: 'price.meet_halfway', type: 'objection.price', pattern: 'rejoindre|rejoint|rejoignons à|a|au|sur #', strength: 0.55 },
  { id: 'price.price_below', type: 'objection.price', pattern: 'prix|px|tarif|tarifs .. sous|dessous|en-dessous #', strength: 0.6 },
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
  { id: 'certification.does_not_suffice', type: 'objection.certification', pattern: `${CERTIFICATE}|rapport|rapports ... ... suffit|suffisent pas`, strength: 0.8, negatable: false },
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
  // objection.certification: a certificate word, then in its clause what voids it ("le certificat ISO de votre usine a expiré", "le rapport date de 2019").
  { id: 'certification.invalid_in_clause', type: 'objection.certification', statementOnly: true, cancelledBy: ['par'], pattern: `${CERT_DOC} ... ... ${CERT_INVALID}`, strength: 0.8 },
  { id: 'certification.old_report', type: 'objection.certification', cancelledBy: ['par'], pattern: `${CERT_DOC} ... date|datent|daté|datée|datés|datées|datant|remonte|remontent de|d'|à #`, strength: 0.7 },
  { id: 'certification.badly_filled', type: 'objection.certification', cancelledBy: ['par'], pattern: `${CERT_DOC} ... ... mal rempli|remplie|remplis|rédigé|rédigée|traduit|traduite|daté|datée|libellé|libellée`, strength: 0.7 },
  { id: 'certification.unsigned', type: 'objection.certification', pattern: `${CERT_PROOF} ... ... sans|pas|non|ni|aucun|aucune|simple ?de ?d' ?un ?une ?le ?la cachet|tampon|signature|visa|légalisé|légalisée|légalisés|légalisées|légalisation|signé|signée|signés|signées|tamponné|tamponnée|cacheté|cachetée|apostille|apostillé|apostillée|photocopie|copie|scan|visé|visée`, strength: 0.7, negatable: false },
  // A certificate for another holder or product: "le CE est au nom d'une autre société", "c'est pour les dattes, pas pour les amandes".
  { id: 'certification.other_holder', type: 'objection.certification', statementOnly: true, cancelledBy: ['par'], pattern: `${CERT_DOC} ... ... autre|autres|l'autre|d'autres|ancienne|ancien|anciens|l'ancienne|l'ancien|différente|différent|différents|différentes|mauvais|mauvaise ${CERT_HOLDER}`, strength: 0.75 },
  { id: 'certification.holder_differs', type: 'objection.certification', statementOnly: true, cancelledBy: ['par'], pattern: `${CERT_DOC} ... ... ${CERT_HOLDER} ?de ?du ?d' ?_ différent|différente|différents|différentes`, strength: 0.75 },
  { id: 'certification.for_something_else', type: 'objection.certification', statementOnly: true, pattern: `${CERT_PROOF} ... ... , pas|non pour|à|au|aux|sur`, strength: 0.65, negatable: false },
  { id: 'certification.does_not_match', type: 'objection.certification', pattern: `${CERT_PROOF} ... ... correspond|correspondent|colle|collent|concorde|concordent|ressort|ressortent|figure|figurent|apparaît|apparait|apparaissent pas|plus|nulle|jamais`, strength: 0.75, negatable: false },
  { id: 'certification.matches_nothing', type: 'objection.certification', pattern: `${CERT_PROOF} ... ... correspond|correspondent|renvoie|renvoient|appartient|appartiennent à|a|au|aux|vers aucun|aucune|rien|un|une|autre|d'autres|l'autre`, strength: 0.7, negatable: false },
  { id: 'certification.wrong_name', type: 'objection.certification', pattern: 'pas|plus au|à bon|bonne nom|modèle|référence|adresse', strength: 0.6, negatable: false },
  { id: 'certification.not_same_as_certificate', type: 'objection.certification', pattern: `pas|plus le|la|les même|mêmes ... ${CERT_DOC}`, strength: 0.7, negatable: false },
  // A number or body that cannot be verified: "ne figure pas dans la base NANDO", "un labo non accrédité", "délivré par qui ?".
  { id: 'certification.not_in_register', type: 'objection.certification', pattern: `trouve|trouvons|trouvé|trouvez|j'trouve|retrouve|retrouvons|retrouvent|retrouvé|figure|figurent|apparaît|apparait|apparaissent|ressort|ressortent|existe|existent pas|nulle|aucune|jamais ... ${REGISTER}`, strength: 0.75, negatable: false },
  { id: 'certification.number_not_found', type: 'objection.certification', pattern: 'trouve|trouvons|retrouve|retrouvons|retrouvent|retrouvé pas ?ce ?votre ?le ?leur ?ton ?vos numéro|numéros|n°|licence|enregistrement', strength: 0.7, negatable: false },
  { id: 'certification.no_trace_of', type: 'objection.certification', pattern: `aucun|aucune|pas|sans|nulle|ni ?de ?d' trace|numéro|n°|code ?de ?du ?d' ?votre ?vos ?ce ?cette ?leur ?l' ?le ?la ${CERT_DOC}|numéro|n°|dossier|organisme|laboratoire|labo|notification|d'organisme|d'accréditation|d'enregistrement|d'agrément|d'homologation|d'attestation|l'organisme`, strength: 0.7, negatable: false },
  { id: 'certification.not_by_a_lab', type: 'objection.certification', pattern: `non|pas|jamais par|d' ?un ?une ?le ?la ?l' ?d'un ?d'une laboratoire|labo|laboratoires|labos|organisme|organismes|tiers|l'organisme`, strength: 0.65, negatable: false },
  { id: 'certification.lost_accreditation', type: 'objection.certification', pattern: `perdu|perdre|retiré|retirée|suspendu|suspendue|révoqué|révoquée|annulé|annulée ?son ?sa ?leur ?leurs ?l' accréditation|accréditations|agrément|notification|habilitation|l'accréditation|l'agrément|l'habilitation`, strength: 0.75 },
  { id: 'certification.body_not_accredited', type: 'objection.certification', pattern: 'laboratoire|labo|laboratoires|labos|organisme|organismes ... pas|non|plus accrédité|accrédités|accréditée|agréé|agréés|agréée|reconnu|reconnus|notifié|notifiés|habilité|habilités', strength: 0.7, negatable: false },
  { id: 'certification.self_declared', type: 'objection.certification', pattern: 'auto-déclaration|autodéclaration|auto-certification|autocertification|auto-déclaré|autodéclaré|auto-déclarée|autodéclarée|photoshop', strength: 0.6 },
  { id: 'certification.just_a_sticker', type: 'objection.certification', pattern: `juste|seulement|simple ?un ?une ?l' l'autocollant|autocollant|sticker|logo|étiquette`, strength: 0.55 },
  { id: 'certification.issued_by_whom', type: 'objection.certification', pattern: 'délivré|délivrée|délivrés|émis|émise|vient|viennent par|de qui|quel|quelle ?organisme ?laboratoire ?labo ?', strength: 0.55 },
  { id: 'certification.is_it_really', type: 'objection.certification', pattern: `vraiment|réellement ?le ?la ?les ?l' ?un ?une ?des ?du ?été ?fait ?faits ?faite ?par ?d' ${CERTIFICATE}|certifié|certifiés|certifiée|certifiées|homologué|homologués|homologuée|notifié|accrédité|laboratoire|labo|organisme|marqué|marqués`, strength: 0.6 },
  // A required certificate still missing: "on attend toujours les certificats", "ni DIP ni notification CPNP", "pas marqués CE".
  { id: 'certification.still_waiting', type: 'objection.certification', pattern: `attend|attendons|attends|j'attends|attendions|réclame|réclamons toujours|encore|depuis ... ${CERT_DOC}`, strength: 0.7 },
  { id: 'certification.asked_times', type: 'objection.certification', pattern: `demandé|réclamé|redemandé|relancé ... ${CERT_DOC} ... fois`, strength: 0.7 },
  { id: 'certification.neither_nor', type: 'objection.certification', pattern: `ni ?le ?la ?l' ?de ?d' ?un ?une ${CERT_DOC}|dip|notification|cpnp ... ni`, strength: 0.7, negatable: false },
  { id: 'certification.lacks_mark', type: 'objection.certification', pattern: 'pas|non|jamais|plus ?été marqué|marqués|marquée|marquées|estampillé|estampillés|estampillée ce|ul|nf|ukca|saso|gs|etl', strength: 0.75, negatable: false },
  { id: 'certification.absence_of', type: 'objection.certification', pattern: `l'absence|d'absence ?de ?du ?d' ?des ?le ?la ?l' ?votre ?vos ?leur ?certificat ${CERTIFICATE}|marquage|déclaration|rapport|rapports`, strength: 0.8 },
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
  { id: 'lead_time.unclear', type: 'objection.lead_time', pattern: 'délai|délais|date ... flou|floue|incertain|incertaine|inconnu|inconnue|imprécis|imprécise', strength: 0.7 },
  { id: 'lead_time.not_clear', type: 'objection.lead_time', pattern: 'délai|délais|date .. pas|toujours clair|claire|précis|précise|fixé|fixée|confirmé|confirmée', strength: 0.7, negatable: false },
  { id: 'lead_time.shipment_update', type: 'objection.lead_time', pattern: `nouvelles|news|info|infos|update|suivi|état ?de ?du ?des ?d' ?la ?notre ?ma ?nos ?l' ${GOODS}|production|expédition|l'expédition`, strength: 0.5, negatable: false },
  // "on attend" is the spoken first person plural.
  { id: 'lead_time.still_waiting_goods', type: 'objection.lead_time', pattern: `toujours|encore .. attente|attendons|attends|attend|attendu .. ${GOODS}`, strength: 0.75 },
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
  { id: 'lead_time.promised_date', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: 'm\'aviez|m\'avez|m\'avait|m\'avais|m\'as|aviez|avait|avez promis|dit|annoncé|garanti|juré|assuré ?le ?la ?pour ?une ?livraison début|fin|mi|mi-*|semaine|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi', strength: 0.65 },
  // A hedged verdict on a lead time: "90 jours me paraît un peu long", "60 jours, c'est un peu optimiste".
  { id: 'lead_time.bit_long', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'peu long|longs|longue|longues|lent|lente|optimiste|optimistes', strength: 0.6 },
  // Bare verdicts such as "45 jours c'est trop pour nous" and "le MOQ de 3000 pcs c trop pr un essai" take the type of the nearest topic.
  // The "pour" or comma after "trop" keeps out "c'est trop cher" and "c'est trop beau".
  { id: 'lead_time.its_too_much', type: 'objection.lead_time', topics: TERM_TOPICS, pattern: 'c\'est|cest|c|ça|ca ?déjà ?beaucoup ?bien ?way trop|much pour|pr|,', strength: 0.6 },
  // objection.lead_time: a promised lead time with its number ("vous m'avez dit 25 jours", "45 jours annoncés").
  { id: 'lead_time.promised_days', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: `m'aviez|m'avez|m'avait|m'avais|m'as|aviez|avait|avez|avais promis|dit|annoncé|garanti|juré|assuré ?une ?livraison ?en ?sous # ${TIME_UNIT}`, strength: 0.6 },
  { id: 'lead_time.promises_days', type: 'objection.lead_time', pattern: `promettez|promets|garantissez|garantis ?nous ?me ?m' ?une ?livraison ?en ?sous # ${TIME_UNIT}`, strength: 0.6 },
  { id: 'lead_time.days_announced', type: 'objection.lead_time', pattern: `# ${TIME_UNIT} ?de ?délai annoncés|annoncées|annoncé|annoncée|promis|promise|promises|garantis|garanties`, strength: 0.55 },
  // A missed date: "on est le 22", "nous devions recevoir les lampes le 10", "trois semaines après la date promise".
  { id: 'lead_time.today_is', type: 'objection.lead_time', statementOnly: true, pattern: `on|nous est|sommes ?déjà ?aujourd'hui ?maintenant le|au #`, strength: 0.6 },
  { id: 'lead_time.already_at_day', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.price'], topicOptional: true, pattern: `on|nous est|sommes ?déjà ?maintenant à|a # ?${TIME_UNIT} .|,|!|;|?`, strength: 0.6 },
  { id: 'lead_time.already_at_days', type: 'objection.lead_time', pattern: `on|nous est|sommes ?déjà ?maintenant à|a # ${TIME_UNIT}`, strength: 0.6 },
  { id: 'lead_time.already_in_month', type: 'objection.lead_time', pattern: `on|nous est|sommes ?déjà ?maintenant ?aujourd'hui en|fin|mi|début|mi-* ${MONTH}`, strength: 0.5 },
  { id: 'lead_time.should_have_received', type: 'objection.lead_time', pattern: `devions|devait|devaient|devais|deviez recevoir|avoir|récupérer|réceptionner|ouvrir|démarrer|installer ... #`, strength: 0.6 },
  { id: 'lead_time.after_the_date', type: 'objection.lead_time', pattern: 'après|apres|passé la|le date|délai|jour|échéance|deadline promise|promis|prévue|prévu|annoncée|annoncé|convenue|convenu|fixée|fixé|indiquée|donnée|contractuelle|contractuel|limite', strength: 0.6 },
  { id: 'lead_time.arrived_after', type: 'objection.lead_time', pattern: `arrivé|arrivée|arrivés|arrivées|livré|livrée|livrés|livrées|reçu|reçue|reçus ... après|apres|bout ?de ?d' # ?_ ${TIME_UNIT}`, strength: 0.6 },
  { id: 'lead_time.took_days', type: 'objection.lead_time', pattern: `a|ont|avait|avaient mis # ${TIME_UNIT}`, strength: 0.55 },
  // Still nothing after a long wait: "toujours rien", "en transit depuis le 5 janvier", "ça fait trois semaines que …".
  { id: 'lead_time.still_nothing', type: 'objection.lead_time', pattern: 'toujours|toujour|tjrs|tjs|tjr rien|nada', strength: 0.6, negatable: false },
  { id: 'lead_time.still_not_shipped', type: 'objection.lead_time', pattern: `toujours|toujour|tjrs|tjs|même pas ?été ?encore ${SHIPPED}`, strength: 0.7, negatable: false },
  { id: 'lead_time.still_stuck', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.payment_terms'], topicOptional: true, pattern: 'toujours|toujour|tjrs|tjs|encore bloqué|bloqués|bloquée|bloquées|coincé|coincés|coincée|coincées|immobilisé|immobilisés', strength: 0.6 },
  { id: 'lead_time.waiting_since', type: 'objection.lead_time', pattern: `attend|attendons|attends|attendent|j'attends|attendu|patiente|patientons|transit|préparation|booking|attente|bloqué|bloqués|bloquée|bloquées|coincé|coincés|coincée|coincées|statut|vides|vide|dos ... depuis le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|longtemps|${MONTH}|${COUNT_WORD}|des`, strength: 0.6 },
  { id: 'lead_time.waiting_since_days', type: 'objection.lead_time', pattern: `attend|attendons|attends|attendent|j'attends|attendu|patiente|patientons|transit|préparation|booking|attente|bloqué|bloqués|bloquée|bloquées|coincé|coincés|coincée|coincées|statut|vides|vide|dos ... depuis ?plus ?de # ${TIME_UNIT}`, strength: 0.6 },
  { id: 'lead_time.you_keep_saying', type: 'objection.lead_time', pattern: 'depuis ... dites|dit|répétez|promettez|annoncez|racontez|répondez|disiez|répétiez|promettiez|dis|répètes|promets ... bientôt|demain|prochaine|prochainement|incessamment', strength: 0.65 },
  { id: 'lead_time.it_has_been', type: 'objection.lead_time', pattern: `fait|faisait ?déjà ?plus ?de ?presque # ${TIME_UNIT} ?que ?qu'* ?on ?nous ?je ?vous ?tu ?me ?m' ?te ?t' ${CHASE}`, strength: 0.6 },
  { id: 'lead_time.it_has_been_days', type: 'objection.lead_time', pattern: `fait|faisait ?déjà ?plus ?de ?presque # ${TIME_UNIT} .|!|…`, strength: 0.6 },
  { id: 'lead_time.it_has_been_words', type: 'objection.lead_time', pattern: `fait|faisait ?déjà ?plus ?de ?presque ${COUNT_WORD} ${TIME_UNIT} ?que ?qu'* ?on ?nous ?je ?vous ?tu ?me ?m' ?te ?t' ${CHASE}`, strength: 0.6 },
  { id: 'lead_time.times_you_postponed', type: 'objection.lead_time', topics: TERM_TOPICS, topicOptional: true, pattern: `fait|faisait|c'est ?déjà ?la ?# ?${COUNT_WORD}|deuxième|troisième|quatrième|énième fois ... repoussez|reportez|décalez|changez|repoussé|reporté|décalé|changé|dites|donnez|annoncez`, strength: 0.6 },
  { id: 'lead_time.where_is', type: 'objection.lead_time', pattern: `${GOODS}|bateau|navire|camion|sacs|pièces .. est|sont où ?`, strength: 0.6 },
  { id: 'lead_time.clients_calling', type: 'objection.lead_time', pattern: 'client|clients|cliente|clientes ... dos|appellent|relancent', strength: 0.55 },
  { id: 'lead_time.shelves_empty', type: 'objection.lead_time', pattern: 'rayons|rayon|étagères|stock|stocks sont|est ?déjà vides|vide', strength: 0.55 },
  { id: 'lead_time.many_delays', type: 'objection.lead_time', pattern: 'nombreux|multiples|répétés|incessants|constants|continuels|énièmes|trop|vos|ces ?de ?d\' retards', strength: 0.65 },
  { id: 'lead_time.real_date', type: 'objection.lead_time', pattern: 'vraie|vrai|réelle|réel date|délai|eta|délais|dates', strength: 0.6 },
  // Dates that keep moving: "après 35, maintenant 45", "a encore glissé d'une semaine", "deux semaines de plus".
  { id: 'lead_time.moving_dates', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.price', 'objection.moq'], topicOptional: true, pattern: 'puis|après|apres|ensuite|maintenant|désormais # ?_ ?, ?et puis|après|apres|ensuite|maintenant|désormais|aujourd\'hui #', strength: 0.6 },
  { id: 'lead_time.moving_months', type: 'objection.lead_time', pattern: `puis|ensuite|maintenant ?début ?fin ?mi ${MONTH} ?, ?et puis|après|ensuite|maintenant|désormais ?début ?fin ?mi ?peut-être ${MONTH}`, strength: 0.6 },
  { id: 'lead_time.became', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'devenu|devenus|devenue|devenues|transformé|transformés|transformées ?en #', strength: 0.6 },
  { id: 'lead_time.in_the_end', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: `résultat|finalement|final|réalité ?: ?, ?c'était ?il ?a ?fallu ?on ?a ?eu #`, strength: 0.55 },
  { id: 'lead_time.weeks_more', type: 'objection.lead_time', pattern: `# ${TIME_UNIT} de|en plus`, strength: 0.6 },
  { id: 'lead_time.weeks_extra', type: 'objection.lead_time', pattern: `# ${TIME_UNIT} supplémentaires|supplémentaire|additionnels|additionnelles`, strength: 0.6 },
  { id: 'lead_time.weeks_more_words', type: 'objection.lead_time', pattern: `${COUNT_WORD} ${TIME_UNIT} de|en plus`, strength: 0.6 },
  { id: 'lead_time.weeks_extra_words', type: 'objection.lead_time', pattern: `${COUNT_WORD} ${TIME_UNIT} supplémentaires|supplémentaire|additionnels|additionnelles`, strength: 0.6 },
  { id: 'lead_time.slipped', type: 'objection.lead_time', pattern: `a|ont|est|sont|encore|été ?encore glissé|décalé|décalée|repoussé|repoussée|reporté|reportée|retardé|retardée|prolongé ?encore ?de ?d' ?d'une ?d'un ${TIME_UNIT}|${COUNT_WORD}`, strength: 0.6 },
  { id: 'lead_time.slipped_days', type: 'objection.lead_time', pattern: `a|ont|est|sont|encore|été ?encore glissé|décalé|décalée|repoussé|repoussée|reporté|reportée|retardé|retardée|prolongé ?encore de|d' #`, strength: 0.6 },
  // A lead time too late for the buyer's season or event: "on rate la saison", "ça nous met fin juin".
  { id: 'lead_time.misses_season', type: 'objection.lead_time', cancelledBy: ['sinon'], pattern: `rater|rate|ratons|raterait|raterions|raté|manquer|manquons|manquerait|manquerions|manqué|louper|louperait|loupé ?complètement ?carrément ?totalement ?toute ?la ?le ?les ?l' ?notre ?nos ${EVENT}`, strength: 0.65 },
  { id: 'lead_time.arrives_after_event', type: 'objection.lead_time', pattern: `arrive|arrivera|arriverait|arriveraient|arrivent|arriveront|livré|livrée|livrés|livrées|livrer|serait|seraient|tomberait|tomberaient ?trop ?tard ?bien après|apres ?la ?le ?les ?l' ?notre ?nos ?fin ?du ?de ${EVENT}`, strength: 0.6 },
  { id: 'lead_time.arrives_after_date', type: 'objection.lead_time', pattern: 'arrive|arrivera|arriverait|arriveraient|arrivent|arriveront|livré|livrée|livrés|livrées|serait|seraient ?trop ?tard après|apres le #', strength: 0.55 },
  { id: 'lead_time.puts_us_in', type: 'objection.lead_time', pattern: `nous|me|m' met|mettrait|amène|amènerait|emmène|mène|mènerait|repousse|repousserait|renvoie|porte|porterait ?en ?à ?au ?a ?plein ?pleine ?fin ?mi ?début ?après ${MONTH}|hiver|l'hiver|été|l'été|saison|rentrée|noël|fêtes|automne|printemps|ramadan|tabaski`, strength: 0.6 },
  { id: 'lead_time.only_after', type: 'objection.lead_time', pattern: `démarrera|démarrerait|démarre|commencera|commencerait|lancée|lancé|partira|partirait|arrivera|arriverait|sera|serait|seront|seraient|prête|prêt|prêts|prêtes|disponible|disponibles|livrable|livrables ... qu'après`, strength: 0.6, negatable: false },
  { id: 'lead_time.if_not_delivered', type: 'objection.lead_time', statementOnly: true, pattern: `si|s'* ... pas ?encore là|livré|livrés|livrée|livrées|arrivé|arrivés|arrivée|arrivées|expédié|expédiés|expédiée|expédiées|chez|partis|parti|partie|chargé|chargés|livrer|expédier|charger`, strength: 0.55, negatable: false },
  { id: 'lead_time.incompatible', type: 'objection.lead_time', topics: TERM_TOPICS, topicOptional: true, pattern: 'incompatible|incompatibles', strength: 0.65 },
  // Verdicts on a lead time: "votre délai nous pose problème", "sept semaines, c'est à la limite", "12 semaines pour des sacs ?".
  { id: 'lead_time.delay_verdict', type: 'objection.lead_time', pattern: 'délai|délais ... ... problème|problèmes|souci|soucis|nerveux|nerveuse|inquiète|inquiètent|inquiétant|n\'importe|catastrophique|catastrophiques|aléatoire|aléatoires|interminable|interminables|ridicule|ridicules|délirant|délirants|rédhibitoire|inacceptable|inacceptables|bloque|bloquent|bloquant|serré|limite', strength: 0.7 },
  { id: 'lead_time.delay_does_not_fit', type: 'objection.lead_time', pattern: 'délai|délais|date|dates ... ... colle|collent|cadre|cadrent|correspond|correspondent|convient|conviennent|marche|marchent|passe|tient|tiennent pas|plus', strength: 0.7, negatable: false },
  { id: 'lead_time.duration_verdict', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.payment_terms'], topicOptional: true, pattern: `# ${TIME_UNIT} ... ?, ... limite|serré|serrée|long|longs|longue|lent|lente|énorme|risqué|compliqué|inacceptable|irréaliste`, strength: 0.6 },
  { id: 'lead_time.duration_verdict_words', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.payment_terms'], topicOptional: true, pattern: `${COUNT_WORD} ${TIME_UNIT} ... ?, ... limite|serré|serrée|long|longs|longue|lent|lente|énorme|risqué|compliqué|inacceptable|irréaliste`, strength: 0.6 },
  { id: 'lead_time.duration_bit_tight', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.payment_terms'], topicOptional: true, pattern: `${TIME_UNIT} ... ?, ... peu|trop|bien|très|assez juste|short`, strength: 0.6 },
  { id: 'lead_time.tight', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.price'], topicOptional: true, pattern: `c'est|cest|ça|ca ?un ?peu ?trop ?très ?bien ?vraiment ?assez ?super ?à ?la serré|serrée|limite`, strength: 0.55 },
  { id: 'lead_time.too_tight', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.price'], topicOptional: true, pattern: `c'est|cest|ça|ca ?un ?bien ?beaucoup trop|peu juste`, strength: 0.55 },
  { id: 'lead_time.that_long_for', type: 'objection.lead_time', pattern: `^ # ${TIME_UNIT} pour ?juste ?seulement de|des|un|une|du|la|le|les|deux|trois|quelques ... ?`, strength: 0.65 },
  { id: 'lead_time.that_long_for_words', type: 'objection.lead_time', pattern: `^ ${COUNT_WORD} ${TIME_UNIT} pour ?juste ?seulement de|des|un|une|du|la|le|les|deux|trois|quelques ... ?`, strength: 0.65 },
  // A competitor delivers faster: "les Turcs me livrent en 30 jours", "un concurrent me les fait en 4".
  { id: 'lead_time.others_deliver_in', type: 'objection.lead_time', pattern: `me|nous|m' ?les ?la ?le ?l' livrent|livre|livrait|livraient|font|fait|faisait|faisaient ... en|sous #`, strength: 0.6 },
  { id: 'lead_time.others_deliver_in_words', type: 'objection.lead_time', pattern: `me|nous|m' ?les ?la ?le ?l' livrent|livre|livrait|livraient|font|fait|faisait|faisaient ... en|sous ${COUNT_WORD}`, strength: 0.6 },
  { id: 'lead_time.others_deliver_in_days', type: 'objection.lead_time', pattern: `livrent|livraient ... en|sous # ${TIME_UNIT}`, strength: 0.6 },
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
  // objection.supplier_history: money or goods lost to another supplier ("ils ont disparu avec mon argent", "on a versé 40 % d'acompte à un fabricant").
  { id: 'supplier_history.vanished_with', type: 'objection.supplier_history', pattern: 'disparu|disparus|envolé|envolés|évaporé|évaporés|volatilisé|volatilisés avec|après', strength: 0.7 },
  { id: 'supplier_history.paid_a_supplier', type: 'objection.supplier_history', pattern: `payé|versé|envoyé|viré|donné|avancé ... à|a un|une|des ?autre ${ANY_SUPPLIER}`, strength: 0.6 },
  { id: 'supplier_history.paid_upfront_a_supplier', type: 'objection.supplier_history', pattern: `payé|versé|réglé d'avance|l'avance|avance ?à un|une ${ANY_SUPPLIER}`, strength: 0.65 },
  { id: 'supplier_history.supplier_took_deposit', type: 'objection.supplier_history', pattern: `${ANY_SUPPLIER} ... pris|encaissé|empoché|gardé|volé ... acompte|l'acompte|d'acompte|avance|l'avance|d'avance|argent|l'argent`, strength: 0.65 },
  { id: 'supplier_history.lost_with_a_supplier', type: 'objection.supplier_history', pattern: `perdu|perdus ... avec|chez|à|a un|une|des ${ANY_SUPPLIER}`, strength: 0.65 },
  { id: 'supplier_history.a_supplier_did_harm', type: 'objection.supplier_history', pattern: `un|une|deux|trois|quatre|plusieurs|des ${ANY_SUPPLIER} ... ... cassés|cassées|contrefaits|contrefaites|faux|fausses|coupée|coupé|hors|défectueux|défectueuses|moisies|moisis|pourris|pourrie|rechapés|attendre|tomber|jamais|n'importe|disparu|décollaient|fuient|cailloux`, strength: 0.6, negatable: false },
  // Having been had before: "on nous a déjà fait le coup", "on s'est fait brûler", "vous êtes tous pareils".
  { id: 'supplier_history.been_had', type: 'objection.supplier_history', pattern: `déjà eu|fait le|ce|un|même coup`, strength: 0.6 },
  { id: 'supplier_history.got_burned', type: 'objection.supplier_history', pattern: `fait|faits|faite|faites brûler|planter|rouler|avoir|berner`, strength: 0.7 },
  { id: 'supplier_history.been_fooled', type: 'objection.supplier_history', pattern: `été eu|eus|eue|roulés|roulé|brûlé|brûlés|brûlée|trompés|trompé|bernés|berné`, strength: 0.65 },
  { id: 'supplier_history.suffered_with', type: 'objection.supplier_history', pattern: `souffert|galéré|bataillé ?avec ?de ?des ?chez ... ${ANY_SUPPLIER}`, strength: 0.65 },
  { id: 'supplier_history.already_had_problems', type: 'objection.supplier_history', pattern: 'déjà eu|reçu|connu|vécu|subi ... faux|fausse|fausses|contrefait|contrefaits|contrefaçon|contrefaçons|rappel|arnaques|litige|litiges', strength: 0.6 },
  { id: 'supplier_history.already_sold_us', type: 'objection.supplier_history', pattern: 'nous|m\' ?a ?ont déjà vendu|refilé|fourgué', strength: 0.6 },
  { id: 'supplier_history.bad_surprises_with', type: 'objection.supplier_history', pattern: `mauvaise|mauvaises surprise|surprises avec|chez ?un ?une ?des ?les ?nos ?notre ?d'autres ?autres ${ANY_SUPPLIER}`, strength: 0.6 },
  { id: 'supplier_history.many_promised', type: 'objection.supplier_history', pattern: 'trop|beaucoup|tellement|plein|tant ?de ?d\' gens|personnes|monde|fournisseurs|vendeurs|usines ... promis|juré|menti|arnaqué|promettent', strength: 0.6 },
  { id: 'supplier_history.all_the_same', type: 'objection.supplier_history', pattern: 'êtes|sont tous|toutes pareils|pareilles', strength: 0.6 },
  // A past or other supplier: "l'an passé avec un autre fabricant", "l'usine d'avant", "avant vous, on travaillait avec …".
  { id: 'supplier_history.other_supplier_before', type: 'objection.supplier_history', pattern: `eu|reçu|reçus|vécu|subi|perdu|payé|versé|attendu ... avec|chez|d'un|d'une|par ?un ?une ?l' ?notre ?nos ?mon ?ma autre|ancien|ancienne|précédent|précédente|dernier ${ANY_SUPPLIER}`, strength: 0.6 },
  { id: 'supplier_history.last_year_supplier', type: 'objection.supplier_history', pattern: `l'an|l'année|année ?dernier|dernière|passé|passée ... avec|par un|une|des|d'autres ?autre ${ANY_SUPPLIER}`, strength: 0.55 },
  { id: 'supplier_history.last_year_a_supplier', type: 'objection.supplier_history', pattern: `l'an|l'année|année ?dernier|dernière|passé|passée ?, un|une ?autre ${ANY_SUPPLIER}`, strength: 0.55 },
  { id: 'supplier_history.the_one_before', type: 'objection.supplier_history', pattern: `${ANY_SUPPLIER}|l'usine|l'ancien|l'autre d'avant`, strength: 0.55 },
  { id: 'supplier_history.before_you_we_bought', type: 'objection.supplier_history', pattern: `avant ?vous ?toi ?, ?on ?nous ?je ?j' travaillait|travaillions|travaillais|prenais|prenait|prenions|achetait|achetions|achetais|commandait|commandions|commandais`, strength: 0.55 },
  { id: 'supplier_history.current_cannot_keep_up', type: 'objection.supplier_history', pattern: `${SUPPLIER} actuel|actuelle|actuels ... plus|pas suivre|répond|répondre`, strength: 0.6 },
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
  // objection.moq: a self-described small business ("j'ai une petite boutique", "pour une PME comme la nôtre", "ici le marché est petit").
  { id: 'moq.small_business_owner', type: 'objection.moq', statementOnly: true, pattern: `j'ai|avons|a|ai ?juste ?seulement ?qu'un ?qu'une ?un ?une ?tout petit|petite|petits|petites|jeune ${SHOP}`, strength: 0.6 },
  { id: 'moq.for_a_small_business', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], topicOptional: true, pattern: `pour|à|a un|une ?toute petit|petite|petits|petites|jeune|modeste ${SMALL_BUSINESS}`, strength: 0.6 },
  { id: 'moq.business_like_ours', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], pattern: `${SMALL_BUSINESS} comme le|la|les nôtre|nôtres|mienne|mien|nous|moi`, strength: 0.6 },
  { id: 'moq.village_business', type: 'objection.moq', statementOnly: true, pattern: `${SMALL_BUSINESS} de|du village|quartier|brousse|campagne|coin`, strength: 0.55 },
  { id: 'moq.we_are_small', type: 'objection.moq', statementOnly: true, pattern: 'on|nous|je est|sommes|suis ?encore ?juste ?tout ?trop ?très ?vraiment petit|petits|petite|petites .|,|!|;', strength: 0.6 },
  { id: 'moq.small_market', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: 'marché|marchés|clientèle|volume|volumes ?il ?est|reste|sont|restent ?encore ?très ?trop ?tout petit|petite|petits|limité|limités|limitée|restreint|restreinte|modeste|modestes|étroit', strength: 0.6 },
  { id: 'moq.we_retail', type: 'objection.moq', topics: ['objection.moq'], pattern: 'vends|vendons|vend|travaille|travaillons au détail', strength: 0.55 },
  // The minimum is for big buyers: "c'est pour les gros bras", "j'ai un dépanneur, pas un Costco".
  { id: 'moq.for_big_buyers', type: 'objection.moq', statementOnly: true, topics: ['objection.moq', 'objection.price'], topicOptional: true, pattern: `pour|aux|à|chez ?les ?des ?un ?une ${BIG} ${BIG_BUYER}`, strength: 0.6 },
  { id: 'moq.for_the_big_ones', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], pattern: `pour|aux les|des ${BIG} .|,|!|?|;|ou`, strength: 0.6 },
  { id: 'moq.not_a_big_store', type: 'objection.moq', pattern: 'pas|non un|une|le|la multinationale|costco|walmart|carrefour|auchan|leclerc|amazon|ikea|hypermarché|supermarché|industriel', strength: 0.55, negatable: false },
  // A quantity beyond what the buyer sells, uses or stores: "c'est ce qu'on vend en six mois", "des années de stock".
  { id: 'moq.more_than_we_sell', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: `plus|davantage|dépasse|dépassent|dépasser|excède|excèdent|au-delà|delà|trop ?que|qu'* ?de ?du ce|ceux que|qu'* ... ${SELL}`, strength: 0.7 },
  { id: 'moq.what_we_sell_in', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: `c'est|cest|c|représente|représentent|soit|équivaut|équivalent|fait|font ?presque ?déjà ?exactement ?environ ?quasiment ce que|qu'* ... ${SELL} ?ça ?cela en|sur|dans ?un ?une ?deux ?trois ?# ?_ an|ans|année|années|mois|saison|saisons|trimestre|trimestres|semestre|semestres`, strength: 0.65 },
  { id: 'moq.never_sold_that_much', type: 'objection.moq', pattern: `jamais|pas vendu|écoulé|vendus|écoulés|utilisé|consommé ?autant ?ça ?cela ?ce ?ces ?volume ?volumes ?quantités en|sur ?un ?une ?seul ?seule ?# ?_ saison|an|année|mois|trimestre|semestre`, strength: 0.65, negatable: false },
  { id: 'moq.years_of_sales', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: `an|ans|année|années|mois|saisons|trimestres|semestres ?et ?demi de|d' ventes|vente|stock|stocks|consommation|conso`, strength: 0.6 },
  { id: 'moq.would_last_years', type: 'objection.moq', pattern: `partiraient|partirait|s'écouleraient|s'écoulerait|écoulerait|écoulerions|vendrions|tiendrait|tiendraient|durerait|dureraient ... an|ans|année|années|mois|saisons`, strength: 0.6 },
  { id: 'moq.years_to_sell', type: 'objection.moq', pattern: `an|ans|années|année|mois|saisons ... pour|à|a écouler|vendre|liquider|consommer|d'écouler|utiliser ?ça ?tout ?cela ?autant ?ce ?ces ?le ?la ?les`, strength: 0.6 },
  { id: 'moq.cannot_sell_through', type: 'objection.moq', pattern: `pas|jamais|impossible|difficile ... écouler|d'écouler|écoulera|écoulerons|écoulerai|absorber|d'absorber|stocker ?tout ça|cela|autant|tout|ces|cette|ce|une|un`, strength: 0.65, negatable: false },
  { id: 'moq.cannot_sell_through_count', type: 'objection.moq', pattern: `pas|jamais|impossible|difficile ... écouler|d'écouler|écoulera|écoulerons|écoulerai|absorber|d'absorber|stocker #`, strength: 0.65, negatable: false },
  { id: 'moq.not_needed_that_much', type: 'objection.moq', pattern: `pas|plus|jamais besoin ?de d'autant|autant|tout|tant`, strength: 0.65, negatable: false },
  { id: 'moq.no_volume', type: 'objection.moq', pattern: `n'avons|n'a|n'ai|n'ont|avons|a|ai pas|encore|toujours ?pas ?encore le|les|ce|ces volume|volumes|débit`, strength: 0.6, negatable: false },
  { id: 'moq.old_stock_left', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: `pas|même|encore|toujours ?pas ?même ?encore fini|écoulé|vendu|liquidé ?le ?notre ?nos ?les stock|stocks`, strength: 0.6, negatable: false },
  { id: 'moq.not_sure_we_can_hold', type: 'objection.moq', topics: TERM_TOPICS, pattern: `pas sûr|sûrs|sûre|sûres|certain|certains|certaine ?de ?qu'on ?qu' ?on ?nous ?puisse|puissions|pouvoir ?la ?le ?les tenir|suivre|écouler|absorber|vendre|assumer`, strength: 0.6, negatable: false },
  { id: 'moq.out_of_proportion', type: 'objection.moq', topics: TERM_TOPICS, pattern: 'disproportionné|disproportionnée|disproportionnés|démesuré|démesurée|démesurés|surdimensionné|surdimensionnée', strength: 0.6 },
  // A smaller start: "juste 5 tonnes pour tester", "1500 pour tester et après on verra", "pas un conteneur complet".
  { id: 'moq.just_to_start', type: 'objection.moq', pattern: `juste|seulement|plutôt|uniquement ?avec ?de ?d' # ... commencer|démarrer|tester|essayer|débuter|d'abord|d'essai`, strength: 0.6 },
  { id: 'moq.start_then_see', type: 'objection.moq', pattern: `# ... pour tester|commencer|démarrer|essayer|débuter ?et ?puis après|aprés|apres|ensuite on|nous verra|verrons`, strength: 0.6 },
  { id: 'moq.go_below', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], pattern: 'descendre|descendez|descends|baisser|baissez|passer sous|dessous|en-dessous #', strength: 0.6 },
  { id: 'moq.not_a_full_container', type: 'objection.moq', pattern: `pas un|une|de|d' ?_ conteneur|container|tc|camion|lot complet|complets|entier|entière|plein|pleine`, strength: 0.6, negatable: false },
  // A minimum changed or refused, typed by the nearest topic: "le MOQ a changé", "ce minimum n'a pas de sens", "on ne suit pas".
  { id: 'moq.minimum_raised', type: 'objection.moq', pattern: 'moq|moqs|minimum|minimums ... changé|augmenté|monté|grimpé|doublé|triplé|relevé|explosé|bougé', strength: 0.65 },
  { id: 'moq.you_raise_minimum', type: 'objection.moq', pattern: 'passez|passer|augmentez|augmenter|relevez|montez|doublez|changez|changer ?le ?la ?votre ?vos moq|minimum|minimums|minimale', strength: 0.6 },
  { id: 'moq.makes_no_sense', type: 'objection.moq', topics: TERM_TOPICS, pattern: 'a|n\'a|ont|n\'ont pas|aucun ?de sens', strength: 0.6, negatable: false },
  { id: 'moq.does_not_fit_our', type: 'objection.moq', topics: TERM_TOPICS, pattern: 'correspond|correspondent|colle|collent|cadre|cadrent|convient|conviennent pas ?du ?tout ?vraiment ?tout ?simplement ?vraiment à|a|avec notre|nos|mon|ma réalité|réalités|modèle|taille|activité|volume|volumes|besoin|besoins|marché|structure|échelle|capacité|capacités|planning|calendrier|saison|budget|trésorerie|positionnement|chantier|projet|programme|lancement', strength: 0.65, negatable: false },
  { id: 'moq.cannot_do_it', type: 'objection.moq', topics: TERM_TOPICS, pattern: 'peut|pouvons|peux|pourra|pourrons|pourrai|pourrait|pourrions|va|vont|allons|arrive|arrivons|arriverons pas|plus suivre|tenir|assumer|absorber|encaisser|supporter', strength: 0.6, negatable: false },
  { id: 'moq.we_dont_follow', type: 'objection.moq', topics: TERM_TOPICS, pattern: 'suit|suivons|suivrons|suivra|suivront pas|plus', strength: 0.6, negatable: false },
  { id: 'moq.at_once', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], pattern: 'd\'un|en coup|seul ?, ?je ?on ?nous ?ne ?n\' peux|peut|pouvons|pourrai|pourra|pourrons pas', strength: 0.6, negatable: false },
  { id: 'moq.not_for_me', type: 'objection.moq', topics: TERM_TOPICS, pattern: 'pas|plus pour moi|nous', strength: 0.55, negatable: false },
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
  // objection.payment_terms: a term refused or dreaded, typed by the nearest topic ("c'est non pour le 100 % d'avance", "ça me fait peur").
  { id: 'payment_terms.its_a_no', type: 'objection.payment_terms', topics: TERM_TOPICS, pattern: 'c\'est|cest|c|ça|ca ?un non|niet|refus .|,|!|;|pour|sur', strength: 0.6 },
  { id: 'payment_terms.no_thanks', type: 'objection.payment_terms', topics: TERM_TOPICS, pattern: 'non merci', strength: 0.6 },
  { id: 'payment_terms.bare_no', type: 'objection.payment_terms', topics: TERM_TOPICS, cancelledBy: ['ou', 'si', 'que'], pattern: 'non .|,|!|;', strength: 0.55 },
  { id: 'payment_terms.bothers_us', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'me|nous|m\' bloque|bloquent|gêne|gênent|dérange|dérangent|inquiète|inquiètent|embête|embêtent|refroidit|refroidissent|effraie|effraient|freine|freinent|tracasse|chiffonne', strength: 0.6 },
  { id: 'payment_terms.scares_us', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'me|nous|m\' fait|font|ferait|feraient peur|tiquer|hésiter', strength: 0.6 },
  { id: 'payment_terms.will_balk', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'va|vont|ferait|fera tiquer|bondir|sauter', strength: 0.55 },
  { id: 'payment_terms.we_cannot', type: 'objection.payment_terms', topics: ['objection.payment_terms'], pattern: 'peut|pouvons|peux|pourra|pourrons|pourrai pas|plus .|,|!|;|…', strength: 0.55, negatable: false },
  { id: 'payment_terms.or_we_dont_work', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'sinon|ou on|nous ne|n\' travaille|travaillons|signe|signons|commande|commandons|achète|achetons ?pas|rien', strength: 0.55, negatable: false },
  { id: 'payment_terms.poses_a_problem', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'me|nous|m\' pose|posent|poserait|poseraient ?un ?des ?gros ?vrai ?vraiment ?sérieux problème|problèmes|souci|soucis|question|questions|difficulté|difficultés', strength: 0.6 },
  { id: 'payment_terms.not_at_ease', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'pas|peu|guère à|a l\'aise', strength: 0.6, negatable: false },
  { id: 'payment_terms.not_comfortable', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'pas|peu|guère confortable|confortables|serein|sereins|sereine', strength: 0.6, negatable: false },
  { id: 'payment_terms.a_lot_to_ask', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'beaucoup|trop|gros|énorme ?de ?d\' demander|demandé|risque|risques|risqué', strength: 0.6 },
  { id: 'payment_terms.hesitates_on', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'hésite|hésitons|hésitent|hésitation|hésitations sur|avec|à|a|pour|devant|concernant', strength: 0.55 },
  { id: 'payment_terms.hard_to_get_through', type: 'objection.payment_terms', topics: ['objection.payment_terms', 'objection.price', 'objection.moq', 'objection.quality'], pattern: 'compliqué|compliquée|difficile|dur|délicat ?à ?a ?de ?d\' ?faire passer|défendre|accepter|présenter|d\'accepter', strength: 0.6 },
  { id: 'payment_terms.wants_none_of_it', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'veut|veulent|veux|voulons|voudra rien savoir', strength: 0.6, negatable: false },
  { id: 'payment_terms.wont_hear_of_it', type: 'objection.payment_terms', topics: ALL_TOPICS, pattern: 'veut|veulent|veux|voulons|voudra pas ?en entendre parler', strength: 0.6, negatable: false },
  // A house rule on payment: "nous ne travaillons pas avec des acomptes", "paiement contre documents uniquement".
  { id: 'payment_terms.we_dont_work_with', type: 'objection.payment_terms', pattern: `travaillons|travaille|fonctionnons|faisons|pratiquons|payons|paie|paye|fait|acceptons|accepte pas|jamais|plus ... ${DEPOSIT}|acomptes|avances|paiement|paiements|anticipé|anticipés|d'avance|western|paypal|chèque|espèces|cash|yuans|rmb`, strength: 0.65, negatable: false },
  { id: 'payment_terms.no_lc', type: 'objection.payment_terms', pattern: 'pas|jamais|aucune ?de ?d\' lc|l/c|crédoc|western|paypal|moneygram', strength: 0.6, negatable: false },
  { id: 'payment_terms.only_accepts', type: 'objection.payment_terms', pattern: `n'accepte|n'acceptent|n'acceptons|n'accepterons|n'accepterai|n'autorise|n'autorisent|n'autorisons que|qu'* ?du ?des ?le ?la ?un ?une ?les lc|l/c|crédoc|virement|virements|traite|traites|lcr|crédit|paiement|paiements|facture|factures|chèque|chèques`, strength: 0.6 },
  { id: 'payment_terms.only_accepts_days', type: 'objection.payment_terms', pattern: `n'accepte|n'acceptent|n'acceptons|n'accepterons|n'accepterai|n'autorise|n'autorisent|n'autorisons que|qu'* ?du ?des ?le ?la ?un ?une ?les ?paiement ?à ?a #`, strength: 0.6 },
  { id: 'payment_terms.only_against_documents', type: 'objection.payment_terms', pattern: 'contre|par|via documents|lc|l/c|crédoc|lettre|séquestre|remise uniquement|seulement|exclusivement|obligatoirement', strength: 0.6 },
  { id: 'payment_terms.only_by_letter', type: 'objection.payment_terms', pattern: 'payons|paierons|payerons|réglons|travaillons|acceptons ?uniquement ?seulement ?exclusivement par|via ?une ?un lettre|séquestre|remise', strength: 0.6 },
  { id: 'payment_terms.you_refuse', type: 'objection.payment_terms', pattern: `refusez|refusent|refuser|refusiez|refusé ?la ?le ?les ?une ?un ?l' ${DEPOSIT}|lettre|paiement|crédit`, strength: 0.6 },
  // The seller wants money earlier or changed the terms: "vous exigez tout avant départ", "vous changez les conditions".
  { id: 'payment_terms.you_demand_upfront', type: 'objection.payment_terms', pattern: `exigez|exige|exigent|imposez|impose|imposent|demandez|voulez|réclamez|exigiez|demandiez|vouliez ?maintenant ?désormais ?le ?la ?l' ?tout ?un tout|totalité|l'intégralité|intégralité|paiement|paiements|solde|règlement|cash ... avant|d'avance|l'avance|anticipé`, strength: 0.6 },
  { id: 'payment_terms.you_demand_percent', type: 'objection.payment_terms', pattern: `exigez|exige|exigent|imposez|impose|imposent|demandez|voulez|réclamez|exigiez|demandiez|vouliez ?maintenant ?désormais # ?pour ?cent d'avance|avance|l'avance|avant|d'acompte|acompte|upfront`, strength: 0.6 },
  { id: 'payment_terms.you_demand_at_order', type: 'objection.payment_terms', pattern: `exigez|exige|exigent|imposez|impose|imposent|demandez|voulez|réclamez ?maintenant ?désormais # à|a la commande`, strength: 0.6 },
  { id: 'payment_terms.changed_terms', type: 'objection.payment_terms', topics: ['objection.payment_terms'], topicOptional: true, pattern: 'vous|tu|ils ?avez ?as ?ont ?encore changez|changé|changes|changent|modifiez|modifié|modifient ?les ?vos ?nos ?des ?encore conditions|modalités|termes|règles', strength: 0.6 },
  { id: 'payment_terms.not_what_was_agreed', type: 'objection.payment_terms', topics: TERM_TOPICS, pattern: `pas|plus ?du ?tout ?ce ce|qui|que|qu'* ... convenu|convenue|convenus|prévu|négocié|signé|accepté|entendu|dit`, strength: 0.6, negatable: false },
  { id: 'payment_terms.not_before_shipment', type: 'objection.payment_terms', pattern: `pas avant ?le ?la ?l' chargement|l'expédition|expédition|embarquement|l'embarquement|départ|livraison|réception|production|l'arrivée|arrivée`, strength: 0.55, negatable: false },
  { id: 'payment_terms.pay_for_unseen', type: 'objection.payment_terms', pattern: 'payer|paie|payons|régler ... pas|jamais vu|vue|vus|vues', strength: 0.6, negatable: false },
  // Cash and bank limits: "notre trésorerie ne permet pas", "les frais bancaires sont trop élevés", "décaler le solde".
  { id: 'payment_terms.cash_flow_does_not_allow', type: 'objection.payment_terms', pattern: 'trésorerie|tréso|liquidités ... permet|permettent|autorise pas|plus', strength: 0.6, negatable: false },
  { id: 'payment_terms.cash_flow_problem', type: 'objection.payment_terms', pattern: 'souci|soucis|problème|problèmes|tension|tensions|difficulté|difficultés ?de ?d\' trésorerie|tréso|liquidités', strength: 0.6 },
  { id: 'payment_terms.bank_fees', type: 'objection.payment_terms', pattern: 'frais|coûts bancaires|banque ... trop|élevés|élevé|chers|cher|énormes|importants|lourds', strength: 0.6 },
  { id: 'payment_terms.defer_balance', type: 'objection.payment_terms', pattern: `décaler|repousser|reporter|étaler|échelonner|retarder ?le ?la ?les ?l' ?notre solde|paiement|règlement|acompte|l'acompte|versement`, strength: 0.6 },
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
  // objection.quality: goods other than ordered ("du 80 g au lieu du 90 g", "alors qu'on avait commandé du L", "encore le mauvais code couleur").
  { id: 'quality.instead_of', type: 'objection.quality', pattern: `envoyé|envoyés|envoyée|envoyées|reçu|reçus|reçue|reçues|livré|livrés|livrée|livrées|arrivé|arrivés|arrivée|arrivées|font|fait|mesurent|mesure|pèsent|pèse|sont ... au lieu de|du|des|d'*`, strength: 0.65 },
  { id: 'quality.whereas_ordered', type: 'objection.quality', pattern: `alors|tandis que|qu'* ... commandé|commandée|commandés|commandées|demandé|demandée|demandés|demandées|spécifié|spécifiée|annonce|annoncé|annoncée|indiqué|indiquée|précisé|exigé`, strength: 0.6 },
  { id: 'quality.sent_the_wrong', type: 'objection.quality', pattern: `envoyez|m'envoyez|envoyé|envoyés|envoyée|envoyer|livré|livrés|livrez|reçu|reçus ?encore ?le ?la ?les ?des ?un ?une mauvais|mauvaise|mauvaises`, strength: 0.6 },
  { id: 'quality.wrong_again', type: 'objection.quality', pattern: 'encore|toujours|re le|la|les|un|une mauvais|mauvaise|mauvaises', strength: 0.55 },
  { id: 'quality.changed_material', type: 'objection.quality', pattern: 'changé|changez|modifié ?de ?le ?la ?les ?votre ?vos fournisseur|métal|matière|matériau|recette|formule|composition|tissu|alliage|qualité', strength: 0.6 },
  { id: 'quality.darker_than_sample', type: 'objection.quality', pattern: `plus|moins foncé|foncée|foncés|foncées|clair|claire|clairs|claires|pâle|pâles|terne|ternes|mince|minces|fin|fine|fins|fines|épais|épaisse|léger|légère|faible|faibles|court|courte|courts|courtes|petit|petite|petits|petites|lourd|lourde|mou|molle ... que|qu'* ?sur ?dans ?l' ?le ?la ?les ?nos ?notre ?votre ?vos échantillon|échantillons|l'échantillon|catalogue|photo|photos|fiche|swatch|bat|commande|modèle|annoncé|annoncée|prévu|demandé|commandé|prototype`, strength: 0.65 },
  { id: 'quality.nothing_like', type: 'objection.quality', topics: ['objection.quality'], topicOptional: true, pattern: `rien|aucun à|a voir ?avec ?l' ?le ?la ?les ?l'échantillon ?l'original ?l'annonce`, strength: 0.65, negatable: false },
  { id: 'quality.out_of_tolerance', type: 'objection.quality', pattern: 'hors tolérance|tolérances|plage|norme|normes|spécification|spécifications|spec|specs|cote|cotes', strength: 0.6 },
  { id: 'quality.not_respected', type: 'objection.quality', topics: ALL_TOPICS, topicOptional: true, pattern: 'pas|non|jamais|mal respecté|respectée|respectés|respectées', strength: 0.6, negatable: false },
  { id: 'quality.refuse_goods', type: 'objection.quality', pattern: 'refusons|refuser|refuse|refusent ?tout ?le ?la ?les ?# ?_ lot|lots|livraison|palettes|palette|conteneur|marchandise|colis|cartons|produits', strength: 0.6 },
  { id: 'quality.missing_items', type: 'objection.quality', pattern: 'manque|manquent|sans ?les ?la ?le ?l\' ?de notice|notices|manuel|manuels|accessoires|vis|étiquetage|étiquettes', strength: 0.6, negatable: false },
  // Doubt about a claim: "qu'est-ce qui me prouve que c'est vrai ?", "j'y crois moyen", "ce sont des originaux ?".
  { id: 'quality.prove_it', type: 'objection.quality', pattern: 'prouve|prouvent|prouvez|prouver|prouve-le|prouve-le-moi|prouvez-le|prouvez-moi|prouvez-le-moi', strength: 0.6, negatable: false },
  { id: 'quality.who_guarantees', type: 'objection.quality', topics: ['objection.quality'], topicOptional: true, pattern: 'qui ?me ?nous garantit|garantissent|assure|certifie que|qu\'*', strength: 0.6 },
  { id: 'quality.sceptical', type: 'objection.quality', topics: ['objection.quality'], topicOptional: true, cancelledBy: ['excusez-moi', 'excuse-moi', 'excusez', 'excuse'], pattern: 'sceptique|sceptiques|méfiant|méfiants|méfiante|méfiantes|dubitatif|dubitative', strength: 0.55 },
  { id: 'quality.have_doubts', type: 'objection.quality', topics: ['objection.quality'], topicOptional: true, pattern: 'mes|des|nos|quelques|gros|sérieux doutes', strength: 0.55 },
  { id: 'quality.barely_believe', type: 'objection.quality', topics: ['objection.quality', 'objection.lead_time'], topicOptional: true, pattern: 'crois|croit|croyons moyen|guère', strength: 0.55 },
  { id: 'quality.are_they_originals', type: 'objection.quality', pattern: `sont|c'est|cest des|du|de|d' ?vrais ?vraies originaux|originales|original|originale|authentiques|authentique ?`, strength: 0.6 },
  // Goods that look cheaper than claimed: "on dirait du papier", "c'est pas du vrai cuir", "c'est du déclassé".
  { id: 'quality.looks_like', type: 'objection.quality', pattern: `dirait|dirais|croirait ?plutôt du|de|des|d'*`, strength: 0.55 },
  { id: 'quality.resembles', type: 'objection.quality', pattern: `ressemble|ressemblent plutôt ?à ?a du|de|des|d'*`, strength: 0.55 },
  { id: 'quality.not_real', type: 'objection.quality', pattern: `c'est|cest|ce|sont|est|c pas|plus du|de|des|d' ?la vrai|vraie|vrais|vraies`, strength: 0.6, negatable: false },
  { id: 'quality.in_fact', type: 'objection.quality', pattern: `sont|est|c'est|c'était|étaient en fait|réalité du|de|des|d'*`, strength: 0.6 },
  { id: 'quality.it_is_a_copy', type: 'objection.quality', pattern: `c'est|cest|ce|sont|soit|est du|de|des|d' ?la copie|copies|contrefaçon|contrefaçons|déclassé|déclassés|recyclé|recyclés|plaqué|toc|imitation|imitations|mélangé|mélange|coupé|coupée`, strength: 0.6 },
  // Defects stated as facts: "ça sent le vieux stock", "font du bruit", "ont éclaté en un mois", "deux tailles de moins".
  { id: 'quality.smells', type: 'objection.quality', pattern: `sent|sentent|sentait|sentaient ?fort ?très ?vraiment bizarre|fort|mauvais|le|l'humidité|moisi|rance|étrange|drôle|pas`, strength: 0.6, negatable: false },
  { id: 'quality.odd_smell', type: 'objection.quality', pattern: 'odeur|odeurs chimique|chimiques|forte|fortes|bizarre|étrange|désagréable|suspecte', strength: 0.6 },
  { id: 'quality.noise', type: 'objection.quality', pattern: 'fait|font|faisait|faisaient|avec|beaucoup|trop du|de bruit|bruits', strength: 0.55 },
  { id: 'quality.noise_share', type: 'objection.quality', pattern: '# de|du bruit|bruits', strength: 0.55 },
  { id: 'quality.abnormal_noise', type: 'objection.quality', pattern: 'bruit|bruits anormal|anormaux|bizarre|bizarres|étrange|étranges|suspect', strength: 0.6 },
  { id: 'quality.dead_units', type: 'objection.quality', pattern: 'morts|mortes', strength: 0.55 },
  { id: 'quality.burst', type: 'objection.quality', pattern: 'éclaté|éclatés|éclatée|éclatées|éclatent|plient|cèdent|durcis|durcie|durcies|durci|éventré|éventrés|éventrées|croûte', strength: 0.6 },
  { id: 'quality.sizes_smaller', type: 'objection.quality', pattern: 'taille|tailles|pointure|pointures de|en moins|trop', strength: 0.6 },
  { id: 'quality.does_not_close', type: 'objection.quality', pattern: `ferment|ferme|s'ouvrent|s'ouvre|chargent|charge|tournent|tourne|sèchent|accroche|accrochent|s'allument|s'allume|démarrent ?même pas|plus`, strength: 0.65, negatable: false },
  { id: 'quality.fails_test', type: 'objection.quality', pattern: 'passe|passent|réussit|réussissent pas|plus ?notre ?nos ?le ?les ?la ?au ?aux ?votre ?_ test|tests|contrôle|contrôles|essai|essais|inspection|norme', strength: 0.65, negatable: false },
  { id: 'quality.not_sturdy_enough', type: 'objection.quality', topics: ['objection.quality'], topicOptional: true, pattern: 'pas|peu assez solide|solides|résistant|résistants|résistante|résistantes|épais|épaisse|épaisses|rigide|rigides|costaud|costauds|robuste|robustes|étanche|étanches', strength: 0.6, negatable: false },
  // Verdicts heard from the buyer's customers or testers: "ça ne passera pas auprès de nos clientes", "des retours mitigés".
  { id: 'quality.wont_pass_with', type: 'objection.quality', topics: ['objection.quality', 'objection.lead_time', 'objection.price', 'objection.payment_terms'], topicOptional: true, pattern: 'passera|passeront pas|plus auprès|chez|avec', strength: 0.55, negatable: false },
  { id: 'quality.mixed_reviews', type: 'objection.quality', topics: ALL_TOPICS, topicOptional: true, pattern: 'retours|avis|commentaires ... mitigés|négatifs|mauvais|décevants', strength: 0.6 },
  { id: 'quality.not_quite_it', type: 'objection.quality', topics: ALL_TOPICS, topicOptional: true, pattern: 'pas encore|toujours|vraiment ça .|,|!|;|…', strength: 0.55, negatable: false },
];

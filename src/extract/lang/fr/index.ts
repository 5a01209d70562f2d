/**
 * French configuration: every cue table the extract engine needs, for buyers
 * in France, Belgium, Switzerland, Quebec, the Maghreb and French-speaking
 * Africa. Tables are written with accents, and this file adds the unaccented
 * spellings that buyers type on phones and foreign keyboards ("delai",
 * "echantillon", "recu").
 *
 * NOTE: a negator counts only as a whole token, so elided forms ("n'est",
 * "n'avons") are listed one by one and an unlisted one ("n'exportez") negates
 * only through the "pas" that follows it.
 */
import type { LanguageCues, SignalCue } from '../types.js';
import { COMMITMENT_CUES } from './commitment-cues.js';
import { FR_DATES } from './date-cues.js';
import { FR_ENTITIES } from './entity-cues.js';
import { INTENT_CUES } from './intent-cues.js';
import { OBJECTION_CUES } from './objection-cues.js';
import { RELATIONSHIP_CUES } from './relationship-cues.js';
import { FR_SENTIMENT } from './sentiment-cues.js';
import { foldPattern, spellingKeys, spellings } from './spelling.js';
import { FR_TOPICS } from './topic-cues.js';

function folded(cues: readonly SignalCue[]): SignalCue[] {
  return cues.map((cue) => ({ ...cue, pattern: foldPattern(cue.pattern) }));
}

/** French cue resources. */
export const FR: LanguageCues = {
  code: 'fr',
  decimalSeparator: ',',
  chronoLocale: 'fr',
  // "plus" is left out: it negates only after "ne" ("ne … plus"), and "plus cher" is a comparison.
  negatorLookalikes: ['dont'],
  negators: spellings([
    'pas', 'ne', 'non', 'jamais', 'jms', 'sans', 'aucun', 'aucune', 'ni', 'rien', 'nullement', 'guère',
    "n'est", "n'était", "n'étaient", "n'a", "n'ai", "n'as", "n'avons", "n'avez", "n'ont", "n'avions", "n'aviez",
    "n'aurons", "n'aura", "n'aurait", "n'aurions", "n'y", "n'en", "n'es", "n'êtes", "n'étions", "n'acceptons",
    "n'accepte", "n'acceptent", "n'arrive", "n'arrivons", "n'arrivent", "n'allons", "n'irons", "n'ira", "n'avait",
    "n'achetons", "n'achète", "n'utilisons", "n'aime", "n'aimons", "n'existe", "n'offre", "n'offrez",
  ]),
  resolutions: [
    'bon|ok|okay|correct|correcte|acceptable|réglé|réglée|résolu|résolue|mieux|raisonnable|parfait|parfaite|bien|jouable maintenant|désormais|dorénavant',
    'maintenant|désormais|dorénavant .. bon|ok|okay|correct|correcte|acceptable|réglé|réglée|résolu|résolue|mieux|raisonnable|parfait|bien|convient|jouable',
    'maintenant|désormais ça|ca|cela va|convient|marche|passe|colle',
    'résolu|résolue|résolus|solutionné|solutionnée|corrigé|corrigée|rectifié|rectifiée',
    'problème|souci|question .. réglé|réglée|résolu|résolue|solutionné|derrière',
    // The settled verdict after the objection: "le souci de MOQ est réglé".
    'est|sont|était|étaient ?désormais ?maintenant ?bien réglé|réglée|réglés|résolu|résolue|résolus|levé|levée|solutionné|solutionnée',
    'a|ont été réglé|réglée|réglés|résolu|résolue|résolus|levé|levée|solutionné|solutionnée',
    'ça|ca|cela|ceci nous|me va|convient|arrange|colle',
    'nous|on|je pouvons|peut|peux accepter|valider|l\'accepter|faire|vivre',
    'plus de problème|problèmes|souci|soucis',
    'c\'est|cest|c bon|ok|okay|correct|acceptable|jouable|faisable|réglé|résolu|entendu',
    'finalement ok|bon|acceptable|correct|jouable|faisable',
    // A polar question answered "non" ("prix trop élevé ? non, c'est bon"). A bare "non" at the end of the text is not matched.
    '? non|nan|nope ,|.|!',
    '? non|nan c\'est|ce|le|la|on|nous|ça|ca',
  ].map(foldPattern),
  // "Accusé de réception" alone is the order acknowledgment a buyer requests, so it counts only as automatic or as a heading.
  autoReply: [
    'réponse|reponse|message automatique',
    'accusé|accuse de réception|reception automatique',
    'accusé|accuse de réception|reception :',
    'je suis ?actuellement absent|absente',
    'absent|absente du bureau',
    'votre message|courriel|mail|demande a bien été|ete reçu|recu|reçue|recue',
  ],
  // The buyer ends the deal: the stage classifier reads these as lost.
  dealLost: [
    'retenu|choisi|opté|partis ?pour un|une autre fournisseur|fabricant|usine|offre|prestataire',
    'retenu|choisi un fournisseur|fabricant|prestataire local|locaux',
    "n'avons|n'ai plus besoin",
    'ne sommes|suis plus intéressés|intéressé|intéressée',
    'annuler|annulons|annulez la|cette|notre demande|consultation|rfq|commande|projet',
    'clôturer|clôturons|clôturez|fermer la|cette|notre demande|consultation|rfq|projet',
    'pas|plus ?y donner suite',
  ],
  comingBack: [
    'reviens|reviendrai|reviendrons|revenons|revient|reviendra vers vous|toi',
    'je|on|nous te|vous reviens|revient|reviendrai|reviendrons|reviendra',
    'vous|te tiens|tiendrai|tiendrons|tenons|tient au courant',
    'vous|te recontacte|recontacterai|recontacterons|recontactons|rappelle|rappellerai|rappellerons|rappelons',
    'vous|te redis|redirai|redirons|redit|redira',
    'en interne',
  ],
  signals: folded([...INTENT_CUES, ...COMMITMENT_CUES, ...OBJECTION_CUES, ...RELATIONSHIP_CUES]),
  topics: FR_TOPICS,
  sentiment: {
    lexicon: spellingKeys(FR_SENTIMENT.lexicon),
    phrases: FR_SENTIMENT.phrases.map((phrase) => ({ ...phrase, pattern: foldPattern(phrase.pattern) })),
    intensifiers: spellingKeys(FR_SENTIMENT.intensifiers),
    contrast: (FR_SENTIMENT.contrast ?? []).map(foldPattern),
  },
  dates: FR_DATES,
  entities: FR_ENTITIES,
};

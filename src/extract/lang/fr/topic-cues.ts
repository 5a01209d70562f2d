/**
 * French topic words for bare predicates ("trop élevé", "pas possible"): the
 * nearest of these around such a predicate decides which objection it is.
 * Quality words are topics too, so "qualité très élevée" raises no objection.
 * Elided forms ("l'acompte") are separate tokens and are listed as such.
 */
import type { TopicCues } from '../types.js';
import { spellings } from './spelling.js';

export const FR_TOPICS: TopicCues = {
  words: [
    {
      type: 'objection.price',
      words: spellings([
        'prix', 'px', 'tarif', 'tarifs', 'tarification', 'coût', 'coûts', 'devis', 'cotation', 'offre', 'l\'offre', 'offres',
        'montant', 'euro', 'euros', 'eur', 'usd', 'dollar', 'dollars', 'dh', 'dhs', 'dirham', 'dirhams', 'dinars', 'fcfa', 'cfa',
        'chf', 'budget', 'cible', 'remise', 'fob', 'cif', 'cfr', 'cnf', 'exw', 'ddp', 'dap', 'fca', 'rendu',
      ]),
    },
    {
      type: 'objection.moq',
      words: spellings(['moq', 'moqs', 'minimum', 'minimale', 'mini', 'quantité', 'quantités', 'qté', 'qtés', 'volume', 'volumes', 'conteneur', 'conteneurs', 'container', 'containers', 'tc']),
    },
    {
      type: 'objection.lead_time',
      words: spellings([
        'délai', 'délais', 'livraison', 'production', 'fabrication', 'expédition', 'l\'expédition', 'transit', 'jours', 'semaines',
        'mois', 'semaine', 'eta', 'attente', 'l\'attente', 'retard', 'livrer', 'livré', 'livrée', 'livrés', 'expédier', 'expédié',
      ]),
    },
    {
      type: 'objection.payment_terms',
      words: spellings([
        'acompte', 'l\'acompte', 'd\'acompte', 'l\'avance', 'd\'avance', 'prépaiement', 'arrhes', 'crédit', 'lc', 'l/c', 'crédoc', 't/t',
        'paiement', 'règlement', 'solde', 'versement', 'traite', 'modalités', 'payer', 'payons', 'régler', 'réglons', 'virement',
      ]),
    },
    {
      type: 'objection.quality',
      words: spellings([
        'qualité', 'finition', 'finitions', 'standard', 'standards', 'performance', 'performances', 'résistance', 'luminosité',
        'rendement', 'durabilité', 'solidité', 'fiabilité', 'gamme', 'précision',
      ]),
    },
  ],
  entities: {
    money: 'objection.price',
    quantity: 'objection.moq',
    duration: 'objection.lead_time',
    payment_term: 'objection.payment_terms',
  },
  bareNumber: 'objection.price',
  window: 8,
  timeReferences: ['avant', 'après', 'apres', 'contre'],
};

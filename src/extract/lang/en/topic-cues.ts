/**
 * English topic words for bare predicates ("too high", "not possible"): the
 * nearest of these around such a predicate decides which objection it is.
 * Quality words are topics too, so "very high quality" raises no objection.
 */
import type { TopicCues } from '../types.js';

export const EN_TOPICS: TopicCues = {
  words: [
    {
      type: 'objection.price',
      words: [
        'price', 'prices', 'pricing', 'priced', 'rate', 'rates', 'cost', 'costs', 'quote', 'quoted', 'quotation',
        'offer', 'offered', 'usd', 'us$', 'dollar', 'dollars', 'eur', 'euro', 'euros', 'rmb', 'aed', 'sar', 'inr',
        'budget', 'target', 'fob', 'cif', 'cfr', 'cnf', 'exw', 'ddp', 'dap', 'landed',
      ],
    },
    { type: 'objection.moq', words: ['moq', 'moqs', 'minimum', 'qty', 'quantity', 'quantities', 'container', 'containers', 'cntr'] },
    { type: 'objection.lead_time', words: ['lead', 'delivery', 'leadtime', 'production', 'shipping', 'transit', 'days', 'weeks', 'months', 'eta'] },
    {
      type: 'objection.payment_terms',
      words: ['deposit', 'upfront', 'advance', 'prepayment', 'credit', 'l/c', 'lc', 't/t', 'tt', 'terms', 'payment', 'balance'],
    },
    { type: 'objection.quality', words: ['quality', 'standard', 'standards', 'performance', 'brightness', 'grade', 'resolution'] },
  ],
  entities: {
    money: 'objection.price',
    quantity: 'objection.moq',
    duration: 'objection.lead_time',
    payment_term: 'objection.payment_terms',
  },
  bareNumber: 'objection.price',
  window: 8,
  timeReferences: ['before', 'after', 'upon', 'against', 'prior'],
};

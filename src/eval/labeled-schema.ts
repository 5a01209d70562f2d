/**
 * Schema of one line of a labeled message set (`eval/dev/<lang>.jsonl`,
 * `eval/holdout/<lang>.jsonl`): a buyer message with the complete set of
 * signal types it expresses, its sentiment mode, every entity in it and
 * hard-case tags. Objects are strict, so a misspelled key is reported and
 * not silently ignored.
 */
import { z } from 'zod';
import { SENTIMENT_MODES, type SignalType } from '../core/types.js';

export const EVAL_LANGUAGES = ['en', 'ar', 'es', 'pt', 'fr'] as const;
export type EvalLanguage = (typeof EVAL_LANGUAGES)[number];

/** The message-level signal types a labeled set marks; any other type Parley returns is not scored. */
export const LABELED_SIGNAL_TYPES = [
  'intent.early_qualification',
  'intent.evaluation',
  'intent.quotation',
  'intent.urgency',
  'intent.purchase',
  'commitment.detailed_specs',
  'commitment.invoice_request',
  'commitment.delivery_terms',
  'commitment.sample_request',
  'commitment.order_confirmation',
  'commitment.payment',
  'objection.price',
  'objection.certification',
  'objection.lead_time',
  'objection.supplier_history',
  'objection.moq',
  'objection.payment_terms',
  'objection.quality',
  'relationship.tone',
  'relationship.negotiation_openness',
] as const satisfies readonly SignalType[];
export type LabeledSignalType = (typeof LABELED_SIGNAL_TYPES)[number];

/** Entity types a labeled set marks. Products are not labeled, so `product` is absent. */
export const LABELED_ENTITY_TYPES = [
  'quantity',
  'money',
  'incoterm',
  'certification',
  'date',
  'duration',
  'payment_term',
  'email',
  'phone',
  'url',
  'port',
] as const;
export type LabeledEntityType = (typeof LABELED_ENTITY_TYPES)[number];

export const QUANTITY_UNITS = [
  'pcs',
  'sets',
  'kg',
  'tons',
  'm',
  'm2',
  'boxes',
  'rolls',
  'pairs',
  'liters',
  'cartons',
  'bags',
  'pallets',
  'drums',
  'bottles',
  'sheets',
  'dozen',
  'containers',
  'containers_20ft',
  'containers_40ft',
  'containers_40hq',
] as const;

export const PAYMENT_TERM_KINDS = [
  'tt',
  'tt_deposit',
  'tt_advance',
  'balance',
  'balance_before_shipment',
  'balance_against_bl',
  'lc',
  'lc_at_sight',
  'lc_usance',
  'dp',
  'da',
  'cad',
  'cod',
  'open_account',
  'installments',
  'escrow',
  'paypal',
  'western_union',
  'boleto',
  'pix',
] as const;

export const HARD_CASE_TAGS = [
  'negation',
  'hedge',
  'intensifier',
  'politeness',
  'sarcasm',
  'emoji',
  'resolved-objection',
  'mixed',
  'local-number',
  'range',
  'elongation',
  'arabic-digits',
  'dialect',
  'typo',
  'deadline',
  'question',
  'long-email',
  'short-chat',
] as const;

/** ISO 8601 date-time with seconds optional and an explicit offset ("Z" or ±hh:mm). */
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

const sentAt = z
  .string()
  .regex(OFFSET_DATE_TIME, 'expected an ISO 8601 date-time with a UTC offset, such as 2026-03-10T09:15:00+01:00')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a valid calendar date-time');

const nonEmpty = z.string().trim().min(1);

/** Builds an enum whose error names the rejected value, which zod's default message leaves out. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, {
    error: (issue) => `invalid ${noun} ${JSON.stringify(issue.input)}; expected one of ${values.join(', ')}`,
  });
}
const positive = z.number().positive();

const labeledEntitySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('quantity'), value: positive, unit: oneOf(QUANTITY_UNITS, 'unit') }),
  z
    .strictObject({
      type: z.literal('money'),
      amount: z.number().nonnegative(),
      currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code in capitals, such as USD'),
      per: oneOf(QUANTITY_UNITS, 'unit').optional(),
      max: z.number().positive().optional(),
    })
    .refine((money) => money.max === undefined || money.max >= money.amount, {
      message: 'max is below amount',
      path: ['max'],
    }),
  z.strictObject({ type: z.literal('incoterm'), code: z.string().regex(/^[A-Z]{3}$/), place: nonEmpty.optional() }),
  z.strictObject({ type: z.literal('certification'), code: nonEmpty }),
  z.strictObject({ type: z.literal('date'), iso: z.iso.date(), kind: oneOf(['date', 'deadline'], 'date kind') }),
  z.strictObject({ type: z.literal('duration'), days: positive }),
  z.strictObject({
    type: z.literal('payment_term'),
    kind: oneOf(PAYMENT_TERM_KINDS, 'payment term kind'),
    percent: z.number().gt(0).max(100).optional(),
  }),
  z.strictObject({ type: z.literal('email'), value: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an email address') }),
  z.strictObject({ type: z.literal('phone'), value: z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number') }),
  z.strictObject({ type: z.literal('url'), value: nonEmpty }),
  z.strictObject({ type: z.literal('port'), value: nonEmpty }),
]);

export const labeledMessageSchema = z.strictObject({
  id: nonEmpty,
  language: oneOf(EVAL_LANGUAGES, 'language'),
  direction: z.literal('inbound'),
  sentAt,
  text: nonEmpty,
  signals: z
    .array(oneOf(LABELED_SIGNAL_TYPES, 'signal type'))
    .refine((types) => new Set(types).size === types.length, 'lists a signal type twice'),
  mode: oneOf(SENTIMENT_MODES, 'mode'),
  entities: z.array(labeledEntitySchema),
  tags: z.array(oneOf(HARD_CASE_TAGS, 'tag')),
});

export type LabeledMessage = z.infer<typeof labeledMessageSchema>;
export type LabeledEntity = z.infer<typeof labeledEntitySchema>;

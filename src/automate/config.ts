/**
 * Automation rules of a workspace, read from the serve config file. A rule
 * names one trigger on the buyer's state and what to do when it fires: a
 * task for a seller, a signed outbound webhook, or both.
 *
 * ```json
 * { "id": "price-pushback", "when": { "type": "new_objection", "objections": ["objection.price"] },
 *   "task": { "assignee": "mei@harborlighting.example", "dueInMinutes": 120, "title": "Answer the price objection" },
 *   "webhook": { "url": "https://crm.example/hooks/parley", "secret": "whsec_…" } }
 * ```
 */
import { z } from 'zod';
import { ARCHETYPES, STAGES } from '../core/types.js';

const scoreNames = ['intent', 'urgency', 'sentiment', 'friction', 'momentum'] as const;

/** Trigger of a rule. Each trigger fires once per state change it matches. */
export const triggerSchema = z.discriminatedUnion('type', [
  /** The stage changed; `to` limits it to these stages (any stage when absent). */
  z.object({ type: z.literal('stage_change'), to: z.array(z.enum(STAGES)).min(1).optional() }).strict(),
  /** A score (0–100) crossed the threshold upward (`above`) or downward (`below`). */
  z
    .object({
      type: z.literal('score_crossing'),
      score: z.enum(scoreNames),
      above: z.number().min(0).max(100).optional(),
      below: z.number().min(0).max(100).optional(),
    })
    .strict()
    .refine((t) => (t.above === undefined) !== (t.below === undefined), 'give exactly one of "above" and "below"'),
  /** The win probability (0–1) crossed the threshold upward or downward. */
  z
    .object({
      type: z.literal('win_probability_crossing'),
      above: z.number().min(0).max(1).optional(),
      below: z.number().min(0).max(1).optional(),
    })
    .strict()
    .refine((t) => (t.above === undefined) !== (t.below === undefined), 'give exactly one of "above" and "below"'),
  /** The archetype changed; `to` limits it to these archetypes. */
  z.object({ type: z.literal('archetype_change'), to: z.array(z.enum(ARCHETYPES)).min(1).optional() }).strict(),
  /** The buyer went quiet past their usual pause: the deal became stalled. */
  z.object({ type: z.literal('stall') }).strict(),
  /** A message raised an objection type the conversation had not raised before; `objections` limits the types. */
  z
    .object({
      type: z.literal('new_objection'),
      objections: z.array(z.string().regex(/^objection\.[a-z_]+$/, 'must be an objection type such as "objection.price"')).min(1).optional(),
    })
    .strict(),
]);

export const automationRuleSchema = z
  .object({
    /** Stable id: firings are remembered per rule id, so renaming a rule lets it fire again. */
    id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 letters, digits, ".", "_" or "-"'),
    when: triggerSchema,
    task: z
      .object({
        assignee: z.string().min(1),
        dueInMinutes: z.number().int().min(0).max(60 * 24 * 90),
        title: z.string().min(1).max(200).optional(),
      })
      .strict()
      .optional(),
    webhook: z
      .object({
        url: z.url({ protocol: /^https?$/ }),
        /** HMAC-SHA256 key of the `X-Parley-Signature` header. */
        secret: z.string().min(16, 'must be at least 16 characters'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((rule) => rule.task !== undefined || rule.webhook !== undefined, 'give a "task", a "webhook" or both');

export type Trigger = z.infer<typeof triggerSchema>;
export type AutomationRule = z.infer<typeof automationRuleSchema>;

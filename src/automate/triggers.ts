/**
 * Trigger evaluation: which automation rules a conversation update fires.
 * Pure functions, so the rule below can be tested without storage.
 *
 * A firing is keyed by (rule id, conversation id, message, field). The
 * message is the one that caused the change, except for stalls, which are
 * keyed by the message the buyer's silence runs from. So a stall found by
 * the periodic stall check and the same stall seen later in the history
 * (when a seller follow-up lands in the silence) share one key.
 *
 * Which changes count, per conversation:
 * - A watermark records the latest message whose changes were processed.
 *   Only changes caused by messages after it count, so a replay, a
 *   re-import or a restart finds nothing new.
 * - Without a watermark (the first update of a conversation, such as the
 *   import of an old chat), only the latest change of each field counts,
 *   so a long history fires once per field, not once per old change.
 * - With a watermark, the changes of one field after it merge into one
 *   shift, from the value before the first to the value after the last.
 *   A shift that ends where it started (A → B → A) is dropped.
 * - A stall fires only when the deal goes quiet while the automations watch
 *   it: the moment the buyer's silence crossed their usual pause must come
 *   after the conversation was first processed (a time the automation store
 *   keeps per conversation), or, for a conversation with no recorded time, within the
 *   last stall check interval. So imported history fires no stall. In an
 *   update, a stall observed at a message sent before the first processing
 *   is dropped (see automations.ts and stall-check.ts).
 * - New objections are the field `objections`: a buyer message whose
 *   objection types include one no earlier buyer message raised changes it
 *   from the types raised before to the types raised up to that message.
 */
import type { Explanation, StateChange, StateValue } from '../core/types.js';
import type { AutomationRule, Trigger } from './config.js';
import type { ConversationUpdate } from './types.js';

/** Field of a shift: a state field, or `objections` for newly raised objection types. */
export type ShiftField = StateChange['field'] | 'objections';

/** A change of one field that rules are matched against. */
export interface Shift {
  field: ShiftField;
  from: StateValue;
  to: StateValue;
  /** The message that caused the (last merged) change. */
  messageId: string;
  sentAt: string;
  /** Reasons of the merged changes, newest first. */
  reasons: Explanation[];
}

/** Position of the latest processed message of a conversation. */
export interface Watermark {
  /** Send time of the latest processed message, in milliseconds since the epoch. */
  timeMs: number;
  /** Ids of the processed messages sent at exactly `timeMs`. */
  messageIds: string[];
}

/** A rule that fires for a shift, with the key that makes it fire once. */
export interface Firing {
  rule: AutomationRule;
  conversationId: string;
  /** Message of the firing key (see the module doc). */
  keyMessageId: string;
  shift: Shift;
}

/** Reasons kept on a merged shift. */
const MAX_REASONS = 4;

/**
 * Returns whether the message at `sentAt` comes after the watermark (always
 * true without one).
 *
 * NOTE: a message that arrives after a newer one was processed (an older send
 * time) falls behind the watermark, so the changes it causes fire nothing.
 */
export function isAfterWatermark(watermark: Watermark | null, messageId: string, sentAt: string): boolean {
  if (!watermark) return true;
  const time = Date.parse(sentAt);
  if (time !== watermark.timeMs) return time > watermark.timeMs;
  return !watermark.messageIds.includes(messageId);
}

/** Returns the watermark after processing every message of the update's analysis, or null when it has none. */
export function watermarkOf(update: ConversationUpdate, previous: Watermark | null): Watermark | null {
  let latest = previous;
  for (const message of update.analysis.messages) {
    const time = Date.parse(message.sentAt);
    if (Number.isNaN(time)) continue;
    if (!latest || time > latest.timeMs) latest = { timeMs: time, messageIds: [message.messageId] };
    else if (time === latest.timeMs && !latest.messageIds.includes(message.messageId)) {
      latest = { timeMs: time, messageIds: [...latest.messageIds, message.messageId] };
    }
  }
  return latest;
}

/**
 * Lists the first raising of each objection type by a buyer message, as
 * changes of the field `objections`, oldest first. Each change's reasons are
 * the new objection signals with their words.
 */
export function objectionChanges(update: ConversationUpdate): (Omit<StateChange, 'field'> & { field: 'objections' })[] {
  const raised = new Set<string>();
  const changes: (Omit<StateChange, 'field'> & { field: 'objections' })[] = [];
  for (const message of update.analysis.messages) {
    if (message.direction !== 'inbound') continue;
    const fresh = message.signals.filter((signal) => signal.type.startsWith('objection.') && !raised.has(signal.type));
    if (fresh.length === 0) continue;
    const from = [...raised].sort();
    for (const signal of fresh) raised.add(signal.type);
    const reasons = fresh.map((signal) => ({
      type: signal.type,
      messageId: message.messageId,
      text: signal.evidence[0]?.text ?? '',
      effect: 0,
    }));
    changes.push({ messageId: message.messageId, sentAt: message.sentAt, field: 'objections', from, to: [...raised].sort(), reasons });
  }
  return changes;
}

/** Returns the shifts of an update that no earlier update processed, one per field at most (see the module doc). */
export function pendingShifts(update: ConversationUpdate, watermark: Watermark | null): Shift[] {
  const all: Shift[] = [...openingStage(update, watermark), ...update.changes, ...objectionChanges(update)].map((change) => ({ ...change }));
  const byField = new Map<ShiftField, Shift[]>();
  for (const change of all) {
    if (!isAfterWatermark(watermark, change.messageId, change.sentAt)) continue;
    byField.set(change.field, [...(byField.get(change.field) ?? []), change]);
  }
  const shifts: Shift[] = [];
  for (const changes of byField.values()) {
    const last = changes.at(-1)!;
    if (!watermark) {
      shifts.push(last);
      continue;
    }
    const merged = mergeShifts(changes);
    if (!sameValue(merged.from, merged.to)) shifts.push(merged);
  }
  return shifts;
}

/**
 * Returns the stage a conversation opens at as a shift from "" (no stage),
 * caused by its first message, when the automations see the conversation
 * for the first time and its stage never changed since. The state history
 * lists changes between messages only, so a buyer whose first message
 * already confirms an order would otherwise fire no stage rule.
 */
function openingStage(update: ConversationUpdate, watermark: Watermark | null): Shift[] {
  const first = update.analysis.messages[0];
  if (watermark || !first || update.changes.some((change) => change.field === 'stage')) return [];
  return [{ field: 'stage', from: '', to: update.analysis.stage, messageId: first.messageId, sentAt: first.sentAt, reasons: openingReasons(update) }];
}

/** Returns the buyer's signals that set the opening stage, latest first: the words a task quotes. */
function openingReasons(update: ConversationUpdate): Explanation[] {
  const reasons: Explanation[] = [];
  for (const message of [...update.analysis.messages].reverse()) {
    if (message.direction !== 'inbound') continue;
    for (const signal of message.signals) {
      if (signal.type.startsWith('context.')) continue;
      reasons.push({ type: signal.type, messageId: message.messageId, text: signal.evidence[0]?.text ?? '', effect: 0 });
      if (reasons.length === MAX_REASONS) return reasons;
    }
  }
  return reasons;
}

/** Merges changes of one field, oldest first, into one shift credited to the last change's message. */
function mergeShifts(changes: readonly Shift[]): Shift {
  const first = changes[0]!;
  const last = changes.at(-1)!;
  const reasons: Explanation[] = [];
  const seen = new Set<string>();
  for (const change of [...changes].reverse()) {
    for (const reason of change.reasons) {
      const key = `${reason.type}\u0000${reason.messageId ?? ''}\u0000${reason.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reasons.push(reason);
    }
  }
  return { ...last, from: first.from, reasons: reasons.slice(0, MAX_REASONS) };
}

function sameValue(a: StateValue, b: StateValue): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;
}

/** Returns whether `trigger` matches `shift`. */
export function triggerMatches(trigger: Trigger, shift: Shift): boolean {
  switch (trigger.type) {
    case 'stage_change':
      return shift.field === 'stage' && (trigger.to === undefined || (trigger.to as readonly string[]).includes(String(shift.to)));
    case 'score_crossing':
      return shift.field === `scores.${trigger.score}` && crosses(shift, trigger.above, trigger.below);
    case 'win_probability_crossing':
      return shift.field === 'winProbability' && crosses(shift, trigger.above, trigger.below);
    case 'archetype_change':
      return shift.field === 'archetype' && (trigger.to === undefined || (trigger.to as readonly string[]).includes(String(shift.to)));
    case 'stall':
      return shift.field === 'stalled' && shift.from === false && shift.to === true;
    case 'new_objection': {
      if (shift.field !== 'objections' || !Array.isArray(shift.from) || !Array.isArray(shift.to)) return false;
      const before = new Set(shift.from);
      const added = shift.to.filter((type) => !before.has(type));
      return added.some((type) => trigger.objections === undefined || trigger.objections.includes(type));
    }
  }
}

/** Upward crossing: from < threshold <= to. Downward crossing: from > threshold >= to. */
function crosses(shift: Shift, above: number | undefined, below: number | undefined): boolean {
  if (typeof shift.from !== 'number' || typeof shift.to !== 'number') return false;
  if (above !== undefined) return shift.from < above && above <= shift.to;
  if (below !== undefined) return shift.from > below && below >= shift.to;
  return false;
}

/**
 * Returns the message a firing of `shift` is keyed by: for a stall, the
 * message its silence runs from (named by the `stall.*` reason), otherwise
 * the message that caused the change.
 */
export function firingMessageId(shift: Shift): string {
  if (shift.field === 'stalled') {
    const stall = shift.reasons.find((reason) => reason.type.startsWith('stall.') && reason.messageId !== null);
    if (stall?.messageId) return stall.messageId;
  }
  return shift.messageId;
}

/** Matches every rule against every shift and returns the firings, in rule order. */
export function firingsOf(rules: readonly AutomationRule[], conversationId: string, shifts: readonly Shift[]): Firing[] {
  const firings: Firing[] = [];
  for (const rule of rules) {
    for (const shift of shifts) {
      if (triggerMatches(rule.when, shift)) firings.push({ rule, conversationId, keyMessageId: firingMessageId(shift), shift });
    }
  }
  return firings;
}

/**
 * Writes why a rule fired: the task title when the rule gives one, the
 * trigger, the change from → to, and the words of the change's reasons.
 *
 * @example
 * taskReason(firing); // 'Call the buyer. stage_change: stage evaluation → commitment. Evidence: commitment.invoice_request "proforma"'
 */
export function taskReason(firing: Firing): string {
  const { shift, rule } = firing;
  const head = rule.task?.title ? `${rule.task.title}. ` : '';
  const change = `${rule.when.type}: ${shift.field} ${formatValue(shift.from)} → ${formatValue(shift.to)}`;
  const evidence = shift.reasons.filter((reason) => reason.text !== '').map((reason) => `${reason.type} "${reason.text}"`);
  return evidence.length > 0 ? `${head}${change}. Evidence: ${evidence.join('; ')}` : `${head}${change}`;
}

function formatValue(value: StateValue): string {
  if (value === '') return 'none';
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'number') return String(Math.round(value * 1000) / 1000);
  return String(value);
}

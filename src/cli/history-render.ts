import { cutText } from '../core/text.js';
import type { Explanation, Outcome, Sender, StateChange, StateSnapshot, StateValue } from '../core/types.js';
import type { MatchKind } from '../pipeline/buyer-lookup.js';
import type { ConversationStateHistory } from '../store/store.js';

/** One conversation's history as `parley history` shows it. */
export interface HistoryView {
  conversationId: string;
  matchedBy: MatchKind;
  buyer: Sender | null;
  history: ConversationStateHistory;
  outcome: Outcome | null;
  /** Text of the messages the history names, by message id. */
  texts: ReadonlyMap<string, string>;
}

/** Characters of a message quoted on a line. */
const QUOTE_CHARS = 60;
/** Reasons shown per change. */
const SHOWN_REASONS = 2;

/**
 * Renders a conversation's history: a heading, the first state, then one
 * line per change with its time, message, field, old and new value, the
 * message's words and the reasons, and the recorded outcome last.
 *
 * @example
 * //   2026-03-03 09:00Z  m3  stage  qualification → evaluation  "We need…"  because intent.evaluation "datasheet"
 */
export function renderHistory(view: HistoryView): string {
  const { snapshots, changes } = view.history;
  const lines = [heading(view)];
  const first = snapshots[0];
  if (first) lines.push(`  ${startLine(first, view.texts)}`);
  for (const change of changes) lines.push(`  ${changeLine(change, view.texts)}`);
  if (changes.length === 0) lines.push('  no change since the first message');
  if (view.outcome) lines.push(`  ${outcomeLine(view.outcome)}`);
  return lines.join('\n') + '\n';
}

function heading(view: HistoryView): string {
  const { snapshots, changes } = view.history;
  const buyer = view.buyer ? ` · ${describeBuyer(view.buyer)}` : '';
  const matched = view.matchedBy === 'id' ? '' : ` (matched by ${view.matchedBy})`;
  return `Conversation ${view.conversationId}${buyer}${matched}: ${snapshots.length} states, ${changes.length} changes`;
}

function describeBuyer(buyer: Sender): string {
  const ids = [buyer.email, buyer.phone].filter((value): value is string => Boolean(value));
  const name = buyer.name ?? ids.shift() ?? 'unnamed buyer';
  return ids.length > 0 ? `${name} <${ids.join(', ')}>` : name;
}

function startLine(first: StateSnapshot, texts: ReadonlyMap<string, string>): string {
  const state =
    `stage ${first.stage}, archetype ${first.archetype.id} (${first.archetype.confidence}), ` +
    `win ${first.winProbability}, segments ${formatValue(first.segments)}`;
  return `${formatTime(first.sentAt)}  ${first.messageId}  start  ${state}${quote(texts.get(first.messageId))}`;
}

function changeLine(change: StateChange, texts: ReadonlyMap<string, string>): string {
  const values = `${formatValue(change.from)} → ${formatValue(change.to)}`;
  const because = reasonText(change);
  return `${formatTime(change.sentAt)}  ${change.messageId}  ${change.field}  ${values}${quote(texts.get(change.messageId))}${because}`;
}

function outcomeLine(outcome: Outcome): string {
  const note = outcome.note ? `: ${outcome.note}` : '';
  return `outcome  ${outcome.result} on ${outcome.decidedAt} (${outcome.source})${note}`;
}

/**
 * Formats the change's reasons, those pointing to the causing message first.
 * A reason that only quotes the causing message is left out, because the
 * line already quotes it.
 */
function reasonText(change: StateChange): string {
  const own = (reason: Explanation): number => (reason.messageId === change.messageId ? 0 : 1);
  const quoted = (reason: Explanation): boolean => reason.type.startsWith('message.') && reason.messageId === change.messageId;
  const picked = change.reasons
    .filter((reason) => !quoted(reason))
    .sort((a, b) => own(a) - own(b))
    .slice(0, SHOWN_REASONS);
  if (picked.length === 0) return '';
  return `  because ${picked.map((reason) => `${reason.type} "${oneLine(reason.text, QUOTE_CHARS)}"`).join('; ')}`;
}

function quote(text: string | undefined): string {
  return text === undefined || text.trim() === '' ? '' : `  "${oneLine(text, QUOTE_CHARS)}"`;
}

function oneLine(text: string, max: number): string {
  return cutText(text.replace(/\s+/g, ' ').trim(), max);
}

/** Formats a state value: lists joined by commas ("none" when empty), everything else as written. */
export function formatValue(value: StateValue): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return String(value);
}

/** Shows an ISO instant as "yyyy-mm-dd hh:mm" plus its own offset ("Z" or ±hh:mm), seconds left out. */
export function formatTime(sentAt: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(sentAt);
  return match ? `${match[1]} ${match[2]}${match[3] ?? ''}` : sentAt;
}

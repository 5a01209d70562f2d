/**
 * Builders of hand-made conversation analyses for the analytics tests: only
 * the fields the analytics read are spelled out, the rest get neutral values.
 * Messages are placed in hours after a fixed start.
 */
import type {
  ArchetypeId,
  ConversationScores,
  SentimentMode,
  SignalType,
  Stage,
} from '../core/types.js';
import type { AnalyticsConversation, DealOutcome } from './types.js';

/** Start of every test conversation: Monday 2 March 2026, 09:00 UTC. */
export const START = Date.parse('2026-03-02T09:00:00Z');

/** ISO instant `hours` after START. */
export function hoursAfterStart(hours: number): string {
  return new Date(START + hours * 3_600_000).toISOString();
}

export interface MessageSpec {
  /** Message id; defaults to `<conversation>-m<n>`. */
  id?: string;
  dir: 'in' | 'out';
  /** Hours after START. */
  h: number;
  /** Buyer mode (inbound only) and the words it rests on. */
  mode?: SentimentMode;
  modeWords?: string;
  /** Signals as [type, evidence words]. */
  signals?: [SignalType, string][];
  /** sentAt written as is, to test offsets; overrides `h`. */
  sentAt?: string;
}

export interface ConversationSpec {
  id: string;
  accountId?: string | null;
  stage?: Stage;
  stageReached?: Stage;
  archetype?: ArchetypeId;
  confidence?: number;
  scores?: Partial<ConversationScores>;
  winProbability?: number;
  messages?: MessageSpec[];
}

function message(spec: MessageSpec, index: number, conversationId: string): AnalyticsConversation['messages'][number] {
  const id = spec.id ?? `${conversationId}-m${index + 1}`;
  const inbound = spec.dir === 'in';
  const words = spec.modeWords ?? '';
  return {
    id,
    messageId: id,
    direction: inbound ? 'inbound' : 'outbound',
    channel: 'email',
    sentAt: spec.sentAt ?? hoursAfterStart(spec.h),
    text: [words, ...(spec.signals ?? []).map(([, text]) => text)].filter(Boolean).join(' '),
    language: 'en',
    sentiment: inbound
      ? { mode: spec.mode ?? 'neutral', polarity: 0, ...(words ? { evidence: [{ start: 0, end: words.length, text: words }] } : {}) }
      : null,
    signals: (spec.signals ?? []).map(([type, text]) => ({ type, strength: 0.8, evidence: [{ start: 0, end: text.length, text }] })),
    entities: [],
    scores: { intent: 0, urgency: 0, sentiment: 50, friction: 0 },
  };
}

/** Builds a conversation analysis from a spec. Defaults: account `a-<id>`, discovery, 50 on every score. */
export function analysis(spec: ConversationSpec): AnalyticsConversation {
  const scores: ConversationScores = { intent: 50, urgency: 50, sentiment: 50, friction: 50, momentum: 50, ...spec.scores };
  return {
    id: spec.id,
    channels: ['email'],
    accountId: spec.accountId === undefined ? `a-${spec.id}` : spec.accountId,
    stage: spec.stage ?? 'discovery',
    ...(spec.stageReached ? { stageReached: spec.stageReached } : {}),
    stalled: spec.stage === 'stalled',
    archetype: { id: spec.archetype ?? 'uncertain_evaluator', confidence: spec.confidence ?? 0.5, runnerUp: null },
    segments: [],
    scores,
    explanations: {},
    winProbability: spec.winProbability ?? 0.2,
    brief: { wants: [], commitments: [], openObjections: [], unansweredQuestions: [], lastAction: null, nextReplyOwedBy: null, text: '' },
    actions: [],
    messages: (spec.messages ?? [{ dir: 'in', h: 0 }]).map((m, i) => message(m, i, spec.id)),
  };
}

/** Builds a recorded outcome decided `day` days after START. */
export function outcome(conversationId: string, result: 'won' | 'lost', day = 30): DealOutcome {
  return { conversationId, result, decidedAt: hoursAfterStart(day * 24) };
}

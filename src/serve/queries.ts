/** Read queries and outcome recording of the HTTP API, each on one workspace's store. */
import { isOpenStage } from '../classify/stage.js';
import { InputError } from '../core/errors.js';
import type { Account, ConversationAnalysis, Outcome, Stage } from '../core/types.js';
import { analyzeStoredConversation, outcomeAsOf } from '../pipeline/analyze-conversations.js';
import { setOutcome } from '../pipeline/outcomes.js';
import { WIN_MODEL } from '../score/weights.js';
import { parseWinModel } from '../score/win-fit.js';
import type { Store, WriteOutcome } from '../store/store.js';
import { notFound } from './http-errors.js';

export interface Page {
  limit: number;
  offset: number;
}

export interface PipelineRow {
  id: string;
  accountId: string | null;
  stage: Stage;
  stalled: boolean;
  winProbability: number;
  channels: string[];
  archetype: string;
  scores: ConversationAnalysis['scores'];
  outcome: { result: Outcome['result']; decidedAt: string } | null;
}

export interface StalledRow {
  id: string;
  accountId: string | null;
  stage: Stage;
  stalled: true;
  winProbability: number;
  /** Reason the deal counts as stalled, such as "buyer quiet for 9 days, over the 3 days threshold". */
  reason: string | null;
  lastMessageAt: string;
}

export async function listAccounts(store: Store, page: Page): Promise<{ total: number; accounts: Account[] }> {
  const accounts = await store.loadAccounts();
  return { total: accounts.length, accounts: accounts.slice(page.offset, page.offset + page.limit) };
}

/** Loads one stored account. Throws a 404 HttpError when this workspace has none with the id. */
export async function getAccount(store: Store, id: string): Promise<Account> {
  const [account] = await store.loadAccountsById([id]);
  if (!account) throw notFound(`account ${id}`);
  return account;
}

/**
 * Loads the stored analysis of one conversation as of its latest message
 * (signals per message, scores, explanations), with each message's text,
 * sender, direction and time. `stateHistory` lists the state changes,
 * `snapshots` the state after each message, and `outcome` the recorded
 * outcome, which sets the stage, `stalled` and win probability as in the
 * pipeline. Throws a 404 HttpError when the workspace has no such conversation.
 */
export async function getConversation(store: Store, id: string): Promise<Record<string, unknown>> {
  const [analysis] = await store.loadConversationAnalyses([id]);
  if (!analysis) throw notFound(`conversation ${id}`);
  const history = await store.loadStateHistory(id);
  const [outcome] = await store.loadOutcomes([id]);
  const accountId = (await store.loadAccountOf([id])).get(id) ?? analysis.accountId;
  const stored = new Map((await store.loadConversationMessages([id])).map((message) => [message.id, message]));
  const messages = analysis.messages.map((entry) => {
    const message = stored.get(entry.messageId);
    return {
      ...entry,
      direction: message?.direction ?? null,
      sentAt: message?.sentAt ?? null,
      sender: message?.sender ?? null,
      text: message?.text ?? null,
    };
  });
  return {
    ...analysis,
    ...closedState(outcome ?? null),
    accountId,
    messages,
    stateHistory: history?.changes ?? [],
    snapshots: history?.snapshots ?? [],
    outcome: outcome ?? null,
  };
}

/**
 * Stored conversations ranked by win probability (highest first, then by
 * id). A recorded outcome sets the stage to won or lost and the win
 * probability to the model's value for it. Unless `includeClosed`, such
 * closed deals are left out, and so are those the messages show as lost.
 */
export async function pipeline(
  store: Store,
  options: Page & { stage?: Stage | undefined; includeClosed: boolean },
): Promise<{ total: number; limit: number; offset: number; conversations: PipelineRow[] }> {
  // NOTE: each request loads every stored analysis with its per-message signals, so its cost
  // grows with the workspace. A ranked column in the store would avoid it.
  const analyses = await store.loadConversationAnalyses();
  const outcomes = new Map((await store.loadOutcomes()).map((outcome) => [outcome.conversationId, outcome]));
  const accountOf = await store.loadAccountOf(analyses.map((analysis) => analysis.id));
  const rows = analyses
    .map((analysis) => pipelineRow(analysis, outcomes.get(analysis.id) ?? null, accountOf.get(analysis.id) ?? null))
    .filter((row) => options.includeClosed || isOpenStage(row.stage))
    .filter((row) => options.stage === undefined || row.stage === options.stage)
    .sort((a, b) => b.winProbability - a.winProbability || compareIds(a.id, b.id));
  return {
    total: rows.length,
    limit: options.limit,
    offset: options.offset,
    conversations: rows.slice(options.offset, options.offset + options.limit),
  };
}

/**
 * Open deals that are stalled as of `asOf`: each open stored conversation
 * without an outcome recorded by then is analyzed again as of `asOf`, with
 * the workspace's fitted win model when there is one. Ranked by win
 * probability, like the pipeline.
 */
export async function stalledDeals(
  store: Store,
  asOf: Date,
  page: Page,
): Promise<{ asOf: string; total: number; conversations: StalledRow[] }> {
  const analyses = await store.loadConversationAnalyses();
  const outcomes = new Map((await store.loadOutcomes()).map((outcome) => [outcome.conversationId, outcome]));
  const accountOf = await store.loadAccountOf(analyses.map((analysis) => analysis.id));
  const storedModel = await store.loadWinModel();
  const options = { store, asOf, ...(storedModel === null ? {} : { winModel: parseWinModel(storedModel) }) };
  const rows: StalledRow[] = [];
  // NOTE: re-extracts the signals of every open conversation's messages on each request,
  // so the cost grows with the workspace's message count.
  for (const analysis of analyses) {
    if (!isOpenStage(analysis.stage) || outcomeAsOf(outcomes.get(analysis.id) ?? null, asOf)) continue;
    const accountId = accountOf.get(analysis.id) ?? null;
    const { report } = await analyzeStoredConversation(analysis.id, accountId, options, null);
    if (!report?.stalled) continue;
    const reason = report.explanations.momentum?.find((explanation) => explanation.type.startsWith('stall.'))?.text ?? null;
    const lastMessageAt = report.messages.at(-1)?.sentAt ?? '';
    rows.push({ id: report.id, accountId, stage: report.stage, stalled: true, winProbability: report.winProbability, reason, lastMessageAt });
  }
  rows.sort((a, b) => b.winProbability - a.winProbability || compareIds(a.id, b.id));
  return { asOf: asOf.toISOString(), total: rows.length, conversations: rows.slice(page.offset, page.offset + page.limit) };
}

/** Records a won or lost outcome; a 404 HttpError when the workspace has no such conversation. */
export async function recordOutcome(
  store: Store,
  input: { conversationId: string; result: Outcome['result']; date?: string | undefined; note?: string | undefined },
): Promise<{ conversationId: string; result: Outcome['result']; decidedAt: string; write: WriteOutcome }> {
  const decidedAt = input.date ?? new Date().toISOString().slice(0, 10);
  const outcome: Outcome = { conversationId: input.conversationId, result: input.result, decidedAt, source: 'manual', ...(input.note ? { note: input.note } : {}) };
  try {
    const write = await setOutcome(store, outcome);
    return { conversationId: input.conversationId, result: input.result, decidedAt, write };
  } catch (error) {
    if (error instanceof InputError) throw notFound(`conversation ${input.conversationId}`);
    throw error;
  }
}

/** State a recorded outcome sets: stage won or lost, not stalled, and the model's win probability for it. */
function closedState(outcome: Outcome | null): { stage: Stage; stalled: boolean; winProbability: number } | null {
  return outcome ? { stage: outcome.result, stalled: false, winProbability: WIN_MODEL[outcome.result] } : null;
}

function pipelineRow(analysis: ConversationAnalysis, outcome: Outcome | null, accountId: string | null): PipelineRow {
  const closed = closedState(outcome);
  return {
    id: analysis.id,
    accountId: accountId ?? analysis.accountId,
    stage: closed?.stage ?? analysis.stage,
    stalled: closed?.stalled ?? analysis.stalled,
    winProbability: closed?.winProbability ?? analysis.winProbability,
    channels: analysis.channels,
    archetype: analysis.archetype.id,
    scores: analysis.scores,
    outcome: outcome ? { result: outcome.result, decidedAt: outcome.decidedAt } : null,
  };
}

/** Orders ids by code point, so the order does not depend on the machine's locale. */
function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

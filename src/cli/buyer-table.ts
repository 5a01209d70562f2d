import type { ConversationAnalysis } from '../core/types.js';
import { hasBuyerMessage } from '../analytics/index.js';
import { plural } from '../core/text.js';
import { collect, type AnalyzeReport, type RunSummary } from '../pipeline/analyze-run.js';

interface Column {
  header: string;
  align: 'left' | 'right';
  max: number;
}

const COLUMNS: Column[] = [
  { header: '#', align: 'right', max: 4 },
  { header: 'Buyer', align: 'left', max: 24 },
  { header: 'Channel', align: 'left', max: 14 },
  { header: 'Stage', align: 'left', max: 13 },
  { header: 'Stalled', align: 'left', max: 7 },
  { header: 'Archetype', align: 'left', max: 26 },
  { header: 'Win', align: 'right', max: 4 },
  { header: 'Int', align: 'right', max: 3 },
  { header: 'Urg', align: 'right', max: 3 },
  { header: 'Fric', align: 'right', max: 4 },
  { header: 'Mom', align: 'right', max: 3 },
  { header: 'Next action', align: 'left', max: 70 },
];

/** Rows the buyer table shows when the caller sets no limit. */
export const DEFAULT_TABLE_ROWS = 100;

/**
 * Renders the ranked buyer table: one row per conversation, highest win
 * probability first, with the top recommended action and its reason; the
 * first `limit` conversations, then the run summary.
 */
export async function renderBuyerTable(report: AnalyzeReport, limit = DEFAULT_TABLE_ROWS): Promise<string> {
  const conversations = await collect(report.results.conversations(limit));
  const accountIds = conversations.flatMap((c) => (c.accountId ? [c.accountId] : []));
  const accountName = new Map((await report.results.accountsById(accountIds)).map((a) => [a.id, a.name]));
  const rows = conversations.map((c, index) => {
    const action = c.actions[0];
    return [
      String(index + 1),
      (c.accountId ? accountName.get(c.accountId) : null) ?? c.id,
      c.channels.join('+'),
      c.stageReached,
      c.stalled ? 'yes' : '',
      archetypeCell(c),
      `${Math.round(c.winProbability * 100)}%`,
      String(c.scores.intent),
      String(c.scores.urgency),
      String(c.scores.friction),
      String(c.scores.momentum),
      action ? `${action.type}: ${action.reason}` : '-',
    ];
  });
  const hidden = report.summary.conversations - conversations.length;
  const more = hidden > 0 ? [`… and ${hidden} more conversations (raise --limit, or see --json)`] : [];
  return [formatRows([COLUMNS.map((c) => c.header), ...rows]), ...more, await summaryLine(report)].join('\n') + '\n';
}

/** Shows the buyer type, or "no buyer message" where the buyer has not written, since the type is then the prior alone. */
function archetypeCell(conversation: ConversationAnalysis): string {
  if (!hasBuyerMessage(conversation)) return 'no buyer message';
  return `${conversation.archetype.id} (${Math.round(conversation.archetype.confidence * 100)}%)`;
}

function formatRows(rows: string[][]): string {
  const widths = COLUMNS.map((column, i) =>
    Math.min(column.max, Math.max(...rows.map((row) => [...(row[i] ?? '')].length))),
  );
  return rows
    .map((row) =>
      row
        .map((cell, i) => fit(cell, widths[i] ?? 0, COLUMNS[i]?.align ?? 'left'))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Pads or cuts a cell to `width` characters (code points), marking a cut with "…". */
function fit(cell: string, width: number, align: 'left' | 'right'): string {
  const chars = [...cell.replace(/\s+/g, ' ')];
  const text = chars.length > width ? chars.slice(0, width - 1).join('') + '…' : chars.join('');
  const pad = ' '.repeat(width - [...text].length);
  return align === 'right' ? pad + text : text + pad;
}

/** Summarizes the run: counts per outcome and the quarantined sources with reasons. */
export async function summaryLine(report: AnalyzeReport): Promise<string> {
  const s = report.summary;
  const lines = [
    `\n${plural(s.conversations, 'conversation')}; ${plural(s.read, 'message')} read, ${s.stored} new, ` +
      `${s.duplicate} already stored or repeated, ${s.updated} updated, ${s.quarantined} quarantined.`,
  ];
  const automated = automatedLine(s);
  if (automated) lines.push(automated);
  lines.push(...sourceLines(report));
  for await (const item of report.results.quarantine(MAX_QUARANTINE_LINES)) {
    lines.push(`  quarantined ${item.source}: ${item.reason}`);
  }
  if (s.quarantined > MAX_QUARANTINE_LINES) {
    lines.push(`  … and ${s.quarantined - MAX_QUARANTINE_LINES} more (see --json or the quarantine table)`);
  }
  return lines.join('\n');
}

/**
 * Returns the line that counts the messages read that were machine-sent and
 * left out of the buyer conversations, or null when none were. When the run
 * has no conversation because every message was machine-sent, the line
 * gives that as the reason.
 */
function automatedLine(summary: RunSummary): string | null {
  const { automated, read, conversations } = summary;
  if (automated === 0) return null;
  const kinds = 'bounces, auto-replies, newsletters or spam';
  if (automated === read && conversations === 0) {
    const subject = read === 1 ? 'The 1 message read was' : `All ${read} messages read were`;
    return `${subject} machine-sent (${kinds}) and left out, so no buyer conversation remains.`;
  }
  const verb = automated === 1 ? 'was' : 'were';
  return `${automated} of the ${read} messages read ${verb} machine-sent (${kinds}) and left out of the buyer conversations.`;
}

/** Quarantined records listed under the summary line at most. */
const MAX_QUARANTINE_LINES = 20;

/** Sources listed under the summary line at most; the JSON output has them all. */
const MAX_SOURCE_LINES = 20;
/** Up to this many sources, every one gets a line; above it, sources whose messages were all new or all repeats are counted. */
const ALL_SOURCES_UP_TO = 5;

type SourceCounts = AnalyzeReport['summary']['sources'][number];

/** Outcome shared by every message of a source, or null for a source with mixed outcomes, quarantine or nothing read. */
function uniformOutcome(source: SourceCounts): 'new' | 'repeated' | null {
  if (source.read === 0 || source.updated > 0 || source.quarantined > 0) return null;
  if (source.stored === source.read) return 'new';
  if (source.duplicate === source.read) return 'repeated';
  return null;
}

/**
 * Lists the counts per source file when the run read more than one. A run
 * over many files lists only the files with mixed outcomes, updates,
 * quarantine or nothing read. Files whose messages were all new or all
 * repeats are counted in one line each, so 30 fresh exports give one line.
 */
function sourceLines(report: AnalyzeReport): string[] {
  const sources = report.summary.sources;
  if (sources.length < 2) return [];
  const listed = sources.length <= ALL_SOURCES_UP_TO ? sources : sources.filter((s) => uniformOutcome(s) === null);
  const lines = listed
    .slice(0, MAX_SOURCE_LINES)
    .map(
      (s) =>
        `  ${s.source}: ${s.read} read, ${s.stored} new, ${s.duplicate} already stored or repeated, ` +
        `${s.updated} updated, ${s.quarantined} quarantined`,
    );
  if (listed.length > MAX_SOURCE_LINES) {
    lines.push(`  … and ${listed.length - MAX_SOURCE_LINES} more sources (see summary.sources in --json)`);
  }
  if (listed !== sources) {
    const allNew = sources.filter((s) => uniformOutcome(s) === 'new').length;
    const allRepeated = sources.filter((s) => uniformOutcome(s) === 'repeated').length;
    if (allNew > 0) lines.push(`  ${plural(allNew, 'source')}: every message new`);
    if (allRepeated > 0) lines.push(`  ${plural(allRepeated, 'source')}: every message already stored or repeated`);
  }
  return lines;
}

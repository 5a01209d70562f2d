import type pg from 'pg';
import type { ConversationBuyers, Sender } from '../core/types.js';
import { inTransaction, toCount, type Queryable } from './pg-db.js';
import type {
  DirectionChanges,
  RunBuyerInputs,
  RunConversation,
  RunJournal,
  RunMessageEntry,
  RunSeller,
} from './run-journal.js';

/** Tables of the run journal, each with the owner id of the store that wrote its rows. */
export const RUN_JOURNAL_TABLES = ['run_messages', 'run_conversation_sellers', 'run_participants'];

/** Rows of `run_messages` whose stored message has another direction than the decided one, for the owner `$1`. */
const CHANGED_MESSAGES = `
  run_messages AS run JOIN messages AS stored ON stored.id = run.message_id
  WHERE run.owner = $1 AND run.final_direction <> stored.direction`;

interface ParticipantRow {
  conversation_id: string;
  participant: string;
  source: string;
  conversations: number;
}

/**
 * The run journal in the schema's run tables, limited to the rows of one
 * store (`owner`). `participant` is a sender key, or '' for an anonymous
 * sender. `seller` is '' when no seller is decided. An anonymous sender is
 * always inbound, as in `decideDirections`: a seller is a named sender.
 * `final_direction` stays null where the source states the direction.
 */
export class PgRunJournal implements RunJournal {
  constructor(
    private readonly pool: pg.Pool,
    private readonly reads: Queryable,
    private readonly owner: string,
  ) {}

  async clear(): Promise<void> {
    await inTransaction(this.pool, 'clear the run journal', async (client) => {
      for (const table of RUN_JOURNAL_TABLES) await client.query(`DELETE FROM ${table} WHERE owner = $1`, [this.owner]);
    });
  }

  async record(entries: RunMessageEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await inTransaction(this.pool, `record ${entries.length} messages in the run journal`, async (client) => {
      await client.query(
        `INSERT INTO run_messages (owner, message_id, conversation_id, participant, sent_at_ms, position, source, file,
           recipients_json, stated_direction, write_outcome)
         SELECT $1, entry.* FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::text[], $8::text[],
           $9::text[], $10::boolean[], $11::text[]) AS entry`,
        [
          this.owner,
          entries.map((entry) => entry.messageId),
          entries.map((entry) => entry.conversationId),
          entries.map((entry) => entry.participant ?? ''),
          entries.map((entry) => entry.sentAtMs),
          entries.map((entry) => entry.position),
          entries.map((entry) => entry.source),
          entries.map((entry) => entry.file),
          entries.map((entry) => JSON.stringify(entry.recipients)),
          entries.map((entry) => entry.statedDirection),
          entries.map((entry) => entry.write),
        ],
      );
      // The first record of a conversation copies its stored buyers, so they can be rebuilt from their state before the run.
      await client.query(
        `INSERT INTO run_conversation_sellers (owner, conversation_id, buyers_before_json, label_before)
         SELECT $1, run.id, buyers.buyers_json, buyers.label
         FROM unnest($2::text[]) AS run (id) LEFT JOIN conversation_buyers AS buyers ON buyers.conversation_id = run.id
         ON CONFLICT (owner, conversation_id) DO NOTHING`,
        [this.owner, [...new Set(entries.map((entry) => entry.conversationId))]],
      );
    });
  }

  async loadRecorded(ids: string[]): Promise<Set<string>> {
    const rows = (
      await this.reads.query<{ message_id: string }>(
        'SELECT message_id FROM run_messages WHERE owner = $1 AND message_id = ANY($2::text[])',
        [this.owner, [...new Set(ids)]],
      )
    ).rows;
    const found = new Set(rows.map((row) => row.message_id));
    return new Set(ids.filter((id) => found.has(id)));
  }

  async countParticipants(): Promise<void> {
    await inTransaction(this.pool, 'count the run\'s participants', async (client) => {
      await client.query('DELETE FROM run_participants WHERE owner = $1', [this.owner]);
      await client.query(
        `INSERT INTO run_participants (owner, participant, conversations)
         SELECT $1, participant, count(DISTINCT conversation_id) FROM run_messages
         WHERE owner = $1 AND participant <> '' GROUP BY participant`,
        [this.owner],
      );
    });
  }

  async loadConversations(after: string | null, limit: number): Promise<RunConversation[]> {
    const ids = (
      await this.reads.query<{ conversation_id: string }>(
        'SELECT conversation_id FROM run_conversation_sellers WHERE owner = $1 AND conversation_id > $2 ORDER BY 1 LIMIT $3',
        [this.owner, after ?? '', limit],
      )
    ).rows.map((row) => row.conversation_id);
    const first = ids[0];
    const last = ids[ids.length - 1];
    if (first === undefined || last === undefined) return [];
    // Each participant's first message, in the order of the conversation.
    const rows = (
      await this.reads.query<ParticipantRow>(
        `SELECT firsts.conversation_id, firsts.participant, firsts.source, coalesce(counted.conversations, 0) AS conversations
         FROM (
           SELECT conversation_id, participant, source, sent_at_ms, position,
                  row_number() OVER (PARTITION BY conversation_id, participant ORDER BY sent_at_ms, position) AS nth
           FROM run_messages WHERE owner = $1 AND conversation_id BETWEEN $2 AND $3
         ) AS firsts
         LEFT JOIN run_participants AS counted ON counted.owner = $1 AND counted.participant = firsts.participant
         WHERE firsts.nth = 1
         ORDER BY firsts.conversation_id, firsts.sent_at_ms, firsts.position`,
        [this.owner, first, last],
      )
    ).rows;
    const byId = new Map<string, RunConversation>(
      ids.map((id) => [id, { conversationId: id, keys: [], firstSource: undefined, conversationsOf: new Map() }]),
    );
    for (const row of rows) {
      const conversation = byId.get(row.conversation_id);
      if (!conversation) continue;
      conversation.firstSource ??= row.source;
      conversation.keys.push(row.participant === '' ? null : row.participant);
      if (row.participant !== '') conversation.conversationsOf.set(row.participant, row.conversations);
    }
    return [...byId.values()];
  }

  async saveSellers(sellers: RunSeller[]): Promise<void> {
    if (sellers.length === 0) return;
    await inTransaction(this.pool, `store the sellers of ${sellers.length} conversations`, async (client) => {
      // Of two sellers of one conversation the later one is kept, as with one UPDATE per seller.
      const latest = new Map(sellers.map((seller) => [seller.conversationId, seller.sellerKey ?? '']));
      await client.query(
        `UPDATE run_conversation_sellers AS sellers SET seller = decided.seller
         FROM unnest($2::text[], $3::text[]) AS decided (conversation_id, seller)
         WHERE sellers.owner = $1 AND sellers.conversation_id = decided.conversation_id`,
        [this.owner, [...latest.keys()], [...latest.values()]],
      );
    });
  }

  async applyDirections(): Promise<DirectionChanges> {
    return inTransaction(this.pool, 'apply the run\'s directions', async (client) => {
      await client.query(
        `UPDATE run_messages AS run SET final_direction = CASE WHEN run.participant <> '' AND run.participant = (
           SELECT seller FROM run_conversation_sellers AS sellers
           WHERE sellers.owner = run.owner AND sellers.conversation_id = run.conversation_id
         ) THEN 'outbound' ELSE 'inbound' END
         WHERE run.owner = $1 AND NOT run.stated_direction`,
        [this.owner],
      );
      await client.query(
        `UPDATE run_conversation_sellers SET direction_changed = true
         WHERE owner = $1 AND conversation_id IN (SELECT run.conversation_id FROM ${CHANGED_MESSAGES})`,
        [this.owner],
      );
      const unchanged = await client.query<{ file: string; n: string }>(
        `SELECT run.file, count(*) AS n FROM ${CHANGED_MESSAGES} AND run.write_outcome = 'unchanged' GROUP BY run.file`,
        [this.owner],
      );
      const update = await client.query(
        `UPDATE messages AS stored SET direction = run.final_direction
         FROM run_messages AS run
         WHERE run.owner = $1 AND run.message_id = stored.id AND run.final_direction <> stored.direction`,
        [this.owner],
      );
      return {
        messages: update.rowCount ?? 0,
        unchangedByFile: new Map(unchanged.rows.map((row) => [row.file, toCount(row.n)])),
      };
    });
  }

  async loadChangedConversations(after: string | null, limit: number): Promise<string[]> {
    const rows = await this.reads.query<{ conversation_id: string }>(
      `SELECT conversation_id FROM run_conversation_sellers
       WHERE owner = $1 AND direction_changed AND conversation_id > $2 ORDER BY 1 LIMIT $3`,
      [this.owner, after ?? '', limit],
    );
    return rows.rows.map((row) => row.conversation_id);
  }

  async loadBuyerInputs(conversationIds: string[]): Promise<RunBuyerInputs> {
    const inputs: RunBuyerInputs = { recipientsOf: new Map(), buyersBefore: new Map() };
    if (conversationIds.length === 0) return inputs;
    const unique = [...new Set(conversationIds)];
    const recipients = await this.reads.query<{ message_id: string; recipients_json: string }>(
      `SELECT run.message_id, run.recipients_json
       FROM unnest($2::text[]) WITH ORDINALITY AS wanted (id, position)
       JOIN run_messages AS run ON run.owner = $1 AND run.conversation_id = wanted.id
       ORDER BY wanted.position, run.sent_at_ms, run.position`,
      [this.owner, unique],
    );
    for (const row of recipients.rows) inputs.recipientsOf.set(row.message_id, JSON.parse(row.recipients_json) as Sender[]);
    const before = await this.reads.query<{ conversation_id: string; buyers_before_json: string; label_before: string | null }>(
      `SELECT conversation_id, buyers_before_json, label_before FROM run_conversation_sellers
       WHERE owner = $1 AND conversation_id = ANY($2::text[]) AND buyers_before_json IS NOT NULL`,
      [this.owner, unique],
    );
    const stored = new Map(before.rows.map((row) => [row.conversation_id, row]));
    for (const conversationId of unique) {
      const row = stored.get(conversationId);
      if (!row) continue;
      const buyers = JSON.parse(row.buyers_before_json) as ConversationBuyers['buyers'];
      inputs.buyersBefore.set(conversationId, { conversationId, buyers, label: row.label_before });
    }
    return inputs;
  }
}

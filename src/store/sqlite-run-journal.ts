import type Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import type { ConversationBuyers, Sender } from '../core/types.js';
import type {
  DirectionChanges,
  RunBuyerInputs,
  RunConversation,
  RunJournal,
  RunMessageEntry,
  RunSeller,
} from './run-journal.js';

/**
 * Temporary tables of the run journal. `participant` is a sender key, or ''
 * for an anonymous sender. `seller` is '' when no seller is decided. An
 * anonymous sender is always inbound, as in `decideDirections`: a seller is
 * a named sender. `final_direction` stays null where the source states
 * the direction.
 */
const SCHEMA = `
  CREATE TEMP TABLE IF NOT EXISTS run_messages (
    message_id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    participant TEXT NOT NULL,
    sent_at_ms INTEGER NOT NULL,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    file TEXT NOT NULL,
    recipients_json TEXT NOT NULL,
    stated_direction INTEGER NOT NULL,
    write_outcome TEXT NOT NULL,
    final_direction TEXT
  );
  CREATE INDEX IF NOT EXISTS temp.run_messages_conversation ON run_messages (conversation_id, sent_at_ms, position);
  CREATE INDEX IF NOT EXISTS temp.run_messages_participant ON run_messages (participant, conversation_id);
  CREATE TEMP TABLE IF NOT EXISTS run_conversation_sellers (
    conversation_id TEXT PRIMARY KEY,
    buyers_before_json TEXT,
    label_before TEXT,
    seller TEXT,
    direction_changed INTEGER NOT NULL DEFAULT 0
  );
  CREATE TEMP TABLE IF NOT EXISTS run_participants (
    participant TEXT PRIMARY KEY,
    conversations INTEGER NOT NULL
  );
`;

/** Rows of `run_messages` whose stored message has another direction than the decided one. */
const CHANGED_MESSAGES = `
  temp.run_messages AS run JOIN main.messages AS stored ON stored.id = run.message_id
  WHERE run.final_direction <> stored.direction`;

interface ParticipantRow {
  conversationId: string;
  participant: string;
  source: string;
  conversations: number;
}

/** The run journal in temporary tables of one SQLite connection. */
export class SqliteRunJournal implements RunJournal {
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    db.exec(SCHEMA);
  }

  async clear(): Promise<void> {
    this.db.exec(`
      DELETE FROM temp.run_messages;
      DELETE FROM temp.run_conversation_sellers;
      DELETE FROM temp.run_participants;
    `);
  }

  async record(entries: RunMessageEntry[]): Promise<void> {
    const insertMessage = this.db.prepare(
      `INSERT INTO temp.run_messages (message_id, conversation_id, participant, sent_at_ms, position, source, file,
         recipients_json, stated_direction, write_outcome)
       VALUES (@messageId, @conversationId, @participant, @sentAtMs, @position, @source, @file, @recipients, @stated, @write)`,
    );
    const insertConversation = this.db.prepare(
      `INSERT OR IGNORE INTO temp.run_conversation_sellers (conversation_id, buyers_before_json, label_before)
       VALUES (@id, (SELECT buyers_json FROM main.conversation_buyers WHERE conversation_id = @id),
                    (SELECT label FROM main.conversation_buyers WHERE conversation_id = @id))`,
    );
    this.write(`record ${entries.length} messages in the run journal`, () => {
      for (const entry of entries) {
        insertMessage.run({
          messageId: entry.messageId,
          conversationId: entry.conversationId,
          participant: entry.participant ?? '',
          sentAtMs: entry.sentAtMs,
          position: entry.position,
          source: entry.source,
          file: entry.file,
          recipients: JSON.stringify(entry.recipients),
          stated: entry.statedDirection ? 1 : 0,
          write: entry.write,
        });
        insertConversation.run({ id: entry.conversationId });
      }
    });
  }

  async loadRecorded(ids: string[]): Promise<Set<string>> {
    const select = this.db.prepare('SELECT 1 FROM temp.run_messages WHERE message_id = ?').pluck();
    return new Set(ids.filter((id) => select.get(id) !== undefined));
  }

  async countParticipants(): Promise<void> {
    this.write('count the run\'s participants', () => {
      this.db.exec(`
        DELETE FROM temp.run_participants;
        INSERT INTO temp.run_participants (participant, conversations)
          SELECT participant, count(DISTINCT conversation_id) FROM temp.run_messages
          WHERE participant <> '' GROUP BY participant;
      `);
    });
  }

  async loadConversations(after: string | null, limit: number): Promise<RunConversation[]> {
    const ids = this.db
      .prepare('SELECT conversation_id FROM temp.run_conversation_sellers WHERE conversation_id > ? ORDER BY 1 LIMIT ?')
      .pluck()
      .all(after ?? '', limit) as string[];
    const first = ids[0];
    const last = ids[ids.length - 1];
    if (first === undefined || last === undefined) return [];
    // Each participant's first message, in the order of the conversation.
    const rows = this.db
      .prepare(
        `SELECT firsts.conversation_id AS conversationId, firsts.participant, firsts.source,
                coalesce(counted.conversations, 0) AS conversations
         FROM (
           SELECT conversation_id, participant, source, sent_at_ms, position,
                  row_number() OVER (PARTITION BY conversation_id, participant ORDER BY sent_at_ms, position) AS nth
           FROM temp.run_messages WHERE conversation_id BETWEEN ? AND ?
         ) AS firsts
         LEFT JOIN temp.run_participants AS counted ON counted.participant = firsts.participant
         WHERE firsts.nth = 1
         ORDER BY firsts.conversation_id, firsts.sent_at_ms, firsts.position`,
      )
      .all(first, last) as ParticipantRow[];
    const byId = new Map<string, RunConversation>(
      ids.map((id) => [id, { conversationId: id, keys: [], firstSource: undefined, conversationsOf: new Map() }]),
    );
    for (const row of rows) {
      const conversation = byId.get(row.conversationId);
      if (!conversation) continue;
      conversation.firstSource ??= row.source;
      conversation.keys.push(row.participant === '' ? null : row.participant);
      if (row.participant !== '') conversation.conversationsOf.set(row.participant, row.conversations);
    }
    return [...byId.values()];
  }

  async saveSellers(sellers: RunSeller[]): Promise<void> {
    const update = this.db.prepare('UPDATE temp.run_conversation_sellers SET seller = ? WHERE conversation_id = ?');
    this.write(`store the sellers of ${sellers.length} conversations`, () => {
      for (const seller of sellers) update.run(seller.sellerKey ?? '', seller.conversationId);
    });
  }

  async applyDirections(): Promise<DirectionChanges> {
    let result: DirectionChanges = { messages: 0, unchangedByFile: new Map() };
    this.write('apply the run\'s directions', () => {
      this.db.exec(`
        UPDATE temp.run_messages SET final_direction = CASE WHEN participant <> '' AND participant = (
          SELECT seller FROM temp.run_conversation_sellers AS sellers
          WHERE sellers.conversation_id = run_messages.conversation_id
        ) THEN 'outbound' ELSE 'inbound' END
        WHERE stated_direction = 0;
        UPDATE temp.run_conversation_sellers SET direction_changed = 1
        WHERE conversation_id IN (SELECT run.conversation_id FROM ${CHANGED_MESSAGES});
      `);
      const unchanged = this.db
        .prepare(`SELECT run.file, count(*) AS n FROM ${CHANGED_MESSAGES} AND run.write_outcome = 'unchanged' GROUP BY run.file`)
        .all() as { file: string; n: number }[];
      const update = this.db
        .prepare(
          `UPDATE main.messages SET direction = (
             SELECT final_direction FROM temp.run_messages WHERE run_messages.message_id = messages.id
           )
           WHERE id IN (SELECT run.message_id FROM ${CHANGED_MESSAGES})`,
        )
        .run();
      result = { messages: update.changes, unchangedByFile: new Map(unchanged.map((row) => [row.file, row.n])) };
    });
    return result;
  }

  async loadChangedConversations(after: string | null, limit: number): Promise<string[]> {
    return this.db
      .prepare(
        `SELECT conversation_id FROM temp.run_conversation_sellers
         WHERE direction_changed = 1 AND conversation_id > ? ORDER BY 1 LIMIT ?`,
      )
      .pluck()
      .all(after ?? '', limit) as string[];
  }

  async loadBuyerInputs(conversationIds: string[]): Promise<RunBuyerInputs> {
    const recipients = this.db.prepare('SELECT message_id, recipients_json FROM temp.run_messages WHERE conversation_id = ?');
    const before = this.db.prepare(
      `SELECT buyers_before_json, label_before FROM temp.run_conversation_sellers
       WHERE conversation_id = ? AND buyers_before_json IS NOT NULL`,
    );
    const inputs: RunBuyerInputs = { recipientsOf: new Map(), buyersBefore: new Map() };
    for (const conversationId of conversationIds) {
      for (const row of recipients.all(conversationId) as { message_id: string; recipients_json: string }[]) {
        inputs.recipientsOf.set(row.message_id, JSON.parse(row.recipients_json) as Sender[]);
      }
      const stored = before.get(conversationId) as { buyers_before_json: string; label_before: string | null } | undefined;
      if (!stored) continue;
      const buyers = JSON.parse(stored.buyers_before_json) as ConversationBuyers['buyers'];
      inputs.buyersBefore.set(conversationId, { conversationId, buyers, label: stored.label_before });
    }
    return inputs;
  }

  /** Runs `work` in one transaction, turning a database failure into a StorageError that names what failed. */
  private write(what: string, work: () => void): void {
    try {
      this.db.transaction(work)();
    } catch (error) {
      throw new StorageError(`failed to ${what}: ${errorMessage(error)}`, { cause: error });
    }
  }
}

/**
 * SQLite schema migrations, applied in order and recorded in
 * `schema_migrations`. Never edit a released migration: add a new one.
 * JSON columns keep the public contract shapes verbatim.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    sender_json TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    sent_at_utc TEXT,
    text TEXT NOT NULL,
    raw_text TEXT NOT NULL,
    attachments_json TEXT NOT NULL,
    language TEXT,
    language_confidence REAL,
    subject TEXT,
    source TEXT NOT NULL,
    automated INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX messages_conversation ON messages (conversation_id, sent_at_utc);

  CREATE TABLE message_analyses (
    message_id TEXT PRIMARY KEY REFERENCES messages (id),
    analysis_json TEXT NOT NULL
  );

  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    domain TEXT,
    account_json TEXT NOT NULL
  );

  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    account_id TEXT,
    last_message_id TEXT NOT NULL,
    analysis_json TEXT NOT NULL
  );

  CREATE TABLE quarantine (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    raw TEXT
  );
  `,
  // Accounts across runs. Each conversation's buyers are the source of truth,
  // and every run regroups them. `identities` maps each identity seen in a
  // conversation to the conversation's current account. `account_overrides`
  // keeps the manual merges and splits in the order they were made.
  `
  CREATE TABLE conversation_buyers (
    conversation_id TEXT PRIMARY KEY,
    buyers_json TEXT NOT NULL,
    label TEXT
  );

  CREATE TABLE identities (
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'domain', 'handle')),
    value TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    PRIMARY KEY (kind, value, conversation_id)
  );
  CREATE INDEX identities_account ON identities (account_id);

  CREATE TABLE account_overrides (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    conversation_ids_json TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
  // Email threading across batches and runs: every key a thread is found
  // by (a Message-ID, a referenced Message-ID, a subject with its
  // participants) points to the conversation id it was first given.
  `
  CREATE TABLE thread_keys (
    key TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL
  );
  `,
  // Accounts regrouped one connected set of conversations at a time: each
  // conversation's account is kept in its own table, and identities are
  // found by conversation as well as by value.
  `
  CREATE TABLE account_members (
    conversation_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL
  );
  CREATE INDEX account_members_account ON account_members (account_id);
  CREATE INDEX identities_conversation ON identities (conversation_id);
  INSERT OR IGNORE INTO account_members (conversation_id, account_id)
    SELECT member.value, accounts.id FROM accounts, json_each(accounts.account_json, '$.conversationIds') AS member;
  `,
  // State history and outcomes. Each conversation's states and changes are
  // replaced as a whole when it is analyzed again; `seq` keeps their order.
  // One outcome per conversation, and at most one fitted win model (id 1).
  `
  CREATE TABLE state_snapshots (
    conversation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    message_id TEXT NOT NULL,
    snapshot_json TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  );

  CREATE TABLE state_changes (
    conversation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    message_id TEXT NOT NULL,
    field TEXT NOT NULL,
    change_json TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  );

  CREATE TABLE outcomes (
    conversation_id TEXT PRIMARY KEY,
    result TEXT NOT NULL CHECK (result IN ('won', 'lost')),
    decided_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('manual', 'csv')),
    note TEXT
  );

  CREATE TABLE win_model (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    model_json TEXT NOT NULL
  );
  `,
];

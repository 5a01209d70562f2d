/** Opens the automation tables of a storage target: a SQLite file or a PostgreSQL schema. */
import type { Logger } from 'pino';
import type { StorageTarget } from '../store/target.js';
import type { AutomationStore } from './automation-store.js';
import { PgAutomationStore } from './pg-automation-store.js';
import { SqliteAutomationStore } from './sqlite-automation-store.js';

/** Opens (creating the tables when needed) the automation store at `target`. */
export async function openAutomationStore(target: StorageTarget, logger: Logger): Promise<AutomationStore> {
  if (target.kind === 'sqlite') return SqliteAutomationStore.open(target.path);
  return PgAutomationStore.open(target.url, target.schema, logger);
}

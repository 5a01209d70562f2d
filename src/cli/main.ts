#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { ConfigError, InputError, errorMessage } from '../core/errors.js';
import { createLogger } from '../core/log.js';
import { fitCommand } from './fit-command.js';
import { FIT_STORE } from './fit-store.js';
import { parseAsOf, parseDay, parseLimit, parseUtcOffset, parseWorkers } from './options.js';
import { parseByteCount, parsePort } from './serve-options.js';

const logger = createLogger();
const program = new Command();

// A reader that stops early (`parley signals file | head`) closes the pipe. That ends the output, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** The package version, from package.json two folders up in both src/cli and dist/cli. */
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

// Commands load their modules on first use, so `parley --help` starts fast.
program
  .name('parley')
  .description('Reads buyer conversations and turns them into explainable behavioral data.')
  .version(VERSION)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

program
  .command('analyze')
  .description('analyze WhatsApp exports (.txt, .zip), email (.eml, .mbox) and canonical .jsonl files or folders')
  .argument('<paths...>', 'files or folders to read; formats are detected from content')
  .option('--db <path>', 'SQLite database file to store messages and analyses in, or a postgres:// URL (?schema=NAME, default public)', 'parley.db')
  .option('--json', 'write the conversation-analysis JSON document instead of the table', false)
  .option('--as-of <date>', 'the time taken as "now" for stalls and due times (ISO 8601)', parseAsOf)
  .option('--config <file>', 'seller config naming the team\'s domains, emails, names and phones (default: ./parley.config.json if present)')
  .addOption(
    new Option('--utc-offset <offset>', 'UTC offset of WhatsApp export times, which carry none (±HH:MM or minutes)').argParser(parseUtcOffset),
  )
  .option('--limit <rows>', 'rows of the buyer table, highest win probability first (default 100; --json has every conversation)', parseLimit)
  .option('--catalog <file>', 'product catalog CSV (sku,name[,category,keywords,moq,price,currency,certifications]) for product fit')
  .option('--no-progress', 'do not draw the progress bar on stderr')
  .action(async (paths: string[], options) => {
    const { analyzeCommand } = await import('./analyze-command.js');
    await analyzeCommand(paths, options, logger);
  });

program
  .command('signals')
  .description('read JSON Lines messages ({"id","text"} plus optional sentAt, channel, language) and write one analysis per line')
  .argument('[file]', 'JSON Lines file; reads stdin when omitted or "-"')
  .option('--workers <n>', 'threads that analyze (default: one per core up to 4 for files of 1 MiB or more, else 1)', parseWorkers)
  .action(async (file: string | undefined, options: { workers?: number }) => {
    const { signalsCommand } = await import('./signals-command.js');
    const failures = await signalsCommand(file, options);
    if (failures > 0) {
      const source = file === undefined || file === '-' ? 'stdin' : file;
      process.stderr.write(`parley signals: ${source}: ${failures} line(s) could not be read; see the "error" fields in the output\n`);
      process.exitCode = 1;
    }
  });

const accounts = program
  .command('accounts')
  .description('list the buyer accounts grouped across channels, and merge or split them by hand');

accounts
  .command('list')
  .description('list accounts with their contacts, identities and conversations')
  .option('--db <path>', 'SQLite database file that `parley analyze` wrote, or its postgres:// URL', 'parley.db')
  .option('--json', 'write {"accounts":[…]} as JSON instead of text', false)
  .action(async (options) => {
    const { listAccountsCommand } = await import('./accounts-command.js');
    await listAccountsCommand(options);
  });

accounts
  .command('merge')
  .description('merge two or more accounts into one; later runs keep them merged')
  .argument('<accountIds...>', 'ids of the accounts to merge, as `parley accounts list` shows them')
  .option('--db <path>', 'SQLite database file that `parley analyze` wrote, or its postgres:// URL', 'parley.db')
  .action(async (accountIds: string[], options) => {
    const { mergeAccountsCommand } = await import('./accounts-command.js');
    await mergeAccountsCommand(accountIds, options);
  });

accounts
  .command('split')
  .description('move one conversation out of an account into its own account; later runs keep it apart')
  .argument('<accountId>', 'id of the account that holds the conversation')
  .requiredOption('--conversation <conversationId>', 'id of the conversation to move out')
  .option('--db <path>', 'SQLite database file that `parley analyze` wrote, or its postgres:// URL', 'parley.db')
  .action(async (accountId: string, options) => {
    const { splitAccountCommand } = await import('./accounts-command.js');
    await splitAccountCommand(accountId, options.conversation, options);
  });

program
  .command('history')
  .description("show how a buyer's state changed, message by message, and why")
  .argument('<query>', 'a conversation id, or a buyer name, email address or phone number')
  .option('--db <path>', 'SQLite database file that `parley analyze` wrote, or its postgres:// URL', 'parley.db')
  .option('--json', 'write {"conversations":[…]} with every state and change as JSON', false)
  .action(async (query: string, options) => {
    const { historyCommand } = await import('./history-command.js');
    await historyCommand(query, options);
  });

const outcome = program
  .command('outcome')
  .description('record won and lost outcomes; they set the stage and win probability, and the win model is fitted to them');

outcome
  .command('set')
  .description('record that a conversation was won or lost; a later call replaces it')
  .argument('<conversationId>', 'id of the conversation, as `parley analyze --json` or `parley accounts list` shows it')
  .addArgument(new Argument('<result>', 'won or lost').choices(['won', 'lost']))
  .option('--date <yyyy-mm-dd>', 'day the deal was decided (default: today, UTC)', parseDay)
  .option('--note <text>', 'a note kept with the outcome')
  .option('--db <path>', 'SQLite database file that `parley analyze` wrote, or its postgres:// URL', 'parley.db')
  .action(async (conversationId: string, result: 'won' | 'lost', options) => {
    const { setOutcomeCommand } = await import('./outcome-command.js');
    await setOutcomeCommand(conversationId, result, options);
  });

outcome
  .command('import')
  .description('record outcomes from a CSV file with the header conversation_id,result,date[,note]')
  .argument('<file>', 'CSV file; bad rows are reported as FILE:LINE and skipped (exit code 1)')
  .option('--db <path>', 'SQLite database file that `parley analyze` wrote, or its postgres:// URL', 'parley.db')
  .action(async (file: string, options) => {
    const { importOutcomesCommand } = await import('./outcome-command.js');
    const bad = await importOutcomesCommand(file, options);
    if (bad > 0) process.exitCode = 1;
  });

outcome.addCommand(fitCommand(FIT_STORE));

const DATA_HELP = 'folder of the SQLite files: registry.db and workspaces/<id>.db (default: ./parley-data)';
const PG_HELP = 'PostgreSQL URL (postgres://user@host:5432/database) instead of --data: schema parley_registry and one schema ws_<id> per workspace';

program
  .command('serve')
  .description('run the HTTP API: ingestion, WhatsApp and form webhooks, queries and automations')
  .option('--data <dir>', DATA_HELP)
  .option('--db <url>', PG_HELP)
  .option('--config <file>', 'serve config: per workspace, the seller config, webhook secrets and automation rules')
  .option('--host <address>', 'address to listen on', '127.0.0.1')
  .option('--port <port>', 'TCP port to listen on; 0 picks a free one', parsePort, 8080)
  .option('--body-limit <bytes>', 'maximum request body in bytes, uploads included (default 10485760, 10 MiB)', parseByteCount)
  .action(async (options) => {
    const { serveCommand } = await import('./serve-command.js');
    await serveCommand(options, createLogger(process.env.PARLEY_LOG_LEVEL ?? 'info'));
  });

const workspace = program.command('workspace').description('create workspaces of `parley serve` and manage their API keys');

workspace
  .command('create')
  .description('create a workspace and print its first API key (shown only once)')
  .argument('<id>', 'workspace id: 1-40 lower-case letters, digits and "_", starting with a letter')
  .option('--name <name>', 'display name (default: the id)')
  .option('--data <dir>', DATA_HELP)
  .option('--db <url>', PG_HELP)
  .option('--json', 'write {"workspace":…,"key":…} as JSON', false)
  .action(async (id: string, options) => {
    const { createWorkspaceCommand } = await import('./workspace-command.js');
    await createWorkspaceCommand(id, options);
  });

workspace
  .command('list')
  .description('list workspaces with their key ids (secrets are never stored)')
  .option('--data <dir>', DATA_HELP)
  .option('--db <url>', PG_HELP)
  .option('--json', 'write {"workspaces":[…]} as JSON', false)
  .action(async (options) => {
    const { listWorkspacesCommand } = await import('./workspace-command.js');
    await listWorkspacesCommand(options);
  });

workspace
  .command('key')
  .description('issue another API key for a workspace and print it (shown only once)')
  .argument('<id>', 'workspace id')
  .option('--data <dir>', DATA_HELP)
  .option('--db <url>', PG_HELP)
  .option('--json', 'write {"key":…} as JSON', false)
  .action(async (id: string, options) => {
    const { issueKeyCommand } = await import('./workspace-command.js');
    await issueKeyCommand(id, options);
  });

workspace
  .command('revoke')
  .description('revoke an API key; requests with it get 401 from then on')
  .argument('<keyId>', 'public key id (pk_…), as `parley workspace list` shows it')
  .option('--data <dir>', DATA_HELP)
  .option('--db <url>', PG_HELP)
  .action(async (keyId: string, options) => {
    const { revokeKeyCommand } = await import('./workspace-command.js');
    await revokeKeyCommand(keyId, options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
  if (!(error instanceof CommanderError)) {
    // Commander has already printed its own usage errors.
    process.stderr.write(`parley: ${errorMessage(error)}\n`);
    logger.debug({ err: error }, 'command failed');
  }
}

/**
 * Maps an error to the exit status: 0 after --help or --version, 2 for
 * input the user can fix (invalid option, missing path, invalid config), 1 for
 * any other failure.
 */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  return error instanceof InputError || error instanceof ConfigError ? 2 : 1;
}

import { pino, type Logger } from 'pino';

/**
 * Creates the root logger. Logs go to stderr so that stdout stays clean for
 * tables, JSON and JSON Lines. The level comes from PARLEY_LOG_LEVEL
 * (default `warn`, so the engine stays quiet unless asked).
 */
export function createLogger(level = process.env.PARLEY_LOG_LEVEL ?? 'warn'): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}

/** A logger that drops everything, for library use and tests. */
export const silentLogger: Logger = pino({ level: 'silent' });

export type { Logger };

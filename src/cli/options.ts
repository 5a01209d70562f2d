import { existsSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { EMPTY_CONFIG, loadSellerConfig, type SellerConfig } from '../config/seller-config.js';
import { isCalendarDate, isCalendarDay } from '../pipeline/calendar-day.js';

/** The config file read when `--config` is not given and it exists in the working directory. */
export const DEFAULT_CONFIG_FILE = 'parley.config.json';

/** Parses `--as-of`: an ISO 8601 date or date-time. */
export function parseAsOf(value: string): Date {
  const date = new Date(value);
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!day || Number.isNaN(date.getTime()) || !isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]))) {
    throw new InvalidArgumentError(`invalid date "${value}": use ISO 8601, e.g. 2026-03-10 or 2026-03-10T09:00:00+04:00`);
  }
  return date;
}

/** Parses a `--date` day: yyyy-mm-dd that exists. */
export function parseDay(value: string): string {
  if (!isCalendarDate(value)) {
    throw new InvalidArgumentError(`invalid day "${value}": use yyyy-mm-dd, e.g. 2026-03-20`);
  }
  return value;
}

/** Parses `--limit`: a whole number of rows, at least 1. */
export function parseLimit(value: string): number {
  const rows = Number(value);
  if (!/^\d+$/.test(value) || rows < 1) {
    throw new InvalidArgumentError(`invalid row count "${value}": use a whole number of at least 1, e.g. 20`);
  }
  return rows;
}

/** Parses `--workers`: a whole number of analysis threads, 1 to 64. */
export function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!/^\d+$/.test(value) || workers < 1 || workers > 64) {
    throw new InvalidArgumentError(`invalid thread count "${value}": use a whole number from 1 to 64, e.g. 2`);
  }
  return workers;
}

/** Parses `--utc-offset`: minutes east of UTC, or ±HH:MM. */
export function parseUtcOffset(value: string): number {
  const hhmm = /^([+-])(\d{1,2}):?(\d{2})$/.exec(value);
  let minutes = Number(value);
  if (hhmm) {
    const sign = hhmm[1] === '-' ? -1 : 1;
    minutes = sign * (Number(hhmm[2]) * 60 + Number(hhmm[3]));
  }
  // Real UTC offsets run from -12:00 to +14:00.
  if (!Number.isInteger(minutes) || minutes < -12 * 60 || minutes > 14 * 60 || (hhmm && Number(hhmm[3]) >= 60)) {
    throw new InvalidArgumentError(`invalid UTC offset "${value}": use ±HH:MM (e.g. +04:00) or minutes (e.g. 240)`);
  }
  // Every real offset is a multiple of 15 minutes (+05:45, +08:45). A bare
  // small number such as 5 is more likely meant as hours, so it gets a hint.
  if (minutes % 15 !== 0) {
    const hint = Math.abs(minutes) <= 14 ? `; for ${minutes} hours use ${minutes < 0 ? '-' : '+'}${String(Math.abs(minutes)).padStart(2, '0')}:00` : '';
    throw new InvalidArgumentError(`invalid UTC offset "${value}": real offsets are whole quarter hours${hint}`);
  }
  return minutes;
}

/**
 * Loads the seller config from `--config`, else from ./parley.config.json
 * when present. Returns the empty config (direction by heuristics) otherwise.
 */
export function resolveConfig(path: string | undefined): { config: SellerConfig; path: string | null } {
  if (path) return { config: loadSellerConfig(path), path };
  if (existsSync(DEFAULT_CONFIG_FILE)) return { config: loadSellerConfig(DEFAULT_CONFIG_FILE), path: DEFAULT_CONFIG_FILE };
  return { config: EMPTY_CONFIG, path: null };
}

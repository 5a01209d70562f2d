/**
 * The `sentAt` field of an input message, shared by canonical files
 * (`parley analyze`) and `parley signals`, so both accept and reject the same
 * values.
 */
import { z } from 'zod';

/** A date with no time, read as the start of that day in local time, as date cells in CSV exports are. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The expected form of `sentAt`, quoted in error messages. */
export const SENT_AT_EXPECTED = 'expected an ISO 8601 time such as 2026-03-10T09:15:00+04:00 or a date such as 2026-03-10';

/** An ISO 8601 time with or without an offset, or a date alone, which becomes `T00:00:00` local time. */
export const sentAtSchema = z.preprocess(
  (value) => (typeof value === 'string' && DATE_ONLY.test(value) ? `${value}T00:00:00` : value),
  z.iso.datetime({ offset: true, local: true, error: SENT_AT_EXPECTED }),
);

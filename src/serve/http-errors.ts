/** HTTP errors of the API and the zod checks that raise them. */
import type { z } from 'zod';

/** An error with the HTTP status and machine-readable code the error handler sends. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Request field the error is about, as a dotted path such as `messages.0.sentAt`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Part of the request a value comes from, for the field names in 400 errors. */
export type RequestPart = 'body' | 'query' | 'params';

/**
 * Validates one part of a request. On failure, throws a 400 HttpError whose
 * message and `field` name the first invalid field (`query.limit`).
 */
export function parseRequest<T extends z.ZodType>(schema: T, value: unknown, part: RequestPart): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [part, ...(issue?.path ?? [])].map(String).join('.');
  throw new HttpError(400, 'invalid_request', `invalid field "${field}": ${issue?.message ?? 'invalid value'}`, field);
}

export function notFound(what: string): HttpError {
  return new HttpError(404, 'not_found', `${what} not found in this workspace`);
}

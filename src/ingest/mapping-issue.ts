import type { z } from 'zod';

/** Names the first failing field of a zod error as a dotted path, for quarantine reasons. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? '(record)' : issue.path.join('.');
  return { field, message: issue?.message ?? 'invalid' };
}

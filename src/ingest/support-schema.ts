import { z } from 'zod';

/** Ids may be numbers (Zendesk) or strings (other help desks); both become strings. */
const idSchema = z.union([z.string().min(1), z.number()]).transform(String);
const optionalText = z.string().nullish();
const timestamp = z.iso.datetime({ offset: true, local: true });

/** A requester, comment author or sideloaded user. */
export const personSchema = z.looseObject({
  id: idSchema.nullish(),
  name: optionalText,
  email: optionalText,
  phone: optionalText,
  /** Zendesk roles: `end-user`, `agent`, `admin`. */
  role: optionalText,
});
export type Person = z.infer<typeof personSchema>;

const attachmentSchema = z.looseObject({
  file_name: optionalText,
  name: optionalText,
  content_type: optionalText,
  size: z.number().int().nonnegative().nullish(),
});

/**
 * One ticket comment. `author` is an object, or the string "requester" or
 * "agent" in the simple shape; `author_id` refers to the `users` list.
 */
export const commentSchema = z
  .looseObject({
    id: idSchema.nullish(),
    author_id: idSchema.nullish(),
    author: z.union([personSchema, z.enum(['requester', 'agent'])]).nullish(),
    body: optionalText,
    plain_body: optionalText,
    html_body: optionalText,
    created_at: timestamp,
    public: z.boolean().nullish(),
    attachments: z.array(attachmentSchema).nullish(),
  })
  .refine((c) => Boolean(c.plain_body ?? c.body ?? c.html_body), { message: 'missing: a comment needs body, plain_body or html_body', path: ['body'] });
export type Comment = z.infer<typeof commentSchema>;

/** One ticket; comments are checked one by one so a bad comment does not drop the ticket. */
export const ticketSchema = z.looseObject({
  id: idSchema,
  subject: optionalText,
  description: optionalText,
  created_at: timestamp.nullish(),
  requester: personSchema.nullish(),
  requester_id: idSchema.nullish(),
  comments: z.array(z.unknown()).nullish(),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** A ticket export: `{tickets, users?}` (Zendesk-like) or a bare array of tickets. */
export const supportExportSchema = z.union([
  z.looseObject({ tickets: z.array(z.unknown()), users: z.array(z.unknown()).nullish() }),
  z.array(z.unknown()).transform((tickets) => ({ tickets, users: null })),
]);

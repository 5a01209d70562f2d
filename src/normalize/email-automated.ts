/** Detection of machine-sent e-mail: auto-replies, out-of-office notices, bounces, newsletters and spam. */
import { AUTOMATED_CUES_BY_LANGUAGE } from './email-automated-cues.js';
import { assessSpamContent } from './email-spam.js';

/** Input of `isAutomatedEmail`. Every field may be missing. */
export interface AutomatedEmailInput {
  /** Header fields by lower-case name, as mailparser's `headers` map or a plain record. */
  headers?: Map<string, unknown> | Record<string, unknown>;
  subject?: string | null;
  /** Sender address. */
  from?: string | null;
  body?: string | null;
}

const cues = Object.values(AUTOMATED_CUES_BY_LANGUAGE);
const SUBJECT_PREFIXES = new RegExp(
  `^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:(?:fwd?|re|aw|wg|tr)\\s*:\\s*)?(?:${cues.flatMap((cue) => cue.subjects).join('|')})`,
  'iu',
);
const OFFICE_BODY = new RegExp(`(?:${cues.flatMap((cue) => cue.outOfOffice).join('|')})`, 'iu');
/** MTA senders, and mailing-list robots by the majordomo and fml naming ("owner-list@", "list-admin@", "list-request@"). */
const BOUNCE_SENDERS = /^(?:mailer-daemon|postmaster|mail-daemon|no-?reply-bounce|bounces?|owner-[^@]+|[^@]+-(?:admin|request|owner|bounces))@/i;
/** Notification senders ("no-reply@", "noreply@", "donotreply@") write no buyer text. */
const NO_REPLY_SENDERS = /^(?:no-?reply|do-?not-?reply|donotreply)[-.+\w]*@/i;
/**
 * Machine-readable delivery report fields (RFC 3464 and RFC 5965) and the
 * opening lines of MTA bounce texts, looked for at the start of a line.
 */
const REPORT_BODY =
  /^(?:Reporting-MTA:|Final-Recipient:|Feedback-Type:|This is the mail system at host|The original message was received at|This message was created automatically by mail delivery software|Delivery to the following recipients? failed|Your message (?:did not reach|could not be delivered|wasn't delivered))/im;

/**
 * Decides whether an e-mail was sent by a machine. Any one of the cues
 * below is enough, except spam content, which needs several together.
 * Header cues: RFC 3834 `Auto-Submitted` other than `no`, `X-Autoreply`,
 * `X-Autorespond`, `X-Apple-Action`, `X-Failed-Recipients`, `Precedence` of
 * bulk, junk or auto_reply, `List-Unsubscribe` or `List-Id`, `X-Spam-Flag` or
 * `X-Spam-Status` of yes, and a report content type. Other cues: an
 * auto-reply or bounce subject (also behind one "Fwd:"), a mailer-daemon or
 * no-reply sender, delivery-report fields in the body, an out-of-office
 * sentence at the start of a short body, and spam or bulk content
 * (`assessSpamContent`).
 */
export function isAutomatedEmail(input: AutomatedEmailInput): boolean {
  const header = (name: string): string => headerText(input.headers, name).toLowerCase();
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted !== '' && !autoSubmitted.startsWith('no')) return true;
  const flagHeaders = ['x-autoreply', 'x-autorespond', 'x-apple-action', 'x-failed-recipients'];
  if (flagHeaders.some((name) => header(name) !== '')) return true;
  if (/^(bulk|junk|auto_reply)\b/.test(header('precedence'))) return true;
  // Newsletters and marketing mail usually carry an unsubscribe header (RFC 2369), and a spam filter may have marked the mail.
  if (isListMail(input.headers) || header('x-spam-flag').startsWith('yes') || header('x-spam-status').startsWith('yes')) return true;
  if (/multipart\/report|message\/delivery-status|message\/feedback-report/.test(header('content-type'))) return true;
  if (SUBJECT_PREFIXES.test(input.subject ?? '')) return true;
  const from = input.from ?? '';
  if (BOUNCE_SENDERS.test(from) || NO_REPLY_SENDERS.test(from)) return true;
  const body = input.body ?? '';
  if (REPORT_BODY.test(body.slice(0, 5000))) return true;
  if (body.length < 1500 && OFFICE_BODY.test(body.slice(0, 300))) return true;
  return assessSpamContent({ subject: input.subject ?? null, body, from }).spam;
}

/**
 * True for mail with a `List-Unsubscribe` or `List-Id` header (RFC 2369,
 * RFC 2919): newsletters and mailing-list posts. mailparser gathers the
 * `List-*` headers into one `list` object keyed by the rest of the name.
 */
function isListMail(headers: AutomatedEmailInput['headers']): boolean {
  if (headers === undefined) return false;
  if (headerText(headers, 'list-unsubscribe') !== '' || headerText(headers, 'list-id') !== '') return true;
  const list = headers instanceof Map ? headers.get('list') : headers['list'];
  return typeof list === 'object' && list !== null && ('unsubscribe' in list || 'id' in list);
}

function headerText(headers: AutomatedEmailInput['headers'], name: string): string {
  if (headers === undefined) return '';
  const value = headers instanceof Map ? headers.get(name) : headers[name];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(String).join(' ');
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
}

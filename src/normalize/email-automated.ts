/** Detection of machine-sent e-mail: auto-replies, out-of-office notices and bounces. */

/** Input of `isAutomatedEmail`. Every field may be missing. */
export interface AutomatedEmailInput {
  /** Header fields by lower-case name, as mailparser's `headers` map or a plain record. */
  headers?: Map<string, unknown> | Record<string, unknown>;
  subject?: string | null;
  /** Sender address. */
  from?: string | null;
  body?: string | null;
}

const SUBJECT_PREFIXES =
  /^\s*(?:\[[^\]]*\]\s*)?(out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|auto-response|undeliverable|undelivered mail|delivery status notification|delivery failure|mail delivery failed|returned mail|failure notice|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence du bureau|respuesta autom[áa]tica|fuera de la oficina|risposta automatica)\b/i;
const BOUNCE_SENDERS = /^(mailer-daemon|postmaster|mail-daemon|no-?reply-bounce)@/i;
const OFFICE_BODY = /\b(I am|I'm|I will be) (currently )?(out of (the )?office|on (annual )?leave|away from (the )?office)\b/i;

/**
 * Decides whether an e-mail was sent by a machine. Any one cue is enough:
 * RFC 3834 `Auto-Submitted` other than `no`, `X-Autoreply`, `X-Autorespond`
 * or `X-Apple-Action`, `Precedence` of bulk, junk or auto_reply, a
 * `multipart/report` or delivery-status content type, an auto-reply or bounce
 * subject prefix, a mailer-daemon sender, or an out-of-office sentence at the
 * start of a short body.
 */
export function isAutomatedEmail(input: AutomatedEmailInput): boolean {
  const header = (name: string): string => headerText(input.headers, name).toLowerCase();
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted !== '' && !autoSubmitted.startsWith('no')) return true;
  if (header('x-autoreply') !== '' || header('x-autorespond') !== '' || header('x-apple-action') !== '') return true;
  if (/^(bulk|junk|auto_reply)\b/.test(header('precedence'))) return true;
  if (/multipart\/report|message\/delivery-status/.test(header('content-type'))) return true;
  if (SUBJECT_PREFIXES.test(input.subject ?? '')) return true;
  if (BOUNCE_SENDERS.test(input.from ?? '')) return true;
  const body = input.body ?? '';
  return body.length < 1500 && OFFICE_BODY.test(body.slice(0, 300));
}

function headerText(headers: AutomatedEmailInput['headers'], name: string): string {
  if (headers === undefined) return '';
  const value = headers instanceof Map ? headers.get(name) : headers[name];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
}

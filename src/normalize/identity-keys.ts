import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Identity, Sender } from '../core/types.js';

/**
 * Mail domains shared by unrelated people. Two senders on one of these
 * domains are never taken to be the same company.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.es', 'ymail.com',
  'hotmail.com', 'hotmail.fr', 'hotmail.es', 'outlook.com', 'outlook.fr', 'live.com', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de',
  'mail.com', 'mail.ru', 'yandex.ru', 'yandex.com', 'proton.me', 'protonmail.com', 'zoho.com',
  'qq.com', '163.com', '126.com', 'sina.com', 'rediffmail.com', 'uol.com.br', 'bol.com.br',
  'terra.com.br', 'orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'libero.it',
]);

/** Returns the lower-cased domain of an email address, or null. */
export function emailDomain(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  return at > 0 ? email.slice(at + 1).toLowerCase() : null;
}

/** Returns the domain when it names a company (not a free-mail provider). */
export function companyDomain(email: string | null): string | null {
  const domain = emailDomain(email);
  return domain && !FREE_MAIL_DOMAINS.has(domain) ? domain : null;
}

/** Returns a phone number in E.164, or null when it cannot be parsed. */
export function toE164(raw: string, defaultCountry?: string): string | null {
  const parsed = parsePhoneNumberFromString(raw, defaultCountry as CountryCode | undefined);
  return parsed?.isPossible() ? parsed.number : null;
}

/** Folds a display name for comparison: case, accents and extra spaces ignored. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Returns the strongest identity of a sender as a typed key
 * (`email:…`, `phone:…`, `handle:…`, `name:…`), or null for an anonymous sender.
 */
export function senderKey(sender: Sender): string | null {
  if (sender.email) return `email:${sender.email.toLowerCase()}`;
  if (sender.phone) return `phone:${sender.phone}`;
  if (sender.handle) return `handle:${sender.handle.toLowerCase()}`;
  if (sender.name) return `name:${foldName(sender.name)}`;
  return null;
}

/**
 * Returns the identities of a sender that may link conversations: email
 * address, phone, marketplace handle and company domain. Display names are
 * never identities, and free-mail domains are left out.
 */
export function senderIdentities(sender: Sender): Identity[] {
  const identities: Identity[] = [];
  if (sender.email) identities.push({ kind: 'email', value: sender.email.toLowerCase() });
  if (sender.phone) identities.push({ kind: 'phone', value: sender.phone });
  if (sender.handle) identities.push({ kind: 'handle', value: sender.handle.toLowerCase() });
  const domain = companyDomain(sender.email);
  if (domain) identities.push({ kind: 'domain', value: domain });
  return identities;
}

/** Returns an identity as a typed key such as `phone:+971550100123`. */
export function identityKey(identity: Identity): string {
  return `${identity.kind}:${identity.value}`;
}

/**
 * Returns the sender with its phone in E.164, reading a number without a
 * country code as one of `defaultCountry`. A number that cannot be parsed is
 * kept as written, so that an exact repeat still matches.
 */
export function withE164Phone(sender: Sender, defaultCountry?: string): Sender {
  if (!sender.phone) return sender;
  const phone = toE164(sender.phone, defaultCountry) ?? sender.phone;
  return phone === sender.phone ? sender : { ...sender, phone };
}

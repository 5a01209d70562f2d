/** Finds conversations by id or by a buyer's name, email address or phone number. */
import type { ConversationBuyers, Sender } from '../core/types.js';
import type { Store } from '../store/store.js';

/** Kind of value a conversation was found by. */
export type MatchKind = 'id' | 'email' | 'phone' | 'name';

/** A conversation that matched, with what matched and the buyer it matched on (null for an id). */
export interface ConversationMatch {
  conversationId: string;
  matchedBy: MatchKind;
  buyer: Sender | null;
}

/** Digits a phone lookup needs at least, so a short number does not match many phones by its end. */
const MIN_PHONE_DIGITS = 7;

/**
 * Finds the conversations `query` names, in conversation id order. An exact
 * conversation id wins. Otherwise a query with "@" is an email address,
 * matched exactly in any case. A query of digits, spaces, "+", "(", ")", "."
 * and "-" with at least 7 digits is a phone number. It matches a stored E.164
 * number exactly, or by its last digits when written without the country
 * code. Anything else is a name: it matches a buyer's name or the chat's
 * name that contains the query's words in order, ignoring case and accents,
 * or, when no buyer matches, an account's name as the buyer table shows it.
 *
 * @example
 * findConversations(store, '+971 55 010 0123'); // [{ conversationId: 'conv-…', matchedBy: 'phone', buyer: {...} }]
 */
export async function findConversations(store: Store, query: string): Promise<ConversationMatch[]> {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  if ((await store.storedConversations([trimmed])).has(trimmed)) {
    return [{ conversationId: trimmed, matchedBy: 'id', buyer: null }];
  }
  const matches = matchBuyers(await store.loadConversationBuyers(), trimmed);
  if (matches.length > 0 || queryKind(trimmed) !== 'name') return matches;
  // The buyer table names accounts ("Ridgeway Projects"), so a name that matches no buyer may be an account's.
  const found: ConversationMatch[] = [];
  for (const account of await store.loadAccounts()) {
    if (!nameMatches(account.name, trimmed)) continue;
    for (const conversationId of account.conversationIds) found.push({ conversationId, matchedBy: 'name', buyer: null });
  }
  return found.sort((a, b) => compareIds(a.conversationId, b.conversationId));
}

/** Matches the query against stored buyers; see `findConversations`. */
export function matchBuyers(records: readonly ConversationBuyers[], query: string): ConversationMatch[] {
  const kind = queryKind(query);
  const matches: ConversationMatch[] = [];
  for (const record of records) {
    const buyer = record.buyers.find((candidate) => buyerMatches(candidate, kind, query)) ?? null;
    if (buyer) matches.push({ conversationId: record.conversationId, matchedBy: kind, buyer });
    else if (kind === 'name' && record.label !== null && nameMatches(record.label, query)) {
      matches.push({ conversationId: record.conversationId, matchedBy: 'name', buyer: record.buyers[0] ?? null });
    }
  }
  return matches.sort((a, b) => compareIds(a.conversationId, b.conversationId));
}

/** Orders ids in UTF-16 code-unit order, so the result does not depend on the locale. */
function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function queryKind(query: string): Exclude<MatchKind, 'id'> {
  if (query.includes('@')) return 'email';
  if (/^[+\d\s().-]+$/.test(query) && digits(query).length >= MIN_PHONE_DIGITS) return 'phone';
  return 'name';
}

function buyerMatches(buyer: Sender, kind: Exclude<MatchKind, 'id'>, query: string): boolean {
  if (kind === 'email') return buyer.email !== null && buyer.email.toLowerCase() === query.toLowerCase();
  if (kind === 'phone') return buyer.phone !== null && phoneMatches(buyer.phone, query);
  return buyer.name !== null && nameMatches(buyer.name, query);
}

/**
 * Compares a stored E.164 number with a typed one: the same digits (an
 * international "00" prefix read as "+"), or the typed national number, its
 * trunk "0" dropped, ending the stored one.
 */
function phoneMatches(stored: string, query: string): boolean {
  const storedDigits = digits(stored);
  const typed = digits(query).replace(/^00/, '');
  if (storedDigits === typed) return true;
  const national = typed.replace(/^0+/, '');
  return !query.trim().startsWith('+') && national.length >= MIN_PHONE_DIGITS && storedDigits.endsWith(national);
}

/** Tells whether the query's words appear in the name in order, as whole words, ignoring case and accents. */
function nameMatches(name: string, query: string): boolean {
  const haystack = ` ${words(name).join(' ')} `;
  const needle = words(query).join(' ');
  return needle !== '' && haystack.includes(` ${needle} `);
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

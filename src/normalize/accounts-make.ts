import { stableId } from '../core/ids.js';
import type { Account, Contact, ConversationBuyers, Identity } from '../core/types.js';
import { mergeContacts } from './accounts-contacts.js';
import { accountLinks, type LinkInput } from './accounts-links.js';
import { companyDomain, foldName, identityKey } from './identity-keys.js';

/**
 * Builds the account of one group of conversations. Its id comes from the
 * company domain, else its first contact, else its first conversation.
 * `takenIds` contains the ids already given out. A group whose plain id is
 * taken (a conversation split out of a company account) gets an id
 * qualified by its first conversation.
 */
export function makeAccount(
  link: LinkInput,
  conversationOf: Map<string, ConversationBuyers>,
  takenIds: Set<string>,
): Account {
  const records = link.conversationIds.map((id) => conversationOf.get(id)).filter((r) => r !== undefined);
  const buyers = records.flatMap((record) => record.buyers);
  const domain = buyers.map((buyer) => companyDomain(buyer.email)).find((d) => d !== null) ?? null;
  const contacts = mergeContacts(buyers);
  const firstConversation = link.conversationIds[0] ?? '';
  const anchor = domain ? `domain:${domain}` : (contacts[0]?.id ?? `conv:${firstConversation}`);
  let id = stableId('acct', anchor);
  if (takenIds.has(id)) id = stableId('acct', anchor, firstConversation);
  takenIds.add(id);
  const label = records.map((record) => record.label).find((l) => l) ?? null;
  return {
    id,
    name: accountName(domain, contacts) ?? label ?? 'Unknown buyer',
    domain,
    contacts,
    conversationIds: link.conversationIds,
    identities: distinctIdentities(link.conversationIds.flatMap((c) => link.identitiesOf.get(c) ?? [])),
    links: accountLinks(link),
  };
}

function distinctIdentities(identities: Identity[]): Identity[] {
  const byKey = new Map(identities.map((identity) => [identityKey(identity), identity]));
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

/**
 * Business words that end many run-together domain names ("lotusretail",
 * "harbourlineinteriors"); the name splits before them ("Lotus Retail").
 */
const DOMAIN_NAME_SUFFIXES = [
  'retail', 'trading', 'traders', 'group', 'foods', 'food', 'textiles', 'textile', 'imports', 'import', 'exports', 'export',
  'industries', 'industrial', 'supplies', 'supply', 'global', 'international', 'hotels', 'hotel', 'pharma', 'medical',
  'agro', 'solar', 'steel', 'plastics', 'packaging', 'furniture', 'interiors', 'home', 'motors', 'auto', 'electric',
  'electrical', 'power', 'energy', 'logistics', 'distribution', 'distributors', 'wholesale', 'store', 'stores', 'shop', 'market',
  'mart', 'services', 'holdings', 'enterprises', 'partners', 'solutions', 'systems', 'construction', 'builders', 'bakeries',
  'bakery', 'beauty', 'cosmetics', 'tiles', 'ceramics', 'farms', 'farm', 'machinery', 'equipment', 'pumps', 'toys', 'labs',
];
/** Shortest first part a suffix may leave, so "shop" is not split into "s" and "hop". */
const MIN_NAME_PART = 3;

/** Splits one run-together domain label before known business words, from the end: "goldencrustbakeries" → "goldencrust bakeries". */
function splitDomainLabel(label: string): string[] {
  for (const suffix of DOMAIN_NAME_SUFFIXES) {
    if (label.length - suffix.length >= MIN_NAME_PART && label.endsWith(suffix)) {
      return [...splitDomainLabel(label.slice(0, -suffix.length)), suffix];
    }
  }
  return [label];
}

/** Names an account after its company domain, else its first contact; null when neither has a name. */
function accountName(domain: string | null, contacts: Contact[]): string | null {
  if (domain) {
    const label = domain.split('.')[0] ?? domain;
    const words = label.split(/[-_]/).flatMap(splitDomainLabel);
    return words.map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
  }
  const first = contacts[0];
  const name = first?.name && foldName(first.name) ? first.name : null;
  return name ?? first?.phones[0] ?? first?.emails[0] ?? null;
}

import { stableId } from '../core/ids.js';
import type { Contact, Sender } from '../core/types.js';
import { foldName } from './identity-keys.js';

/**
 * Groups buyers into contacts: two buyers are one person when they share an
 * email address, phone number or marketplace handle. A buyer with only a
 * display name is one contact per folded name and never joins a contact
 * that has identities. Contacts are sorted by id.
 * NOTE: a shared office number in two colleagues' signatures makes them one contact.
 */
export function mergeContacts(buyers: Sender[]): Contact[] {
  let contacts: Contact[] = [];
  const seen = new Set<string>();
  for (const buyer of buyers) {
    // A batch lists the sender of every message, so most buyers repeat.
    const key = JSON.stringify([buyer.name, buyer.email, buyer.phone, buyer.handle ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    const own = toContact(buyer);
    if (!own) continue;
    const matching = contacts.filter((contact) => samePerson(contact, own));
    contacts = contacts.filter((contact) => !matching.includes(contact));
    contacts.push(matching.reduce(combine, own));
  }
  return contacts.map(withStableId).sort((a, b) => a.id.localeCompare(b.id));
}

function toContact(buyer: Sender): Contact | null {
  const emails = buyer.email ? [buyer.email.toLowerCase()] : [];
  const phones = buyer.phone ? [buyer.phone] : [];
  const handles = buyer.handle ? [buyer.handle.toLowerCase()] : [];
  if (emails.length + phones.length + handles.length === 0 && !buyer.name) return null;
  return { id: '', name: buyer.name, emails, phones, handles };
}

function identityCount(contact: Contact): number {
  return contact.emails.length + contact.phones.length + (contact.handles?.length ?? 0);
}

function samePerson(a: Contact, b: Contact): boolean {
  if (identityCount(a) === 0 && identityCount(b) === 0) return foldName(a.name ?? '') === foldName(b.name ?? '');
  const shares = (x: string[] = [], y: string[] = []): boolean => x.some((value) => y.includes(value));
  return shares(a.emails, b.emails) || shares(a.phones, b.phones) || shares(a.handles, b.handles);
}

/** Joins two contacts of one person; the earlier contact's name wins. */
function combine(into: Contact, other: Contact): Contact {
  const union = (x: string[] = [], y: string[] = []): string[] => [...new Set([...x, ...y])].sort();
  return {
    id: '',
    name: other.name ?? into.name,
    emails: union(other.emails, into.emails),
    phones: union(other.phones, into.phones),
    handles: union(other.handles, into.handles),
  };
}

/** Sets the contact id from its strongest identity: first email, else phone, else handle, else name. */
function withStableId(contact: Contact): Contact {
  const key = contact.emails[0]
    ? `email:${contact.emails[0]}`
    : contact.phones[0]
      ? `phone:${contact.phones[0]}`
      : contact.handles?.[0]
        ? `handle:${contact.handles[0]}`
        : `name:${foldName(contact.name ?? '')}`;
  return { ...contact, id: stableId('contact', key) };
}

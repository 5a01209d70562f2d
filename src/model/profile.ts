/**
 * The buyer's profile: region, time zone, languages and channels, each with
 * the messages it rests on. Only the buyer's own messages (inbound, not
 * automated) identify the buyer. Outbound messages count only in the
 * channel table.
 */
import { cutText } from '../core/text.js';
import type { Channel } from '../core/types.js';
import { CCTLD_COUNTRY, GENERIC_CCTLDS } from '../extract/data/tld.js';
import { loadPhoneNumbers } from '../extract/lazy-deps.js';
import { formatOffset } from '../extract/text/time.js';
import { median } from './timing.js';
import type {
  BuyerProfile,
  ChannelUse,
  ConversationContext,
  FactEvidence,
  LanguageUse,
  RegionGuess,
  RegionSource,
  TimelineEntry,
  TimeZoneGuess,
} from './types.js';

/** The parts of the conversation context a profile is built from. */
export type ProfileInput = Pick<ConversationContext, 'timeline' | 'inbound' | 'channelStats' | 'buyerReplies'>;

/**
 * Weight of one region vote by source. Each distinct phone number and each
 * distinct email address votes once, so a chat of fifty messages from one
 * phone is one vote, not fifty. A place named in the text votes once per
 * message with the `context.region` signal's strength (at most 0.55), so a
 * phone outweighs one destination, and three messages naming the same
 * country outweigh a phone.
 */
export const REGION_VOTES: Readonly<Record<Exclude<RegionSource, 'text'>, number>> = {
  phone: 0.9,
  email_domain: 0.6,
};

/** A buyer message counts toward the language shares when its language confidence reaches this. */
export const MIN_LANGUAGE_CONFIDENCE = 0.5;

/** Evidence items kept per fact, so a long chat does not list every message. */
const MAX_EVIDENCE = 5;
const SNIPPET_CHARS = 60;

interface Vote {
  country: string;
  source: RegionSource;
  weight: number;
  evidence: FactEvidence;
}

/** Adds an evidence item unless the list is full or already names that message with the same text. */
function addEvidence(list: FactEvidence[], item: FactEvidence): void {
  if (list.length >= MAX_EVIDENCE) return;
  if (list.some((e) => e.messageId === item.messageId && e.text === item.text)) return;
  list.push(item);
}

/** Returns the ISO country of an E.164 phone number, or null. */
function phoneCountry(phone: string): string | null {
  return loadPhoneNumbers().parsePhoneNumberFromString(phone)?.country ?? null;
}

/** Returns the country of a country-code email domain (".ae", ".de"), or null for generic ones (".com", ".io"). */
function emailCountry(email: string): string | null {
  const tld = email.split('.').pop()?.toLowerCase() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_CCTLDS.has(tld)) return null;
  return CCTLD_COUNTRY[tld] ?? tld.toUpperCase();
}

/** Collects the region votes: one per distinct phone and email, one per message naming a place. */
function regionVotes(inbound: readonly TimelineEntry[]): Vote[] {
  const votes: Vote[] = [];
  const seen = new Set<string>();
  for (const entry of inbound) {
    const { phone, email } = entry.message.sender;
    const messageId = entry.message.id;
    if (phone && !seen.has(`p:${phone}`)) {
      seen.add(`p:${phone}`);
      const country = phoneCountry(phone);
      const text = `sender.phone ${phone}`;
      if (country) votes.push({ country, source: 'phone', weight: REGION_VOTES.phone, evidence: { messageId, text } });
    }
    if (email && !seen.has(`e:${email.toLowerCase()}`)) {
      seen.add(`e:${email.toLowerCase()}`);
      const country = emailCountry(email);
      const text = `sender.email ${email}`;
      if (country) votes.push({ country, source: 'email_domain', weight: REGION_VOTES.email_domain, evidence: { messageId, text } });
    }
    votes.push(...textRegionVotes(entry));
  }
  return votes;
}

/**
 * Reads the `context.region` signal's places named in the text. Its
 * `meta.sender.*` evidence is left out: the phone and email votes above
 * already count the sender's identities, once each.
 */
function textRegionVotes(entry: TimelineEntry): Vote[] {
  const votes: Vote[] = [];
  for (const signal of entry.analysis.signals) {
    if (signal.type !== 'context.region' || !signal.value) continue;
    const words = signal.evidence.filter((e) => e.text !== '' && !e.rule?.startsWith('meta.'));
    // "CIF Jebel Ali" and its place "Jebel Ali" overlap; keep the words no other evidence contains.
    const texts = [...new Set(words.map((e) => e.text))].filter((t, _, all) => !all.some((o) => o !== t && o.includes(t)));
    if (texts.length === 0) continue;
    const text = cutText(texts.join(', '), SNIPPET_CHARS);
    const evidence = { messageId: entry.message.id, text };
    votes.push({ country: signal.value, source: 'text', weight: signal.strength, evidence });
  }
  return votes;
}

/** Sums the votes per country; returns the countries strongest first (ties: first seen). */
function rankRegions(votes: readonly Vote[]): RegionGuess[] {
  const total = votes.reduce((sum, vote) => sum + vote.weight, 0);
  const byCountry = new Map<string, { weight: number; guess: RegionGuess }>();
  for (const vote of votes) {
    const slot = byCountry.get(vote.country) ?? {
      weight: 0,
      guess: { country: vote.country, confidence: 0, sources: [], evidence: [] },
    };
    slot.weight += vote.weight;
    if (!slot.guess.sources.includes(vote.source)) slot.guess.sources.push(vote.source);
    addEvidence(slot.guess.evidence, vote.evidence);
    byCountry.set(vote.country, slot);
  }
  const ranked = [...byCountry.values()].sort((a, b) => b.weight - a.weight);
  return ranked.map(({ weight, guess }) => ({ ...guess, confidence: round(weight / total) }));
}

const OFFSET_RE = /(?:([+-])(\d{2}):?(\d{2})|Z)$/;

/** Returns the UTC offset in minutes a message states: its `context.timezone` signal, else its sentAt; null when neither has one. */
export function messageOffset(entry: TimelineEntry): number | null {
  const signal = entry.analysis.signals.find((s) => s.type === 'context.timezone' && s.value);
  const match = OFFSET_RE.exec(signal?.value ?? entry.message.sentAt);
  if (!match) return null;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Returns the offset of an IANA time zone at an instant, in minutes. */
function zoneOffset(zone: string, at: Date): number | null {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  if (name === 'GMT') return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Returns the single UTC offset all time zones of a country have at `at`
 * (from the ICU data in Node's Intl), or null when its zones differ
 * (US, Brazil) or the data does not list the country.
 */
export function countryOffset(country: string, at: Date): number | null {
  let zones: string[] | undefined;
  try {
    zones = (new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[] }).timeZones;
  } catch {
    return null;
  }
  const offsets = new Set((zones ?? []).map((zone) => zoneOffset(zone, at)));
  const [only] = [...offsets];
  return offsets.size === 1 && only !== undefined && only !== null ? only : null;
}

/**
 * Decides the buyer's time zone, in this order:
 * 1. the most frequent non-UTC offset of their send times (ties: the one used last),
 *    because exports that normalize every time to UTC make "Z" weak evidence;
 * 2. the one offset of their country (region), at their last message;
 * 3. UTC, when their send times carry a UTC offset and nothing else is known.
 */
function timeZone(inbound: readonly TimelineEntry[], region: RegionGuess | null): TimeZoneGuess | null {
  const counts = new Map<number, { count: number; last: number; evidence: FactEvidence[] }>();
  let known = 0;
  for (const entry of inbound) {
    const offset = messageOffset(entry);
    if (offset === null) continue;
    known++;
    const slot = counts.get(offset) ?? { count: 0, last: 0, evidence: [] };
    slot.count++;
    slot.last = known;
    addEvidence(slot.evidence, { messageId: entry.message.id, text: `sentAt ${entry.message.sentAt}` });
    counts.set(offset, slot);
  }
  const fromSentAt = (offset: number): TimeZoneGuess | null => {
    const slot = counts.get(offset);
    if (!slot) return null;
    return { offset: formatOffset(offset), offsetMinutes: offset, source: 'sent_at', share: round(slot.count / known), evidence: slot.evidence };
  };
  let best: number | null = null;
  for (const [offset, slot] of counts) {
    const top = best === null ? undefined : counts.get(best);
    if (offset === 0) continue;
    if (!top || slot.count > top.count || (slot.count === top.count && slot.last > top.last)) best = offset;
  }
  if (best !== null) return fromSentAt(best);
  const last = inbound.at(-1);
  const regional = region && last ? countryOffset(region.country, new Date(last.time)) : null;
  if (region && regional !== null) {
    const evidence = region.evidence.map((e) => ({ ...e, text: `${region.country}: ${e.text}` }));
    return { offset: formatOffset(regional), offsetMinutes: regional, source: 'region', share: 1, evidence };
  }
  return fromSentAt(0);
}

/** Returns how sure the extractor was of a message's language: its `context.language` signal, else the message's own guess. */
function languageConfidence(entry: TimelineEntry): number {
  const signal = entry.analysis.signals.find((s) => s.type === 'context.language');
  return signal?.strength ?? entry.message.language?.confidence ?? 1;
}

/**
 * Counts the buyer's messages per language. Messages whose language
 * confidence is under MIN_LANGUAGE_CONFIDENCE (a lone "ok", an emoji) are
 * left out unless no message reaches it.
 */
function languages(inbound: readonly TimelineEntry[]): LanguageUse[] {
  const confident = inbound.filter((entry) => languageConfidence(entry) >= MIN_LANGUAGE_CONFIDENCE);
  const counted = (confident.length > 0 ? confident : inbound).filter((entry) => entry.analysis.language);
  const byCode = new Map<string, LanguageUse>();
  for (const entry of counted) {
    const code = entry.analysis.language;
    const use = byCode.get(code) ?? { code, messages: 0, share: 0, evidence: [] };
    use.messages++;
    addEvidence(use.evidence, { messageId: entry.message.id, text: cutText(entry.message.text, SNIPPET_CHARS) });
    byCode.set(code, use);
  }
  const uses = [...byCode.values()].sort((a, b) => b.messages - a.messages);
  return uses.map((use) => ({ ...use, share: round(use.messages / counted.length) }));
}

/** Builds the channel table from the context's channel stats, with the first and last message and the replies timed on each. */
function channels(input: ProfileInput): ChannelUse[] {
  return input.channelStats.map((stat) => {
    const onChannel = input.timeline.filter((entry) => entry.message.channel === stat.channel);
    const evidence: FactEvidence[] = [];
    const first = onChannel[0];
    const last = onChannel.at(-1);
    if (first) addEvidence(evidence, { messageId: first.message.id, text: `first ${stat.channel} message` });
    if (last && last !== first) addEvidence(evidence, { messageId: last.message.id, text: `last ${stat.channel} message` });
    for (const reply of input.buyerReplies.filter((r) => r.channel === stat.channel)) {
      addEvidence(evidence, { messageId: reply.toMessageId, text: `buyer replied in ${reply.hours.toFixed(1)} h` });
    }
    return {
      channel: stat.channel,
      inbound: stat.inbound,
      outbound: stat.outbound,
      buyerMedianReplyHours: median(input.buyerReplies.filter((r) => r.channel === stat.channel).map((r) => r.hours)),
      evidence,
    };
  });
}

/** Returns the channel with the most buyer messages (ties: first used). */
function mostUsed(uses: readonly ChannelUse[]): Channel | null {
  let best: ChannelUse | null = null;
  for (const use of uses) if (use.inbound > 0 && (!best || use.inbound > best.inbound)) best = use;
  return best?.channel ?? null;
}

/** Returns the channel with the fastest median buyer reply (ties: more buyer messages, then first used). */
function fastest(uses: readonly ChannelUse[]): Channel | null {
  let best: ChannelUse | null = null;
  for (const use of uses) {
    const hours = use.buyerMedianReplyHours;
    if (hours === null) continue;
    const bestHours = best?.buyerMedianReplyHours ?? Number.POSITIVE_INFINITY;
    if (!best || hours < bestHours || (hours === bestHours && use.inbound > best.inbound)) best = use;
  }
  return best?.channel ?? null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Builds the buyer's profile from a conversation context (or its parts).
 * Pure: the same context gives a deep-equal profile. Call it on a context
 * built from a prefix of the messages to get the profile as of a message.
 *
 * @example
 * const profile = buyerProfile(buildContext(input, asOf));
 * profile.region?.country; // 'AE', from sender.phone +971…
 * profile.languages.map((l) => `${l.code} ${l.share}`); // ['ar 0.6', 'en 0.4']
 */
export function buyerProfile(input: ProfileInput): BuyerProfile {
  const [region = null, ...otherRegions] = rankRegions(regionVotes(input.inbound));
  const uses = channels(input);
  return {
    region,
    otherRegions,
    timeZone: timeZone(input.inbound, region),
    languages: languages(input.inbound),
    channels: uses,
    mostUsedChannel: mostUsed(uses),
    fastestReplyChannel: fastest(uses),
  };
}

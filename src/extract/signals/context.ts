/**
 * Message-level context signals: language, time zone, region and attachment
 * kinds. Signals read from metadata rather than words carry a zero-width
 * evidence span at offset 0 whose rule names the field (`meta.sentAt`).
 */
import type { Attachment, Entity, Evidence, ExtractInput, Signal } from '../../core/types.js';
import { EXTENSION_KINDS, KIND_STRENGTH, NAME_KINDS, type FileKind } from '../data/file-types.js';
import { ORIGIN_INCOTERMS } from '../data/incoterms.js';
import { PORTS } from '../data/ports.js';
import { CCTLD_COUNTRY, GENERIC_CCTLDS } from '../data/tld.js';
import type { Doc } from '../doc.js';
import { foreignPlaces } from '../entities/place-frames.js';
import { loadPhoneNumbers } from '../lazy-deps.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { PhraseMatcher } from '../text/phrases.js';
import { formatOffset } from '../text/time.js';
import type { Token } from '../text/tokens.js';

function meta(rule: string): Evidence {
  return { start: 0, end: 0, text: '', rule };
}

/**
 * `context.language`: always present; strength is the detection confidence.
 * The whole text decides the language, so the evidence is zero-width and its
 * rule names the method (`language.franc`, `language.stopwords`, …).
 */
export function languageSignal(code: string, confidence: number, rule: string): Signal {
  return { type: 'context.language', strength: round(confidence), value: code, evidence: [meta(rule)] };
}

/** `context.timezone` from the UTC offset of sentAt; "Z" is weak because exports often normalize to UTC. */
export function timezoneSignal(doc: Doc): Signal | null {
  if (!doc.time.hasOffset) {
    return null;
  }
  const value = formatOffset(doc.time.offsetMinutes);
  return { type: 'context.timezone', strength: doc.time.offsetMinutes === 0 ? 0.3 : 0.6, value, evidence: [meta('meta.sentAt')] };
}

/** Returns the ISO country of an E.164 phone number, or undefined. */
export function phoneCountry(phone: string | null | undefined): string | undefined {
  return phone ? loadPhoneNumbers().parsePhoneNumberFromString(phone)?.country : undefined;
}

/** Returns one `context.file_type` signal per distinct attachment kind. */
export function fileTypeSignals(attachments: readonly Attachment[] | undefined): Signal[] {
  const byKind = new Map<FileKind, Evidence[]>();
  for (const attachment of attachments ?? []) {
    const kind = fileKind(attachment);
    byKind.set(kind, [...(byKind.get(kind) ?? []), meta(`meta.attachment:${attachment.name}`)]);
  }
  return [...byKind].map(([kind, evidence]) => ({ type: 'context.file_type', strength: KIND_STRENGTH[kind], value: kind, evidence }));
}

function fileKind(attachment: Attachment): FileKind {
  const name = attachment.name.toLowerCase();
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const byExtension = EXTENSION_KINDS[ext] ?? kindFromMediaType(attachment.mediaType);
  if (byExtension !== 'document' && byExtension !== 'spreadsheet') {
    return byExtension;
  }
  const stem = name.slice(0, name.length - ext.length);
  return NAME_KINDS.find(([pattern]) => pattern.test(stem))?.[1] ?? byExtension;
}

function kindFromMediaType(mediaType: string): FileKind {
  const type = mediaType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.includes('pdf') || type.includes('word') || type.startsWith('text/')) return 'document';
  if (type.includes('sheet') || type.includes('excel') || type.includes('csv')) return 'spreadsheet';
  return 'other';
}

const placeMatcher = perLanguage(
  (cues: LanguageCues) => new PhraseMatcher(Object.entries(cues.entities.places).map(([name, country]) => ({ pattern: name, payload: country }))),
);

interface RegionCandidate {
  country: string;
  strength: number;
  evidence: Evidence;
}

/**
 * `context.region`: the sender's phone country (strongest), a country-code
 * email domain, a destination named with a buyer-side Incoterm, or a country
 * or city named in the text. A place right after FOB or EXW is the seller's
 * side and does not count, and neither does one named as a supplier's,
 * competitor's or factory's location or the goods' origin ("un proveedor de
 * Ningbo", "made in Vietnam").
 */
export function regionSignal(doc: Doc, input: ExtractInput, entities: readonly Entity[]): Signal | null {
  const candidates = [...metaRegions(input, doc.senderCountry), ...destinationRegions(entities), ...textRegions(doc, entities)];
  const best = candidates.reduce<RegionCandidate | null>((top, c) => (top === null || c.strength > top.strength ? c : top), null);
  if (best === null) {
    return null;
  }
  const evidence = candidates.filter((c) => c.country === best.country).map((c) => c.evidence);
  return { type: 'context.region', strength: best.strength, value: best.country, evidence };
}

function metaRegions(input: ExtractInput, senderCountry: string | undefined): RegionCandidate[] {
  const out: RegionCandidate[] = [];
  const country = senderCountry;
  if (country !== undefined) {
    out.push({ country, strength: 0.9, evidence: meta('meta.sender.phone') });
  }
  const tld = input.sender?.email?.split('.').pop()?.toLowerCase();
  if (tld !== undefined && /^[a-z]{2}$/.test(tld) && !GENERIC_CCTLDS.has(tld)) {
    out.push({ country: CCTLD_COUNTRY[tld] ?? tld.toUpperCase(), strength: 0.6, evidence: meta('meta.sender.email') });
  }
  return out;
}

function destinationRegions(entities: readonly Entity[]): RegionCandidate[] {
  const out: RegionCandidate[] = [];
  for (const e of entities) {
    const port = e.type === 'incoterm' && e.place !== undefined && !ORIGIN_INCOTERMS.has(e.code) ? PORTS.get(e.place.toLowerCase()) : undefined;
    if (port !== undefined) {
      out.push({ country: port.country, strength: 0.55, evidence: { start: e.start, end: e.end, text: e.text, rule: 'text.destination' } });
    }
  }
  return out;
}

function textRegions(doc: Doc, entities: readonly Entity[]): RegionCandidate[] {
  const origins = entities.filter((e) => e.type === 'incoterm' && ORIGIN_INCOTERMS.has(e.code));
  const isForeign = foreignPlaces(doc);
  const out: RegionCandidate[] = [];
  for (const hit of placeMatcher(doc.cues).match(doc.tokens)) {
    const start = (doc.tokens[hit.from] as Token).start;
    const end = (doc.tokens[hit.to - 1] as Token).end;
    if (!origins.some((o) => o.start <= start && end <= o.end) && !isForeign(start, end)) {
      out.push({ country: hit.payload, strength: 0.45, evidence: { start, end, text: doc.text.slice(start, end), rule: 'text.place' } });
    }
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

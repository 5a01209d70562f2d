/**
 * Product fit: which catalog products the buyer names, what they ask for
 * that the catalog lacks, whether their quantities reach each product's MOQ
 * and whether the products hold the certificates they need.
 */
import { cutText } from '../core/text.js';
import type { Entity, Message } from '../core/types.js';
import { compact, findProducts, productSpecs, SPEC_RE, specKey, type MatchKind, type ProductHit } from './catalog-match.js';
import type {
  Catalog,
  CatalogProduct,
  CertificationFit,
  ConversationContext,
  MoqCheck,
  MoqFit,
  ProductFit,
  ProductMatch,
  RequiredCertificate,
  TimelineEntry,
  UnmatchedRequest,
} from './types.js';

/**
 * Weights of the fit score, over the parts that can be judged:
 * score = Σ wₚ · partₚ / Σ wₚ, where the parts are
 * - products: matched / (matched + unmatched requests);
 * - moq: share of known MOQ checks that meet the MOQ;
 * - certifications: share of (matched product, required certificate) pairs held.
 * A part with nothing to judge is left out; with no part the score is null.
 */
export const PRODUCT_FIT_WEIGHTS = { products: 0.5, moq: 0.25, certifications: 0.25 } as const;

/** Quantity units counted one to one against an MOQ in pieces. */
const PIECE_UNITS: ReadonlySet<string> = new Set(['pcs', 'pieces', 'units', 'sets', 'pairs']);
const MAX_EVIDENCE = 5;
const KIND_RANK: Record<MatchKind, number> = { sku: 3, name: 2, keyword: 1 };
type QuantityEntity = Extract<Entity, { type: 'quantity' }>;

/** Hits per buyer message, in time order. */
interface MessageHits {
  entry: TimelineEntry;
  hits: ProductHit[];
}

/** Collects the matched products: best way named, how many messages, and the first few words. */
function matchedProducts(found: readonly MessageHits[]): ProductMatch[] {
  const bySku = new Map<string, ProductMatch>();
  for (const { entry, hits } of found) {
    const seen = new Set<string>();
    for (const hit of hits) {
      const match = bySku.get(hit.product.sku) ?? { sku: hit.product.sku, name: hit.product.name, via: hit.kind, mentions: 0, evidence: [] };
      if (KIND_RANK[hit.kind] > KIND_RANK[match.via]) match.via = hit.kind;
      if (!seen.has(hit.product.sku)) match.mentions++;
      seen.add(hit.product.sku);
      if (match.evidence.length < MAX_EVIDENCE) match.evidence.push({ messageId: entry.message.id, text: hit.text });
      bySku.set(hit.product.sku, match);
    }
  }
  return [...bySku.values()];
}

/** Returns whether any catalog product's words or specs contain the spec. */
function catalogHasSpec(catalog: Catalog, key: string): boolean {
  return catalog.products.some((product) => productSpecs(product).has(key));
}

/** Returns whether a span lies inside an entity the spec reading must skip (quantities and money). */
function insideQuantity(entities: readonly Entity[], start: number, text: string): boolean {
  return entities.some(
    (e) => (e.type === 'quantity' || e.type === 'money') && ((e.start <= start && start < e.end) || e.text.includes(text)),
  );
}

/** Finds product entities and spec words in buyer messages that no catalog product matches. */
function unmatchedRequests(found: readonly MessageHits[], catalog: Catalog): UnmatchedRequest[] {
  const out: UnmatchedRequest[] = [];
  const seen = new Set<string>();
  const add = (kind: UnmatchedRequest['kind'], text: string, messageId: string): void => {
    const key = `${kind}:${specKey(text)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, text: cutText(text, 80), messageId });
  };
  for (const { entry, hits } of found) {
    const { text } = entry.message;
    for (const entity of entry.analysis.entities) {
      if (entity.type !== 'product') continue;
      const overlaps = hits.some((hit) => hit.start < entity.end && entity.start < hit.end && text.slice(entity.start, entity.end) === entity.text);
      if (!overlaps && findProducts(entity.value, catalog).length === 0) add('product', entity.value, entry.message.id);
    }
    for (const match of text.matchAll(SPEC_RE)) {
      if (insideQuantity(entry.analysis.entities, match.index, match[0])) continue;
      if (!catalogHasSpec(catalog, specKey(match[0]))) add('spec', match[0], entry.message.id);
    }
  }
  return out;
}

/** Returns the characters between two spans; 0 when they overlap. */
function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/**
 * Pairs each buyer quantity with products: the products named nearest to it
 * in the same message (all of them when one keyword named several), or, in
 * a message naming none, the one product the latest naming message named.
 * A later quantity replaces an earlier one.
 */
function requestedQuantities(found: readonly MessageHits[]): Map<string, { quantity: QuantityEntity; messageId: string }> {
  const requested = new Map<string, { quantity: QuantityEntity; messageId: string }>();
  let lastNamed: CatalogProduct[] = [];
  for (const { entry, hits } of found) {
    const named = [...new Set(hits.map((hit) => hit.product))];
    if (named.length > 0) lastNamed = named;
    for (const entity of entry.analysis.entities) {
      if (entity.type !== 'quantity') continue;
      let products: CatalogProduct[] = [];
      if (hits.length > 0) {
        const nearest = Math.min(...hits.map((hit) => distance(hit, entity)));
        products = hits.filter((hit) => distance(hit, entity) === nearest).map((hit) => hit.product);
      } else if (lastNamed.length === 1) {
        products = lastNamed;
      }
      for (const product of products) requested.set(product.sku, { quantity: entity, messageId: entry.message.id });
    }
  }
  return requested;
}

/** Checks each matched product that has an MOQ against the quantity the buyer asked for. */
function moqFit(found: readonly MessageHits[], matched: readonly ProductMatch[], catalog: Catalog): MoqFit {
  const requested = requestedQuantities(found);
  const checks: MoqCheck[] = [];
  for (const match of matched) {
    const product = catalog.products.find((p) => p.sku === match.sku);
    if (!product || product.moq === null) continue;
    const moq = product.moq;
    const request = requested.get(product.sku);
    const base = { sku: product.sku, moq, requested: null, unit: null, messageId: null };
    if (!request) {
      checks.push({ ...base, status: 'unknown', text: `no quantity asked for ${product.sku}; MOQ ${moq} pcs` });
      continue;
    }
    const { quantity, messageId } = request;
    let status: MoqCheck['status'] = 'unknown';
    if (PIECE_UNITS.has(quantity.unit)) status = quantity.value >= moq ? 'meets' : 'below';
    const verdict = { meets: 'meets the MOQ', below: 'below the MOQ', unknown: `unit ${quantity.unit} is not in pieces` }[status];
    const text = `"${quantity.text}" of ${product.sku} vs MOQ ${moq} pcs: ${verdict}`;
    checks.push({ sku: product.sku, moq, requested: quantity.value, unit: quantity.unit, status, messageId, text });
  }
  const known = checks.filter((check) => check.status !== 'unknown');
  const share = known.length === 0 ? null : round(known.filter((check) => check.status === 'meets').length / known.length);
  return { checks, share };
}

/** Returns whether a product certificate covers a required one; a bare family ("ISO") accepts any number ("ISO 9001"). */
function covers(held: string, required: string): boolean {
  const h = compact(held);
  const r = compact(required);
  return h === r || (/^[a-z]+$/.test(r) && h.startsWith(r) && /^\d+$/.test(h.slice(r.length)));
}

/** Lists the certificates the buyer named and which of them each matched product holds. */
function certificationFit(found: readonly MessageHits[], matched: readonly ProductMatch[], catalog: Catalog): CertificationFit {
  const required: RequiredCertificate[] = [];
  for (const { entry } of found) {
    for (const entity of entry.analysis.entities) {
      if (entity.type !== 'certification' || required.some((r) => compact(r.code) === compact(entity.code))) continue;
      required.push({ code: entity.code, messageId: entry.message.id, text: entity.text });
    }
  }
  if (required.length === 0) return { required, checks: [], share: null };
  const checks = matched.map((match) => {
    const certificates = catalog.products.find((p) => p.sku === match.sku)?.certifications ?? [];
    const held = required.filter((r) => certificates.some((c) => covers(c, r.code))).map((r) => r.code);
    return { sku: match.sku, held, missing: required.map((r) => r.code).filter((code) => !held.includes(code)) };
  });
  const pairs = checks.length * required.length;
  const heldPairs = checks.reduce((sum, check) => sum + check.held.length, 0);
  return { required, checks, share: pairs === 0 ? null : round(heldPairs / pairs) };
}

/**
 * Hits per message object and catalog. The state history analyzes every
 * prefix of a conversation with the same message objects, so each message
 * is matched once instead of once per later message.
 */
const hitCache = new WeakMap<Catalog, WeakMap<Message, ProductHit[]>>();

function messageHits(message: Message, catalog: Catalog): ProductHit[] {
  let byMessage = hitCache.get(catalog);
  if (!byMessage) hitCache.set(catalog, (byMessage = new WeakMap()));
  let hits = byMessage.get(message);
  if (!hits) byMessage.set(message, (hits = findProducts(message.text, catalog)));
  return hits;
}

/** Combines the judged parts with PRODUCT_FIT_WEIGHTS; null when no part can be judged. */
function fitScore(matched: number, unmatched: number, moq: number | null, certifications: number | null): number | null {
  const parts: [number, number | null][] = [
    [PRODUCT_FIT_WEIGHTS.products, matched + unmatched === 0 ? null : matched / (matched + unmatched)],
    [PRODUCT_FIT_WEIGHTS.moq, moq],
    [PRODUCT_FIT_WEIGHTS.certifications, certifications],
  ];
  const judged = parts.filter((part): part is [number, number] => part[1] !== null);
  const weight = judged.reduce((sum, [w]) => sum + w, 0);
  return weight === 0 ? null : round(judged.reduce((sum, [w, value]) => sum + w * value, 0) / weight);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Computes the product fit of the buyer's messages (inbound, not
 * automated) against a catalog. Pure: the same context and catalog give a
 * deep-equal result.
 *
 * @example
 * const fit = productFit(buildContext(input, asOf), readCatalog('catalogs/led-lighting.csv'));
 * fit.matched.map((m) => m.sku); // ['LED-PN-6060']
 * fit.moqFit.checks[0]?.status;  // 'below'
 */
export function productFit(context: Pick<ConversationContext, 'inbound'>, catalog: Catalog): ProductFit {
  const found = context.inbound.map((entry) => ({ entry, hits: messageHits(entry.message, catalog) }));
  const matched = matchedProducts(found);
  const unmatched = unmatchedRequests(found, catalog);
  const moq = moqFit(found, matched, catalog);
  const certifications = certificationFit(found, matched, catalog);
  return {
    catalogFile: catalog.file,
    matched,
    unmatched,
    moqFit: moq,
    certificationFit: certifications,
    score: fitScore(matched.length, unmatched.length, moq.share, certifications.share),
  };
}

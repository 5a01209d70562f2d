/** Payment terms: "30% T/T deposit", "L/C at sight", "D/P", "net 30", "70% balance before shipment". */
import type { Entity } from '../../core/types.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { EntityCues, LanguageCues } from '../lang/types.js';
import { execAtTokens, startsWithDigit } from '../text/anchors.js';
import { foldRegexSource, normalizedSet } from '../text/normalize.js';
import { bounded } from '../text/regex.js';
import type { Token } from '../text/tokens.js';

export type PaymentTermEntity = Extract<Entity, { type: 'payment_term' }>;

type TermRule = EntityCues['paymentTerms'][number];

// All of a language's terms in one regex. The table order is the priority at
// one position: specific forms ("70% balance before shipment") come before
// generic ones ("70% balance").
const compile = perLanguage((cues: LanguageCues) => {
  const branches: { rule: TermRule; group: number }[] = [];
  let group = 1;
  // Sources are folded like the scan text they run on, so Arabic terms match any letter variant.
  const sources = cues.entities.paymentTerms.map((rule) => foldRegexSource(rule.source));
  cues.entities.paymentTerms.forEach((rule, k) => {
    branches.push({ rule, group });
    group += new RegExp(`${sources[k]}|`, 'u').exec('')?.length ?? 1;
  });
  const source = sources.map((s) => `(${s})`).join('|');
  return { re: new RegExp(bounded(source), 'yiu'), branches, starts: normalizedSet(cues.entities.paymentTermStarts) };
});

/** Finds payment terms; `percent` is set when the term names a share of the price. */
export function extractPaymentTerms(doc: Doc): PaymentTermEntity[] {
  const { re, branches, starts } = compile(doc.cues);
  const out: PaymentTermEntity[] = [];
  const accept = (t: Token) => startsWithDigit(t) || starts.has(t.norm) || t.norm.startsWith('net');
  for (const m of execAtTokens(re, doc.scan, doc.tokens, accept)) {
    const branch = branches.find((b) => m[b.group] !== undefined);
    if (branch === undefined) {
      continue;
    }
    const firstInner = m[branch.group + 1];
    const kind = branch.rule.kind.replace('$1', firstInner ?? '');
    const entity: PaymentTermEntity = { type: 'payment_term', kind, ...span(doc.text, m.index, m.index + m[0].length) };
    if (branch.rule.percentGroup !== undefined) {
      const percent = Number(m[branch.group + branch.rule.percentGroup]);
      if (percent > 0 && percent <= 100) {
        entity.percent = percent;
      }
    }
    // A share under the whole price paid ahead ("30% adiantado", "50% por adelantado") is a deposit,
    // and the whole price paid ahead ("100% upfront") is an advance.
    if (entity.kind === 'tt_advance' && entity.percent !== undefined && entity.percent < 100) entity.kind = 'tt_deposit';
    if (entity.kind === 'tt_deposit' && entity.percent === 100) entity.kind = 'tt_advance';
    out.push(entity);
  }
  return out;
}

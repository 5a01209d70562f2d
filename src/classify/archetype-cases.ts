/** Written conversations, one per archetype, shared by the classifier and pipeline tests. */
import type { ArchetypeId } from '../core/types.js';
import { entity, type MessageSpec } from '../model/test-builder.js';

const LONG_SPEC =
  'We need aluminium housings to drawing AH-220 rev C: wall thickness 2.5 mm ±0.05, anodized black, ' +
  'flatness under 0.1 mm, IP67 with the gasket groove per section B-B, salt spray 480 h per ISO 9227. ' +
  'Please confirm the alloy (6061-T6 or 6063-T5), the machining tolerance on the bore, and the test report format.';

export const ARCHETYPE_CASES: Record<ArchetypeId, MessageSpec[]> = {
  spec_seeker: [
    { dir: 'in', h: 0, text: LONG_SPEC, signals: [['commitment.detailed_specs', 'drawing AH-220 rev C']], entities: [entity.certification('ISO 9227')] },
    { dir: 'out', h: 4, text: 'Thank you, we will check.' },
    { dir: 'in', h: 70, text: `${LONG_SPEC} Also, can you share the datasheet?`, signals: [['intent.evaluation', 'share the datasheet']] },
    { dir: 'out', h: 75, text: 'Datasheet attached.' },
    { dir: 'in', h: 150, text: `${LONG_SPEC} What is the hardness?`, signals: [['commitment.detailed_specs', 'hardness']] },
  ],
  urgent_buyer: [
    { dir: 'in', h: 0, text: 'Need 2x40HQ now', signals: [['intent.urgency', 'now']], entities: [entity.quantity(2, 'containers_40hq', '2x40HQ')] },
    { dir: 'in', h: 0.5, text: 'Price today pls', signals: [['intent.urgency', 'today']] },
    { dir: 'out', h: 1, text: 'Checking' },
    { dir: 'in', h: 1.2, text: 'ASAP', signals: [['intent.urgency', 'ASAP']] },
    { dir: 'in', h: 2, text: 'hello??', signals: [['intent.urgency', 'hello??', 0.5]] },
  ],
  price_negotiator: [
    { dir: 'in', h: 0, text: 'Quote 5,000 pcs', signals: [['intent.quotation', 'Quote']], entities: [entity.quantity(5000, 'pcs', '5,000 pcs')] },
    { dir: 'out', h: 3, text: 'USD 2.35/pc FOB', entities: [entity.money(2.35, 'USD', 'USD 2.35/pc')] },
    { dir: 'in', h: 20, text: 'Too high, China offers 1.90', signals: [['objection.price', 'Too high']], entities: [entity.money(1.9, 'USD', '1.90')] },
    { dir: 'out', h: 22, text: 'Best is USD 2.20', entities: [entity.money(2.2, 'USD', 'USD 2.20')] },
    { dir: 'in', h: 40, text: 'Still expensive, target 2.00', signals: [['objection.price', 'Still expensive']], entities: [entity.money(2, 'USD', '2.00')] },
  ],
  uncertain_evaluator: [
    { dir: 'in', h: 0, text: 'hi, interested in your products' },
    { dir: 'out', h: 2, text: 'Which products and quantities?' },
    { dir: 'in', h: 10, text: 'maybe some, not sure yet', mode: 'hesitant' },
    { dir: 'out', h: 11, text: 'Happy to help.' },
    { dir: 'in', h: 200, text: 'we will see, will let you know', mode: 'hesitant' },
  ],
  long_cycle_planner: [
    { dir: 'in', h: 0, text: 'For our 2027 project, what certifications and capacity do you have? Do you have a company profile?', signals: [['intent.early_qualification', 'capacity']], attachments: [{ name: 'rfi.pdf', mediaType: 'application/pdf', size: 1 }] },
    { dir: 'out', h: 24, text: 'Profile attached.', attachments: [{ name: 'profile.pdf', mediaType: 'application/pdf', size: 1 }] },
    { dir: 'in', h: 240, text: 'Thanks. What is the process for an audit? Who handles QA?', entities: [entity.certification('ISO 9001')] },
    { dir: 'out', h: 260, text: 'Audit plan attached.', attachments: [{ name: 'audit.pdf', mediaType: 'application/pdf', size: 1 }] },
    { dir: 'in', h: 900, text: 'Our board meets in May. Can you hold the 2027 capacity?', entities: [entity.deadline('2026-05-15', 'May')] },
  ],
};

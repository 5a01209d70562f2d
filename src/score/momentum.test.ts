import { describe, expect, it } from 'vitest';
import { classifyStage } from '../classify/stage.js';
import { buildContext } from '../model/context.js';
import { at, conversation, type MessageSpec } from '../model/test-builder.js';
import { momentumAt, PROGRESS_PACE } from './momentum.js';

function momentum(specs: MessageSpec[], referenceHours: number, asOfHours = referenceHours) {
  const context = buildContext(conversation(specs), at(asOfHours));
  return momentumAt(context, classifyStage(context).steps, at(referenceHours).getTime());
}

const find = (result: ReturnType<typeof momentum>, type: string) => result.explanations.find((e) => e.type === type);

describe('momentum against the buyer’s own baseline', () => {
  it('takes the cadence baseline from the turns up to the reference only', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Hi' },
      { dir: 'in', h: 2, text: 'Price?' },
      { dir: 'in', h: 4, text: 'MOQ?' },
      { dir: 'in', h: 100, text: 'Any news?' },
      { dir: 'in', h: 200, text: 'Hello?' },
    ];
    // Seen 6 h after the third message, the buyer's gaps are 2 h and 2 h.
    // The later gaps of 96 h and 100 h are not known yet at that instant.
    const early = find(momentum(specs, 10, 200), 'behavior.reply_cadence');
    expect(early?.text).toBe("buyer's current gap 6.0 h vs own median gap 2.0 h");
    expect(early?.effect).toBe(-15.8);
    const late = find(momentum(specs, 200), 'behavior.reply_cadence');
    expect(late?.text).toBe("buyer's current gap 100.0 h vs own median gap 49.0 h");
  });

  const progress: MessageSpec[] = [
    { dir: 'in', h: 0, text: 'What is your MOQ?', signals: [['intent.early_qualification', 'MOQ']] },
    { dir: 'in', h: 24, text: 'Please send samples', signals: [['commitment.sample_request', 'send samples']] },
    { dir: 'in', h: 48, text: 'FOB Ningbo works', signals: [['commitment.delivery_terms', 'FOB Ningbo']] },
  ];
  const chat: MessageSpec[] = [
    { dir: 'in', h: 72, text: 'How is the weather there?' },
    { dir: 'in', h: 96, text: 'We had a holiday.' },
    { dir: 'in', h: 120, text: 'Busy week here.' },
  ];

  it('takes points when the buyer stops moving the deal at their usual pace', () => {
    const result = momentum([...progress, ...chat], 120);
    expect(find(result, 'behavior.progress_pace')).toEqual({
      type: 'behavior.progress_pace',
      messageId: 'm6',
      text: 'progress in 0 of the last 3 buyer turns vs 3 of 3 before (own pace)',
      effect: -PROGRESS_PACE.points,
    });
  });

  it('adds points when the buyer moves faster than before', () => {
    const late = progress.map((spec, i) => ({ ...spec, h: 72 + 24 * i }));
    const early = chat.map((spec, i) => ({ ...spec, h: 24 * i }));
    const pace = find(momentum([...early, ...late], 120), 'behavior.progress_pace');
    expect(pace?.effect).toBe(PROGRESS_PACE.points);
    expect(pace?.text).toBe('progress in 3 of the last 3 buyer turns vs 0 of 3 before (own pace)');
  });

  it('has no pace term without an earlier turn to compare with', () => {
    expect(find(momentum(progress, 48), 'behavior.progress_pace')).toBeUndefined();
  });

  it('counts a burst of messages as one turn', () => {
    const burst: MessageSpec[] = [...progress, { dir: 'in', h: 48.1, text: 'And CIF?' }, ...chat];
    const pace = find(momentum(burst, 120), 'behavior.progress_pace');
    expect(pace?.text).toBe('progress in 0 of the last 3 buyer turns vs 3 of 3 before (own pace)');
  });
});

import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, ARCHETYPES, SENTIMENT_MODES, type Action, type ActionType } from '../core/types.js';
import type { MessageSpec } from '../model/test-builder.js';
import { recommendActions } from './index.js';
import { OUTLINE_PHRASES, OUTLINE_PURPOSES, type OutlinePhrases, outlinePhrases } from './outline-phrases.js';
import { replyOutline } from './outline.js';
import { recommendInputOf } from './test-conversations.js';

const LANGUAGES = ['es', 'fr', 'pt', 'ar'] as const;

/** Returns every phrase of a table in a fixed order, so two tables can be compared position by position. */
function allPhrases(table: OutlinePhrases): string[] {
  return [
    ...SENTIMENT_MODES.map((mode) => table.mode[mode]),
    ...ACTION_TYPES.flatMap((type) => table.action[type]),
    ...ARCHETYPES.flatMap((id) => table.archetype[id]),
    table.closing.urgent,
    table.closing.standard,
    ...OUTLINE_PURPOSES.flatMap((purpose) => table.purpose[purpose]),
  ];
}

function tableOf(language: string): OutlinePhrases {
  const table = OUTLINE_PHRASES[language];
  if (!table) throw new Error(`no outline table for ${language}`);
  return table;
}

function find(actions: Action[], type: ActionType): Action {
  const action = actions.find((candidate) => candidate.type === type);
  if (!action) throw new Error(`no ${type} action in ${actions.map((a) => a.type).join(', ')}`);
  return action;
}

describe('outline phrase tables', () => {
  const english = allPhrases(tableOf('en'));

  for (const language of LANGUAGES) {
    it(`${language} has a phrase for every entry of the English table`, () => {
      const phrases = allPhrases(tableOf(language));
      expect(phrases).toHaveLength(english.length);
      for (const phrase of phrases) expect(phrase.trim().length).toBeGreaterThan(10);
    });

    it(`${language} is translated, not copied`, () => {
      const phrases = allPhrases(tableOf(language));
      const copied = phrases.filter((phrase, i) => phrase === english[i]);
      expect(copied).toEqual([]);
    });
  }

  it('keeps wait without steps in every language', () => {
    for (const language of ['en', ...LANGUAGES]) expect(tableOf(language).action.wait).toEqual([]);
  });

  it('writes the Arabic table in Arabic script', () => {
    for (const phrase of allPhrases(tableOf('ar'))) expect(phrase).toMatch(/[\u0600-\u06ff]/);
  });

  it('reads the primary subtag of a language tag', () => {
    expect(outlinePhrases('pt-BR')).toBe(tableOf('pt'));
    expect(outlinePhrases('ES')).toBe(tableOf('es'));
    expect(outlinePhrases('de')).toBe(tableOf('en'));
    expect(outlinePhrases(null)).toBe(tableOf('en'));
  });
});

describe('reply outline in the buyer language', () => {
  it('writes a Spanish follow-up outline', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, language: 'es', text: '¿Cuál es el plazo de entrega para 500 unidades?', entities: [] },
    ];
    const reply = find(recommendActions(recommendInputOf(specs, 2)), 'accelerate_follow_up');
    const es = tableOf('es');
    expect(reply.replyOutline).toEqual([
      es.mode.neutral,
      ...es.action.accelerate_follow_up,
      ...es.archetype[recommendInputOf(specs, 2).archetype.id],
      es.closing.standard,
    ]);
  });

  it('opens a French outline with an apology for a frustrated buyer', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, language: 'fr', text: 'Pouvez-vous envoyer le devis ?', signals: [['intent.quotation', 'envoyer le devis']] },
      { dir: 'out', h: 1, language: 'fr', text: 'Oui, demain.' },
      { dir: 'in', h: 50, language: 'fr', text: 'Toujours rien, c’est inacceptable.', mode: 'frustrated', polarity: -0.7 },
    ];
    const tone = find(recommendActions(recommendInputOf(specs, 51)), 'adjust_tone');
    expect(tone.replyOutline?.[0]).toBe(tableOf('fr').mode.frustrated);
    expect(tone.replyOutline?.[1]).toBe(tableOf('fr').action.adjust_tone[0]);
  });

  it('gives an Arabic skeptical buyer the proof steps in Arabic', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, language: 'ar', text: 'نريد عرض سعر لـ 10 أطنان من الأنابيب', signals: [['intent.quotation', 'عرض سعر']] },
      { dir: 'out', h: 2, language: 'ar', text: 'السعر 850 دولار للطن' },
      { dir: 'in', h: 5, language: 'ar', text: 'هل لديكم شهادة الجودة فعلاً؟ السعر منخفض جداً', mode: 'skeptical', polarity: -0.3 },
    ];
    const documents = find(recommendActions(recommendInputOf(specs, 6)), 'send_documents');
    const ar = tableOf('ar');
    expect(documents.replyOutline?.[0]).toBe(ar.mode.skeptical);
    expect(documents.replyOutline?.slice(1, 3)).toEqual(ar.purpose.proof);
  });

  it('writes a Portuguese retention outline', () => {
    const outline = replyOutline({
      action: 'escalate_to_senior', archetype: 'long_cycle_planner', mode: 'neutral', language: 'pt-BR', urgent: false, purpose: 'retention',
    });
    const pt = tableOf('pt');
    expect(outline).toEqual([pt.mode.neutral, ...pt.purpose.retention, ...pt.archetype.long_cycle_planner, pt.closing.standard]);
  });
});

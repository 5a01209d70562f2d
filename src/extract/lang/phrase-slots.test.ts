import { describe, expect, it } from 'vitest';
import type { SignalType } from '../../core/types.js';
import { analyze, signalsOf } from '../test-builder.js';

/**
 * Phrases whose cue patterns once put the words of one phrase in the slots
 * of another ("tout est|semble en ordre|ok" needed "tout est en ok"). Each
 * case checks the cue rules alone, so the learned layer cannot hide a
 * pattern that no longer matches.
 */
const RULES_ONLY = { learned: null } as const;

describe('cue phrases split over pattern slots', () => {
  it.each([
    ['Est-ce toujours disponible ?', 'fr', 'intent.early_qualification'],
    ['3,20 € la pièce ? c’est trop.', 'fr', 'objection.price'],
    ['Ya firmamos el contrato, se lo envío escaneado.', 'es', 'commitment.order_confirmation'],
    ['Tivemos problemas com o fornecedor anterior.', 'pt', 'objection.supplier_history'],
    ["USD 4.10 per unit? That's a joke.", 'en', 'objection.price'],
    ["Your price is 11.20, we're at 9.50.", 'en', 'objection.price'],
    ['Con ese precio se nos va del presupuesto.', 'es', 'objection.price'],
    ['Apúrense por favor, la línea está parada.', 'es', 'intent.urgency'],
    ['Partageons la différence et on signe.', 'fr', 'relationship.negotiation_openness'],
    ['Ok, vamos adiante com as 500 caixas.', 'pt', 'intent.purchase'],
    ['Le virement est lancé depuis ce matin.', 'fr', 'commitment.payment'],
  ] as const)('reads "%s" (%s) as %s', (text, language, type: SignalType) => {
    expect(signalsOf(analyze(text, { language }, RULES_ONLY), type)).not.toEqual([]);
  });

  it.each([
    ["What's the catch?", 'en', 'skeptical'],
    ['Quel est le problème ?', 'fr', 'frustrated'],
    ['O projeto está congelado até março.', 'pt', 'hesitant'],
    ['Tout est ok, merci.', 'fr', 'constructive'],
  ] as const)('reads the mode of "%s" (%s) as %s', (text, language, mode) => {
    expect(analyze(text, { language }, RULES_ONLY).sentiment?.mode).toBe(mode);
  });

  it('reads frozen goods as no hesitation', () => {
    const text = 'Quanto custa o contentor de frango congelado CIF Luanda?';
    expect(analyze(text, { language: 'pt' }, RULES_ONLY).sentiment?.mode).toBe('neutral');
  });
});

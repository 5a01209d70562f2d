import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageWithMethod } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['Hello, please send your best price for 500 pieces delivered to our warehouse', 'en'],
    ['Buenos días, necesitamos el precio de quinientas piezas con entrega en nuestro almacén', 'es'],
    ['Bom dia, gostaria de saber o preço de quinhentas peças com entrega no nosso armazém', 'pt'],
    ['Bonjour, pouvez-vous nous envoyer le prix pour cinq cents pièces livrées à notre entrepôt', 'fr'],
    ['مرحبا، نحتاج إلى عرض سعر لخمسمائة قطعة مع التوصيل إلى مستودعنا', 'ar'],
  ])('detects "%s" as %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('decides Arabic by script without franc', () => {
    expect(detectLanguageWithMethod('السعر من فضلك').method).toBe('script');
  });

  it('uses stop words on short text', () => {
    expect(detectLanguageWithMethod('gracias, el precio')).toMatchObject({ code: 'es', method: 'stopwords' });
  });

  it('falls back to English with low confidence', () => {
    const guess = detectLanguageWithMethod('ok 👍');
    expect(guess).toMatchObject({ code: 'en', method: 'fallback' });
    expect(guess.confidence).toBeLessThan(0.5);
  });

  it('returns a confidence in [0, 1]', () => {
    const { confidence } = detectLanguage('Merci pour votre offre, nous allons réfléchir et revenir vers vous');
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('handles empty text', () => {
    expect(detectLanguage('')).toEqual({ code: 'en', confidence: 0.3 });
  });
});

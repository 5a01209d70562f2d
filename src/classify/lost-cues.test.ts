import { describe, expect, it } from 'vitest';
import { findLostCue } from './lost-cues.js';

describe('findLostCue', () => {
  it.each([
    ['Sorry, we went with another supplier.', 'en', 'went with another supplier'],
    ['We are not moving forward with this project.', 'en', 'not moving forward'],
    ['Lo siento, nos quedamos con otro proveedor.', 'es', 'quedamos con otro proveedor'],
    ['Ya no necesitamos los tubos, gracias.', 'es', 'Ya no necesitamos'],
    ['Já fechámos a cal hidratada com outro fornecedor.', 'pt', 'fechámos a cal hidratada com outro fornecedor'],
    ['O cliente adjudicou ao concorrente.', 'pt', 'adjudicou ao concorrente'],
    ["Nous n'allons pas y donner suite.", 'fr', 'pas y donner suite'],
    ['La direction a retenu un fournisseur local.', 'fr', 'retenu un fournisseur local'],
    ['للأسف اشترينا من غيركم', 'ar', 'اشترينا من غيركم'],
    ['ما عدنا بحاجة للبضاعة', 'ar', 'ما عدنا بحاجة'],
    ['Sorry, we went with another supplier.', 'fr', 'went with another supplier'],
  ])('finds the end of the deal in "%s" (%s)', (text, language, cue) => {
    expect(findLostCue(text, language)).toBe(cue);
  });

  it.each([
    ['We will go with your offer.', 'en'],
    ['Nos quedamos con su oferta.', 'es'],
    ['Cerramos el pedido hoy, mando la OC.', 'es'],
    ['Recebido completo, pode encerrar o pedido.', 'pt'],
    ['Nous avons retenu votre offre.', 'fr'],
    ['هل يمكن إلغاء الطلب؟', 'ar'],
  ])('finds no end of the deal in "%s" (%s)', (text, language) => {
    expect(findLostCue(text, language)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { languageCues } from '../lang/index.js';
import type { LanguageCues } from '../lang/types.js';
import { analyze, entitiesOf, expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('port extractor', () => {
  it.each([
    ['ship to Jebel Ali', 'Jebel Ali'],
    ['discharge at port klang', 'Port Klang'],
    ['via the Port of Mombasa', 'Mombasa'],
    ['destination: Port of Zarate', 'Zarate'],
  ])('reads "%s"', (text, value) => {
    expectOneEntity(text, 'port', { value });
  });

  it.each([['we import from China'], ['the report is ready'], ['port of discharge in Peru'], ['PORT OF loading tbc']])(
    'finds no port in "%s"',
    (text) => {
      expectNoEntity(text, 'port');
    },
  );

  it('reads no port inside a company name', () => {
    expectNoEntity('Hi, this is Ravi from Chennai Motors, we met at the fair', 'port');
    expectNoEntity('Hello from Dubai Trading LLC', 'port');
    expectOneEntity('Somos Santos Comércio, precisamos de 2 contêineres CIF Santos', 'port', { value: 'Santos', start: 55 }, { language: 'pt' });
    expectOneEntity('Ship to Chennai, our motors must arrive by May', 'port', { value: 'Chennai' });
  });

  it('ends a name at the first lowercase word', () => {
    expectOneEntity('au port de Dakar depuis lundi', 'port', { value: 'Dakar', text: 'Dakar' }, { language: 'fr' });
    expectOneEntity('al puerto de Buenos Aires mañana', 'port', { value: 'Buenos Aires' }, { language: 'es' });
  });

  it('reads a listed name that is a common word only when capitalized', () => {
    expectNoEntity('El tema de las costuras quedó solucionado', 'port', { language: 'es' });
    expectOneEntity('delivery to Tema port', 'port', { value: 'Tema' });
  });

  it.each([
    ['pt', 'o navio atraca em Paranaguá na quinta', 'Paranaguá'],
    ['pt', 'destino paranagua', 'Paranaguá'],
    ['fr', 'livraison à Alger', 'Alger'],
    ['es', 'entrega en Guayaquil', 'Guayaquil'],
  ])('[%s] reads the listed port in "%s"', (language, text, value) => {
    expectOneEntity(text, 'port', { value }, { language });
  });

  it('ends a name at a line break', () => {
    expectOneEntity('port of Los Angeles\nThanks', 'port', { value: 'Los Angeles' });
  });

  it('reads a place the language knows after an Arabic introducer', () => {
    expectOneEntity('نحتاج الشحن إلى ميناء جبل علي', 'port', { value: 'جبل علي' }, { language: 'ar' });
    expect(entitiesOf('ميناء صحار قبل 15 يونيو', 'port', { language: 'ar' }).map((p) => p.value)).toEqual(['صحار']);
  });

  it("reads the language's own port names anywhere", () => {
    // Values the Arabic pack needs in `portNames`.
    const ar = languageCues('ar');
    const cues: LanguageCues = { ...ar, entities: { ...ar.entities, portNames: { الدمام: 'SA', الجبيل: 'SA', 'أم قصر': 'IQ' } } };
    const ports = (text: string) => analyze(text, { language: 'ar' }, { cues }).entities.flatMap((e) => (e.type === 'port' ? [e.value] : []));
    expect(ports('ميناء التفريغ لازم يكون الدمام مو الجبيل')).toEqual(['الدمام', 'الجبيل']);
    expect(ports('الحاوية المفروض توصل أم قصر يوم ٢٠ نيسان')).toEqual(['أم قصر']);
  });

  it('reads no unknown Arabic word after an introducer', () => {
    expectNoEntity('ميناء التفريغ لازم يتغير', 'port', { language: 'ar' });
  });
});

import { describe, expect, it } from 'vitest';
import { foldPattern, spellings, stripAccents, withSpellingKeys, withSpellings, wordSpellings } from './spelling.js';

describe('stripAccents', () => {
  it('removes Portuguese diacritics', () => {
    expect(stripAccents('cotação')).toBe('cotacao');
    expect(stripAccents('você')).toBe('voce');
    expect(stripAccents('próximo')).toBe('proximo');
  });
});

describe('wordSpellings', () => {
  it('drops each accent on its own', () => {
    expect(wordSpellings('cotação')).toEqual(['cotação', 'cotacão', 'cotaçao', 'cotacao']);
  });

  it('keeps a word without accents as it is', () => {
    expect(wordSpellings('preco')).toEqual(['preco']);
  });

  it('adds the European past plural', () => {
    expect(wordSpellings('pagamos')).toEqual(['pagamos', 'pagámos']);
    expect(wordSpellings('confirmamos')).toEqual(['confirmamos', 'confirmámos']);
    expect(wordSpellings('vamos')).toEqual(['vamos']);
    expect(wordSpellings('precisávamos')).toEqual(['precisávamos', 'precisavamos']);
  });
});

describe('foldPattern', () => {
  it('adds the bare form of each alternative', () => {
    expect(foldPattern('preço|valor .. alto|elevadíssimo')).toBe('preço|valor|preco .. alto|elevadíssimo|elevadissimo');
  });

  it('keeps optional markers and anchors', () => {
    expect(foldPattern('^ ?você ?? ,')).toBe('^ ?você|voce ?? ,');
  });

  it('keeps words whose bare form is another word', () => {
    expect(foldPattern('é|está caro')).toBe('é|está|esta caro');
  });
});

describe('spellings', () => {
  it('returns every accent combination', () => {
    expect(spellings('até o mês')).toEqual(['até o mês', 'até o mes', 'ate o mês', 'ate o mes']);
  });

  it('expands lists and table keys', () => {
    expect(withSpellings(['três', 'dois'])).toEqual(['três', 'tres', 'dois']);
    expect(withSpellingKeys({ março: 3 })).toEqual({ março: 3, marco: 3 });
  });

  it('lets an explicit key win', () => {
    expect(withSpellingKeys({ preço: 1, preco: 2 })).toEqual({ preço: 1, preco: 2 });
    expect(withSpellingKeys({ preco: 2, preço: 1 })).toEqual({ preco: 2, preço: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv.js';

describe('detectDelimiter', () => {
  it.each([
    ['id,product,qty', ','],
    ['id;product;qty', ';'],
    ['id\tproduct\tqty', '\t'],
    ['id|product|qty', '|'],
    ['"a;b",c,d', ','],
    ['single', ','],
  ])('picks the delimiter of %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it('reads BOM, CRLF, multi-line and doubled quotes', () => {
    const text = '\ufeffid;note\r\n1;"two\r\nlines"\r\n2;"say ""hi"""\r\n';
    const table = parseCsv(text);
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['id', 'note']);
    expect(table.rows.map((row) => row.fields)).toEqual([
      ['1', 'two\nlines'],
      ['2', 'say "hi"'],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(table.problems).toEqual([]);
  });

  it('reports a row with the wrong field count and goes on', () => {
    const table = parseCsv('a,b\n1,2\n3,4,5\n\n6,7\n');
    expect(table.rows.map((row) => row.fields)).toEqual([
      ['1', '2'],
      ['6', '7'],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]?.line).toBe(3);
    expect(table.problems[0]?.reason).toMatch(/line 3: has 3 fields but the header has 2/);
  });

  it('reports a quote left open at the end', () => {
    const table = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.rows).toHaveLength(1);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]?.line).toBe(3);
    expect(table.problems[0]?.reason).toMatch(/line 3: invalid CSV: Quote Not Closed/);
  });

  it('reads tab-separated text', () => {
    const table = parseCsv('id\tproduct\n7\tLED panel\n');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]?.fields).toEqual(['7', 'LED panel']);
  });
});

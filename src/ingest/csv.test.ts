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

  it('reports a quote left open at the end and reads on', () => {
    const table = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.rows.map((row) => row.fields)).toEqual([
      ['1', '2'],
      ['4', '5'],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]?.line).toBe(3);
    expect(table.problems[0]?.reason).toMatch(/line 3: invalid CSV: Quote Not Closed/);
    expect(table.problems[0]?.raw).toBe('3,"open');
  });

  it('reads tab-separated text', () => {
    const table = parseCsv('id\tproduct\n7\tLED panel\n');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]?.fields).toEqual(['7', 'LED panel']);
  });
});

describe('parseCsv with a stray quote', () => {
  const header = 'RFQ ID,Date,Product,Message';

  it('quarantines the row that swallowed records', () => {
    const text = [
      header,
      'R4,2026-11-04,LED panel,Please quote 600 pcs',
      'R5,2026-11-05,Floodlight,"unclosed quote about 200W units',
      'R6,2026-11-06,High bay,Need 150W with DALI',
      'R7,2026-11-07,Downlight,"Quoted, with a comma"',
    ].join('\n');
    const table = parseCsv(text);
    expect(table.rows.map((row) => row.fields[0])).toEqual(['R4', 'R6', 'R7']);
    expect(table.rows.map((row) => row.line)).toEqual([2, 4, 5]);
    expect(table.rows[2]?.fields[3]).toBe('Quoted, with a comma');
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]?.line).toBe(3);
    expect(table.problems[0]?.reason).toMatch(/^line 3: a quoted cell opened on this line is not closed before line 4/);
    expect(table.problems[0]?.raw).toBe('R5,2026-11-05,Floodlight,"unclosed quote about 200W units');
  });

  it('keeps a multi-line cell with commas', () => {
    const text = [header, 'R8,2026-11-08,Panel,"Hello,', 'we need 500 pcs, IP65, 4000K', 'Regards"', 'R9,2026-11-09,Bulb,ok'].join('\n');
    const table = parseCsv(text);
    expect(table.problems).toEqual([]);
    expect(table.rows.map((row) => row.fields[0])).toEqual(['R8', 'R9']);
    expect(table.rows[0]?.fields[3]).toBe('Hello,\nwe need 500 pcs, IP65, 4000K\nRegards');
  });

  it('keeps a signature line in a cell', () => {
    const text = [header, 'R8,2026-11-08,Panel,"Hello', 'Regards, Tom, Lumen Works"', 'R9,2026-11-09,Bulb,ok'].join('\n');
    const table = parseCsv(text);
    expect(table.problems).toEqual([]);
    expect(table.rows.map((row) => row.fields[0])).toEqual(['R8', 'R9']);
  });

  it('reads on after two stray quotes', () => {
    const text = [header, 'R1,2026-11-01,Panel,"one', 'R2,2026-11-02,Panel,"two', 'R3,2026-11-03,Panel,three'].join('\n');
    const table = parseCsv(text);
    expect(table.rows.map((row) => row.fields[0])).toEqual(['R3']);
    expect(table.problems.map((problem) => problem.line)).toEqual([2, 3]);
  });
});

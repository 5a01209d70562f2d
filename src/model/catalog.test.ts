import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, ParleyError } from '../core/errors.js';
import { CatalogError, CatalogRowError, parseCatalog, readCatalog } from './catalog.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a catalog file in the test folder and returns its path. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

describe('readCatalog', () => {
  it('reads the sample catalog without skipping a row', () => {
    const catalog = readCatalog('catalogs/led-lighting.csv');
    expect(catalog.products.length).toBeGreaterThanOrEqual(15);
    expect(catalog.products.length).toBeLessThanOrEqual(30);
    expect(catalog.skipped).toEqual([]);
    expect(catalog.products[0]).toEqual({
      sku: 'LED-PN-6060',
      name: 'Slim LED Panel Light 600x600 40W',
      category: 'Panel lights',
      keywords: ['panel light', 'troffer', 'ceiling panel', 'panel 60x60'],
      moq: 500,
      price: 9.8,
      currency: 'USD',
      certifications: ['CE', 'RoHS', 'SAA'],
      line: 2,
    });
  });

  it('rejects an empty file with a message that says it is empty', () => {
    const path = file('empty.csv', '\n');
    expect(() => readCatalog(path)).toThrow(CatalogError);
    expect(() => readCatalog(path)).toThrow(/catalog file is empty/);
  });

  it('skips bad rows and names the file, line and column of each', () => {
    const path = file(
      'bad-rows.csv',
      [
        'SKU,Name,MOQ,Price,Currency,Certifications,Colour',
        'PK-01,Kraft mailer box,"1,000","2,35",eur,FSC|ISO 9001,brown',
        ',Nameless box,100,1.00,USD,,',
        'PK-02,Shipping carton,lots,1.00,USD,,',
        'PK-03,Gift box,100,1.00,US$,,',
        'pk-01,Kraft mailer box again,100,1.00,USD,,',
        'PK-04,Too many,100,1.00,USD,,,extra',
        'PK-05,Tissue paper,5000,0.02,USD,FSC,white',
      ].join('\n'),
    );
    const catalog = readCatalog(path);
    expect(catalog.products.map((p) => [p.sku, p.moq, p.price, p.currency, p.certifications, p.line])).toEqual([
      ['PK-01', 1000, 2.35, 'EUR', ['FSC', 'ISO 9001'], 2],
      ['PK-05', 5000, 0.02, 'USD', ['FSC'], 8],
    ]);
    expect(catalog.ignoredColumns).toEqual(['Colour']);
    expect(catalog.skipped.map((s) => [s.line, s.column, s.columnNumber])).toEqual([
      [3, 'sku', 1],
      [4, 'moq', 3],
      [5, 'currency', 5],
      [6, 'sku', 1],
      [7, null, null],
    ]);
    expect(catalog.skipped[1]?.message).toBe(`${path}: line 4, column 3 (moq): invalid MOQ "lots": expected a whole number of pieces such as 500; row skipped`);
    expect(catalog.skipped[3]?.message).toContain('duplicate SKU "pk-01": already used on line 2');
    expect(catalog.skipped[4]?.message).toContain('has 8 fields but the header has 7');
    expect(catalog.skipped.every((s) => s.file === path)).toBe(true);
  });

  it('throws a CatalogError naming the file when the name column is missing', () => {
    const path = file('no-name.csv', 'sku,moq\nPK-01,100\n');
    expect(() => readCatalog(path)).toThrow(CatalogError);
    expect(() => readCatalog(path)).toThrow(`${path}: line 1: missing required column name in header "sku,moq"; add it to the first line`);
  });

  it('throws a CatalogError for a file that cannot be read', () => {
    const path = join(dir, 'missing.csv');
    expect(() => readCatalog(path)).toThrow(CatalogError);
    expect(() => readCatalog(path)).toThrow(/failed to read the catalog file: ENOENT/);
  });
});

describe('parseCatalog', () => {
  it('reads keyword lists and optional columns left out', () => {
    const catalog = parseCatalog('sku,name,keywords\nLED-1,Panel light,"troffer, ceiling panel; panel 60x60"\n', 'inline.csv');
    expect(catalog.products[0]).toMatchObject({
      keywords: ['troffer', 'ceiling panel', 'panel 60x60'],
      category: null,
      moq: null,
      price: null,
      currency: null,
      certifications: [],
    });
  });

  it('rejects a zero MOQ with a hint', () => {
    const catalog = parseCatalog('sku,name,moq\nLED-1,Panel light,0\n', 'zero.csv');
    expect(catalog.products).toEqual([]);
    expect(catalog.skipped[0]?.message).toBe('zero.csv: line 2, column 3 (moq): invalid MOQ 0: leave the cell empty when there is no minimum; row skipped');
  });
});

describe('CatalogRowError', () => {
  it('is a typed input error whose data form keeps file, line and column', () => {
    const error = new CatalogRowError('c.csv', 4, 'price', 4, 'invalid price "x": expected a number such as 2.35');
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(ParleyError);
    expect(error.name).toBe('CatalogRowError');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      file: 'c.csv',
      line: 4,
      column: 'price',
      columnNumber: 4,
      message: 'c.csv: line 4, column 4 (price): invalid price "x": expected a number such as 2.35; row skipped',
    });
  });
});

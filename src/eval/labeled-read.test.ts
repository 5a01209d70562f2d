import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropDuplicateIds, fieldName, formatIssue, parseLabeledLines, readLabeledSet } from './labeled-read.js';

function line(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: 'fr-dev-017',
    language: 'fr',
    direction: 'inbound',
    sentAt: '2026-03-10T09:15:00+01:00',
    text: 'Votre prix est trop élevé, il nous faut 5000 pcs FOB Ningbo avant le 13 mars.',
    signals: ['intent.quotation', 'objection.price'],
    mode: 'frustrated',
    entities: [
      { type: 'quantity', value: 5000, unit: 'pcs' },
      { type: 'money', amount: 1200.5, currency: 'EUR', per: 'pcs' },
      { type: 'incoterm', code: 'FOB', place: 'Ningbo' },
      { type: 'date', iso: '2026-03-13', kind: 'deadline' },
    ],
    tags: ['negation', 'local-number'],
    ...overrides,
  });
}

describe('parseLabeledLines', () => {
  it('reads a valid line', () => {
    const { entries, issues } = parseLabeledLines(`${line()}\n`, 'fr.jsonl');
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.line).toBe(1);
    expect(entries[0]?.message.entities[1]).toEqual({ type: 'money', amount: 1200.5, currency: 'EUR', per: 'pcs' });
  });

  it('names file, line and field of an invalid value, then goes on', () => {
    const content = [line({ id: 'a' }), line({ id: 'b', signals: ['intent.quote'] }), line({ id: 'c' })].join('\n');
    const { entries, issues } = parseLabeledLines(content, 'eval/dev/fr.jsonl');
    expect(entries.map((entry) => entry.message.id)).toEqual(['a', 'c']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'eval/dev/fr.jsonl', line: 2, field: 'signals[0]' });
    const text = formatIssue(issues[0]!);
    expect(text.startsWith('eval/dev/fr.jsonl:2: signals[0]: invalid signal type "intent.quote"')).toBe(true);
  });

  it('names the field inside an entity', () => {
    const entities = [{ type: 'quantity', value: 5, unit: 'pcs' }, { type: 'money', amount: '12', currency: 'EUR' }];
    const { issues } = parseLabeledLines(line({ entities }), 'x.jsonl');
    expect(issues.map((issue) => issue.field)).toEqual(['entities[1].amount']);
  });

  it('reports an unknown entity type', () => {
    const { issues } = parseLabeledLines(line({ entities: [{ type: 'product', value: 'LED panel' }] }), 'x.jsonl');
    expect(issues.map((issue) => issue.field)).toEqual(['entities[0].type']);
  });

  it('reports unknown keys by name', () => {
    const entities = [{ type: 'quantity', value: 5, unit: 'pcs', text: '5 pcs' }];
    const { issues } = parseLabeledLines(line({ entities, channel: 'email' }), 'x.jsonl');
    expect(issues.map((issue) => issue.field).sort()).toEqual(['channel', 'entities[0].text']);
  });

  it('reports missing fields', () => {
    const value = JSON.parse(line()) as Record<string, unknown>;
    delete value.mode;
    const { issues } = parseLabeledLines(JSON.stringify(value), 'x.jsonl');
    expect(issues.map((issue) => issue.field)).toEqual(['mode']);
  });

  it('rejects a send time without an offset', () => {
    const { issues } = parseLabeledLines(line({ sentAt: '2026-03-10T09:15:00' }), 'x.jsonl');
    expect(issues.map((issue) => issue.field)).toEqual(['sentAt']);
  });

  it('accepts a send time without seconds', () => {
    const { issues } = parseLabeledLines(line({ sentAt: '2026-03-10T09:15+04:00' }), 'x.jsonl');
    expect(issues).toEqual([]);
  });

  it('rejects an impossible date', () => {
    const { issues } = parseLabeledLines(line({ entities: [{ type: 'date', iso: '2026-02-30', kind: 'date' }] }), 'x.jsonl');
    expect(issues.map((issue) => issue.field)).toEqual(['entities[0].iso']);
  });

  it('rejects a signal listed twice', () => {
    const { issues } = parseLabeledLines(line({ signals: ['objection.price', 'objection.price'] }), 'x.jsonl');
    expect(issues.map((issue) => issue.field)).toEqual(['signals']);
  });

  it('rejects a range whose top is below its start', () => {
    const entities = [{ type: 'money', amount: 20000, currency: 'USD', max: 5000 }];
    const { issues } = parseLabeledLines(line({ entities }), 'x.jsonl');
    expect(issues.map((issue) => issue.field)).toEqual(['entities[0].max']);
  });

  it('reports invalid JSON with its line number', () => {
    const { entries, issues } = parseLabeledLines(`${line({ id: 'a' })}\n{"id": \n${line({ id: 'b' })}\n`, 'x.jsonl');
    expect(entries).toHaveLength(2);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, field: '(line)' });
    expect(issues[0]?.message.startsWith('invalid JSON')).toBe(true);
  });

  it('reports a byte order mark and still reads the line', () => {
    const { entries, issues } = parseLabeledLines(`\uFEFF${line()}\n`, 'x.jsonl');
    expect(entries).toHaveLength(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 1, field: '(file)' });
  });

  it('skips blank lines and keeps line numbers', () => {
    const { entries, issues } = parseLabeledLines(`\n${line({ id: 'a' })}\r\n\n${line({ id: 'b' })}`, 'x.jsonl');
    expect(issues).toEqual([]);
    expect(entries.map((entry) => entry.line)).toEqual([2, 4]);
  });
});

describe('fieldName', () => {
  it('writes paths with brackets for indexes', () => {
    expect(fieldName(['entities', 2, 'amount'])).toBe('entities[2].amount');
    expect(fieldName(['signals', 0])).toBe('signals[0]');
    expect(fieldName([])).toBe('(line)');
  });
});

describe('readLabeledSet', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });

  it('reads language files and skips other names', () => {
    root = mkdtempSync(join(tmpdir(), 'parley-eval-'));
    const dev = join(root, 'dev');
    mkdirSync(dev);
    writeFileSync(join(dev, 'fr.jsonl'), `${line({ id: 'fr-1' })}\n`);
    writeFileSync(join(dev, 'en.jsonl'), `${line({ id: 'en-1', language: 'en' })}\n`);
    writeFileSync(join(dev, 'de.jsonl'), `${line({ id: 'de-1' })}\n`);
    writeFileSync(join(dev, 'notes.txt'), 'not a set');
    const set = readLabeledSet('dev', dev);
    expect(set.found).toBe(true);
    expect(set.entries.map((entry) => entry.message.id).sort()).toEqual(['en-1', 'fr-1']);
    expect(set.issues).toHaveLength(1);
    expect(set.issues[0]).toMatchObject({ file: join(dev, 'de.jsonl'), line: null });
  });

  it('marks a missing folder', () => {
    const set = readLabeledSet('holdout', join(tmpdir(), 'parley-eval-no-such-folder'));
    expect(set.found).toBe(false);
    expect(set.entries).toEqual([]);
  });
});

describe('dropDuplicateIds', () => {
  it('keeps the first of an id across sets and reports the rest', () => {
    const dev = parseLabeledLines([line({ id: 'a' }), line({ id: 'b' })].join('\n'), 'dev/fr.jsonl');
    const holdout = parseLabeledLines([line({ id: 'c' }), line({ id: 'a' })].join('\n'), 'holdout/fr.jsonl');
    const sets = dropDuplicateIds([
      { name: 'dev', dir: 'dev', found: true, ...dev },
      { name: 'holdout', dir: 'holdout', found: true, ...holdout },
    ]);
    expect(sets[0]?.entries.map((entry) => entry.message.id)).toEqual(['a', 'b']);
    expect(sets[1]?.entries.map((entry) => entry.message.id)).toEqual(['c']);
    expect(sets[1]?.issues).toHaveLength(1);
    expect(formatIssue(sets[1]!.issues[0]!)).toBe(
      'holdout/fr.jsonl:2: id: duplicate id "a", first used at dev/fr.jsonl:1; line skipped',
    );
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { detectFileFormat, readInputs } from './index.js';
import { TEST_DATA_DIR, testDataPath } from './test-paths.js';
import { readWhatsAppFile, senderFromAuthor } from './whatsapp.js';
import { splitChatEntries } from './whatsapp-entries.js';
import { readWhatsAppZip } from './zip.js';

/**
 * Folders of the shared data that hold WhatsApp exports, with the messages
 * expected in each. Czech and Dutch deleted-message and missed-call notices
 * are dropped like the English ones.
 */
const FOLDERS: [string, number][] = [
  ['chat-analytics/tests/samples/whatsapp', 27],
  ['chat-miner/older_commit_e424296_parent/test/whatsapp', 25],
  ['chat-miner/test/whatsapp', 30],
  ['rwhatsapp/inst/extdata', 14],
  ['whats_json/example', 40],
  ['whats_json/test/data/android', 201],
  ['whats_json/test/data/calendars', 64],
  ['whats_json/test/data/chats_unique', 717],
  ['whats_json/test/data/ios', 349],
  ['whats_json/test/data/languages', 568],
  ['whatstk/chats/whatsapp', 18],
];

/**
 * Deliberately simple header test, independent of the parser: after removing
 * bidirectional marks and mapping Arabic-Indic digits, a header line starts
 * with a numeric date, or with a time and then a numeric date (Vietnamese).
 */
const SIMPLE_HEADER = /^\[?(?:\d{1,2}:\d\d:\d\d, )?\d{1,4}[./-]\d{1,2}[./-]R?\d{1,4}/;

function simplified(line: string): string {
  return line
    .replace(/[\u200e\u200f\u202a-\u202e\ufeff]/g, '')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
}

function countHeaderLines(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((line) => SIMPLE_HEADER.test(simplified(line))).length;
}

function exportFiles(folder: string): string[] {
  return readdirSync(testDataPath(folder))
    .filter((name) => /\.(txt|zip)$/i.test(name))
    .sort()
    .map((name) => `${folder}/${name}`);
}

function messagesOf(items: IngestItem[]): ParsedMessage[] {
  return items.flatMap((item) => (item.kind === 'message' ? [item.message] : []));
}

/**
 * Reads a file through `readInputs`, or through the WhatsApp adapter when the
 * format detector rejects it, so parsing is tested even while detection is
 * wrong. The detection test reports such files.
 */
async function collect(filePath: string): Promise<IngestItem[]> {
  const detection = await detectFileFormat(filePath);
  if (detection.format !== 'whatsapp' && detection.format !== 'whatsapp-zip') {
    return filePath.endsWith('.zip') ? (await readWhatsAppZip(filePath)).items : readWhatsAppFile(filePath);
  }
  const items: IngestItem[] = [];
  for await (const item of readInputs([filePath])) items.push(item);
  return items;
}

const ALL_FILES = FOLDERS.flatMap(([folder]) => exportFiles(folder));

describe('WhatsApp corpus', () => {
  it('detects every export as WhatsApp', async () => {
    const rejected: string[] = [];
    for (const file of ALL_FILES) {
      const detection = await detectFileFormat(testDataPath(file));
      if (detection.format !== 'whatsapp' && detection.format !== 'whatsapp-zip') rejected.push(file);
    }
    expect(rejected).toEqual([]);
  });

  it.each(ALL_FILES.filter((file) => file.endsWith('.txt')))('reads %s', async (file) => {
    const text = readFileSync(testDataPath(file), 'utf8');
    const items = await collect(testDataPath(file));
    const messages = messagesOf(items);
    expect(items.filter((item) => item.kind === 'quarantine')).toEqual([]);
    expect(messages.length).toBeGreaterThan(0);

    // Every header line becomes one entry: a message or a skipped system notice.
    const { entries } = splitChatEntries(text, { exportYear: 2024 });
    expect(entries).toHaveLength(countHeaderLines(text));
    expect(messages.length).toBeLessThanOrEqual(entries.length);

    for (const message of messages) {
      expect(message.sentAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      const instant = Date.parse(`${message.sentAt}Z`);
      expect(new Date(instant).toISOString().slice(0, 19)).toBe(message.sentAt);
      expect(instant).toBeGreaterThanOrEqual(Date.UTC(2009, 0, 1));
      expect(instant).toBeLessThan(Date.UTC(2031, 0, 1));
      const author = message.sender.name ?? message.sender.phone ?? '';
      expect(author.trim()).not.toBe('');
      const headerLines = message.body.split('\n').filter((line) => SIMPLE_HEADER.test(simplified(line)));
      expect(headerLines).toEqual([]);
    }
  });

  it.each(FOLDERS)('counts messages in %s', async (folder, expected) => {
    let total = 0;
    for (const file of exportFiles(folder)) total += messagesOf(await collect(testDataPath(file))).length;
    expect(total).toBe(expected);
  });

  it.each(ALL_FILES.filter((file) => file.endsWith('.zip')))('reads zip %s', async (file) => {
    const zipped = await readWhatsAppZip(testDataPath(file));
    expect(zipped.items.filter((item) => item.kind === 'quarantine')).toEqual([]);
    const chats = Object.values(unzipSync(readFileSync(testDataPath(file)), { filter: (entry) => entry.name.endsWith('.txt') }));
    expect(chats).toHaveLength(1);
    const text = strFromU8(chats[0] ?? new Uint8Array());
    const messages = messagesOf(zipped.items);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThanOrEqual(countHeaderLines(text));
    expect(splitChatEntries(text, { exportYear: 2024 }).entries).toHaveLength(countHeaderLines(text));
  });
});

/** Parses the CSV targets of chat-miner: comma-separated, double-quoted fields, "" for a quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const pattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/g;
  let row: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const field = match[1] ?? '';
    row.push(field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
    if (match[2] !== ',') {
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
      if (match[2] === '') break;
    }
  }
  return rows;
}

const OLDER = 'chat-miner/older_commit_e424296_parent/test/whatsapp/';

describe('chat-miner ground truth', () => {
  it.each(['test_dateformat1', 'test_dateformat2', 'test_dateformat3', 'test_dateformat4', 'test_dateformat5', 'test_unicode'])(
    'matches %s_target.csv',
    async (name) => {
      const [, ...rows] = parseCsv(readFileSync(testDataPath(`${OLDER}${name}_target.csv`), 'utf8'));
      // Parley skips system notices, which chat-miner keeps under the author "System", and the
      // body-less "Name:." line that chat-miner reads as a disappearing-message placeholder.
      // Parley keeps a body's line breaks and no-break spaces, which chat-miner turns into spaces,
      // and writes phone authors as E.164.
      const expected = rows
        .filter((row) => row[1] !== 'System' && row[2] !== '<Disappearing Message>')
        .map((row) => [(row[0] ?? '').replace(' ', 'T'), senderFromAuthor(row[1] ?? ''), row[2]])
        .reverse();
      const messages = messagesOf(await collect(testDataPath(`${OLDER}${name}.txt`)));
      const actual = messages.map((message) => [message.sentAt, message.sender, message.body.replace(/\s+/g, ' ')]);
      expect(actual).toEqual(expected);
    },
  );

  it('matches target.json for all five files', async () => {
    const target = JSON.parse(readFileSync(testDataPath('chat-miner/test/whatsapp/target.json'), 'utf8')) as {
      timestamp: string;
      author: string;
      message: string;
    }[];
    const expected = target.map((row) => [row.timestamp, row.author, row.message]).reverse();
    for (const file of exportFiles('chat-miner/test/whatsapp')) {
      const messages = messagesOf(await collect(testDataPath(file)));
      const actual = messages.map((message) => [message.sentAt, message.sender.name, message.body.replace(/\s+/g, ' ')]);
      expect(actual, path.basename(file)).toEqual(expected);
    }
  });
});

describe('corpus location', () => {
  it('resolves the shared data folder', () => {
    expect(TEST_DATA_DIR.endsWith('/shared/data/')).toBe(true);
  });
});

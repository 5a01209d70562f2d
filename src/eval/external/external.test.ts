import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATA_DIR, testDataPath } from '../../ingest/test-paths.js';
import { looksLikeInquiry, looksLikePriceObjection, looksLikeRequest } from './baselines.js';
import { INQUIRY_ACTS, PRICE_OBJECTION_ACTS, readBuyerTurns } from './craigslist.js';
import { readIntentSentences } from './email-intent.js';
import { polarityClass, readGroupedComments } from './goemotions.js';
import { replaceSection, SECTION_END, SECTION_START } from './render.js';

let scratch: string | undefined;
afterEach(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

function scratchFile(name: string, content: string): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'parley-external-'));
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe('GoEmotions grouping', () => {
  it('reproduces the published grouped test labels', () => {
    const grouped = readFileSync(testDataPath('GoEmotions-pytorch/data/group/test.tsv'), 'utf8').trim().split('\n');
    const groupNames = readFileSync(testDataPath('GoEmotions-pytorch/data/group/labels.txt'), 'utf8').trim().split('\n');
    const comments = readGroupedComments(TEST_DATA_DIR, 'test');
    expect(comments).toHaveLength(grouped.length);
    let differences = 0;
    grouped.forEach((line, index) => {
      const ids = line.split('\t')[1] ?? '';
      const expected = new Set(ids.split(',').map((id) => groupNames[Number(id)]));
      const actual = comments[index]?.groups ?? new Set();
      if (expected.size !== actual.size || [...expected].some((group) => !actual.has(group as never))) differences += 1;
    });
    expect(differences).toBe(0);
  });

  it('classes polarity with the ±0.05 cut-off', () => {
    expect(polarityClass(0.05)).toBe('positive');
    expect(polarityClass(0.049)).toBe('neutral');
    expect(polarityClass(-0.049)).toBe('neutral');
    expect(polarityClass(-0.05)).toBe('negative');
  });
});

describe('readIntentSentences', () => {
  it('reads labels and sentences', () => {
    const file = scratchFile('intent.txt', 'Yes\tPlease send the report.\r\nNo\tWe met on Tuesday.\n\n');
    expect(readIntentSentences(file)).toEqual([
      { text: 'Please send the report.', request: true },
      { text: 'We met on Tuesday.', request: false },
    ]);
  });

  it('names the line of an unknown label', () => {
    const file = scratchFile('intent.txt', 'Yes\tCall me.\nMaybe\tHm.\n');
    expect(() => readIntentSentences(file)).toThrow(`${file}:2:`);
  });

  it('reads the real test batch', () => {
    const sentences = readIntentSentences(testDataPath('EmailIntentDataSet/src/resources/testSet-qualifiedBatch-fixed.txt'));
    expect(sentences).toHaveLength(992);
    expect(sentences.filter((sentence) => sentence.request)).toHaveLength(309);
  });
});

describe('readBuyerTurns', () => {
  it('keeps buyer turns with text', () => {
    const dialogue = {
      agent_info: { Role: ['seller', 'buyer'], Target: [100, 80] },
      agent_turn: [1, 0, 1, 1],
      dialogue_acts: { intent: ['inquiry', 'inform', 'counter-price', 'offer'], price: [-1, -1, 70, 70] },
      utterance: ['Is it still available?', 'Yes it is.', 'Would you take $70?', ''],
    };
    const file = scratchFile('dialogues.json', `${JSON.stringify(dialogue)}\n`);
    expect(readBuyerTurns(file)).toEqual([
      { text: 'Is it still available?', act: 'inquiry' },
      { text: 'Would you take $70?', act: 'counter-price' },
    ]);
  });

  it('reads the real validation split', () => {
    const turns = readBuyerTurns(testDataPath('craigslist_bargains-via-agreemate/data/craigslist_bargains/raw/validation.json'));
    expect(turns).toHaveLength(2236);
    expect(turns.filter((turn) => PRICE_OBJECTION_ACTS.has(turn.act))).toHaveLength(427);
    expect(turns.filter((turn) => INQUIRY_ACTS.has(turn.act))).toHaveLength(417);
  });
});

describe('keyword baselines', () => {
  it('reads requests', () => {
    expect(looksLikeRequest('Send me the contract by Friday.')).toBe(true);
    expect(looksLikeRequest('Could you check the numbers')).toBe(true);
    expect(looksLikeRequest('Is the meeting still on?')).toBe(true);
    expect(looksLikeRequest('We had a great time at the game.')).toBe(false);
  });

  it('reads inquiries', () => {
    expect(looksLikeInquiry('How old is the bike')).toBe(true);
    expect(looksLikeInquiry('any scratches?')).toBe(true);
    expect(looksLikeInquiry('I will take it.')).toBe(false);
  });

  it('reads price push-back', () => {
    expect(looksLikePriceObjection("That's too much for me.")).toBe(true);
    expect(looksLikePriceObjection('Would you take $150 for it')).toBe(true);
    expect(looksLikePriceObjection('Sounds good, see you tomorrow.')).toBe(false);
  });
});

describe('replaceSection', () => {
  const section = `${SECTION_START}\n## New\n${SECTION_END}`;

  it('appends the section when the file has none', () => {
    expect(replaceSection('# Benchmarks\n\ntext\n', section)).toBe(`# Benchmarks\n\ntext\n\n${section}\n`);
  });

  it('replaces only its own section', () => {
    const before = `# Benchmarks\n\n${SECTION_START}\n## Old\nold numbers\n${SECTION_END}\n\n## Other\nkept\n`;
    expect(replaceSection(before, section)).toBe(`# Benchmarks\n\n${section}\n\n## Other\nkept\n`);
  });
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors.js';
import { TEST_DATA_DIR, testDataPath } from '../../ingest/test-paths.js';
import { loadCasino, parseCasino } from './casino.js';
import { CRAIGSLIST_FILE, loadCraigslist, parseCraigslist } from './craigslist.js';
import { dealOutcome, dialogueKey, loadDealOrNoDeal, parseDealLine, parseDealOrNoDeal } from './deal-or-no-deal.js';

/** Builds a CaSiNo dialogue for the test, closed by the events in `end`. */
function casinoDialogue(id: number, end: string[]): object {
  const logs = [
    { text: 'Hello! Ready for the camping trip?', task_data: {}, id: 'mturk_agent_2' },
    { text: 'Yes! I need extra water, it is hot there.', task_data: {}, id: 'mturk_agent_1' },
    { text: 'I could give you two water for the firewood.', task_data: {}, id: 'mturk_agent_2' },
    ...end.map((text, index) => ({ text, task_data: { data: text }, id: index % 2 === 0 ? 'mturk_agent_1' : 'mturk_agent_2' })),
  ];
  return { dialogue_id: id, chat_logs: logs, participant_info: {}, annotations: [] };
}

describe('parseCasino', () => {
  const json = JSON.stringify([
    casinoDialogue(1, ['Submit-Deal', 'Accept-Deal']),
    casinoDialogue(2, ['Submit-Deal', 'Reject-Deal', 'Walk-Away']),
    casinoDialogue(3, ['Submit-Deal']),
  ]);

  it('reads Accept-Deal as won, Walk-Away as lost and skips any other ending', () => {
    const parsed = parseCasino(json, 'casino_x.json', 'casino-x');
    expect(parsed.negotiations.map((n) => [n.id, n.won])).toEqual([
      ['casino-x-1', true],
      ['casino-x-2', false],
    ]);
    expect(parsed.skipped).toEqual({ 'unknown outcome': 1 });
  });

  it('keeps written turns only, with the first writer as the buyer', () => {
    const [first] = parseCasino(json, 'casino_x.json', 'casino-x').negotiations;
    expect(first?.turns).toEqual([
      { side: 'buyer', text: 'Hello! Ready for the camping trip?' },
      { side: 'seller', text: 'Yes! I need extra water, it is hot there.' },
      { side: 'buyer', text: 'I could give you two water for the firewood.' },
    ]);
  });

  it('names the file when the content is not a CaSiNo split', () => {
    expect(() => parseCasino('{"a":1}', 'casino_bad.json', 'c')).toThrow(InputError);
    expect(() => parseCasino('[{', 'casino_bad.json', 'c')).toThrow(/^casino_bad\.json: invalid JSON/);
  });
});

/** Builds a CraigslistBargain line from [agent (0 buyer, 1 seller), text, act] per utterance. */
function craigslistLine(turns: [number, string, string][]): string {
  return JSON.stringify({
    agent_info: { Bottomline: ['None', 'None'], Role: ['buyer', 'seller'], Target: [90, 120] },
    agent_turn: turns.map(([agent]) => agent),
    dialogue_acts: { intent: turns.map(([, , act]) => act), price: turns.map(() => -1) },
    utterance: turns.map(([, text]) => text),
    items: {},
  });
}

describe('parseCraigslist', () => {
  const lines = [
    craigslistLine([[1, 'Still want the lamp?', 'intro'], [0, 'Yes, would you take $90?', 'init-price'], [1, '', 'offer'], [0, '', 'accept']]),
    craigslistLine([[0, 'Is $50 ok?', 'init-price'], [1, 'No way, $120 firm.', 'disagree'], [0, '', 'quit']]),
    craigslistLine([[0, 'Hi', 'intro'], [1, '', 'offer'], [0, '', 'reject']]),
    craigslistLine([[0, 'Is it still for sale?', ''], [1, 'Yes', ''], [0, '', '']]),
    // The accept event is followed by a text turn: the last event still decides.
    craigslistLine([[0, 'Deal at $100?', 'offer'], [1, '', 'offer'], [0, '', 'accept'], [1, 'Thanks!', 'unknown']]),
  ].join('\n');

  it('reads outcome from the last event', () => {
    const parsed = parseCraigslist(`${lines}\n\n`, 'validation.json');
    expect(parsed.negotiations.map((n) => [n.id, n.won])).toEqual([
      ['craigslist-1', true],
      ['craigslist-2', false],
      ['craigslist-3', false],
      ['craigslist-5', true],
    ]);
    expect(parsed.skipped).toEqual({ 'unknown outcome': 1 });
  });

  it('maps the buyer role to the buyer side and drops events without text', () => {
    const [first] = parseCraigslist(lines, 'validation.json').negotiations;
    expect(first?.turns).toEqual([
      { side: 'seller', text: 'Still want the lamp?' },
      { side: 'buyer', text: 'Yes, would you take $90?' },
    ]);
  });

  it('names the line of a record with another shape', () => {
    expect(() => parseCraigslist(`${lines}\n{"utterance":[]}`, 'validation.json')).toThrow(/^validation\.json:6: invalid CraigslistBargain dialogue/);
  });
});

const VIEW_YOU_FIRST =
  '<input> 1 4 2 1 1 2 </input> <dialogue> YOU: i want the hats <eos> THEM: you can have them if i get the book <eos> ' +
  'YOU: deal <eos> THEM: <selection> </dialogue> <output> item0=0 item1=2 item2=0 item0=1 item1=0 item2=1 </output> ' +
  '<partner_input> 1 6 2 0 1 4 </partner_input>';
const VIEW_THEM_FIRST =
  '<input> 1 6 2 0 1 4 </input> <dialogue> THEM: i want the hats <eos> YOU: you can have them if i get the book <eos> ' +
  'THEM: deal <eos> YOU: <selection> </dialogue> <output> item0=1 item1=0 item2=1 item0=0 item1=2 item2=0 </output> ' +
  '<partner_input> 1 4 2 1 1 2 </partner_input>';
const NO_DEAL =
  '<input> 3 1 1 2 1 3 </input> <dialogue> THEM: give me everything <eos> YOU: no <eos> THEM: <selection> </dialogue> ' +
  '<output> <no_agreement> <no_agreement> <no_agreement> <no_agreement> <no_agreement> <no_agreement> </output> <partner_input> 3 0 1 5 1 2 </partner_input>';
const DISAGREE = NO_DEAL.replaceAll('<no_agreement>', '<disagree>').replace('give me everything', 'i need the balls');
const DISCONNECT = NO_DEAL.replaceAll('<no_agreement>', '<disconnect>').replace('give me everything', 'hello ?');

describe('Deal or No Deal', () => {
  it('gives both views of a dialogue the same key', () => {
    expect(dialogueKey(parseDealLine(VIEW_YOU_FIRST, 'a'))).toBe(dialogueKey(parseDealLine(VIEW_THEM_FIRST, 'b')));
    expect(dialogueKey(parseDealLine(VIEW_YOU_FIRST, 'a'))).not.toBe(dialogueKey(parseDealLine(NO_DEAL, 'c')));
  });

  it('reads agreed splits as won, <disagree> and <no_agreement> as lost, <disconnect> as unknown', () => {
    expect(dealOutcome('item0=0 item1=2 item2=0 item0=1 item1=0 item2=1')).toBe(true);
    expect(dealOutcome('<disagree> <disagree>')).toBe(false);
    expect(dealOutcome('<no_agreement> <no_agreement>')).toBe(false);
    expect(dealOutcome('<disconnect> <disconnect>')).toBeNull();
  });

  it('keeps one view per dialogue', () => {
    const seen = new Set<string>();
    const val = parseDealOrNoDeal([VIEW_YOU_FIRST, NO_DEAL, DISCONNECT].join('\n'), 'val.txt', 'dond-val', seen);
    const test = parseDealOrNoDeal([VIEW_THEM_FIRST, DISAGREE].join('\n'), 'test.txt', 'dond-test', seen);
    expect(val.negotiations.map((n) => [n.id, n.won])).toEqual([
      ['dond-val-1', true],
      ['dond-val-2', false],
    ]);
    expect(val.skipped).toEqual({ 'unknown outcome': 1 });
    expect(test.negotiations.map((n) => [n.id, n.won])).toEqual([['dond-test-2', false]]);
    expect(test.skipped).toEqual({ 'second view of a dialogue': 1 });
    expect(val.negotiations[0]?.turns).toEqual([
      { side: 'buyer', text: 'i want the hats' },
      { side: 'seller', text: 'you can have them if i get the book' },
      { side: 'buyer', text: 'deal' },
    ]);
  });

  it('names the line of a line with another shape', () => {
    expect(() => parseDealOrNoDeal(`${NO_DEAL}\n<input> 1 </input>`, 'val.txt', 'v', new Set())).toThrow(/^val\.txt:2: invalid Deal or No Deal line/);
  });
});

describe.skipIf(!existsSync(testDataPath('CaSiNo')))('loaders on the shared data files', () => {
  it('reads CaSiNo with both outcomes and every dialogue accounted for', () => {
    const casino = loadCasino(TEST_DATA_DIR);
    const won = casino.negotiations.filter((n) => n.won).length;
    const skipped = Object.values(casino.skipped).reduce((a, b) => a + b, 0);
    expect(casino.negotiations.length + skipped).toBe(1030);
    expect(won).toBeGreaterThan(900);
    expect(casino.negotiations.length - won).toBeGreaterThanOrEqual(10);
    expect(casino.negotiations.every((n) => n.turns.length > 0 && n.turns[0]?.side === 'buyer')).toBe(true);
  });

  it('reads the CraigslistBargain validation split with both outcomes', () => {
    const craigslist = loadCraigslist(TEST_DATA_DIR);
    const won = craigslist.negotiations.filter((n) => n.won).length;
    const lost = craigslist.negotiations.length - won;
    expect(craigslist.files).toEqual([CRAIGSLIST_FILE]);
    expect(craigslist.negotiations.length + (craigslist.skipped['unknown outcome'] ?? 0)).toBe(597);
    expect(won).toBeGreaterThan(lost);
    expect(lost).toBeGreaterThan(20);
  });

  it('reads Deal or No Deal once per dialogue, with both outcomes', () => {
    const dond = loadDealOrNoDeal(TEST_DATA_DIR);
    const dialogues = dond.negotiations.length;
    const won = dond.negotiations.filter((n) => n.won).length;
    const lines = 1087 + 1052;
    expect(dialogues + (dond.skipped['unknown outcome'] ?? 0) + (dond.skipped['second view of a dialogue'] ?? 0)).toBe(lines);
    expect(dialogues).toBeGreaterThan(lines * 0.45);
    expect(dialogues).toBeLessThan(lines * 0.55);
    expect(won).toBeGreaterThan(dialogues - won);
    expect(dialogues - won).toBeGreaterThan(100);
    expect(new Set(dond.negotiations.map((n) => n.id)).size).toBe(dialogues);
  });
});

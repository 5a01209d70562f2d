import { describe, expect, it } from 'vitest';
import { detectFileFormat, detectFormat } from './detect.js';
import { testDataPath } from './test-paths.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectFileFormat', () => {
  it.each([
    ['whats_json/test/data/languages/english_ios.txt', 'whatsapp'],
    ['whats_json/test/data/languages/arabic_ios.txt', 'whatsapp'],
    ['whats_json/test/data/languages/vietnamese_ios.txt', 'whatsapp'],
    ['whats_json/test/data/languages/czech_android.txt', 'whatsapp'],
    ['rwhatsapp/inst/extdata/sample.txt', 'whatsapp'],
    ['rwhatsapp/inst/extdata/sample.zip', 'whatsapp-zip'],
    ['spark-mail-enron/mailrecord-utils/src/test/resources/enron/maildir/lay-k/inbox/568.txt', 'eml'],
    ['MimeKit/UnitTests/TestData/mbox/simple.mbox.txt', 'mbox'],
    ['MimeKit/UnitTests/TestData/mbox/unmunged.mbox.txt', 'mbox'],
    ['enmime/testdata/mail/attachment.raw', 'eml'],
  ])('detects %s', async (file, format) => {
    expect((await detectFileFormat(testDataPath(file))).format).toBe(format);
  });

  it('detects canonical jsonl', () => {
    expect(detectFormat(bytes('{"channel":"email","sentAt":"2026-03-10T09:15:00Z","text":"hi"}\n'), 'x').format).toBe('jsonl');
  });

  it('ignores a misleading extension', () => {
    expect(detectFormat(bytes('23/03/2022, 13:31 - A: hello\n'), 'notes.eml').format).toBe('whatsapp');
  });

  it('names supported formats for unknown', async () => {
    const result = await detectFileFormat(testDataPath('MimeKit/UnitTests/TestData/mbox/content-length.unix-offsets.json'));
    expect(result.format).toBeNull();
    if (result.format === null) expect(result.reason).toContain('supported formats');
  });

  it('rejects binary and empty input', () => {
    expect(detectFormat(new Uint8Array([1, 0, 2]), 'x.bin').format).toBeNull();
    expect(detectFormat(new Uint8Array(), 'x.txt').format).toBeNull();
  });
});

describe('detectFormat on JSON documents', () => {
  it('rejects a multi-line JSON document with a reason', () => {
    const head = new TextEncoder().encode('{\n  "team": { "domains": [] }\n}\n');
    const detection = detectFormat(head, 'settings.json');
    expect(detection.format).toBeNull();
    expect(detection).toMatchObject({ reason: expect.stringMatching(/not JSON Lines/) });
  });
});

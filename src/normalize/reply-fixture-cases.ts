/**
 * Loads the reply-parser fixtures of the shared test data that ship an
 * expected visible body, as cases for word-for-word checks of
 * `cleanEmailBody`. The expectations come from the upstream tests
 * (`reply-upstream-cases.ts`), from talon's `_reply_text` and `_signature`
 * files, and from the `#sig#` / `#reply#` line annotations of talon's and
 * mailgun/forge's signature data sets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseEmail } from '../ingest/email.js';
import { htmlToText } from '../ingest/html-text.js';
import { testDataPath } from '../ingest/test-paths.js';
import {
  CRISP_EXPECTATIONS,
  FORGE_SIGN_OFFS,
  TALON_DEFAULT_REPLY,
  TALON_HTML_EXPECTATIONS,
  TALON_REPLY_TEXT_SIGNATURES,
  WILLDURAND_EXPECTATIONS,
  type DroppedSignature,
  type UpstreamExpectation,
} from './reply-upstream-cases.js';

export type ReplyFixtureSet = 'talon' | 'crisp' | 'willdurand' | 'forge';

export interface ReplyFixtureCase {
  set: ReplyFixtureSet;
  /** Fixture path under the shared data folder, plus a variant label when one file yields several cases. */
  id: string;
  /** Plain-text body given to the cleaner. */
  body: string;
  /** Visible body Parley must produce. */
  expected: string;
  /** Reason `expected` differs from the upstream expectation, when it does. */
  deviation?: string;
}

export const TALON_ROOT = 'talon/tests/fixtures/';
export const CRISP_ROOT = 'crisp-email-reply-parser/test/fixtures/';
export const WILLDURAND_ROOT = 'EmailReplyParser/tests/Fixtures/';
export const FORGE_ROOT = 'mailgun-forge/dataset/';

/** Collapses runs of whitespace and trims, the comparison the fixture checks use. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Loads every case of every set, in a stable order. */
export async function loadReplyFixtureCases(): Promise<ReplyFixtureCase[]> {
  return [
    ...(await talonReplyCases()),
    ...talonHtmlCases(),
    ...talonSignatureCases(),
    ...upstreamCases('crisp', CRISP_ROOT, CRISP_EXPECTATIONS),
    ...upstreamCases('willdurand', WILLDURAND_ROOT, WILLDURAND_EXPECTATIONS),
    ...forgeCases(),
  ];
}

const readText = (path: string) => readFileSync(testDataPath(path), 'utf8').replace(/\r\n?/g, '\n');

const listFiles = (folder: string, pattern: RegExp) =>
  readdirSync(testDataPath(folder))
    .filter((name) => pattern.test(name))
    .sort();

/**
 * Removes the last `signature.lines` non-empty lines of an upstream body,
 * the sign-off that Parley drops. Throws when the body has fewer lines, so
 * a wrong count fails loudly instead of emptying the expectation.
 */
function withoutSignature(text: string, signature: DroppedSignature | undefined): string {
  if (signature === undefined) return text;
  const lines = text.trimEnd().split('\n');
  let remaining = signature.lines;
  let end = lines.length;
  while (remaining > 0 && end > 0) {
    end -= 1;
    if ((lines[end] ?? '').trim() !== '') remaining -= 1;
  }
  if (remaining > 0 || end === 0) throw new Error(`signature of ${signature.lines} lines is longer than the body`);
  return lines.slice(0, end).join('\n').trim();
}

function upstreamCases(set: ReplyFixtureSet, root: string, expectations: UpstreamExpectation[]): ReplyFixtureCase[] {
  return expectations.map((expectation) => {
    let fixture = readText(root + expectation.file);
    const substitute = expectation.substitute;
    if (substitute !== undefined) fixture = fixture.replace(substitute.placeholder, substitute.value);
    const visible = expectation.visible;
    let upstream: string;
    if (typeof visible === 'string') upstream = visible;
    else if ('whole' in visible) upstream = fixture;
    else upstream = fixture.split('\n').slice(visible.from, visible.to).join('\n');
    const id = root + expectation.file + (substitute === undefined ? '' : ` [${substitute.label}]`);
    return caseOf(set, id, fixture, withoutSignature(upstream, expectation.signature), expectation.signature);
  });
}

function caseOf(
  set: ReplyFixtureSet,
  id: string,
  body: string,
  expected: string,
  signature?: DroppedSignature,
): ReplyFixtureCase {
  const item: ReplyFixtureCase = { set, id, body, expected: expected.trim() };
  if (signature !== undefined) item.deviation = signature.reason;
  return item;
}

/** talon `standard_replies/*.eml`: the MIME message is parsed by Parley's e-mail ingest first. */
async function talonReplyCases(): Promise<ReplyFixtureCase[]> {
  const folder = `${TALON_ROOT}standard_replies/`;
  const replyTexts = new Set(listFiles(folder, /_reply_text$/));
  const cases: ReplyFixtureCase[] = [];
  for (const file of listFiles(folder, /\.eml$/)) {
    const name = file.slice(0, -'.eml'.length);
    const body = await emlBody(readFileSync(testDataPath(folder + file)), file);
    const replyText = replyTexts.has(`${name}_reply_text`) ? readText(`${folder}${name}_reply_text`) : TALON_DEFAULT_REPLY;
    const signature = TALON_REPLY_TEXT_SIGNATURES[name];
    cases.push(caseOf('talon', folder + file, body, withoutSignature(replyText, signature), signature));
  }
  return cases;
}

/** Date header added to fixtures that lack one. Parley's ingest quarantines those, and the date plays no part in body cleaning. */
const FIXED_DATE_HEADER = 'Date: Mon, 2 Apr 2012 17:44:22 +0000\r\n';

async function emlBody(raw: Buffer, source: string): Promise<string> {
  let item = await parseEmail(raw, source);
  if (item.kind !== 'message') item = await parseEmail(Buffer.concat([Buffer.from(FIXED_DATE_HEADER), raw]), source);
  if (item.kind !== 'message') throw new Error(`talon fixture ${source} was quarantined: ${item.item.reason}`);
  return item.message.body;
}

function talonHtmlCases(): ReplyFixtureCase[] {
  return TALON_HTML_EXPECTATIONS.map((expectation) => {
    const id = TALON_ROOT + expectation.file;
    if (typeof expectation.visible !== 'string') throw new Error(`talon HTML fixture ${id} needs its expected text written out`);
    const expected = withoutSignature(expectation.visible, expectation.signature);
    return caseOf('talon', id, htmlToText(readText(id)), expected, expectation.signature);
  });
}

const SIGNATURE_MARK = '#sig#';
const REPLY_MARK = '#reply#';

/**
 * Splits an annotated body into the mail text (marks removed) and the
 * expected visible body: the lines without a `#sig#` or `#reply#` mark.
 */
function annotated(text: string): { body: string; expected: string } {
  const lines = text.split('\n');
  const unmark = (line: string) => line.replace(/^#(?:sig|reply)#/, '');
  const own = lines.filter((line) => !line.startsWith(SIGNATURE_MARK) && !line.startsWith(REPLY_MARK));
  return { body: lines.map(unmark).join('\n'), expected: own.join('\n') };
}

/**
 * talon's signature data: `stripped/<name>_body` with the signature talon
 * must extract in `<name>_signature`, and the annotated `P/` messages. A
 * `P/` file with no mark at all (`unicode_msg`) has no expected body.
 */
function talonSignatureCases(): ReplyFixtureCase[] {
  const stripped = `${TALON_ROOT}signature/emails/stripped/`;
  const cases = listFiles(stripped, /_body$/).map((file) => {
    const { body } = annotated(readText(stripped + file));
    const signature = annotated(readText(stripped + file.replace(/_body$/, '_signature'))).body.trim();
    const trimmed = body.trim();
    if (!trimmed.endsWith(signature)) throw new Error(`talon ${file} does not end with its _signature file`);
    return caseOf('talon', stripped + file, body, trimmed.slice(0, trimmed.length - signature.length));
  });
  const positive = `${TALON_ROOT}signature/emails/P/`;
  const strippedFiles = new Set(listFiles(stripped, /_body$/));
  for (const file of listFiles(positive, /^(?!.*_sender$)/)) {
    const text = readText(positive + file);
    // A file also in stripped/ is the same message and already a case.
    if (!text.includes(SIGNATURE_MARK) || strippedFiles.has(file)) continue;
    const { body, expected } = annotated(messageBody(text));
    cases.push(caseOf('talon', positive + file, body, expected));
  }
  return cases;
}

/** Returns the part after the header block when a file starts with "Field: value" header lines, else the whole text. */
function messageBody(text: string): string {
  if (!/^[\w-]+:/.test(text)) return text;
  const end = text.indexOf('\n\n');
  return end < 0 ? text : text.slice(end + 2);
}

/**
 * mailgun/forge: `P/<n>_body` files mark signature lines with `#sig#`, and
 * `N/<n>_body` files have no signature, so their whole text is expected.
 */
function forgeCases(): ReplyFixtureCase[] {
  return ['P/', 'N/'].flatMap((folder) =>
    listFiles(FORGE_ROOT + folder, /_body$/).map((file) => {
      const { body, expected } = annotated(readText(FORGE_ROOT + folder + file));
      const signOff = FORGE_SIGN_OFFS[folder + file];
      return caseOf('forge', FORGE_ROOT + folder + file, body, withoutSignature(expected, signOff), signOff);
    }),
  );
}

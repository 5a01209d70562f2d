/**
 * Visible bodies that the reply-parser projects in the shared test data
 * assert in their own tests, transcribed per fixture file. Only assertions
 * that fix the whole visible body count: an equality on the visible text, or
 * on the first fragment when every later fragment is asserted hidden or is
 * quoted history. Regular-expression and "contains" checks fix only part of a
 * body and are left out. Sources, read at these commits:
 * - crisp-oss/email-reply-parser `test/test.js` (commit 0082472), MIT;
 * - willdurand/EmailReplyParser `tests/EmailReplyParser/Tests/Parser/EmailParserTest.php`
 *   (commit 4b96a55) and `tests/EmailReplyParser/Tests/EmailReplyParserTest.php`
 *   (commit 1478ccd), MIT;
 * - mailgun/talon `tests/text_quotations_test.py` (`test_standard_replies`) and
 *   `tests/html_quotations_test.py`, Apache-2.0.
 */

/** The whole fixture, for tests that assert it is one visible fragment. */
export const WHOLE_FIXTURE = { whole: true } as const;

/** Fixture lines `from` to `to` (0-based, `to` excluded): a fragment given by position, not pasted. */
export interface FixtureLines {
  from: number;
  to: number;
}

/**
 * Trailing lines of the upstream visible body that Parley removes as a
 * signature. Parley's contract is the new text with quotes and signatures
 * removed, while some upstream parsers keep sign-offs visible.
 */
export interface DroppedSignature {
  /** Non-empty lines counted from the end of the upstream body. */
  lines: number;
  reason: string;
}

export interface UpstreamExpectation {
  /** Fixture file name inside the set's fixture folder. */
  file: string;
  visible: string | typeof WHOLE_FIXTURE | FixtureLines;
  signature?: DroppedSignature;
  /** Replaces `[DATE]` or another placeholder of a template fixture. */
  substitute?: { placeholder: string; value: string; label: string };
}

/** The first fragment most crisp and willdurand fixtures share (lorem ipsum). */
export const LOREM_REPLY = [
  'Fusce bibendum, quam hendrerit sagittis tempor, dui turpis tempus erat, pharetra sodales ante sem sit amet metus.',
  'Nulla malesuada, orci non vulputate lobortis, massa felis pharetra ex, convallis consectetur ex libero eget ante.',
  'Nam vel turpis posuere, rhoncus ligula in, venenatis orci. Duis interdum venenatis ex a rutrum.',
  'Duis ut libero eu lectus consequat consequat ut vel lorem. Vestibulum convallis lectus urna,',
  'et mollis ligula rutrum quis. Fusce sed odio id arcu varius aliquet nec nec nibh.',
].join('\n');

const RIAK_QUESTION = [
  'Hi folks',
  '',
  'What is the best way to clear a Riak bucket of all key, values after',
  'running a test?',
  'I am currently using the Java HTTP API.',
].join('\n');

const NAME_SIGN_OFF: DroppedSignature = {
  lines: 1,
  reason: 'crisp keeps the "-<name>" sign-off line visible; willdurand and Parley drop it as a signature',
};

const loremFixtures = (files: string[]): UpstreamExpectation[] =>
  files.map((file) => ({ file: `${file}.txt`, visible: LOREM_REPLY }));

export const CRISP_EXPECTATIONS: UpstreamExpectation[] = [
  { file: 'email_1.txt', visible: { from: 0, to: 7 }, signature: NAME_SIGN_OFF },
  { file: 'email_3.txt', visible: { from: 0, to: 5 }, signature: NAME_SIGN_OFF },
  { file: 'email_5.txt', visible: WHOLE_FIXTURE },
  ...loremFixtures([
    'email_7',
    'email_8',
    'email_9',
    'email_10',
    'email_11',
    'email_12',
    'email_13',
    'email_14',
    'email_15',
    'email_16',
    'email_17',
    'email_18',
    'email_22',
    'email_23',
    'email_24',
    'email_25',
    'email_26',
    'email_portuguese',
    'email_german',
    'email_german_2',
    'email_german_3',
    'email_german_outlook',
    'email_norwegian_gmail',
    'email_finnish',
    'email_italian',
    'email_russian',
    'email_outlook_split_line_from',
    'email_gmail_split_line_from',
    'email_ios_outlook',
    'email_ios_outlook_fr',
    'email_msn',
    'email_fr_multiline',
    'email_french_2',
    'email_en_multiline_2',
    'email_original_message',
    'email_original_message_2',
    'email_danish_dash_separator',
    'email_french_dash_separator',
    'email_tricky_5_mixed_languages',
    'email_tricky_10_special_chars_in_name',
    'email_tricky_12_no_space_after_header',
    'email_tricky_14_long_quote_header',
    'email_tricky_15_original_message_variations',
  ]),
  { file: 'correct_sig.txt', visible: { from: 0, to: 2 } },
  { file: 'sig_no_empty_line.txt', visible: { from: 0, to: 1 } },
  {
    file: 'email_sent_from.txt',
    visible: 'Hi it can happen to any texts you type, as long as you type in between words or paragraphs.',
  },
  {
    file: 'email_emoji.txt',
    visible: WHOLE_FIXTURE,
    signature: { lines: 4, reason: 'crisp keeps the block under the "—" delimiter visible; Parley drops it as a signature' },
  },
  {
    file: 'email_not_a_signature.txt',
    visible: WHOLE_FIXTURE,
    signature: { lines: 2, reason: 'crisp keeps the "Sincerely," sign-off block; Parley drops sign-off blocks' },
  },
  {
    file: 'email_not_a_signature_2.txt',
    visible: WHOLE_FIXTURE,
    signature: { lines: 1, reason: 'crisp keeps the closing "Thanks!" line; Parley drops it as a sign-off' },
  },
  { file: 'email_zoho.txt', visible: 'What is the best way to clear a Riak bucket of all key, values after\nrunning a test?' },
  { file: 'email_with_regards.txt', visible: 'Hi,\n\nI still have the same problem....\n\nCan you help?' },
  { file: 'email_tricky_1_on_false_positive.txt', visible: WHOLE_FIXTURE },
  { file: 'email_tricky_13_timestamp_variations.txt', visible: WHOLE_FIXTURE },
];

/**
 * Reply headers that willdurand's `testDateQuoteHeader` puts in place of
 * `[DATE]`, one per client and language. Personal names and addresses are
 * replaced with "Test User <test@example.com>". Dates, words and punctuation
 * are kept as upstream has them.
 */
const DATE_HEADERS: [label: string, header: string][] = [
  ['en iso date', 'On Tue, 2011-03-01 at 18:02 +0530, Test User wrote:'],
  ['gmail 1-digit hour', '2014-03-20 8:48 GMT+01:00 Test User <test@example.com>:'],
  ['gmail 2-digit hour', '2014-03-20 20:48 GMT+01:00 Test User <test@example.com>:'],
  ['gmail 1-digit day', '2014-03-09 20:48 GMT+01:00 Test User <test@example.com>:'],
  ['fr gmail', 'Le 19 mars 2014 10:37, Test User <test@example.com> a écrit :'],
  ['es gmail', 'El 19/03/2014 11:34, Test User <test@example.com> escribió:'],
  ['ca gmail', 'El 19/03/2014 11:34, Test User <test@example.com> ha escrit:'],
  ['pl gmail', 'W dniu 7 stycznia 2015 15:24 użytkownik Test User <test@example.com> napisał:'],
  ['fr thunderbird', 'Le 19/03/2014 11:34, Test User a écrit :'],
  ['pl thunderbird', 'W dniu 2015-01-07 14:23, test@example.com pisze: '],
  ['da', 'Den 08/06/2015 kl. 21.21 skrev Test User <test@example.com>:'],
  ['de date', 'Am 25.06.2015 um 10:55 schrieb Test User:'],
  ['de no date', 'Test User <test@example.com> schrieb:'],
  ['zh apple mail', '在 2016年11月8日，下午2:23，Test User <test@example.com> 写道：'],
  ['ko apple mail', '2016. 11. 8. 오후 12:39 Test User <test@example.com> 작성:'],
  ['ja apple mail', '2016/11/08 14:26、Test User <test@example.com> のメッセージ:'],
  ['no gmail', 'tir. 18. apr. 2017 kl. 13:09 skrev Test User <test@example.com>:'],
];

export const WILLDURAND_EXPECTATIONS: UpstreamExpectation[] = [
  { file: 'email_1.txt', visible: RIAK_QUESTION },
  // Fragment 0 is the only visible one and fragment 1 is the "-<name>" signature.
  { file: 'email_3.txt', visible: { from: 0, to: 3 } },
  {
    file: 'email_2.txt',
    visible: [
      'Hi,',
      'You can list the keys for the bucket and call delete for each. Or if you',
      'put the keys (and kept track of them in your test) you can delete them',
      'one at a time (without incurring the cost of calling list first.)',
      '',
      'Something like:',
      '',
      '        String bucket = "my_bucket";',
      '        BucketResponse bucketResponse = riakClient.listBucket(bucket);',
      '        RiakBucketInfo bucketInfo = bucketResponse.getBucketInfo();',
      '',
      '        for(String key : bucketInfo.getKeys()) {',
      '            riakClient.delete(bucket, key);',
      '        }',
      '',
      '',
      'would do it.',
      '',
      'See also',
      '',
      'http://wiki.basho.com/REST-API.html#Bucket-operations',
      '',
      'which says',
      '',
      '"At the moment there is no straightforward way to delete an entire',
      'Bucket. There is, however, an open ticket for the feature. To delete all',
      'the keys in a bucket, you’ll need to delete them all individually."',
    ].join('\n'),
  },
  { file: 'email_5.txt', visible: WHOLE_FIXTURE },
  ...loremFixtures([
    'email_7',
    'email_8',
    'email_9',
    'email_10',
    'email_11',
    'email_12',
    'email_13',
    'email_14',
    'email_15',
    'email_16',
    'email_17',
    'email_18',
    'email_22',
    'email_23',
    'email_norwegian_gmail',
  ]),
  {
    file: 'email_23_1.txt',
    visible: [...LOREM_REPLY.split('\n').slice(0, 3), '', 'Something wrote:', ...LOREM_REPLY.split('\n').slice(3)].join('\n'),
  },
  { file: 'email_2_1.txt', visible: 'Outlook with a reply' },
  { file: 'email_iphone.txt', visible: 'Here is another email' },
  { file: 'email_blackberry.txt', visible: 'Here is another email' },
  { file: 'email_multi_word_sent_from_my_mobile_device.txt', visible: 'Here is another email' },
  {
    file: 'email_sent_from_my_not_signature.txt',
    visible: 'Here is another email\n\nSent from my desk, is much easier then my mobile phone.',
  },
  {
    file: 'email_bullets.txt',
    visible:
      'test 2 this should list second\n\nand have spaces\n\nand retain this formatting\n\n\n   - how about bullets\n   - and another',
  },
  { file: 'email_unquoted_reply.txt', visible: 'This is my reply.' },
  { file: 'correct_sig.txt', visible: { from: 0, to: 2 } },
  { file: 'sig_no_empty_line.txt', visible: { from: 0, to: 1 } },
  // Upstream adds a custom quote-header pattern for these three, and the expected body is the same.
  { file: 'email_custom_quote_header.txt', visible: 'Thank you!' },
  { file: 'email_customer_quote_header_2.txt', visible: 'Thank you very much.' },
  {
    file: 'email_customer_quote_header_3.txt',
    visible: "bonjour,\nje n'ai pas eu de retour sur ma précision..\nmerci d'avance",
  },
  ...DATE_HEADERS.map(([label, value]) => ({
    file: 'email_with_date_headers.txt',
    visible: 'Thank you very much.',
    substitute: { placeholder: '[DATE]', value, label },
  })),
];

/** talon's `test_standard_replies` expects "Hello" unless a `<name>_reply_text` file is present. */
export const TALON_DEFAULT_REPLY = 'Hello';

/** Trailing signature lines of talon's `<name>_reply_text` files, which talon keeps and Parley drops. */
export const TALON_REPLY_TEXT_SIGNATURES: Record<string, DroppedSignature> = {
  iphone: { lines: 1, reason: 'talon keeps the "Sent from my iPhone" footer; Parley drops mobile footers' },
  sparrow: { lines: 3, reason: 'talon keeps the "-- " signature and the Sparrow footer; Parley drops both' },
};

const TALON_HTML_REPLY = 'Hi. I am fine.\n\nThanks,\nAlex';
const TALON_HTML_SIGN_OFF: DroppedSignature = {
  lines: 2,
  reason: 'talon keeps the "Thanks," sign-off and the name under it; Parley drops sign-off blocks',
};

/** talon HTML fixtures, converted to text with Parley's `htmlToText` before cleaning. */
export const TALON_HTML_EXPECTATIONS: UpstreamExpectation[] = [
  ...[
    'gmail',
    'mail_ru',
    'hotmail',
    'ms_outlook_2003',
    'ms_outlook_2007',
    'ms_outlook_2010',
    'thunderbird',
    'windows_mail',
    'yandex_ru',
  ].map((name) => ({ file: `html_replies/${name}.html`, visible: TALON_HTML_REPLY, signature: TALON_HTML_SIGN_OFF })),
  { file: 'OLK_SRC_BODY_SECTION.html', visible: 'Reply' },
  { file: 'reply-separated-by-hr.html', visible: 'Hi\nthere' },
];

const CLOSING_THANKS: DroppedSignature = {
  lines: 1,
  reason: 'forge counts a closing "Thanks"/"Thank you!" line as text; Parley drops it as a sign-off',
};

/**
 * mailgun/forge `N/` bodies (annotated as having no signature) whose last
 * lines Parley removes as a sign-off, keyed by file name.
 */
export const FORGE_SIGN_OFFS: Record<string, DroppedSignature> = {
  'N/118_body': CLOSING_THANKS,
  'N/119_body': CLOSING_THANKS,
  'N/124_body': CLOSING_THANKS,
  'N/83_body': {
    lines: 2,
    reason: 'forge counts the closing "Thank you." as text; Parley drops it, and the "****" rule left above it',
  },
};

// The published reference report, read as paragraphs the way the sample must reproduce them.

import {readFileSync} from 'fs';
import {join} from 'path';

const REFERENCE_FILE = join(
  __dirname,
  '..',
  'fixtures',
  'gudang-2024-report.txt',
);

/** Lines of the web page that are not part of the report. */
const WEB_METADATA = /^(发布时间|来源)[:：]/;

const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
};

export function referenceText(): string {
  return readFileSync(REFERENCE_FILE, 'utf8');
}

/**
 * The reference's paragraphs, trimmed, with the web copy's half-width punctuation written
 * full-width as in the printed document.
 */
export function referenceParagraphs(): string[] {
  return referenceText()
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !WEB_METADATA.test(line))
    .map(line => line.replace(/[,:;()]/g, ch => HALF_TO_FULL[ch]));
}

/** A deliberate difference: the reference's own error and what the sample writes instead. */
export interface Correction {
  readonly what: string;
  readonly wrong: string;
  readonly right: string;
}

export const REFERENCE_CORRECTIONS: readonly Correction[] = [
  {what: 'empty bracket left in a word', wrong: '干【】部', right: '干部'},
  {what: 'unbalanced quotation mark', wrong: '“浙里调"', right: '“浙里调”'},
  {
    what: 'repeated ordinal 二是',
    wrong: '；二是考核标准',
    right: '；三是考核标准',
  },
  {
    what: 'mangled standard term 行政执法三项制度',
    wrong: '严格落实政执法三项制度',
    right: '严格落实行政执法三项制度',
  },
];

/** What the sample adds at the end: the sign-off from the page's source and date. */
export const SAMPLE_SIGN_OFF = ['古荡街道', '2025年2月5日'];

export function expectedSampleParagraphs(): string[] {
  const corrected = referenceParagraphs().map(p =>
    REFERENCE_CORRECTIONS.reduce(
      (text, c) => text.split(c.wrong).join(c.right),
      p,
    ),
  );
  return [...corrected, ...SAMPLE_SIGN_OFF];
}

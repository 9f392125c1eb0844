// The note of a marked cell: the script's own lines, each ending in a check code that proves it is
// exactly what the script wrote, and everything else, which is the clerk's and is always kept.
// Pure: text in, text out; no Apps Script.

import {MARK_PREFIX, MARK_TEXT} from '../ui/ui-text-marks';

/** A script line: MARK_PREFIX, the text, and "〔code〕" with the 6-hex check code of both. */
const CODE_OPEN = '〔';
const CODE_CLOSE = '〕';
const CODE = /^[0-9a-f]{6}$/;
const CODE_LENGTH = 6;
const KEPT_BACKGROUND = /^原底色 (#[0-9a-fA-F]{6})$/;
/**
 * Steps and characters a note may cost while looking for script lines. A hostile note (thousands
 * of 【校验】 and codes on one line) stops being searched there, and the rest is kept as the
 * clerk's: bounded time, nothing lost. An ordinary note hashes a few hundred characters.
 */
const HASH_BUDGET = 1000000;
interface Budget {
  left: number;
}

/** Notes written before check codes existed: "【校验】错误：…", then "—— 原批注 ——". */
const LEGACY_LINE = /^【校验】(?:错误|警告|提示)：/;
/** A line ending like a coded script line: a new-style line whose code does not check out. */
const CODED_END = /〔[0-9a-f]{6}〕$/;
const LEGACY_HEADER = '—— 原批注 ——';
const LEGACY_BACKGROUND = /^【原底色】(#[0-9a-fA-F]{6})$/;

/** A note taken apart: the clerk's lines around the script's block, and what the block kept. */
export interface MarkNote {
  /** The clerk's lines above the script's first line (in the order they stand). */
  readonly before: readonly string[];
  /** The clerk's lines below it, and what the clerk typed on or between the script's lines. */
  readonly after: readonly string[];
  /** Whether the note holds at least one line the script wrote (a live mark). */
  readonly marked: boolean;
  /** The clerk's fill kept by the mark; null when none was kept. */
  readonly keptBackground: string | null;
}

/** One of the script's own lines for `text` (a finding, a kept colour): prefix, text, code. */
export function scriptLine(text: string): string {
  const body = `${MARK_PREFIX}${text.replace(/\r?\n/g, ' ')}`;
  return `${body}${CODE_OPEN}${checkCode(body)}${CODE_CLOSE}`;
}

/** The script's line that remembers the clerk's fill colour. */
export function keptBackgroundLine(colour: string): string {
  return scriptLine(MARK_TEXT.keptBackground(colour));
}

/**
 * Splits a note into the clerk's text and the script's lines. A script line is recognised only
 * when its check code matches its text exactly; a line the clerk edited inside fails the check
 * and is kept whole as the clerk's. Words typed before or after a script line on the same line
 * are the clerk's and are kept.
 */
export function readMarkNote(note: string): MarkNote {
  if (note === '')
    return {before: [], after: [], marked: false, keptBackground: null};
  const before: string[] = [];
  const after: string[] = [];
  let marked = false;
  let keptBackground: string | null = null;
  const budget = {left: HASH_BUDGET};
  for (const line of note.split('\n')) {
    const found = scriptParts(line, budget);
    if (found.texts.length === 0) {
      (marked ? after : before).push(line);
      continue;
    }
    for (const text of found.texts) {
      const colour = KEPT_BACKGROUND.exec(text.slice(MARK_PREFIX.length));
      if (colour) keptBackground = colour[1];
    }
    if (found.head !== '') (marked ? after : before).push(found.head);
    if (found.tail !== '') after.push(found.tail);
    marked = true;
  }
  if (!marked) return readLegacyNote(note);
  return {before, after, marked, keptBackground};
}

/** The note with `lines` (script lines) where the old block stood, or first when there was none. */
export function writeMarkNote(
  note: MarkNote,
  lines: readonly string[],
): string {
  return [...note.before, ...lines, ...note.after].join('\n');
}

/** The clerk's own note: every script line taken out. */
export function clerkNote(note: MarkNote): string {
  return writeMarkNote(note, []);
}

/**
 * The script's parts of one line: the verified texts (prefix included, code excluded), and the
 * clerk's words before the first and after the last (between two parts they join the tail).
 */
function scriptParts(
  line: string,
  budget: Budget,
): {
  texts: string[];
  head: string;
  tail: string;
} {
  const texts: string[] = [];
  const clerk: string[] = [];
  let head = '';
  let rest = line;
  for (;;) {
    const part = firstVerified(rest, budget);
    if (!part) break;
    const words = rest.slice(0, part.start);
    if (texts.length === 0) head = words;
    else if (words !== '') clerk.push(words);
    texts.push(rest.slice(part.start, part.textEnd));
    rest = rest.slice(part.end);
  }
  if (rest !== '') clerk.push(rest);
  return {texts, head, tail: clerk.join('')};
}

/** The first script line inside `text` whose code checks out, by positions; undefined if none. */
function firstVerified(
  text: string,
  budget: Budget,
): {start: number; textEnd: number; end: number} | undefined {
  for (
    let start = text.indexOf(MARK_PREFIX);
    start >= 0;
    start = text.indexOf(MARK_PREFIX, start + 1)
  ) {
    for (
      let open = text.indexOf(CODE_OPEN, start + MARK_PREFIX.length);
      open >= 0;
      open = text.indexOf(CODE_OPEN, open + 1)
    ) {
      if (--budget.left < 0) return undefined;
      const code = text.slice(open + 1, open + 1 + CODE_LENGTH);
      const close = open + 1 + CODE_LENGTH;
      if (!CODE.test(code) || text[close] !== CODE_CLOSE) continue;
      budget.left -= open - start;
      if (budget.left < 0) return undefined;
      if (checkCode(text.slice(start, open)) === code)
        return {start, textEnd: open, end: close + 1};
    }
  }
  return undefined;
}

/** Old notes: finding lines, then optionally the header, the clerk's note and the colour. */
function readLegacyNote(note: string): MarkNote {
  const lines = note.split('\n');
  const header = lines.indexOf(LEGACY_HEADER);
  const marks = header < 0 ? lines : lines.slice(0, header);
  const legacy =
    marks.length > 0 &&
    marks.every(l => LEGACY_LINE.test(l) && !CODED_END.test(l));
  if (!legacy)
    return {before: [], after: lines, marked: false, keptBackground: null};
  const kept = header < 0 ? [] : lines.slice(header + 1);
  const colour = LEGACY_BACKGROUND.exec(kept[kept.length - 1] ?? '');
  if (colour) kept.pop();
  return {
    before: [],
    after: kept,
    marked: true,
    keptBackground: colour ? colour[1] : null,
  };
}

/** FNV-1a over UTF-16 code units, cut to 24 bits: 6 lower-case hex digits. */
function checkCode(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 0xffffff).toString(16).padStart(CODE_LENGTH, '0');
}

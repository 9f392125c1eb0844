// Names of the files the tools write: a readable default name from the report title that every
// file system accepts, and which extension a name the user typed gets (or why it is refused).

import {FILE_NAME_TEXT} from './file-name-text';

/** What a file holds: the report (.docx) or a workbook (.xlsx). */
export type FileKind = 'report' | 'workbook';

export const EXTENSION: {readonly [kind in FileKind]: string} = {
  report: '.docx',
  workbook: '.xlsx',
};

/** Office extensions: a name ending with one of another kind is a slip, never a name to extend. */
const KNOWN_EXTENSIONS: {readonly [kind in FileKind]: readonly string[]} = {
  report: ['.docx', '.doc', '.docm', '.dotx', '.wps', '.odt', '.rtf', '.pdf'],
  workbook: ['.xlsx', '.xlsm', '.xls', '.xltx', '.et', '.ods', '.csv'],
};

/** A default name keeps at most this many characters before the extension, to stay readable. */
export const MAX_STEM_CHARACTERS = 60;
/** The limit of one file name on ext4, NTFS (in UTF-16 units, looser), APFS and tmpfs. */
export const MAX_NAME_BYTES = 255;
const ELLIPSIS = '…';
const FORBIDDEN = '\\/:*?"<>|';
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name for a document titled `title`: characters Windows or macOS refuse become "_",
 * trailing dots and spaces go, and a long title is cut to MAX_STEM_CHARACTERS (marked "…") so
 * that the name, extension included, stays within MAX_NAME_BYTES of UTF-8.
 */
export function defaultFileName(title: string, kind: FileKind): string {
  const extension = EXTENSION[kind];
  return `${titleStem(title, extension)}${extension}`;
}

/**
 * `title` as the start of a file name that ends with `rest` (added by the caller, e.g. "（报送版）
 * v3.docx"): made safe as defaultFileName says, and cut so that the title keeps at most
 * MAX_STEM_CHARACTERS and the whole name at most MAX_NAME_BYTES.
 */
export function titleStem(title: string, rest: string): string {
  const cleaned = Array.from(title, ch =>
    ch.charCodeAt(0) < 32 || FORBIDDEN.includes(ch) ? '_' : ch,
  )
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = cleaned === '' ? FILE_NAME_TEXT.untitled : cleaned;
  const safe = WINDOWS_DEVICES.test(stem) ? `_${stem}` : stem;
  return shortened(safe, rest);
}

function shortened(stem: string, rest: string): string {
  const chars = Array.from(stem);
  const fits = (n: number, mark: string) =>
    n <= MAX_STEM_CHARACTERS &&
    utf8Length(chars.slice(0, n).join('') + mark + rest) <= MAX_NAME_BYTES;
  if (fits(chars.length, '')) return stem;
  let n = Math.min(chars.length, MAX_STEM_CHARACTERS);
  while (n > 1 && !fits(n, ELLIPSIS)) n--;
  return chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
}

/** Bytes of `text` in UTF-8 (a character outside the BMP is one code point of four bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The outcome for a name the user typed: the name to write, or the extension that is refused. */
export type NamedFile =
  | {readonly ok: true; readonly name: string}
  | {readonly ok: false; readonly extension: string};

/**
 * The file name to write for a name the user typed (`baseName`, without folders): kept when it
 * ends with the kind's extension (any case), refused when it ends with another office extension
 * (a workbook named as the report), and otherwise given the extension ("报告" → "报告.docx").
 */
export function nameWithExtension(baseName: string, kind: FileKind): NamedFile {
  const dot = baseName.lastIndexOf('.');
  const extension = dot > 0 ? baseName.slice(dot).toLowerCase() : '';
  if (extension === EXTENSION[kind]) return {ok: true, name: baseName};
  const known = [...KNOWN_EXTENSIONS.report, ...KNOWN_EXTENSIONS.workbook];
  return known.includes(extension)
    ? {ok: false, extension}
    : {ok: true, name: `${baseName}${EXTENSION[kind]}`};
}

/**
 * The name of next year's workbook carried over from `inputName` (a file name, no folder):
 * "古荡2024.xlsx" for 2024 → "古荡2025.xlsx"; a name without the year gets "（2025年度）".
 */
export function carriedFileName(
  inputName: string,
  year: number,
  nextYear: number,
): string {
  const stem = inputName.replace(/\.xlsx$/i, '');
  const at = stem.lastIndexOf(String(year));
  const carried =
    at < 0
      ? `${stem}（${nextYear}年度）`
      : stem.slice(0, at) + String(nextYear) + stem.slice(at + 4);
  return defaultFileName(carried, 'workbook');
}

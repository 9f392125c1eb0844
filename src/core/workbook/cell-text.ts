// Normalising what clerks type: surrounding spaces, full-width digits and signs, numbers stored
// as text, percentages typed as "80.8%", approximate figures such as "30余", spreadsheet errors.

import type {CellValue} from './grid';

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const SPACES = /^[\s\u3000]+|[\s\u3000]+$/g;
const SPREADSHEET_ERROR =
  /^#(?:DIV\/0!|REF!|N\/A|NAME\?|VALUE!|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/;
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/**
 * Approximate figures as reports print them: 30余, 480余万, 3万余, 1.2万余, 3000多, 近3000,
 * 约3000, 逾百 is not one (a word, not a figure); 两 (two, before a measure word).
 */
const APPROXIMATE =
  /^(?:(?:约|近|逾|超过)\d+(?:\.\d+)?(?:万|亿)?|\d+(?:\.\d+)?(?:余|多)(?:万|亿)?|\d+(?:\.\d+)?(?:万|亿)(?:余|多)|两)$/;

/** Trims spaces (including the ideographic space) from both ends. */
export function trimCell(text: string): string {
  return text.replace(SPACES, '');
}

/** Full-width ASCII letters, digits and signs ("４２％") to their half-width forms ("42%"). */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH_ASCII, ch =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** A cell as trimmed text; numbers in plain notation, dates as yyyy-mm-dd, empty as "". */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return trimCell(value);
}

/** The lines of a cell typed with line breaks (Alt+Enter), each trimmed, empty ones dropped. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(trimCell)
    .filter(line => line !== '');
}

export function isEmptyCell(value: CellValue): boolean {
  return cellText(value) === '';
}

/** Header and key text: trimmed, full-width forms folded, inner spaces removed. */
export function normaliseKey(value: CellValue): string {
  return toHalfWidth(cellText(value)).replace(/[\s\u3000]+/g, '');
}

export function isSpreadsheetError(value: CellValue): value is string {
  return typeof value === 'string' && SPREADSHEET_ERROR.test(trimCell(value));
}

export type ParsedFigure =
  | {readonly kind: 'number'; readonly value: number; readonly percent: boolean}
  | {readonly kind: 'approximate'; readonly text: string}
  | {readonly kind: 'empty'}
  | {readonly kind: 'error'; readonly text: string}
  | {readonly kind: 'invalid'; readonly text: string};

/**
 * Reads a figure cell: numbers, numbers stored as text ("１,234"), percentages ("80.8%" → 0.808,
 * flagged as percent), approximate figures ("30余", "480余万", "3万余", "近3000", "两"),
 * spreadsheet errors.
 */
export function parseFigure(value: CellValue): ParsedFigure {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? {kind: 'number', value, percent: false}
      : {kind: 'invalid', text: String(value)};
  }
  if (isSpreadsheetError(value)) return {kind: 'error', text: trimCell(value)};
  const text = toHalfWidth(cellText(value)).replace(/\s+/g, '');
  if (text === '') return {kind: 'empty'};
  if (NUMBER_TEXT.test(text)) {
    return {
      kind: 'number',
      value: Number(text.replace(/,/g, '')),
      percent: false,
    };
  }
  if (text.endsWith('%') && NUMBER_TEXT.test(text.slice(0, -1))) {
    const hundredths = Number(text.slice(0, -1).replace(/,/g, ''));
    return {
      kind: 'number',
      value: roundTo(hundredths / 100, 12),
      percent: true,
    };
  }
  if (APPROXIMATE.test(text)) return {kind: 'approximate', text};
  return {kind: 'invalid', text: cellText(value)};
}

function roundTo(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}

function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(roundTo(n, 10));
}

function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A number a spreadsheet shows with a percent format (0.808 shown as 80.8%) as the text the
 * clerk sees, so the core reads it as a rate whatever its 单位 says.
 */
export function percentFormattedCell(value: number): string {
  return `${roundTo(value * 100, 10)}%`;
}

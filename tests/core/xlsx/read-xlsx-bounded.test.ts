// Hostile shapes of XML that a careless parser handles in quadratic time. Each input is large
// enough that a quadratic pass would take minutes; a linear one takes well under a second. The
// bound is deliberately generous (a benchmark-style check, not a timing test).

import {zipSync} from 'fflate';
import {readXlsx} from '../../../src/core/xlsx/read-xlsx';
import {XlsxReadError} from '../../../src/core/xlsx/xlsx-error';
import {sharedStrings, styles, worksheet, xlsxParts} from './xlsx-package';

const GENEROUS_MS = 10_000;
const N = 400_000;

/** Reads `sheet` (with optional other parts) and returns the outcome and the time it took. */
function timed(
  sheet: string,
  extra: {sharedStrings?: string; styles?: string} = {},
): {outcome: string; ms: number} {
  const bytes = zipSync(
    xlsxParts({sheets: [{name: '数据', xml: sheet}], ...extra}),
    {level: 1},
  );
  const started = Date.now();
  let outcome: string;
  try {
    const tabs = readXlsx(bytes).tabs;
    outcome = `read ${tabs[0].grid.length}`;
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    outcome = error.reason;
  }
  return {outcome, ms: Date.now() - started};
}

describe('readXlsx stays linear on hostile XML', () => {
  it('refuses an attribute name of 400,000 characters without "="', () => {
    const result = timed(worksheet(`<row r="1"><c ${'a'.repeat(N)}/></row>`));
    expect(result.outcome).toBe('not-xlsx');
    expect(result.ms).toBeLessThan(GENEROUS_MS);
  });

  it('reads a number format code of 400,000 "[" as no format', () => {
    const result = timed(
      worksheet('<row r="1"><c r="A1" s="1"><v>0.5</v></c></row>'),
      {styles: styles([0, 200], {200: '['.repeat(N)})},
    );
    expect(result.outcome).toBe('read 1');
    expect(result.ms).toBeLessThan(GENEROUS_MS);
  });

  it('reads a shared string of 400,000 references and _x000D_ escapes', () => {
    const item = `<si><t>${'&amp;&#x4E09;_x000D_'.repeat(N / 4)}</t></si>`;
    const result = timed(
      worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
      {
        sharedStrings: sharedStrings([item]),
      },
    );
    expect(result.outcome).toBe('read 1');
    expect(result.ms).toBeLessThan(GENEROUS_MS);
  });

  it('reads 50,000 merged ranges over 50,000 rows', () => {
    const rows = Array.from(
      {length: N / 8},
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const merges = Array.from(
      {length: N / 8},
      (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`,
    ).join('');
    const result = timed(worksheet(rows, `<mergeCells>${merges}</mergeCells>`));
    expect(result.outcome).toBe(`read ${N / 8}`);
    expect(result.ms).toBeLessThan(GENEROUS_MS);
  });

  it('refuses 100,000 copies of one large merged range', () => {
    const rows = Array.from(
      {length: 1000},
      (_, i) => `<row r="${i + 1}"><c r="Z${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const merges = '<mergeCell ref="A1:Z1000"/>'.repeat(N / 4);
    const result = timed(worksheet(rows, `<mergeCells>${merges}</mergeCells>`));
    expect(result.outcome).toBe('not-xlsx');
    expect(result.ms).toBeLessThan(GENEROUS_MS);
  });

  it('reads 400,000 empty styled cells and 400,000 unknown nested elements', () => {
    const cells = `<row r="1">${'<c s="0"/>'.repeat(N)}</row>`;
    const nested = `${'<x:ext>'.repeat(N)}${'</x:ext>'.repeat(N)}`;
    const result = timed(worksheet(cells, nested));
    expect(result.outcome).toBe('read 0');
    expect(result.ms).toBeLessThan(GENEROUS_MS);
  });
});

// The contract both adapters keep: the same cells, written once as an .xlsx (template writer →
// bytes → the core's .xlsx reader) and once into the Sheets fakes (→ readSheetGrids), give the
// same grids, the same findings and the same report.
// Two known differences are normalised, not hidden: Sheets gives '' for an empty cell where the
// .xlsx reader gives null (the core reads both as empty), and the Sheets path reads only the
// tabs the report uses (the others by name only). Hidden rows are compared in their own case.

import {readSheetGrids} from '../../src/apps-script/sheets/read-sheet-grids';
import {buildReport, documentParagraphs} from '../../src/core/build-report';
import {sampleTemplateTabs} from '../../src/core/sample/sample-workbook';
import type {CellValue, WorkbookGrids} from '../../src/core/workbook/grid';
import {PERCENT_UNIT, TAB} from '../../src/core/workbook/schema';
import {
  displayedValue,
  type TemplateCell,
  type TemplateTab,
} from '../../src/core/workbook/template-cells';
import {
  blankSettingsRows,
  guideLines,
  workbookLayout,
} from '../../src/core/workbook/template-layout';
import {readXlsxBuffer} from '../../src/node/xlsx-read';
import {writeTemplateXlsx} from '../../src/node/xlsx-write';
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate';
import {createFakeServices} from '../fakes/fake-environment';
import type {TabSeed} from '../fakes/fake-spreadsheet';

type Rows = readonly (readonly TemplateCell[])[];

/**
 * Every tab of the template with its rows spelt out (the guide's lines, one row per setting),
 * so that the writer adds nothing but the header row and the Sheets seeds can say the same.
 */
function fullTabs(given: readonly TemplateTab[]): TemplateTab[] {
  const rowsOf = (name: string) => given.find(t => t.name === name)?.rows;
  return workbookLayout().map(layout => {
    switch (layout.role) {
      case 'guide':
        return {name: layout.name, rows: guideLines().map(l => [l || null])};
      case 'settings': {
        const values = new Map(
          (rowsOf(layout.name) ?? []).map(r => [r[0], r[1]]),
        );
        return {
          name: layout.name,
          rows: blankSettingsRows().map(([key, , help]) => [
            key,
            values.get(key) ?? null,
            help,
          ]),
        };
      }
      default:
        return {name: layout.name, rows: rowsOf(layout.name) ?? []};
    }
  });
}

/** The same tabs as the fake spreadsheet holds them: header row, displayed values, formats. */
function sheetSeeds(tabs: readonly TemplateTab[]): TabSeed[] {
  return workbookLayout().map(layout => {
    const rows: Rows = tabs.find(t => t.name === layout.name)?.rows ?? [];
    const headers = layout.columns.map(c => c.header);
    const unit = headers.indexOf('单位');
    const value = headers.indexOf('数值');
    return {
      name: layout.name,
      rows: [headers, ...rows.map(r => r.map(displayedValue))],
      numberFormats: [
        headers.map(() => null),
        ...rows.map(r =>
          r.map((cell, c) =>
            cell instanceof Date
              ? 'yyyy-mm-dd'
              : layout.name === TAB.data &&
                  c === value &&
                  r[unit] === PERCENT_UNIT
                ? '0.0%'
                : null,
          ),
        ),
      ],
    };
  });
}

async function bothPaths(given: readonly TemplateTab[]) {
  const tabs = fullTabs(given);
  const xlsx = await readXlsxBuffer(await writeTemplateXlsx(tabs));
  const env = createFakeServices({tabs: sheetSeeds(tabs)});
  const sheets = readSheetGrids(env.spreadsheet).workbook;
  return {xlsx, sheets};
}

const empty = (v: CellValue) => (v === '' || v === undefined ? null : v);

function comparableGrids(workbook: WorkbookGrids, names: readonly string[]) {
  return names.map(name => ({
    name,
    grid: workbook.tabs
      .find(t => t.name === name)
      ?.grid.map(row => row.map(empty)),
  }));
}

/** The sample with slips a clerk makes, so that findings of every kind are compared too. */
function sampleWithSlips(): TemplateTab[] {
  return sampleTemplateTabs().map(tab => {
    if (tab.name === TAB.data) {
      const rows = tab.rows.map(r => [...r]);
      rows[0][1] = 17.5; // a count with a fraction
      rows[1][1] = '#REF!';
      rows[2][1] = '30余';
      return {name: tab.name, rows};
    }
    if (tab.name === TAB.intro) {
      return {
        name: tab.name,
        rows: [
          ...tab.rows,
          [
            '段落',
            '',
            '干【】部在“浙里调"中政执法三项制度，{{受理案件数}}件。',
          ],
        ],
      };
    }
    return tab;
  });
}

describe.each([
  ['the sample workbook', sampleTemplateTabs],
  ['the sample with a clerk’s slips', sampleWithSlips],
  ['a blank template', () => []],
])('contract of the two readers: %s', (_, tabs) => {
  let xlsx: WorkbookGrids;
  let sheets: WorkbookGrids;
  beforeAll(async () => {
    ({xlsx, sheets} = await bothPaths(tabs()));
  });

  it('gives the same grids for every tab the report reads', () => {
    const names = sheets.tabs.map(t => t.name);
    expect(names.length).toBeGreaterThan(5);
    expect(comparableGrids(xlsx, names)).toEqual(
      comparableGrids(sheets, names),
    );
  });

  it('gives the same findings', () => {
    const findings = buildReport(sheets).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(buildReport(xlsx).findings).toEqual(findings);
  });

  it('gives the same report, paragraph by paragraph', () => {
    const a = buildReport(xlsx);
    const b = buildReport(sheets);
    expect(documentParagraphs(a.document)).toEqual(
      documentParagraphs(b.document),
    );
    expect(a.document).toEqual(b.document);
    expect(a.stats).toEqual(b.stats);
  });
});

/**
 * The .xlsx bytes with `row` of the `index`-th worksheet (1-based, workbook order, as exceljs
 * names its parts) marked hidden, as Excel writes a row the clerk hid.
 */
function hideXlsxRow(
  bytes: Uint8Array,
  index: number,
  row: number,
): Uint8Array {
  const files = unzipSync(bytes);
  const path = `xl/worksheets/sheet${index}.xml`;
  const xml = strFromU8(files[path]);
  const marked = xml.replace(`<row r="${row}"`, `<row r="${row}" hidden="1"`);
  expect(marked).not.toBe(xml);
  files[path] = strToU8(marked);
  return zipSync(files);
}

describe('contract of the two readers: a row the clerk hid', () => {
  it('gives the same hidden rows, findings and report on both paths', async () => {
    const tabs = fullTabs(sampleTemplateTabs());
    const part = workbookLayout().findIndex(l => l.name === '一、举措成效');
    const bytes = hideXlsxRow(await writeTemplateXlsx(tabs), part + 1, 3);
    const xlsx = await readXlsxBuffer(bytes);
    const env = createFakeServices({tabs: sheetSeeds(tabs)});
    env.spreadsheet.sheet('一、举措成效').hideRows(3);
    const sheets = readSheetGrids(env.spreadsheet).workbook;
    const hidden = (w: WorkbookGrids) =>
      w.tabs.find(t => t.name === '一、举措成效')?.hiddenRows;
    expect(hidden(xlsx)).toEqual([3]);
    expect(hidden(sheets)).toEqual([3]);
    const a = buildReport(xlsx);
    const b = buildReport(sheets);
    expect(a.findings).toEqual(b.findings);
    expect(a.findings.map(f => f.code)).toContain('row-hidden');
    expect(documentParagraphs(a.document)).toEqual(
      documentParagraphs(b.document),
    );
  });
});

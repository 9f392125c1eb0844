// The print options of the written workbooks, read back from the .xlsx XML: A4 landscape, one
// page wide, the header row on every page, tab name and page in the footer, rows as tall as
// their wrapped 标题/正文.

import {strFromU8, unzipSync} from 'fflate';
import {DOMParser, type Element} from '@xmldom/xmldom';
import {carryOver} from '../../src/core/carry-over/carry-over';
import {
  sampleTemplateTabs,
  sampleWorkbookGrids,
} from '../../src/core/sample/sample-workbook';
import {workbookLayout} from '../../src/core/workbook/template-layout';
import {writeGridsXlsx} from '../../src/node/xlsx-write-grids';
import {writeTemplateXlsx} from '../../src/node/xlsx-write';
import {mkdtempSync, readFileSync, writeFileSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {openpyxlInstalled, runOpenpyxl} from './office-tools';
import {sheetXml} from './xlsx-parts';

let template: Buffer;
let carried: Buffer;

beforeAll(async () => {
  template = await writeTemplateXlsx(sampleTemplateTabs());
  const next = carryOver(sampleWorkbookGrids());
  if (next.kind !== 'carried') throw new Error('refused');
  carried = await writeGridsXlsx(next.workbook.tabs);
}, 30_000);

function attributes(element: Element | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of Array.from(element?.attributes ?? [])) out[a.name] = a.value;
  return out;
}

function printTitles(xlsx: Uint8Array): Map<string, string> {
  const doc = new DOMParser().parseFromString(
    strFromU8(unzipSync(xlsx)['xl/workbook.xml']),
    'text/xml',
  );
  const sheets = Array.from(doc.getElementsByTagName('sheet')).map(s =>
    s.getAttribute('name'),
  );
  const titles = new Map<string, string>();
  for (const name of Array.from(doc.getElementsByTagName('definedName'))) {
    if (name.getAttribute('name') !== '_xlnm.Print_Titles') continue;
    const sheet = sheets[Number(name.getAttribute('localSheetId'))] ?? '';
    titles.set(sheet, name.textContent ?? '');
  }
  return titles;
}

describe.each([
  ['the template', () => template, workbookLayout().map(l => l.name)],
  [
    'next year’s workbook',
    () => carried,
    ['基本信息', '数据', '导语', '一、举措成效'],
  ],
])('print options of %s', (_label, bytes, tabs) => {
  it.each(tabs)('prints %s on A4 landscape, all columns one page wide', tab => {
    const doc = sheetXml(bytes(), tab);
    expect(attributes(doc.getElementsByTagName('pageSetup')[0])).toMatchObject({
      paperSize: '9',
      orientation: 'landscape',
      fitToWidth: '1',
      fitToHeight: '0',
    });
    expect(
      attributes(doc.getElementsByTagName('pageSetUpPr')[0]).fitToPage,
    ).toBe('1');
  });

  it.each(tabs)(
    'repeats the header row of %s and prints its name and page number below',
    tab => {
      expect(printTitles(bytes()).get(tab)).toBe(`'${tab}'!$1:$1`);
      const footer =
        sheetXml(bytes(), tab).getElementsByTagName('oddFooter')[0]
          ?.textContent ?? '';
      expect(footer).toMatch(/^&C/);
      expect(footer).toContain('&A');
      expect(footer).toContain('&P');
    },
  );
});

describe('wrapped text in the written workbooks', () => {
  const rowOf = (xlsx: Uint8Array, tab: string, row: number) =>
    attributes(
      Array.from(sheetXml(xlsx, tab).getElementsByTagName('row')).find(
        r => r.getAttribute('r') === String(row),
      ),
    );

  it('makes the row of the long 导语 tall enough for its lines, not one line high', () => {
    for (const xlsx of [template, carried]) {
      const row = rowOf(xlsx, '导语', 2);
      expect(row.customHeight).toBe('1');
      expect(Number(row.ht)).toBeGreaterThan(45);
    }
  });

  it('leaves a short heading row at its default height', () => {
    expect(rowOf(template, '一、举措成效', 3).ht).toBeUndefined();
  });
});

const withOpenpyxl = openpyxlInstalled() || process.env.CI ? it : it.skip;

withOpenpyxl(
  'writes a footer another reader parses: openpyxl reads its centre section without a warning',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-print-'));
    const file = join(dir, 'template.xlsx');
    writeFileSync(file, template);
    const out = join(dir, 'footer.txt');
    runOpenpyxl(
      [
        'import sys, warnings, openpyxl',
        'warnings.simplefilter("error")',
        'wb = openpyxl.load_workbook(sys.argv[1])',
        'open(sys.argv[2], "w", encoding="utf-8").write(wb["数据"].oddFooter.center.text)',
      ].join('\n'),
      [file, out],
    );
    expect(readFileSync(out, 'utf8')).toBe('&A　第&P页／共&N页');
  },
);

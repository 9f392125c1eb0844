// Workbooks written by LibreOffice and by openpyxl, generated here (not committed): each is read
// to the same grid as its source, and what is not a workbook (.xls, .ods) is refused.

import {buildReport} from '../../src/core/build-report';
import {mkdtempSync, readFileSync} from 'fs';
import {tmpdir} from 'os';
import {basename, join} from 'path';
import {sampleTemplateTabs} from '../../src/core/sample/sample-workbook';
import type {CellValue, WorkbookGrids} from '../../src/core/workbook/grid';
import {readXlsxBuffer, readXlsxWorkbook} from '../../src/node/xlsx-read';
import {writeTemplateXlsx} from '../../src/node/xlsx-write';
import {
  convertWithLibreOffice,
  INSTALL_HINT,
  libreOfficeInstalled,
  openpyxlInstalled,
  runOpenpyxl,
} from './office-tools';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-writers-'));
const sample = join(dir, '示例.xlsx');
let source: WorkbookGrids;

beforeAll(async () => {
  source = await readXlsxBuffer(
    await writeTemplateXlsx(sampleTemplateTabs(), sample),
  );
});

const haveLibreOffice = libreOfficeInstalled();
const haveOpenpyxl = openpyxlInstalled();
if ((!haveLibreOffice || !haveOpenpyxl) && !process.env.CI) {
  console.warn(
    `Skipping .xlsx tests of LibreOffice or openpyxl files: not installed. Install with: ${INSTALL_HINT}`,
  );
}
const withLibreOffice =
  haveLibreOffice || process.env.CI ? describe : describe.skip;
const withOpenpyxl = haveOpenpyxl || process.env.CI ? describe : describe.skip;

async function reasonOf(path: string): Promise<string> {
  return readXlsxWorkbook(path).then(
    () => 'read',
    (error: {reason?: string}) => error.reason ?? String(error),
  );
}

withLibreOffice('workbooks saved by LibreOffice', () => {
  let converted: string;
  let legacy: string;
  beforeAll(() => {
    converted = convertWithLibreOffice([sample], 'xlsx');
    legacy = convertWithLibreOffice([sample], 'xls');
  }, 180_000);

  it('reads the sample re-saved by LibreOffice to the same grids as its source', async () => {
    const saved = await readXlsxWorkbook(join(converted, basename(sample)));
    expect(saved.tabs.map(t => [t.name, t.grid])).toEqual(
      source.tabs.map(t => [t.name, t.grid]),
    );
  });

  it("refuses a legacy .xls (an OLE compound file) as 'not-xlsx', not as encrypted", async () => {
    const xls = join(legacy, basename(sample).replace(/xlsx$/, 'xls'));
    expect(readFileSync(xls).subarray(0, 4)).toEqual(
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    );
    expect(await reasonOf(xls)).toBe('not-xlsx');
  });
});

/** openpyxl writes these cells; the comment on A1 is a note stored the way exceljs 4.4 trips on. */
const OPENPYXL_SCRIPT = `
import sys, datetime, openpyxl
from openpyxl.comments import Comment
wb = openpyxl.Workbook()
if sys.argv[2] == '1904':
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = '数据'
ws.append(['指标', '数值', '单位'])
ws.append(['受理案件数', 120, '件'])
ws.append(['持证率', 0.808, '%'])
ws['B3'].number_format = '0.0%'
ws.append(['成文日期', datetime.datetime(2025, 2, 5), None])
ws['B4'].number_format = 'yyyy"年"m"月"d"日"'
ws.append(['合计', '=B2*2', None])
ws.append(['布尔', True, None])
ws['A1'].comment = Comment('指标名称，不得重复', 'fazhi')
ws.merge_cells('D1:E2')
ws['D1'] = '合并标题'
ws.row_dimensions[6].hidden = True
intro = wb.create_sheet('导语')
intro['A1'] = ' 前后空格 '
intro['C3'] = '第二行\\n换行'
wb.save(sys.argv[1])
`;

withOpenpyxl('workbooks saved by openpyxl', () => {
  it.each(['1900', '1904'])(
    'reads cells, a note, a merged range and a hidden row written by openpyxl (%s date system)',
    async system => {
      const path = join(dir, `openpyxl-${system}.xlsx`);
      runOpenpyxl(OPENPYXL_SCRIPT, [path, system]);
      const {tabs} = await readXlsxWorkbook(path);
      expect(tabs.map(t => t.name)).toEqual(['数据', '导语']);
      const date: CellValue = new Date(2025, 1, 5);
      // D1:E2 is merged: E holds nothing, so the grid ends at D (merges do not widen it).
      expect(tabs[0].grid).toEqual([
        ['指标', '数值', '单位', '合并标题'],
        ['受理案件数', 120, '件', null],
        ['持证率', '80.8%', '%', null],
        ['成文日期', date, null, null],
        // openpyxl stores formulas without a computed value: Sheets shows it only once computed.
        ['合计', null, null, null],
        ['布尔', true, null, null],
      ]);
      expect(tabs[0].hiddenRows).toEqual([6]);
      expect(tabs[1].grid).toEqual([
        [' 前后空格 ', null, null],
        [null, null, null],
        [null, null, '第二行\n换行'],
      ]);
    },
  );

  it('reads the sample re-saved by openpyxl like its source, formulas without a cached value', async () => {
    const path = join(dir, 'openpyxl-sample.xlsx');
    runOpenpyxl(
      'import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])',
      [sample, path],
    );
    const saved = await readXlsxWorkbook(path);
    const differences: string[] = [];
    source.tabs.forEach((tab, t) =>
      tab.grid.forEach((row, r) =>
        row.forEach((value, c) => {
          const other = saved.tabs[t].grid[r][c];
          if (String(other) !== String(value)) {
            differences.push(`${tab.name} ${r + 1}:${c + 1} ${String(other)}`);
          }
        }),
      ),
    );
    // The one formula of the sample (数据!B6, 持证率 =B4/B5) loses its cached result.
    expect(differences).toEqual(['数据 6:2 null']);
    expect(saved.tabs.map(t => t.name)).toEqual(source.tabs.map(t => t.name));
    // The reader says so, and the report names the cell rather than only "empty".
    const data = saved.tabs.find(t => t.name === '数据');
    expect(data?.uncomputedFormulas).toEqual([
      {row: 6, column: 2, formula: 'B4/B5'},
    ]);
    const found = buildReport(saved).findings.filter(
      f => f.code === 'formula-uncomputed',
    );
    expect(found.map(f => [f.cell.tab, f.cell.row, f.cell.column])).toEqual([
      ['数据', 6, 2],
    ]);
    expect(found[0].severity).toBe('error');
  });
});

// The Sheets side reads the same report shapes as the .xlsx side: hidden rows (asked one row at
// a time, only rows with text), tabs it does not read named, parts in any number.

import {readSheetGrids} from '../../src/apps-script/sheets/read-sheet-grids';
import {buildReport, documentParagraphs} from '../../src/core/build-report';
import {createFakeServices} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';

const PART_HEADER = ['层级', '标题', '正文', '负责科室', '状态', '备注'];

function environment() {
  return createFakeServices({
    tabs: [
      ...sampleTabSeeds(),
      {
        name: '六、其他',
        rows: [
          PART_HEADER,
          ['章', '其他事项', '', '', '', ''],
          ['段落', '', '隐藏的一段。', '', '', ''],
          ['段落', '', '写入的一段。', '', '', ''],
        ],
      },
      {name: '草稿', rows: [['随手记的内容']]},
    ],
  });
}

describe('readSheetGrids', () => {
  it('gives hidden rows of a part tab, asking only about rows that hold text', () => {
    const env = environment();
    env.spreadsheet.sheet('六、其他').hideRows(3);
    env.spreadsheet.sheet('六、其他').hideRows(9, 5);
    const before = env.calls.count('Sheet.isRowHiddenByUser');
    const grids = readSheetGrids(env.spreadsheet);
    const six = grids.workbook.tabs.find(t => t.name === '六、其他');
    expect(six?.hiddenRows).toEqual([3]);
    const asked = env.calls.count('Sheet.isRowHiddenByUser') - before;
    // Every row with text below the header of 导语, the five parts and 六、其他, and no more.
    const withText = grids.workbook.tabs
      .filter(t => t.hiddenRows !== undefined)
      .reduce(
        (n, t) => n + t.grid.slice(1).filter(r => r.some(v => v !== '')).length,
        0,
      );
    expect(asked).toBe(withText);
  });

  it('leaves a hidden row out of the report and names a tab it does not read, as the .xlsx side does', () => {
    const env = environment();
    env.spreadsheet.sheet('六、其他').hideRows(3);
    const report = buildReport(readSheetGrids(env.spreadsheet).workbook);
    const paragraphs = documentParagraphs(report.document);
    expect(paragraphs).toContain('写入的一段。');
    expect(paragraphs).not.toContain('隐藏的一段。');
    expect(paragraphs).toContain('六、其他事项');
    expect(
      report.findings
        .filter(f => ['row-hidden', 'tab-not-read'].includes(f.code))
        .map(f => [f.code, f.cell.tab, f.cell.row, f.cell.column]),
    ).toEqual([
      ['row-hidden', '六、其他', 3, 3],
      ['tab-not-read', '草稿', 1, 1],
    ]);
  });
});

// Report shapes other than the sample's (issue 8): run-in headings, 1. numbered through a 章,
// points run on, titles and sign-offs of two organs, 主送机关 and 附件, parts in any number
// and order. Each case states the printed paragraphs in full, and each workbook is also built
// through the .xlsx path and the Sheets path, which must print the same.

import {buildReport, documentParagraphs} from '../../../src/core/build-report';
import {readSheetGrids} from '../../../src/apps-script/sheets/read-sheet-grids';
import type {CellValue, WorkbookGrids} from '../../../src/core/workbook/grid';
import {readXlsxBuffer} from '../../../src/node/xlsx-read';
import {exampleXlsx} from '../../../scripts/examples/write-example-xlsx';
import {createFakeServices} from '../../fakes/fake-environment';
import {
  BASIC_SETTINGS,
  sectionTab,
  settingsTab,
  dataTab,
} from '../../helpers/workbook-grids';

type Row = readonly [CellValue, CellValue, CellValue];

function build(
  parts: readonly (readonly [string, readonly Row[]])[],
  settings: readonly (readonly [string, CellValue])[] = [],
  figures: readonly (readonly [CellValue, CellValue, CellValue?])[] = [],
) {
  const workbook: WorkbookGrids = {
    tabs: [
      settingsTab([...BASIC_SETTINGS, ...settings]),
      dataTab(figures),
      ...parts.map(([name, rows]) => sectionTab(name, rows)),
    ],
  };
  built.push(workbook);
  return buildReport(workbook);
}

const errorsOf = (r: ReturnType<typeof build>) =>
  r.findings.filter(f => f.severity !== 'info').map(f => f.code);

/** Every workbook built in this file, built again through the two adapters by the last test. */
const built: WorkbookGrids[] = [];

describe('report shapes', () => {
  it('prints a 3-part joint report: two title lines, 主送, run-in （一）, 附件 and two organs', () => {
    const report = build(
      [
        ['导语', [['段落', '', '现将有关情况报告如下。']]],
        [
          '一、主要举措',
          [
            ['章', '主要举措和成效', ''],
            ['节', '把牢法治政府建设方向', '我县坚持党的领导。'],
            ['节', '深化行政执法改革', '推进综合执法。'],
          ],
        ],
        ['二、不足', [['章', '存在的不足', '基层力量仍然薄弱。']]],
        ['三、安排', [['章', '下一步工作安排', '持续深化改革。']]],
      ],
      [
        [
          '报告标题',
          '中共某某县委  某某县人民政府\n关于2024年法治政府建设情况的报告',
        ],
        ['主送机关', '某某市委、某某市人民政府'],
        ['节标题', '与正文同段'],
        [
          '附件',
          '某某县2024年法治政府建设重点任务清单\n某某县行政执法数据统计表',
        ],
        ['落款单位', '中共某某县委\n某某县人民政府'],
        ['成文日期', '2025-03-10'],
      ],
    );
    expect(errorsOf(report)).toEqual([]);
    expect(documentParagraphs(report.document)).toEqual([
      '中共某某县委  某某县人民政府',
      '关于2024年法治政府建设情况的报告',
      '某某市委、某某市人民政府：',
      '现将有关情况报告如下。',
      '一、主要举措和成效',
      '（一）把牢法治政府建设方向。我县坚持党的领导。',
      '（二）深化行政执法改革。推进综合执法。',
      '二、存在的不足',
      '基层力量仍然薄弱。',
      '三、下一步工作安排',
      '持续深化改革。',
      '附件：1.某某县2024年法治政府建设重点任务清单',
      '2.某某县行政执法数据统计表',
      '中共某某县委',
      '某某县人民政府',
      '2025年3月10日',
    ]);
    const runIn = report.document.blocks.find(
      b => b.kind === 'paragraph' && b.runIn,
    );
    expect(runIn).toEqual({
      kind: 'paragraph',
      text: '（一）把牢法治政府建设方向。我县坚持党的领导。',
      runIn: {level: 2, text: '（一）把牢法治政府建设方向。'},
    });
  });

  it('runs 章 headings into their text when 章标题 is 与正文同段', () => {
    const report = build(
      [['一、举措', [['章', '主要举措', '一年来，我们扎实推进。']]]],
      [['章标题', '与正文同段']],
    );
    expect(documentParagraphs(report.document).slice(1)).toEqual([
      '一、主要举措。一年来，我们扎实推进。',
    ]);
  });

  it('numbers 1.–5. straight through （一）–（三） with 全章连续编号, restarting in the next 章', () => {
    const report = build(
      [
        [
          '一、举措',
          [
            ['章', '主要举措', ''],
            ['节', '依法决策', ''],
            ['条', '健全制度', '出台规则。'],
            ['条', '规范程序', '严格听证。'],
            ['节', '严格执法', ''],
            ['条', '整合队伍', '组建执法队。'],
            ['节', '普法宣传', ''],
            ['条', '送法下乡', '开展讲座。'],
            ['条', '以案释法', '发布案例。'],
          ],
        ],
        [
          '二、安排',
          [
            ['章', '下一步安排', ''],
            ['节', '深化改革', ''],
            ['条', '完善机制', '建立清单。'],
          ],
        ],
      ],
      [['三级编号方式', '全章连续编号']],
    );
    expect(documentParagraphs(report.document).slice(1)).toEqual([
      '一、主要举措',
      '（一）依法决策',
      '1.健全制度。出台规则。',
      '2.规范程序。严格听证。',
      '（二）严格执法',
      '3.整合队伍。组建执法队。',
      '（三）普法宣传',
      '4.送法下乡。开展讲座。',
      '5.以案释法。发布案例。',
      '二、下一步安排',
      '（一）深化改革',
      '1.完善机制。建立清单。',
    ]);
  });

  it('runs 一是 on into 二是, 三是 in one paragraph under a （一） heading', () => {
    const report = build([
      [
        '一、举措',
        [
          ['章', '主要举措', ''],
          ['节', '严格规范执法', ''],
          ['要点', '', '健全执法制度；'],
          ['段内要点', '', '规范执法程序；'],
          ['段内要点', '', '强化执法监督。'],
          ['段落', '', '执法方面：'],
          ['段内要点', '', '组织培训；'],
          ['段内要点', '', '开展评议。'],
        ],
      ],
    ]);
    expect(errorsOf(report)).toEqual([]);
    expect(documentParagraphs(report.document).slice(1)).toEqual([
      '一、主要举措',
      '（一）严格规范执法',
      '一是健全执法制度；二是规范执法程序；三是强化执法监督。',
      '执法方面：一是组织培训；二是开展评议。',
    ]);
  });

  it('numbers 1.–4. directly under 四、 with no （一） level', () => {
    const report = build([
      ['一、举措', [['章', '主要举措', '']]],
      ['二、不足', [['章', '存在的不足', '']]],
      ['三、第一责任人', [['章', '履行第一责任人职责情况', '']]],
      [
        '四、安排',
        [
          ['章', '下一步安排', ''],
          ['条', '', '深化改革。'],
          ['条', '', '加强监督。'],
          ['条', '', '强化普法。'],
          ['条', '', '建强队伍。'],
        ],
      ],
    ]);
    expect(documentParagraphs(report.document).slice(-5)).toEqual([
      '四、下一步安排',
      '1.深化改革。',
      '2.加强监督。',
      '3.强化普法。',
      '4.建强队伍。',
    ]);
  });

  it('numbers chapters by the parts printed: an empty part tab is left out', () => {
    const report = build([
      ['一、举措', [['章', '主要举措', '']]],
      ['二、第一责任人', []],
      ['三、安排', [['章', '下一步安排', '']]],
    ]);
    expect(documentParagraphs(report.document).slice(1)).toEqual([
      '一、主要举措',
      '二、下一步安排',
    ]);
    expect(report.findings.map(f => [f.code, f.severity])).toContainEqual([
      'part-empty',
      'info',
    ]);
  });

  it('prints the 第一责任人 part second when its tab stands second', () => {
    const report = build([
      ['一、举措', [['章', '主要举措', '']]],
      ['三、第一责任人', [['章', '履行第一责任人职责情况', '']]],
      ['二、不足', [['章', '存在的不足', '']]],
    ]);
    expect(documentParagraphs(report.document).slice(1)).toEqual([
      '一、主要举措',
      '二、履行第一责任人职责情况',
      '三、存在的不足',
    ]);
  });

  it('prints approximate figures as typed and the 万余, 近 and 两 formats', () => {
    const report = build(
      [
        [
          '一、举措',
          [
            ['章', '主要举措', ''],
            [
              '段落',
              '',
              '服务{{服务人次}}人次，覆盖{{覆盖人数|万余}}人，受理{{受理件数|近}}件，召开{{会议次数|两}}次会议，培训{{培训人次}}人次。',
            ],
          ],
        ],
      ],
      [],
      [
        ['服务人次', '3万余', '人次'],
        ['覆盖人数', 31234, '人'],
        ['受理件数', 2980, '件'],
        ['会议次数', 2, '次'],
        ['培训人次', '近3000', '人次'],
      ],
    );
    expect(errorsOf(report)).toEqual([]);
    expect(documentParagraphs(report.document)[2]).toBe(
      '服务3万余人次，覆盖3.1万余人，受理近3000件，召开两次会议，培训近3000人次。',
    );
  });

  it('prints every workbook above the same through the .xlsx path and the Sheets path', async () => {
    expect(built.length).toBeGreaterThan(5);
    for (const workbook of built) {
      const expected = buildReport(workbook);
      const tabs = workbook.tabs.map(t => ({
        name: t.name,
        rows: t.grid.map(row =>
          row.map(v => (v === null || v === undefined ? '' : (v as string))),
        ),
      }));
      const xlsx = buildReport(await readXlsxBuffer(await exampleXlsx(tabs)));
      const env = createFakeServices({tabs});
      const sheets = buildReport(readSheetGrids(env.spreadsheet).workbook);
      for (const other of [xlsx, sheets]) {
        expect(documentParagraphs(other.document)).toEqual(
          documentParagraphs(expected.document),
        );
        expect(other.document).toEqual(expected.document);
        expect(other.findings.map(f => f.code)).toEqual(
          expected.findings.map(f => f.code),
        );
      }
    }
  });
});

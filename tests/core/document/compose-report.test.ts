import {composeReport} from '../../../src/core/document/compose-report';
import type {CellValue} from '../../../src/core/workbook/grid';
import {readWorkbook} from '../../../src/core/workbook/read-workbook';
import {BASIC_SETTINGS, workbook} from '../../helpers/workbook-grids';

type Row = readonly [CellValue, CellValue, CellValue];

/** Composes a workbook whose first part tab holds `rows` (the other parts one 段落 each). */
function compose(
  rows: readonly Row[],
  options: {
    settings?: readonly (readonly [string, CellValue])[];
    figures?: readonly (readonly [CellValue, CellValue, CellValue?])[];
  } = {},
) {
  const {model} = readWorkbook(
    workbook({
      settings: options.settings,
      figures: options.figures,
      parts: {0: rows},
    }),
  );
  return composeReport(model);
}

/** The blocks after the title, up to the first block of the second part tab. */
function partOne(rows: readonly Row[], settings = BASIC_SETTINGS) {
  return compose(rows, {settings}).document.blocks.slice(1, -4);
}

describe('composeReport', () => {
  it('titles the report {单位名称}{报告年度}年度法治政府建设工作报告 by default', () => {
    const {document} = compose([['段落', '', '正文。']]);
    expect(document.title).toBe('古荡街道2024年度法治政府建设工作报告');
    expect(document.blocks[0]).toEqual({
      kind: 'title',
      lines: ['古荡街道2024年度法治政府建设工作报告'],
    });
  });

  it('fills placeholders in a custom 报告标题 ({{年度}})', () => {
    const {document, findings} = compose([['段落', '', '正文。']], {
      settings: [
        ...BASIC_SETTINGS,
        ['报告标题', '{{单位名称}}关于{{年度}}年度法治政府建设情况的报告'],
      ],
    });
    expect(findings).toEqual([]);
    expect(document.title).toBe('古荡街道关于2024年度法治政府建设情况的报告');
  });

  it('flags an unknown placeholder in 报告标题 at its 基本信息 cell', () => {
    const {findings} = compose([['段落', '', '正文。']], {
      settings: [...BASIC_SETTINGS, ['报告标题', '{{年份}}年度报告']],
    });
    expect(findings.map(f => [f.code, f.cell])).toEqual([
      ['placeholder-unknown', {tab: '基本信息', row: 4, column: 2}],
    ]);
  });

  it('writes the 主送机关 line after the title ending with "："', () => {
    const {document} = compose([['段落', '', '正文。']], {
      settings: [...BASIC_SETTINGS, ['主送机关', '西湖区人民政府']],
    });
    expect(document.blocks[1]).toEqual({
      kind: 'addressee',
      text: '西湖区人民政府：',
    });
  });

  it('does not double a colon typed at the end of 主送机关', () => {
    for (const typed of ['西湖区人民政府：', '西湖区人民政府:']) {
      const {document} = compose([['段落', '', '正文。']], {
        settings: [...BASIC_SETTINGS, ['主送机关', typed]],
      });
      expect(document.blocks[1]).toEqual({
        kind: 'addressee',
        text: '西湖区人民政府：',
      });
    }
  });

  it('writes no 主送机关 line when it is not set', () => {
    const {document} = compose([['段落', '', '正文。']]);
    expect(document.blocks.some(b => b.kind === 'addressee')).toBe(false);
  });

  it('writes a 章 with 正文 as a level-1 heading followed by a paragraph', () => {
    expect(partOne([['章', '主要举措', '全年扎实推进。']])).toEqual([
      {kind: 'heading', level: 1, text: '一、主要举措'},
      {kind: 'paragraph', text: '全年扎实推进。'},
    ]);
  });

  it('writes a 节 with 正文 as a level-2 heading followed by a paragraph', () => {
    expect(partOne([['节', '主要举措', '全年扎实推进。']])).toEqual([
      {kind: 'heading', level: 2, text: '（一）主要举措'},
      {kind: 'paragraph', text: '全年扎实推进。'},
    ]);
  });

  it('writes a 条 with no text as a level-3 heading', () => {
    expect(partOne([['条', '夯实法治工作基础。', '']])).toEqual([
      {kind: 'heading', level: 3, text: '1.夯实法治工作基础。'},
    ]);
  });

  it('writes a 款 with no text as a level-4 heading', () => {
    expect(partOne([['款', '健全制度', '']])).toEqual([
      {kind: 'heading', level: 4, text: '（1）健全制度'},
    ]);
  });

  it('writes a 条 with text as one paragraph "1.标题正文"', () => {
    expect(partOne([['条', '强化依法决策。', '全年审查合同12份。']])).toEqual([
      {kind: 'paragraph', text: '1.强化依法决策。全年审查合同12份。'},
    ]);
  });

  it('numbers 条 "1、" when 三级编号样式 is "1、"', () => {
    const blocks = partOne(
      [['条', '强化依法决策。', '正文。']],
      [...BASIC_SETTINGS, ['三级编号样式', '1、']],
    );
    expect(blocks).toEqual([
      {kind: 'paragraph', text: '1、强化依法决策。正文。'},
    ]);
  });

  it('puts "。" between a title without closing punctuation and its text', () => {
    expect(partOne([['条', '强化依法决策', '全年审查合同12份。']])).toEqual([
      {kind: 'paragraph', text: '1.强化依法决策。全年审查合同12份。'},
    ]);
  });

  it('runs the text straight on after a title ending in "：" or "；"', () => {
    const blocks = partOne([
      ['段落', '行政执法工作方面：', '部门协同有待提高。'],
      ['段落', '一方面；', '另一方面。'],
    ]);
    expect(blocks.map(b => b.kind === 'paragraph' && b.text)).toEqual([
      '行政执法工作方面：部门协同有待提高。',
      '一方面；另一方面。',
    ]);
  });

  it('writes a 节 with text and no title as a numbered paragraph', () => {
    expect(partOne([['节', '', '全年扎实推进。']])).toEqual([
      {kind: 'paragraph', text: '（一）全年扎实推进。'},
    ]);
  });

  it('writes 要点 as their own paragraphs 一是… 二是…', () => {
    expect(
      partOne([
        ['要点', '', '健全制度；'],
        ['要点', '', '加强培训。'],
      ]),
    ).toEqual([
      {kind: 'paragraph', text: '一是健全制度；'},
      {kind: 'paragraph', text: '二是加强培训。'},
    ]);
  });

  it('runs 段内要点 on inside the previous paragraph ("…：一是…；二是…")', () => {
    expect(
      partOne([
        ['段落', '', '行政执法工作方面：'],
        ['段内要点', '', '部门协同有待提高；'],
        ['段内要点', '', '人员力量有待加强。'],
      ]),
    ).toEqual([
      {
        kind: 'paragraph',
        text: '行政执法工作方面：一是部门协同有待提高；二是人员力量有待加强。',
      },
    ]);
  });

  it('turns a 条 heading into a paragraph when 段内要点 run on after it', () => {
    expect(
      partOne([
        ['条', '行政执法工作方面：', ''],
        ['段内要点', '', '部门协同有待提高；'],
        ['段内要点', '', '人员力量有待加强。'],
      ]),
    ).toEqual([
      {
        kind: 'paragraph',
        text: '1.行政执法工作方面：一是部门协同有待提高；二是人员力量有待加强。',
      },
    ]);
  });

  it('restarts the count of 段内要点 in each paragraph', () => {
    const blocks = partOne([
      ['段落', '', '甲方面：'],
      ['段内要点', '', '甲一；'],
      ['段内要点', '', '甲二。'],
      ['段落', '', '乙方面：'],
      ['段内要点', '', '乙一。'],
    ]);
    expect(blocks.map(b => b.kind === 'paragraph' && b.text)).toEqual([
      '甲方面：一是甲一；二是甲二。',
      '乙方面：一是乙一。',
    ]);
  });

  it('joins the title and text of a 段内要点 like a paragraph', () => {
    const blocks = partOne([
      ['段落', '', '执法方面：'],
      ['段内要点', '部门协同', '有待提高。'],
    ]);
    expect(blocks).toEqual([
      {kind: 'paragraph', text: '执法方面：一是部门协同。有待提高。'},
    ]);
  });

  it('flags 段内要点 after a 章 heading as run-on-without-paragraph at its 层级 cell', () => {
    const {findings, document} = compose([
      ['章', '存在的不足', ''],
      ['段内要点', '', '部门协同有待提高。'],
    ]);
    expect(findings).toEqual([
      {
        code: 'run-on-without-paragraph',
        severity: 'error',
        cell: {tab: '一、举措成效', row: 3, column: 1},
        params: {},
      },
    ]);
    expect(document.blocks[1]).toEqual({
      kind: 'heading',
      level: 1,
      text: '一、存在的不足',
    });
  });

  it('flags 段内要点 as the first row of a tab instead of running it into the tab before', () => {
    const {model} = readWorkbook(
      workbook({
        parts: {
          0: [['段落', '', '第一部分的最后一段。']],
          1: [['段内要点', '', '不应接在上一表。']],
        },
      }),
    );
    const {findings, document} = composeReport(model);
    expect(findings.map(f => [f.code, f.cell.tab])).toEqual([
      ['run-on-without-paragraph', '二、不足原因'],
    ]);
    expect(document.blocks[1]).toEqual({
      kind: 'paragraph',
      text: '第一部分的最后一段。',
    });
  });

  it('fills figures in headings and paragraphs and lists them in first-use order', () => {
    const {document, figuresUsed, findings} = compose(
      [
        ['章', '{{年度}}年主要举措', ''],
        [
          '段落',
          '',
          '持证{{持证人数}}人，持证率{{持证率|百分比1}}，再计{{持证人数}}人。',
        ],
      ],
      {
        figures: [
          ['持证率', 0.808, '%'],
          ['持证人数', 42, '人'],
        ],
      },
    );
    expect(findings).toEqual([]);
    expect(document.blocks.slice(1, 3)).toEqual([
      {kind: 'heading', level: 1, text: '一、2024年主要举措'},
      {kind: 'paragraph', text: '持证42人，持证率80.8%，再计42人。'},
    ]);
    expect(figuresUsed).toEqual(['持证人数', '持证率']);
  });

  it('reports an empty figure used in two rows once, at its 数据 cell', () => {
    const {findings} = compose(
      [
        ['段落', '', '受理{{复议案件数}}件。'],
        ['段落', '', '其中{{复议案件数}}件已办结。'],
      ],
      {figures: [['复议案件数', '', '件']]},
    );
    expect(findings).toEqual([
      {
        code: 'figure-empty',
        severity: 'error',
        cell: {tab: '数据', row: 2, column: 2},
        params: {name: '复议案件数', office: ''},
      },
    ]);
  });

  it('ends with the sign-off of 落款单位 and 成文日期 written 2025年2月5日', () => {
    const {document} = compose([['段落', '', '正文。']], {
      settings: [
        ...BASIC_SETTINGS,
        ['落款单位', '古荡街道办事处'],
        ['成文日期', '2025-02-05'],
      ],
    });
    expect(document.blocks[document.blocks.length - 1]).toEqual({
      kind: 'sign-off',
      units: ['古荡街道办事处'],
      date: '2025年2月5日',
    });
    expect(document.author).toBe('古荡街道办事处');
  });

  it('signs off with 单位名称 when only 成文日期 is set', () => {
    const {document} = compose([['段落', '', '正文。']], {
      settings: [...BASIC_SETTINGS, ['成文日期', '2025年2月5日']],
    });
    expect(document.blocks[document.blocks.length - 1]).toEqual({
      kind: 'sign-off',
      units: ['古荡街道'],
      date: '2025年2月5日',
    });
  });

  it('writes no sign-off when neither 落款单位 nor 成文日期 is set', () => {
    const {document} = compose([['段落', '', '正文。']]);
    expect(document.blocks.some(b => b.kind === 'sign-off')).toBe(false);
    expect(document.author).toBe('古荡街道');
  });

  it('continues 章 numbering across part tabs (一、 … 五、)', () => {
    const chapter = (title: string): Row[] => [['章', title, '']];
    const {model} = readWorkbook(
      workbook({
        parts: {
          0: chapter('举措成效'),
          1: chapter('不足原因'),
          2: chapter('第一责任人'),
          3: chapter('下年安排'),
          4: chapter('其他事项'),
        },
      }),
    );
    const headings = composeReport(model).document.blocks.filter(
      b => b.kind === 'heading',
    );
    expect(headings.map(h => h.kind === 'heading' && h.text)).toEqual([
      '一、举措成效',
      '二、不足原因',
      '三、第一责任人',
      '四、下年安排',
      '五、其他事项',
    ]);
  });

  it('leaves 导语 paragraphs unnumbered before 一、', () => {
    const {model} = readWorkbook(
      workbook({parts: {0: [['章', '举措成效', '']]}}),
    );
    const intro = {
      name: '导语',
      part: 0,
      rows: [
        {
          level: '段落' as const,
          levelCell: {tab: '导语', row: 2, column: 1},
          title: '',
          titleCell: {tab: '导语', row: 2, column: 2},
          text: '{{年度}}年以来，我街道……',
          textCell: {tab: '导语', row: 2, column: 3},
          office: '',
          status: '',
          statusCell: {tab: '导语', row: 2, column: 5},
        },
      ],
    };
    const {document} = composeReport({
      ...model,
      sections: [intro, ...model.sections],
    });
    expect(document.blocks.slice(1, 3)).toEqual([
      {kind: 'paragraph', text: '2024年以来，我街道……'},
      {kind: 'heading', level: 1, text: '一、举措成效'},
    ]);
  });
});

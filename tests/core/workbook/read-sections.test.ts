import {readSection} from '../../../src/core/workbook/read-sections';
import {sectionTab} from '../../helpers/workbook-grids';

const TAB = '一、举措成效';

describe('readSection', () => {
  it('reads each row’s 层级, 标题 and 正文 with their cells', () => {
    const {section, findings} = readSection(
      sectionTab(TAB, [['章', '主要举措', '正文内容。']]),
      1,
    );
    expect(findings).toEqual([]);
    expect(section).toEqual({
      name: TAB,
      part: 1,
      rows: [
        {
          level: '章',
          levelCell: {tab: TAB, row: 2, column: 1},
          title: '主要举措',
          titleCell: {tab: TAB, row: 2, column: 2},
          text: '正文内容。',
          textCell: {tab: TAB, row: 2, column: 3},
          office: '',
          status: '',
          statusCell: {tab: TAB, row: 2, column: 5},
        },
      ],
    });
  });

  it('reads every 层级 of the contract', () => {
    const levels = ['章', '节', '条', '款', '要点', '段内要点', '段落'];
    const {section, findings} = readSection(
      sectionTab(
        TAB,
        levels.map(l => [l, '', `${l}的正文`]),
      ),
      1,
    );
    expect(findings).toEqual([]);
    expect(section.rows.map(r => r.level)).toEqual(levels);
  });

  it('reads a 层级 typed with spaces around it', () => {
    const {section} = readSection(
      sectionTab(TAB, [['\u3000章 ', '标题', '']]),
      1,
    );
    expect(section.rows[0].level).toBe('章');
  });

  it('reads 负责科室 and 状态', () => {
    const {section} = readSection(
      {
        name: TAB,
        grid: [
          ['层级', '标题', '正文', '负责科室', '状态', '备注'],
          ['段落', '', '正文', '党政办', '待审核', '备注'],
        ],
      },
      1,
    );
    expect(section.rows[0].office).toBe('党政办');
    expect(section.rows[0].status).toBe('待审核');
  });

  it('flags an unknown 层级 at its 层级 cell and leaves the row out', () => {
    const {section, findings} = readSection(
      sectionTab(TAB, [
        ['段落', '', '第一段。'],
        ['小节', '标题', '正文'],
      ]),
      1,
    );
    expect(findings).toEqual([
      {
        code: 'level-unknown',
        severity: 'error',
        cell: {tab: TAB, row: 3, column: 1},
        params: {value: '小节'},
      },
    ]);
    expect(section.rows).toHaveLength(1);
  });

  it('reads an empty 层级 with text as 段落', () => {
    const {section, findings} = readSection(
      sectionTab(TAB, [['', '', '一段正文。']]),
      1,
    );
    expect(findings).toEqual([]);
    expect(section.rows[0].level).toBe('段落');
  });

  it('reads an empty 层级 with only a 标题 as 段落', () => {
    const {section} = readSection(sectionTab(TAB, [['', '标题。', '']]), 1);
    expect(section.rows[0].level).toBe('段落');
  });

  it('warns at the 标题 cell when a level has no text and leaves the row out', () => {
    const {section, findings} = readSection(
      sectionTab(TAB, [['条', '', '']]),
      1,
    );
    expect(findings).toEqual([
      {
        code: 'row-without-text',
        severity: 'warning',
        cell: {tab: TAB, row: 2, column: 2},
        params: {level: '条'},
      },
    ]);
    expect(section.rows).toEqual([]);
  });

  it('skips a row with only 负责科室 filled without a finding', () => {
    const {section, findings} = readSection(
      {
        name: TAB,
        grid: [
          ['层级', '标题', '正文', '负责科室', '状态', '备注'],
          ['', '', '', '党政办', '', ''],
        ],
      },
      1,
    );
    expect(findings).toEqual([]);
    expect(section.rows).toEqual([]);
  });

  it('keeps the part number it is given (0 for 导语)', () => {
    const {section} = readSection(
      sectionTab('导语', [['段落', '', '导语。']]),
      0,
    );
    expect(section.part).toBe(0);
    expect(section.name).toBe('导语');
  });
});

import {findingMessage} from '../../../../src/core/findings/messages';
import {checkStructure} from '../../../../src/core/rules/check-structure';
import {readWorkbook} from '../../../../src/core/workbook/read-workbook';
import {sectionTab, workbook} from '../../../helpers/workbook-grids';
import {structureFindings, where} from './structure-workbook';

/** Findings of a workbook whose part tabs are exactly `parts` (name → rows), in that order. */
function partsFindings(
  parts: readonly (readonly [
    string,
    readonly (readonly [string, string, string])[],
  ])[],
) {
  const base = workbook({}).tabs.slice(0, 2);
  const tabs = [
    ...base,
    ...parts.map(([name, rows]) => sectionTab(name, rows)),
  ];
  return checkStructure(readWorkbook({tabs}).model);
}

describe('the parts', () => {
  it('leaves an empty part out with a part-empty hint at its A2, and hints the part it misses', () => {
    const findings = structureFindings({2: []});
    expect(where(findings)).toEqual([
      '三、第一责任人!A2 part-empty',
      '一、举措成效!A1 part-missing',
    ]);
    expect(findings.map(f => f.severity)).toEqual(['info', 'info']);
    expect(findingMessage(findings[1])).toContain(
      '“上一年度党政主要负责人履行推进法治建设第一责任人职责情况”',
    );
  });

  it('counts a part whose only row has an unknown 层级 as empty', () => {
    const findings = structureFindings({4: [['小节', '其他', '']]});
    expect(where(findings)).toEqual([
      '五、其他事项!A2 part-empty',
      '一、举措成效!A1 part-missing',
    ]);
  });

  it('accepts an empty 导语', () => {
    expect(structureFindings({}, [])).toEqual([]);
  });

  it('warns at the first row when a part does not open with a 章', () => {
    const findings = structureFindings({3: [['段落', '', '明年将继续努力。']]});
    expect(where(findings)).toEqual(['四、下年安排!A2 part-without-heading']);
    expect(findings[0].severity).toBe('warning');
    expect(findingMessage(findings[0])).toContain(
      '第一行层级是“段落”，不是“章”，这一部分在报告中将没有一级标题',
    );
  });

  it('accepts a part that opens with a 章', () => {
    const findings = structureFindings({
      3: [
        ['章', '下一年度推进法治政府建设的主要安排', ''],
        ['段落', '', '明年将继续努力。'],
      ],
    });
    expect(findings).toEqual([]);
  });

  it('gives a part opening with a 节 before any 章 only the order error', () => {
    const findings = structureFindings({0: [['节', '依法行政', '']]});
    expect(where(findings)).toEqual([
      '一、举措成效!A2 level-section-before-chapter',
    ]);
  });

  it('warns at a part opening with a 节 when an earlier part has its 章', () => {
    const findings = structureFindings({1: [['节', '短板', '']]});
    expect(where(findings)).toEqual(['二、不足原因!A2 part-without-heading']);
  });

  it('finds the national parts by the 章 titles of a 4-part report in its own order, with hints only', () => {
    const findings = partsFindings([
      ['一、举措成效', [['章', '2024年法治政府建设主要举措和成效', '']]],
      [
        '二、履职',
        [['章', '党政主要负责人履行推进法治建设第一责任人职责情况', '']],
      ],
      ['三、不足', [['章', '存在的不足和原因', '']]],
      ['四、计划', [['章', '2025年工作安排', '']]],
    ]);
    expect(where(findings)).toEqual(['一、举措成效!A1 part-missing']);
    expect(findings[0].severity).toBe('info');
    expect(findingMessage(findings[0])).toContain('其他需要报告的情况');
  });

  it('takes thematic parts as measures and results (no hint for part 1)', () => {
    const findings = partsFindings([
      ['一、党的领导', [['章', '坚持党的领导，把牢法治建设正确方向', '']]],
      ['二、依法行政', [['章', '坚持依法行政，提升政府治理效能', '']]],
      ['三、问题', [['章', '存在的问题', '']]],
      ['四、第一责任人', [['章', '主要负责人履职情况', '']]],
      ['五、下一步', [['章', '下一步工作打算', '']]],
      ['六、其他', [['章', '其他需要报告的情况', '']]],
    ]);
    expect(findings).toEqual([]);
  });
});

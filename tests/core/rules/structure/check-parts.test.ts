import {findingMessage} from '../../../../src/core/findings/messages';
import {structureFindings, where} from './structure-workbook';

describe('the five parts', () => {
  it('flags A2 of 三、第一责任人 as an error when the part has no rows', () => {
    const findings = structureFindings({2: []});
    expect(where(findings)).toEqual(['三、第一责任人!A2 part-empty']);
    expect(findings[0].severity).toBe('error');
    expect(findingMessage(findings[0])).toContain(
      '第三部分为“上一年度党政主要负责人履行推进法治建设第一责任人职责情况”',
    );
  });

  it('counts a part whose only row has an unknown 层级 as empty', () => {
    const findings = structureFindings({4: [['小节', '其他', '']]});
    expect(where(findings)).toEqual(['五、其他事项!A2 part-empty']);
  });

  it('accepts an empty 导语', () => {
    expect(structureFindings({}, [])).toEqual([]);
  });

  it('warns at the first row when a part does not open with a 章', () => {
    const findings = structureFindings({3: [['段落', '', '明年将继续努力。']]});
    expect(where(findings)).toEqual(['四、下年安排!A2 part-without-heading']);
    expect(findings[0].severity).toBe('warning');
    expect(findingMessage(findings[0])).toContain(
      '第一行层级是“段落”，不是“章”，第四部分在报告中将没有一级标题',
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
});

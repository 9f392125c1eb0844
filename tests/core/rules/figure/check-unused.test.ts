import {readWorkbook} from '../../../../src/core/workbook/read-workbook';
import {checkFigure} from '../../../../src/core/rules/check-figure';
import {workbook} from '../../../helpers/workbook-grids';
import {figureFindings, messages, where} from './figure-workbook';

describe('figures nothing uses', () => {
  it('hints at 数据!A3 when no text names a figure', () => {
    const findings = figureFindings(
      [
        {name: '立案数', value: 461, unit: '件'},
        {name: '结案数', value: 456, unit: '件'},
      ],
      ['立案数'],
    );
    expect(where(findings)).toEqual(['数据!A3 figure-unused']);
    expect(findings[0].severity).toBe('info');
    expect(messages(findings)[0]).toContain('{{结案数}}');
  });

  it('counts a figure named with a format, {{持证率|百分比1}}, as used', () => {
    const findings = figureFindings(
      [{name: '持证率', value: 0.8, unit: '%'}],
      ['持证率|百分比1'],
    );
    expect(findings).toEqual([]);
  });

  it('counts a total named by another figure’s 合计于 as used', () => {
    const findings = figureFindings(
      [
        {name: '立案数', value: 461, unit: '件'},
        {name: '普通程序案件数', value: 461, unit: '件', partOf: '立案数'},
      ],
      ['普通程序案件数'],
    );
    expect(findings).toEqual([]);
  });

  it('counts a limit named by another figure’s 不超过 as used', () => {
    const findings = figureFindings(
      [
        {name: '立案数', value: 461, unit: '件'},
        {name: '重大案件数', value: 6, unit: '件', notExceeding: '立案数'},
      ],
      ['重大案件数'],
    );
    expect(findings).toEqual([]);
  });

  it('still hints at a part with 合计于 that no text names', () => {
    const findings = figureFindings(
      [
        {name: '立案数', value: 461, unit: '件'},
        {name: '普通程序案件数', value: 461, unit: '件', partOf: '立案数'},
      ],
      ['立案数'],
    );
    expect(where(findings)).toEqual(['数据!A3 figure-unused']);
  });

  it('counts figures named in a 标题 or in the 报告标题 setting as used', () => {
    const grids = workbook({
      settings: [
        ['单位名称', '古荡街道'],
        ['报告年度', 2024],
        ['报告标题', '{{单位名称}}法治政府建设报告（{{版本号}}）'],
      ],
      figures: [
        ['版本号', 2],
        ['立案数', 461, '件'],
      ],
      parts: {0: [['章', '办案{{立案数}}件', '']]},
    });
    expect(checkFigure(readWorkbook(grids).model)).toEqual([]);
  });
});

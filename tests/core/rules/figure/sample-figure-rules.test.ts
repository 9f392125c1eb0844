import {buildReport} from '../../../../src/core/build-report';
import {FIGURE_RULE_CODES} from '../../../../src/core/findings/figure-rule-codes';
import {findingMessage} from '../../../../src/core/findings/messages';
import {sampleWorkbookGrids} from '../../../../src/core/sample/sample-workbook';
import {formatCellRef} from '../../../../src/core/workbook/cell-ref';

describe('figure rules on the sample workbook', () => {
  const findings = buildReport(sampleWorkbookGrids()).findings.filter(
    f => f.code in FIGURE_RULE_CODES,
  );

  it('raises only the missed 持证率 target and two unused figures', () => {
    expect(
      findings.map(f => [formatCellRef(f.cell), f.severity, f.code]),
    ).toEqual([
      ['数据!A5', 'info', 'figure-unused'],
      ['数据!B6', 'warning', 'target-missed'],
      ['数据!A35', 'info', 'figure-unused'],
    ]);
  });

  it('words the missed target as 持证率80.8%，低于目标85%', () => {
    const missed = findings.find(f => f.code === 'target-missed');
    expect(missed && findingMessage(missed)).toContain(
      '持证率80.8%，低于目标85%',
    );
  });

  it('hints at 应持证人数, used only by a formula, and the unprinted 调解受理率', () => {
    const unused = findings.filter(f => f.code === 'figure-unused');
    expect(unused.map(f => f.params)).toEqual([
      {name: '应持证人数'},
      {name: '调解受理率'},
    ]);
  });
});

import {buildReport} from '../../../../src/core/build-report';
import {STRUCTURE_RULE_CODES} from '../../../../src/core/findings/structure-rule-codes';
import {sampleWorkbookGrids} from '../../../../src/core/sample/sample-workbook';

describe('structure rules on the sample workbook', () => {
  it('finds nothing in the sample’s structure', () => {
    const findings = buildReport(sampleWorkbookGrids()).findings;
    expect(findings.filter(f => f.code in STRUCTURE_RULE_CODES)).toEqual([]);
  });
});

import {buildReport} from '../../../../src/core/build-report';
import {TEXT_RULE_CODES} from '../../../../src/core/findings/text-rule-codes';
import {checkText} from '../../../../src/core/rules/check-text';
import {sampleWorkbookGrids} from '../../../../src/core/sample/sample-workbook';
import {readWorkbook} from '../../../../src/core/workbook/read-workbook';

describe('the text rules on the sample workbook', () => {
  it('report no error, warning or hint through buildReport', () => {
    const textCodes = new Set<string>(Object.keys(TEXT_RULE_CODES));
    const build = buildReport(sampleWorkbookGrids());
    expect(build.findings.filter(f => textCodes.has(f.code))).toEqual([]);
  });

  it('read every 标题 and 正文 of the sample without a finding', () => {
    const {model} = readWorkbook(sampleWorkbookGrids());
    expect(model.sections.flatMap(s => s.rows).length).toBeGreaterThan(30);
    expect(checkText(model)).toEqual([]);
  });
});

// Telling the section of a reviewer's quoted text from the report's headings and paragraphs.

import {buildReport} from '../../../src/core/build-report';
import {
  heading,
  paragraph,
  signOff,
  title,
  type ReportDocument,
} from '../../../src/core/document/model';
import {locateQuote, quoteLocator} from '../../../src/core/review/locate-quote';
import {sampleWorkbookGrids} from '../../../src/core/sample/sample-workbook';

const ONE = '一、主要举措和成效';
const MEASURES = '（一）主要举措';
const RESULTS = '（二）突出成效';
const TWO = '二、存在的不足';

const document: ReportDocument = {
  title: '古荡街道2024年度法治政府建设工作报告',
  author: '古荡街道',
  blocks: [
    title('古荡街道2024年度法治政府建设工作报告'),
    paragraph('2024年以来，街道依法履职。'),
    heading(1, ONE),
    heading(2, MEASURES),
    paragraph('一是明确人员力量。将法治机构设在党政办。'),
    heading(2, RESULTS),
    paragraph('形成具有古荡特色的合法性审查模式。'),
    heading(1, TWO),
    paragraph('部门协同有待提高，执法力量不足。'),
    paragraph('法治机构人员力量不足。'),
    signOff('古荡街道办事处', '2025年2月5日'),
  ],
};

describe('locateQuote', () => {
  it('gives the heading path of the paragraph that holds the quote', () => {
    expect(locateQuote(document, '将法治机构设在党政办')).toBe(
      `${ONE}／${MEASURES}`,
    );
    expect(locateQuote(document, '执法力量不足')).toBe(TWO);
  });

  it('ignores spaces, full-width spaces and non-breaking spaces on either side', () => {
    expect(
      locateQuote(document, ' 古荡特色的\u3000合法性 审查\u00a0模式 '),
    ).toBe(`${ONE}／${RESULTS}`);
  });

  it('places a quoted heading in its own section', () => {
    expect(locateQuote(document, '（二）突出成效')).toBe(`${ONE}／${RESULTS}`);
  });

  it('gives the headings two sections share when the quote runs across them', () => {
    expect(
      locateQuote(document, '设在党政办。\n（二）突出成效\n形成具有'),
    ).toBe(ONE);
  });

  it('gives the shared headings, or nothing, when the quote occurs in several sections', () => {
    expect(locateQuote(document, '人员力量')).toBe('');
    expect(locateQuote(document, '明确人员力量')).toBe(`${ONE}／${MEASURES}`);
  });

  it('gives nothing for text the report does not hold, the title, the sign-off or an empty quote', () => {
    expect(locateQuote(document, '这段文字已被删改')).toBe('');
    expect(locateQuote(document, '设在党政办。\n这行已改')).toBe('');
    expect(locateQuote(document, '2024年度法治政府')).toBe('');
    expect(locateQuote(document, '古荡街道办事处')).toBe('');
    expect(locateQuote(document, ' \n ')).toBe('');
  });

  it('finds a quote of the sample report under its three heading levels', () => {
    const locate = quoteLocator(buildReport(sampleWorkbookGrids()).document);
    expect(locate('负责对接日常合法性审查工作')).toBe(
      '一、2024年推进法治政府建设的主要举措和突出成效／（一）主要举措／1、夯实法治工作基础。',
    );
  });
});

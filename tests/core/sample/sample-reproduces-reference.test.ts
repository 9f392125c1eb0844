import {buildReport, documentParagraphs} from '../../../src/core/build-report';
import {sampleWorkbookGrids} from '../../../src/core/sample/sample-workbook';
import {
  expectedSampleParagraphs,
  REFERENCE_CORRECTIONS,
  referenceParagraphs,
} from '../../helpers/reference';

describe('the sample workbook', () => {
  const build = buildReport(sampleWorkbookGrids());
  const paragraphs = documentParagraphs(build.document);

  it('builds without errors; only the missed 持证率 target and two unused figures are noted', () => {
    expect(build.findings.filter(f => f.severity === 'error')).toEqual([]);
    expect(
      build.findings.map(f => [f.severity, f.code, f.cell.tab, f.cell.row]),
    ).toEqual([
      ['info', 'figure-unused', '数据', 5],
      ['warning', 'target-missed', '数据', 6],
      ['info', 'figure-unused', '数据', 35],
    ]);
  });

  it('reproduces the reference paragraph by paragraph, its own errors corrected', () => {
    const expected = expectedSampleParagraphs();
    paragraphs.forEach((p, i) => expect([i, p]).toEqual([i, expected[i]]));
    expect(paragraphs.length).toBe(expected.length);
  });

  it.each(REFERENCE_CORRECTIONS)('corrects the reference’s $what', c => {
    expect(referenceParagraphs().join('\n')).toContain(c.wrong);
    expect(paragraphs.join('\n')).not.toContain(c.wrong);
    expect(paragraphs.join('\n')).toContain(c.right);
  });

  it('takes every number in the text from the 数据 tab', () => {
    expect(build.stats.figuresUsed).toBeGreaterThanOrEqual(40);
    expect(build.stats.figuresDefined).toBeGreaterThanOrEqual(40);
  });

  it('writes 持证率 from the formula of 持证人数 over the staff total as 80.8%', () => {
    expect(paragraphs.join('')).toContain('累计42人持证，持证率80.8%');
  });
});

import {STANDARD_TERMS} from '../../../../src/core/rules/text/standard-terms';
import {
  FILLER,
  findingsOfRows,
  findingsOfText,
  withCode,
} from './text-findings';

describe('standard terms with a character missing (rule 9)', () => {
  it('warns at 政执法三项制度 on 一、举措成效!C5 that 行政执法三项制度 is meant', () => {
    const findings = findingsOfRows([
      ...FILLER,
      ['段落', '', '紧盯三个重点环节，严格落实政执法三项制度。'],
    ]);
    expect(withCode(findings, 'term-missing-character')).toEqual([
      [
        '一、举措成效!C5',
        {
          found: '政执法三项制度',
          term: '行政执法三项制度',
          excerpt: '…节，严格落实政执法三项制度。',
        },
      ],
    ]);
    expect(findings[0].severity).toBe('warning');
  });

  it('warns at 合法审查 and 法治政建设, each once', () => {
    const findings = findingsOfText('加强合法审查，推进法治政建设。');
    expect(
      withCode(findings, 'term-missing-character').map(([, p]) => p),
    ).toEqual([
      expect.objectContaining({found: '合法审查', term: '合法性审查'}),
      expect.objectContaining({found: '法治政建设', term: '法治政府建设'}),
    ]);
  });

  it('does not flag full terms or correct words that look like a shortened term', () => {
    const findings = findingsOfText(
      '严格落实行政执法三项制度，加强执法，学习行政法规，依法行使职权，申请行政执行，开展合法性审核，述职述廉，压实第一责任，推进综合行政执法，司法行政机关。',
    );
    expect(findings).toEqual([]);
  });

  it('holds only terms of four or more characters', () => {
    expect(STANDARD_TERMS.filter(t => t.length < 4)).toEqual([]);
  });
});

import {
  codesAt,
  FILLER,
  findingsOfRows,
  findingsOfText,
  withCode,
} from './text-findings';

const sequenceOf = (text: string) =>
  withCode(findingsOfText(text), 'ordinal-out-of-sequence').map(([cell, p]) => [
    cell,
    p,
  ]);

describe('typed ordinals out of sequence (rule 6)', () => {
  it('flags the repeated 二是 at 一、举措成效!C5 and says 三是 is expected', () => {
    const findings = findingsOfRows([
      ...FILLER,
      [
        '段落',
        '',
        '行政执法工作方面：一是部门协同有待提高；二是人员力量有待加强；二是考核标准有待优化。',
      ],
    ]);
    expect(withCode(findings, 'ordinal-out-of-sequence')).toEqual([
      [
        '一、举措成效!C5',
        {
          found: '二是',
          previous: '二是',
          expected: '三是',
          excerpt: '…量有待加强；二是考核标准有待…',
        },
      ],
    ]);
  });

  it('flags a skipped point 一是…三是 and says 二是 is expected', () => {
    expect(sequenceOf('一是明确人员；三是提高决策。')).toEqual([
      [
        '一、举措成效!C2',
        expect.objectContaining({found: '三是', expected: '二是'}),
      ],
    ]);
  });

  it('flags （一）（二）（二） typed in one cell', () => {
    expect(sequenceOf('（一）主要举措；（二）突出成效；（二）不足。')).toEqual([
      [
        '一、举措成效!C2',
        expect.objectContaining({found: '（二）', expected: '（三）'}),
      ],
    ]);
  });

  it('flags 1. 2. 2. typed in one cell', () => {
    expect(sequenceOf('分三步：1.摸底；2.整改；2.验收。')).toEqual([
      [
        '一、举措成效!C2',
        expect.objectContaining({found: '2.', expected: '3.'}),
      ],
    ]);
  });

  it('flags a list that starts again at 一是 without a sentence end between', () => {
    expect(sequenceOf('一是学法；二是述法；一是用法。')).toEqual([
      [
        '一、举措成效!C2',
        expect.objectContaining({found: '一是', expected: '三是'}),
      ],
    ]);
  });

  it('accepts a list that starts again after a sentence end or under a new （二）', () => {
    const findings = findingsOfText(
      '（一）学法：1.集中学；2.自学。（二）用法：1.审查；2.备案。另一方面，一是甲；二是乙。',
    );
    expect(withCode(findings, 'ordinal-out-of-sequence')).toEqual([]);
  });

  it('does not read 统一是, 唯一是 or 第（三）项和第（五）项 as ordinals', () => {
    const findings = findingsOfText(
      '统一是前提，唯一是标准，依照第（三）项和第（五）项办理，编制成一、二、三及支援队。',
    );
    expect(findings).toEqual([]);
  });
});

describe('typed ordinals next to the numbers of 层级', () => {
  it('warns when a 要点 row starts with a typed 一是 that would print twice', () => {
    const findings = findingsOfRows([['要点', '一是明确人员力量。', '正文。']]);
    expect(withCode(findings, 'ordinal-doubled-by-level')).toEqual([
      [
        '一、举措成效!B2',
        {typed: '一是', level: '要点', excerpt: '一是明确人员力量…'},
      ],
    ]);
  });

  it('warns about a 段内要点 whose 正文 starts with 三是 when its 标题 is empty', () => {
    const findings = findingsOfRows([
      ['段落', '', '行政执法工作方面：'],
      ['段内要点', '', '三是考核标准有待优化。'],
    ]);
    expect(codesAt(findings)).toEqual([
      '一、举措成效!C3 ordinal-doubled-by-level',
    ]);
  });

  it('hints at 层级 for points typed in a 段落 instead of warning', () => {
    const findings = findingsOfText('一是学法；二是述法。');
    expect(codesAt(findings)).toEqual(['一、举措成效!C2 ordinal-typed']);
  });

  it('gives no hint for a lone 二、 or （一） at the start of a paragraph', () => {
    expect(findingsOfText('二、不足原因的内容。')).toEqual([]);
    expect(findingsOfText('（一）主要举措')).toEqual([]);
  });
});

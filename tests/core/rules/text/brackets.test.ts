import {
  codesAt,
  FILLER,
  findingsOfRows,
  findingsOfText,
  withCode,
} from './text-findings';

describe('unbalanced brackets and quotes (rule 1)', () => {
  it('flags a 书名号 left open at 一、举措成效!C5', () => {
    const findings = findingsOfRows([
      ...FILLER,
      ['段落', '', '根据《西湖区法治政府建设工作要点要求开展工作。'],
    ]);
    expect(withCode(findings, 'bracket-unclosed')).toEqual([
      [
        '一、举措成效!C5',
        {opener: '《', closer: '》', excerpt: '根据《西湖区法治政…'},
      ],
    ]);
  });

  it('flags a closing bracket that has no opener', () => {
    expect(
      withCode(findingsOfText('组织学法4次）。'), 'bracket-unopened'),
    ).toEqual([
      [
        '一、举措成效!C2',
        {closer: '）', opener: '（', excerpt: '组织学法4次）。'},
      ],
    ]);
  });

  it('flags “浙里调" closed by a straight quote once, with ” as the fix', () => {
    const findings = findingsOfText(
      '利用“ODR”、“浙里调"等线上平台处置矛盾纠纷。',
    );
    expect(codesAt(findings)).toEqual(['一、举措成效!C2 quote-straight']);
    expect(findings[0].params).toMatchObject({mark: '"', replacement: '”'});
  });

  it('flags a pair of straight quotes around Chinese text once, with “” as the fix', () => {
    const findings = findingsOfText('形成"街道+律师"模式。');
    expect(withCode(findings, 'quote-straight')).toEqual([
      [
        '一、举措成效!C2',
        {mark: '"', replacement: '“”', excerpt: '形成"街道+律师"模式。'},
      ],
    ]);
  });

  it('flags a straight single quote used as a Chinese quote', () => {
    const findings = findingsOfText("开展'法治进社区'活动。");
    expect(withCode(findings, 'quote-straight')).toHaveLength(1);
    expect(findings[0].params).toMatchObject({replacement: '‘’'});
  });

  it('flags a full-width bracket closed by a half-width one as mismatched', () => {
    expect(
      withCode(
        findingsOfText('印发《实施办法（试行)》。'),
        'bracket-mismatched',
      ),
    ).toEqual([
      [
        '一、举措成效!C2',
        {
          opener: '（',
          found: ')',
          expected: '）',
          excerpt: '…发《实施办法（试行)》。',
        },
      ],
    ]);
  });

  it('flags crossed pairs once instead of an unclosed and an unopened mark', () => {
    const findings = findingsOfText('学习（《宪法）》等法律。');
    expect(codesAt(findings)).toEqual(['一、举措成效!C2 bracket-crossed']);
    expect(findings[0].params).toMatchObject({outer: '（', inner: '《'});
  });

  it('checks the 标题 cell in column B as well as 正文', () => {
    const findings = findingsOfRows([['章', '主要举措（成效', '正文。']]);
    expect(codesAt(findings)).toEqual(['一、举措成效!B2 bracket-unclosed']);
  });

  it('collects every unbalanced mark of a cell, not only the first', () => {
    const findings = findingsOfText('《甲。【乙。“丙。');
    expect(withCode(findings, 'bracket-unclosed').map(([, p]) => p)).toEqual([
      expect.objectContaining({opener: '《'}),
      expect.objectContaining({opener: '【'}),
      expect.objectContaining({opener: '“'}),
    ]);
  });

  it('accepts nested pairs, list markers such as 1）, apostrophes and placeholders', () => {
    const findings = findingsOfText(
      "学习《中华人民共和国宪法（修正案）》和“‘八五’普法”：1）甲；2）乙。People’s Court，Xi'an，共{{持证人数}}人。",
      {figures: [['持证人数', 42, '人']]},
    );
    expect(findings).toEqual([]);
  });
});

describe('empty brackets (rule 2)', () => {
  it('flags 干【】部 at its cell', () => {
    const findings = findingsOfRows([
      ...FILLER,
      ['段落', '', '面向街社两级干【】部开展行政复议的讲座培训。'],
    ]);
    expect(withCode(findings, 'bracket-empty')).toEqual([
      [
        '一、举措成效!C5',
        {pair: '【】', excerpt: '…向街社两级干【】部开展行政复…'},
      ],
    ]);
  });

  it('flags brackets and quotes that hold only spaces, once each', () => {
    const findings = findingsOfText('依据（ ）和“　”办理。');
    expect(codesAt(findings)).toEqual([
      '一、举措成效!C2 bracket-empty',
      '一、举措成效!C2 bracket-empty',
    ]);
  });

  it('does not flag a pair that holds a placeholder', () => {
    const findings = findingsOfText(
      '立案共计{{立案数}}件（{{普通程序案件数}}）。',
      {
        figures: [
          ['立案数', 461, '件'],
          ['普通程序案件数', 315, '件'],
        ],
      },
    );
    expect(findings).toEqual([]);
  });
});

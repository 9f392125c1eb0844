import {codesAt, findingsOfText, withCode} from './text-findings';

describe('half-width punctuation in Chinese text (rule 3)', () => {
  it('flags half-width commas between Chinese characters once per cell, with their count', () => {
    expect(
      withCode(
        findingsOfText('街道认真开展学法,述法,用法工作。'),
        'punctuation-half-width',
      ),
    ).toEqual([
      [
        '一、举措成效!C2',
        {
          mark: ',',
          replacement: '，',
          count: 2,
          excerpt: '…认真开展学法,述法,用法工…',
        },
      ],
    ]);
  });

  it.each([
    ['；', '审查合同;备案。'],
    ['：', '报告如下:一是。'],
    ['？', '是否落实?请核对。'],
    ['！', '成效显著!值得推广。'],
    ['。', '提升法治能力.下一步继续。'],
    ['（）', '印发办法(试行)。'],
  ])('names the full-width mark %s for the half-width one', (full, text) => {
    const [finding] = findingsOfText(text);
    expect(finding.code).toBe('punctuation-half-width');
    expect(finding.params).toMatchObject({replacement: full});
  });

  it('leaves numbers, times, list numbers, URLs, e-mail addresses, ellipses and placeholders alone', () => {
    const findings = findingsOfText(
      '持证率80.8%，共1,234人，14:30开会，1.夯实基础，见https://www.gov.cn/a?b=1,c，邮箱fz@gudang.gov.cn，等等...{{持证率|百分比1}}。',
    );
    expect(findings).toEqual([]);
  });
});

describe('doubled punctuation (rule 4)', () => {
  it('flags 。。 and ，。 each where they stand', () => {
    const findings = findingsOfText('完成清理。。继续推进，。落实。');
    expect(withCode(findings, 'punctuation-doubled')).toEqual([
      [
        '一、举措成效!C2',
        {marks: '。。', excerpt: '完成清理。。继续推进，。…'},
      ],
      ['一、举措成效!C2', {marks: '，。', excerpt: '…。。继续推进，。落实。'}],
    ]);
  });

  it('flags doubled marks with a space between them as one run', () => {
    expect(codesAt(findingsOfText('甲、 、乙。'))).toEqual([
      '一、举措成效!C2 punctuation-doubled',
    ]);
  });

  it('accepts …… and —— as single marks, ？！ and marks next to quotes', () => {
    const findings = findingsOfText(
      '党群联“新”·全域友好——建设……是否落实？！利用“浙里调解”、“浙江解纷码”等平台。',
    );
    expect(findings).toEqual([]);
  });
});

describe('spaces inside Chinese text (rule 5)', () => {
  it('flags a space and an ideographic space between Chinese characters', () => {
    const findings = findingsOfText('加强法治 政府建设，　推进工作。');
    expect(withCode(findings, 'space-between-chinese')).toEqual([
      [
        '一、举措成效!C2',
        {before: '治', after: '政', excerpt: '加强法治 政府建设，　推…'},
      ],
      [
        '一、举措成效!C2',
        {before: '，', after: '推', excerpt: '…治 政府建设，　推进工作。'},
      ],
    ]);
  });

  it('leaves spaces next to digits, Latin words and placeholders alone', () => {
    const findings = findingsOfText(
      '共 42 人，使用 ODR 平台，累计 {{持证人数}} 人持证。',
      {figures: [['持证人数', 43, '人']]},
    );
    expect(findings).toEqual([]);
  });
});

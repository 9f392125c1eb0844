import {finding, type Finding} from '../../../../src/core/findings/finding';
import {findingMessage} from '../../../../src/core/findings/messages';
import {
  TEXT_RULE_CODES,
  type TextRuleParams,
} from '../../../../src/core/findings/text-rule-codes';
import {cellRef} from '../../../../src/core/workbook/cell-ref';

/** Plausible parameters for every code; the type makes a new code fail to compile here. */
const SAMPLE_PARAMS: {readonly [C in keyof TextRuleParams]: TextRuleParams[C]} =
  {
    'bracket-unclosed': {excerpt: '根据《西湖区', opener: '《', closer: '》'},
    'bracket-unopened': {excerpt: '学法4次）。', closer: '）', opener: '（'},
    'bracket-mismatched': {
      excerpt: '办法（试行)',
      opener: '（',
      found: ')',
      expected: '）',
    },
    'bracket-crossed': {excerpt: '（《宪法）》', outer: '（', inner: '《'},
    'bracket-empty': {excerpt: '两级干【】部', pair: '【】'},
    'quote-straight': {excerpt: '“浙里调"等', mark: '"', replacement: '”'},
    'punctuation-half-width': {
      excerpt: '学法,述法',
      mark: ',',
      replacement: '，',
      count: 3,
    },
    'punctuation-doubled': {excerpt: '清理。。继续', marks: '。。'},
    'space-between-chinese': {excerpt: '法治 政府', before: '治', after: '政'},
    'ordinal-out-of-sequence': {
      excerpt: '；二是考核标准',
      found: '二是',
      previous: '二是',
      expected: '三是',
    },
    'ordinal-doubled-by-level': {
      excerpt: '一是明确人员力量',
      typed: '一是',
      level: '要点',
    },
    'ordinal-typed': {excerpt: '一是学法；二是', typed: '一是'},
    'year-after-report-year': {
      excerpt: '2025年以来',
      year: 2025,
      reportYear: 2024,
    },
    'year-is-report-year-in-plan': {
      excerpt: '2024年推进',
      year: 2024,
      nextYear: 2025,
    },
    'title-year-differs': {
      excerpt: '古荡街道2023年度',
      year: 2023,
      reportYear: 2024,
    },
    'year-typed': {excerpt: '2024年以来', year: 2024, placeholder: '{{年度}}'},
    'number-matches-figure': {
      excerpt: '累计42人持证',
      typed: '42人',
      names: ['持证人数'],
      placeholder: '{{持证人数}}人',
    },
    'term-missing-character': {
      excerpt: '落实政执法三项制度',
      found: '政执法三项制度',
      term: '行政执法三项制度',
    },
  };

const CODES = Object.keys(TEXT_RULE_CODES) as (keyof TextRuleParams)[];

function sample(code: keyof TextRuleParams): Finding {
  return finding(
    code,
    cellRef('一、举措成效', 5, 3),
    SAMPLE_PARAMS[code] as never,
  );
}

describe('text rule messages', () => {
  it.each(CODES)('words %s in Chinese, quoting the excerpt', code => {
    const message = findingMessage(sample(code));
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toContain(`「${SAMPLE_PARAMS[code].excerpt}」`);
    expect(message).not.toMatch(/undefined|\[object Object\]|\$\{/);
  });

  it.each(CODES)('says how to fix %s', code => {
    expect(findingMessage(sample(code))).toMatch(/请|建议|可改用/);
  });

  it('names the expected ordinal in ordinal-out-of-sequence', () => {
    expect(findingMessage(sample('ordinal-out-of-sequence'))).toContain(
      '应为“三是”',
    );
  });

  it('names the full-width mark to use for half-width punctuation', () => {
    expect(findingMessage(sample('punctuation-half-width'))).toContain(
      '请改为全角“，”',
    );
  });

  it('suggests the placeholder for a typed figure and the full term for a mangled one', () => {
    expect(findingMessage(sample('number-matches-figure'))).toContain(
      '{{持证人数}}人',
    );
    expect(findingMessage(sample('term-missing-character'))).toContain(
      '改为“行政执法三项制度”',
    );
  });

  it('makes pairing and ordinal slips errors, style warnings and suggestions hints', () => {
    const bySeverity = (s: string) =>
      CODES.filter(c => TEXT_RULE_CODES[c].severity === s).sort();
    expect(bySeverity('error')).toEqual([
      'bracket-crossed',
      'bracket-empty',
      'bracket-mismatched',
      'bracket-unclosed',
      'bracket-unopened',
      'ordinal-out-of-sequence',
      'quote-straight',
      'title-year-differs',
    ]);
    expect(bySeverity('info')).toEqual([
      'number-matches-figure',
      'ordinal-typed',
      'year-typed',
    ]);
  });
});

describe('the hint on hand-typed ordinals (issue 8)', () => {
  const hint = (typed: string) =>
    findingMessage(
      finding('ordinal-typed', cellRef('一、举措成效', 2, 3), {
        typed,
        excerpt: `${typed}加强学法`,
      }),
    );

  it('says which 层级 to choose for 一是…二是: 段落 for the lead, 段内要点 or 要点 for the points', () => {
    const message = hint('一是');
    expect(message).toContain('引导句所在行保持“段落”');
    expect(message).toContain('层级选“段内要点”');
    expect(message).toContain('层级选“要点”');
    expect(message).toContain('不要再写“一是”');
  });

  it('names the level of each numbered heading for a typed 1. list', () => {
    const message = hint('1.');
    expect(message).toContain('“1.”选条');
    expect(message).not.toContain('段内要点');
  });
});

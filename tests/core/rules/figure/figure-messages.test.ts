import {finding, type Finding} from '../../../../src/core/findings/finding';
import {
  FIGURE_RULE_CODES,
  type FigureRuleParams,
} from '../../../../src/core/findings/figure-rule-codes';
import {findingMessage} from '../../../../src/core/findings/messages';
import {cellRef} from '../../../../src/core/workbook/cell-ref';

/** Plausible parameters for every code; the type makes a new code fail to compile here. */
const SAMPLE_PARAMS: {
  readonly [C in keyof FigureRuleParams]: FigureRuleParams[C];
} = {
  'count-negative': {name: '立案数', value: '-3件', unit: '件'},
  'money-negative': {name: '调解标的金额', value: '-480万元', unit: '万元'},
  'rate-out-of-range': {name: '持证率', value: '105%', side: 'above'},
  'sum-mismatch': {
    total: '矛盾纠纷受理数',
    totalValue: '746起',
    first: '婚姻家庭纠纷数',
    count: 9,
    sum: '745起',
    difference: '1起',
    direction: '少',
  },
  'relation-unknown': {
    name: '普通程序案件数',
    column: '合计于',
    target: '立案总数',
    suggestion: '立案数',
  },
  'relation-to-itself': {name: '立案数', column: '不超过'},
  'limit-exceeded': {
    name: '重大案件数',
    value: '500件',
    limit: '立案数',
    limitValue: '461件',
    excess: '39件',
  },
  'target-missed': {
    name: '持证率',
    value: '80.8%',
    operator: '≥',
    threshold: '85%',
    target: '≥85%',
  },
  'target-unparsable': {name: '持证率', target: '较上年提高'},
  'figure-unused': {name: '应持证人数'},
};

const CODES = Object.keys(FIGURE_RULE_CODES) as (keyof FigureRuleParams)[];

function sample(code: keyof FigureRuleParams): Finding {
  return finding(code, cellRef('数据', 7, 2), SAMPLE_PARAMS[code] as never);
}

describe('figure rule messages', () => {
  it.each(CODES)(
    'words figure code %s as a Chinese sentence with a fix',
    code => {
      const message = findingMessage(sample(code));
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(message).toMatch(/请|可忽略/);
      expect(message).not.toMatch(/undefined|\[object Object\]|\$\{/);
    },
  );

  it.each(CODES)('names the figure of figure code %s', code => {
    const params = SAMPLE_PARAMS[code] as {name?: string; total?: string};
    expect(findingMessage(sample(code))).toContain(params.name ?? params.total);
  });

  it('words each way of missing a target', () => {
    const missed = (operator: '≥' | '>' | '≤' | '<') =>
      findingMessage(
        finding('target-missed', cellRef('数据', 2, 2), {
          ...SAMPLE_PARAMS['target-missed'],
          operator,
        }),
      );
    expect(missed('≥')).toContain('低于目标85%');
    expect(missed('>')).toContain('未超过目标85%');
    expect(missed('≤')).toContain('高于目标上限85%');
    expect(missed('<')).toContain('未低于目标上限85%');
  });
});

import {finding} from '../../../../src/core/findings/finding';
import {findingMessage} from '../../../../src/core/findings/messages';
import {
  STRUCTURE_RULE_CODES,
  type StructureRuleParams,
} from '../../../../src/core/findings/structure-rule-codes';
import {cellRef} from '../../../../src/core/workbook/cell-ref';

/** Plausible parameters for every code; the type makes a new code fail to compile here. */
const SAMPLE_PARAMS: {
  readonly [C in keyof StructureRuleParams]: StructureRuleParams[C];
} = {
  'level-section-before-chapter': {row: '依法行政'},
  'level-clause-without-item': {row: '一项工作。', parent: '节'},
  'part-empty': {tab: '三、第一责任人'},
  'part-without-heading': {tab: '四、下年安排', level: '段落'},
  'part-missing': {title: '其他需要报告的情况'},
  'row-unfinished': {row: '法治宣传教育', status: '填写中', office: '党政办'},
};

const CODES = Object.keys(
  STRUCTURE_RULE_CODES,
) as (keyof StructureRuleParams)[];

describe('structure rule messages', () => {
  it.each(CODES)('words structure code %s with what to change', code => {
    const f = finding(
      code,
      cellRef('一、举措成效', 2, 1),
      SAMPLE_PARAMS[code] as never,
    );
    const message = findingMessage(f);
    expect(message).toContain('请');
    expect(message).toContain(Object.values(SAMPLE_PARAMS[code])[0]);
    expect(message).not.toMatch(/undefined|\[object Object\]|\$\{/);
  });

  it('leaves the parent out of a 款 message when there is no 章 or 节 above', () => {
    const f = finding('level-clause-without-item', cellRef('导语', 2, 1), {
      row: '一项工作。',
      parent: '',
    });
    expect(findingMessage(f)).toContain('但它上面没有“条”');
  });
});

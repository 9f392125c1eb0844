// Figure rules: signs of counts, money and rates, sums (合计于), limits (不超过), targets (目标)
// and unused figures of 数据. Codes, severities and Chinese messages (each says how to fix it).

import type {CodeTable} from './code-table';

/** Which relation column of 数据 names another figure. */
export type RelationColumn = '合计于' | '不超过';

/** How a target compares: at least, more than, at most, less than. */
export type TargetOperator = '≥' | '>' | '≤' | '<';

/**
 * Parameters of each code; a code added here needs its full row in the table below.
 * Amounts (`value`, `sum`, …) are already written with their unit: "746起", "80.8%".
 */
export interface FigureRuleParams {
  'count-negative': {
    readonly name: string;
    readonly value: string;
    readonly unit: string;
  };
  'money-negative': {
    readonly name: string;
    readonly value: string;
    readonly unit: string;
  };
  'rate-out-of-range': {
    readonly name: string;
    readonly value: string;
    readonly side: 'below' | 'above';
  };
  /** `first` and `count` describe the parts ("婚姻家庭纠纷数" and 9). */
  'sum-mismatch': {
    readonly total: string;
    readonly totalValue: string;
    readonly first: string;
    readonly count: number;
    readonly sum: string;
    readonly difference: string;
    readonly direction: '少' | '多';
  };
  'relation-unknown': {
    readonly name: string;
    readonly column: RelationColumn;
    readonly target: string;
    readonly suggestion: string;
  };
  'relation-to-itself': {
    readonly name: string;
    readonly column: RelationColumn;
  };
  'limit-exceeded': {
    readonly name: string;
    readonly value: string;
    readonly limit: string;
    readonly limitValue: string;
    readonly excess: string;
  };
  /** `threshold` is the target's number with its unit; `target` the cell as typed. */
  'target-missed': {
    readonly name: string;
    readonly value: string;
    readonly operator: TargetOperator;
    readonly threshold: string;
    readonly target: string;
  };
  'target-unparsable': {readonly name: string; readonly target: string};
  'figure-unused': {readonly name: string};
}

const MISSED: Readonly<Record<TargetOperator, string>> = {
  '≥': '低于目标',
  '>': '未超过目标',
  '≤': '高于目标上限',
  '<': '未低于目标上限',
};

/**
 * Wrong signs, broken sums and limits and unknown names are errors: the report would print
 * numbers that contradict each other. A rate outside 0–100% and a missed target are warnings:
 * a growth rate may exceed 100%, and a target may be next year's. An unused figure is a hint.
 */
export const FIGURE_RULE_CODES: CodeTable<FigureRuleParams> = {
  'count-negative': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `指标“${p.name}”是计数（单位“${p.unit}”），数值却是负数 ${p.value}。件数、人数、次数不能小于 0：请核对数值，或核对计算它的公式。`,
  },
  'money-negative': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `指标“${p.name}”是金额（单位“${p.unit}”），数值却是负数 ${p.value}。请核对数值或公式；如确为减少的金额，请填正数并在正文中写明“减少”。`,
  },
  'rate-out-of-range': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      p.side === 'above'
        ? `指标“${p.name}”是比率，数值 ${p.value} 超过了 100%，如持证率、办结率都不能超过 100%。请核对分子和分母是否填反；单位为 % 的指标应填 0.85 或 85%，不要填 85。如这是可以超过 100% 的比率，可忽略此警告。`
        : `指标“${p.name}”是比率，数值 ${p.value} 小于 0%。比率一般不为负：请核对数值或公式；如这是可以为负的比率，可忽略此警告。`,
  },
  'sum-mismatch': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `${p.first}${p.count > 1 ? `等${p.count}项` : ''}合计${p.sum}，比${p.total}${p.totalValue}${p.direction}${p.difference}。“合计于”填了“${p.total}”的各项之和应等于它：请核对各项和“${p.total}”的数值，或检查“合计于”是否漏填、错填。`,
  },
  'relation-unknown': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”的“${p.column}”填的是“${p.target}”，但“数据”表中没有这个指标${p.suggestion ? `，是否想写“${p.suggestion}”？` : '。'}请改成已有指标的名称（须与“指标”列完全一致），或清空此格。`,
  },
  'relation-to-itself': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”的“${p.column}”填的是它自己，无法核对。请改成${p.column === '合计于' ? '它所属的合计指标' : '它不得超过的另一个指标'}，或清空此格。`,
  },
  'limit-exceeded': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `${p.name}${p.value}超过${p.limit}${p.limitValue}，多出${p.excess}。“不超过”表示本指标不能大于“${p.limit}”：请核对两项数值，或核对“不超过”是否填错。`,
  },
  'target-missed': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      `${p.name}${p.value}，${MISSED[p.operator]}${p.threshold}（目标“${p.target}”）。如这是下一年度要达到的目标，可忽略此警告；否则请核对数值或目标。`,
  },
  'target-unparsable': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      `指标“${p.name}”的目标“${p.target}”无法识别，未与数值比较。请写成比较符号或用语加一个数，如“≥85%”“不低于85%”“85%以上”“≤10”；百分比目标只用于单位为 % 的指标。`,
  },
  'figure-unused': {
    severity: 'info',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”没有在任何标题或正文中用 {{${p.name}}} 引用，也不是其他指标“合计于”“不超过”所指的指标，不会出现在报告中。如它只供公式计算，可忽略此提示；否则请在正文中引用它，或删除此行。`,
  },
};

// Figure rules: counts, percentages, sums, limits, targets and unused figures of 数据.
// Codes, severities and Chinese messages (each message says how to fix it).

import type {Severity} from './severity';

/** Parameters of each code; adding a code here forces a severity and a message below. */
export type FigureRuleParams = Record<never, never>;

export const FIGURE_RULE_SEVERITY: {
  readonly [C in keyof FigureRuleParams]: Severity;
} = {};

export const FIGURE_RULE_MESSAGES: {
  readonly [C in keyof FigureRuleParams]: (p: FigureRuleParams[C]) => string;
} = {};

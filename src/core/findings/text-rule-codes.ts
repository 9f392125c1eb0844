// Text rules: brackets, quotes, punctuation, spaces, ordinals, years, typed numbers, standard terms.
// Codes, severities and Chinese messages (each message says how to fix it).

import type {Severity} from './severity';

/** Parameters of each code; adding a code here forces a severity and a message below. */
export type TextRuleParams = Record<never, never>;

export const TEXT_RULE_SEVERITY: {
  readonly [C in keyof TextRuleParams]: Severity;
} = {};

export const TEXT_RULE_MESSAGES: {
  readonly [C in keyof TextRuleParams]: (p: TextRuleParams[C]) => string;
} = {};

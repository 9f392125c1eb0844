// Structure rules: tabs, headers, the order of 层级, empty parts, settings.
// Codes, severities and Chinese messages (each message says how to fix it).

import type {Severity} from './severity';

/** Parameters of each code; adding a code here forces a severity and a message below. */
export type StructureRuleParams = Record<never, never>;

export const STRUCTURE_RULE_SEVERITY: {
  readonly [C in keyof StructureRuleParams]: Severity;
} = {};

export const STRUCTURE_RULE_MESSAGES: {
  readonly [C in keyof StructureRuleParams]: (
    p: StructureRuleParams[C],
  ) => string;
} = {};

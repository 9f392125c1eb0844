// Reads a 目标 cell: a comparison and a number, as clerks write it: "≥85%", ">=85%", "≥ 0.85",
// "不低于85%", "85%以上", "≤10", "控制在10件以内". A bare number ("85%") is a level to reach (≥).

import type {TargetOperator} from '../../findings/figure-rule-codes';
import {toHalfWidth} from '../../workbook/cell-text';

export interface ParsedTarget {
  readonly operator: TargetOperator;
  /** The number as written: 85 for "85%", 0.85 for "0.85". */
  readonly number: number;
  readonly percent: boolean;
}

/** Longer words first, so "不低于" is not read as "低于". */
const PREFIXES: readonly (readonly [string, TargetOperator])[] = [
  ['大于或等于', '≥'],
  ['小于或等于', '≤'],
  ['大于等于', '≥'],
  ['小于等于', '≤'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不多于', '≤'],
  ['不大于', '≤'],
  ['控制在', '≤'],
  ['至少', '≥'],
  ['达到', '≥'],
  ['至多', '≤'],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['>=', '≥'],
  ['=>', '≥'],
  ['≥', '≥'],
  ['≧', '≥'],
  ['⩾', '≥'],
  ['<=', '≤'],
  ['=<', '≤'],
  ['≤', '≤'],
  ['≦', '≤'],
  ['⩽', '≤'],
  ['>', '>'],
  ['<', '<'],
];

/** "以上" and "以下" include the number itself, as in Chinese legal usage. */
const SUFFIXES: readonly (readonly [string, TargetOperator])[] = [
  ['及以上', '≥'],
  ['及以下', '≤'],
  ['以上', '≥'],
  ['以下', '≤'],
  ['以内', '≤'],
];

const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(%)?$/;

/**
 * Parses `text`; `unit` (the figure's 单位) may follow the number ("≤10件"). Undefined when the
 * text is not one comparison and one number, or prefix and suffix disagree ("≥85%以下").
 */
export function parseTarget(
  text: string,
  unit: string,
): ParsedTarget | undefined {
  let rest = toHalfWidth(text)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[。.]$/, '');
  const prefix = PREFIXES.find(([p]) => rest.startsWith(p));
  if (prefix) rest = rest.slice(prefix[0].length);
  const suffix = SUFFIXES.find(([s]) => rest.endsWith(s));
  if (suffix) rest = rest.slice(0, rest.length - suffix[0].length);
  if (prefix && suffix && prefix[1] !== suffix[1]) return undefined;
  if (unit !== '' && unit !== '%' && rest.endsWith(unit)) {
    rest = rest.slice(0, rest.length - unit.length);
  }
  const match = NUMBER.exec(rest);
  if (!match) return undefined;
  return {
    operator: prefix?.[1] ?? suffix?.[1] ?? '≥',
    number: Number(match[1].replace(/,/g, '')),
    percent: match[2] === '%',
  };
}

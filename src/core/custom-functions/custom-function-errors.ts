// Why a custom function cannot give a result, as a typed code, and the Chinese words Sheets shows.
// A call wrong as a whole throws (the cell shows #ERROR! with the message in its tooltip); one bad
// cell of a range becomes the text "#错误：…" in that cell only, so the rest of the range computes.

import {cellText} from '../workbook/cell-text';
import type {CellValue} from '../workbook/grid';

export type CustomFunctionName =
  | 'FZ_PERCENT'
  | 'FZ_CN'
  | 'FZ_APPROX'
  | 'FZ_SUMCHECK'
  | 'FZ_YOY'
  | 'FZ_ORDINAL';

/** The argument a problem is about; each has its Chinese name in ROLE_NAMES. */
export type Role =
  | 'part'
  | 'whole'
  | 'number'
  | 'parts'
  | 'total'
  | 'thisYear'
  | 'lastYear'
  | 'ordinal'
  | 'decimals'
  | 'unit'
  | 'style';

export type ProblemCode =
  | 'empty'
  | 'not-a-number'
  | 'cell-error'
  | 'zero'
  | 'negative'
  | 'not-whole'
  | 'not-positive'
  | 'too-large'
  | 'bad-decimals'
  | 'bad-unit'
  | 'bad-style'
  | 'not-single-cell'
  | 'shape-mismatch';

export interface Problem {
  readonly code: ProblemCode;
  readonly role: Role;
  /** The offending value as the clerk sees it, or the two shapes of a shape mismatch. */
  readonly text: string;
}

const ROLE_NAMES: Record<Role, string> = {
  part: '分子',
  whole: '分母',
  number: '数字',
  parts: '分项',
  total: '总数',
  thisYear: '本年数',
  lastYear: '上年数',
  ordinal: '序号',
  decimals: '小数位数',
  unit: '单位',
  style: '样式',
};

const MESSAGES: Record<ProblemCode, (role: string, text: string) => string> = {
  empty: role => `${role}为空`,
  'not-a-number': (role, text) => `${role}不是数字：${text}`,
  'cell-error': (role, text) => `${role}单元格有错误：${text}`,
  zero: role => `${role}不能为 0`,
  negative: (role, text) => `${role}不能为负数：${text}`,
  'not-whole': (role, text) => `${role}须为整数：${text}`,
  'not-positive': (role, text) => `${role}须大于 0：${text}`,
  'too-large': (role, text) => `${role}过大：${text}`,
  'bad-decimals': (role, text) => `${role}须为 0 到 4 的整数：${text}`,
  'bad-unit': (role, text) => `${role}须为空、“万”或“亿”：${text}`,
  'bad-style': (role, text) =>
    `${role}须为“章”“节”“条”“条、”“款”“要点”之一：${text}`,
  'not-single-cell': role => `${role}须为单个单元格，不能是区域`,
  'shape-mismatch': (_role, text) => `两个区域的大小不一致：${text}`,
};

export function problem(
  code: ProblemCode,
  role: Role,
  value: CellValue | string = '',
): Problem {
  return {code, role, text: cellText(value)};
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value;
}

/** The Chinese sentence for a problem, without the function name: "分母不能为 0". */
export function problemMessage(p: Problem): string {
  return MESSAGES[p.code](ROLE_NAMES[p.role], p.text);
}

/** What one bad cell of a range shows: "#错误：分母不能为 0". */
export function problemCellText(p: Problem): string {
  return `#错误：${problemMessage(p)}`;
}

/** Stops the whole call; Sheets shows #ERROR! and "FZ_PERCENT：分母不能为 0" in the tooltip. */
export function failCall(name: CustomFunctionName, p: Problem): never {
  throw new Error(`${name}：${problemMessage(p)}`);
}

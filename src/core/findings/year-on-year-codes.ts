// Year-on-year findings (issue 13): the 上年数值 that 同比, 上年 and 增减 need, large changes
// from last year, and rows carried over from last year that nobody updated.

import type {CodeTable} from './code-table';

/** Parameters of each code; a code added here needs its full row in the table below. */
export interface YearOnYearParams {
  /** `hasColumn` false: the 数据 tab has no 上年数值 column at all. */
  'figure-previous-missing': {
    readonly name: string;
    readonly format: string;
    readonly hasColumn: boolean;
  };
  'figure-previous-not-number': {
    readonly name: string;
    readonly value: string;
    readonly format: string;
  };
  /** 同比 of a figure whose 上年数值 is 0 or negative: no meaningful rate. */
  'figure-previous-not-positive': {
    readonly name: string;
    readonly value: string;
  };
  /** `change` as the report would word it ("增长62.5%"); `previous` and `value` with their unit. */
  'figure-change-large': {
    readonly name: string;
    readonly value: string;
    readonly previous: string;
    readonly change: string;
  };
  /** A row still 待更新 whose 正文 is word for word last year's (上年正文). */
  'row-not-updated': {readonly row: string; readonly office: string};
  /**
   * In a row still as carried over from last year (正文 equal to 上年正文), a year equal to last
   * year's report year: likely "this year" of the old text. `excerpt` as the text rules cut it.
   */
  'year-of-last-report': {
    readonly year: number;
    readonly reportYear: number;
    readonly excerpt: string;
  };
}

/**
 * A missing or unusable 上年数值 in a year-on-year placeholder is an error: the report would
 * print the placeholder as typed. A change over ±50 % is a hint: real changes are that large
 * sometimes, typing slips more often. A row copied unchanged is a warning, like an unfinished row.
 */
// The 上年数值 findings arise only where a placeholder uses the figure: not judged from one row.
export const YEAR_ON_YEAR_CODES: CodeTable<YearOnYearParams> = {
  'figure-previous-missing': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      p.hasColumn
        ? `正文用 {{${p.name}|${p.format}}} 与上一年度比较，但指标“${p.name}”的“上年数值”为空。请在此格填上一年度的数值（可从上年的工作簿中查到），或改用不比较的写法 {{${p.name}}}。`
        : `正文用 {{${p.name}|${p.format}}} 与上一年度比较，但“数据”表没有“上年数值”列。请在“数据”表表头添加“上年数值”列并填上一年度的数值（用“开始下一年度”或命令 carry-over 生成的工作簿会自动带上），或改用 {{${p.name}}}。`,
  },
  'figure-previous-not-number': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”的上年数值“${p.value}”不是准确的数字，无法按“${p.format}”与今年比较。请填上一年度的准确数值（如 746，不写“740余”），或改用 {{${p.name}}}。`,
  },
  'figure-previous-not-positive': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”的上年数值是 ${p.value}，无法计算同比增长率（上年为 0 或负数时没有意义）。请核对上年数值；确为 0 时请改用 {{${p.name}|增减}} 或直接写明上年情况。`,
  },
  'figure-change-large': {
    severity: 'info',
    cellLocal: true,
    message: p =>
      `指标“${p.name}”今年为${p.value}，上年为${p.previous}，${p.change}，变化超过一半。请核对数值是否填错（如多填或少填一位、单位不一致）；如确实如此，可忽略此提示。`,
  },
  'row-not-updated': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      `“${p.row}”的状态是“待更新”${p.office ? `（负责科室：${p.office}）` : ''}，正文与上年报告一字不差，可能还没有按今年的情况改写。请负责科室改写正文，完成后把状态改为“已完成”；如沿用上年文字确属合适，也请把状态改为“已完成”。`,
  },
  'year-of-last-report': {
    severity: 'info',
    // Needs 报告年度 from 基本信息.
    cellLocal: false,
    message: p =>
      `「${p.excerpt}」中的“${p.year}年”是上一报告年度，而这段文字与上年报告相同，是沿用下来的。如指本年度，请改为 {{年度}}年（印出 ${p.reportYear}年）；如确指上一年度，建议写 {{上年度}}年。`,
  },
};

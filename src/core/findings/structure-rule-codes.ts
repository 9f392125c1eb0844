// Structure rules: the order of 层级 across the document, the parts, and unfinished rows.
// Codes, severities and Chinese messages (each message says how to fix it).

import type {CodeTable} from './code-table';

/** Parameters of each code; a code added here needs its full row in the table below. */
export interface StructureRuleParams {
  /** A 节 with no 章 anywhere above it; `row` is the start of its 标题 or 正文. */
  'level-section-before-chapter': {readonly row: string};
  /** A 款 with no 条 above it since the nearest 章 or 节 (`parent`, "" when there is none). */
  'level-clause-without-item': {
    readonly row: string;
    readonly parent: '章' | '节' | '';
  };
  'part-empty': {readonly tab: string};
  'part-without-heading': {readonly tab: string; readonly level: string};
  /** A part of the national rules that no part tab or 章 title covers; `title` is its title. */
  'part-missing': {readonly title: string};
  /** A report row whose 状态 says it is not finished (or is empty while others are 已完成). */
  'row-unfinished': {
    readonly row: string;
    readonly status: string;
    readonly office: string;
  };
}

/**
 * A 款 skipping its 条 is a warning, not an error: the report still renders and numbers it
 * （1） under （一）, which readers follow; GB/T 9704 orders the levels 一、（一）1.（1）, so it
 * deserves a look, but some offices write it on purpose.
 */
export const STRUCTURE_RULE_CODES: CodeTable<StructureRuleParams> = {
  'level-section-before-chapter': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `“${p.row}”的层级是“节”（二级标题“（一）”），但它前面没有任何“章”（一级标题“一、”）。请在其上方加一行层级为“章”的标题，或把此行改为“章”。`,
  },
  'level-clause-without-item': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `“${p.row}”的层级是“款”（编号“（1）”），但${p.parent ? `在所属的${p.parent}内` : ''}它上面没有“条”（编号“1.”），跳过了一级。公文层次依次为“一、”“（一）”“1.”“（1）”：请把此行改为“条”，或在其上方加一行层级为“条”的内容。`,
  },
  'part-empty': {
    severity: 'info',
    cellLocal: false,
    message: p =>
      `工作表“${p.tab}”没有内容，报告中不含这一部分，后面各部分的编号依次前移。如需这一部分，请从第2行起填写，第一行层级选“章”作为本部分标题；如不需要，可删除该工作表。`,
  },
  'part-without-heading': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `工作表“${p.tab}”的第一行层级是“${p.level}”，不是“章”，这一部分在报告中将没有一级标题（“一、”这一级），内容会接在上一部分之后。请在第一行之前加一行层级为“章”的标题。`,
  },
  'part-missing': {
    severity: 'info',
    cellLocal: false,
    message: p =>
      `报告中没有找到“${p.title}”这一部分（《法治政府建设与责任落实督察工作规定》要求年度报告包括这方面的内容）。如已写在其他部分中，可忽略本提示；如需单列，请新建一个以“一、”“二、”等开头命名的工作表。`,
  },
  'row-unfinished': {
    severity: 'warning',
    // An empty 状态 is unfinished only when other rows are 已完成: not judged from one row.
    cellLocal: false,
    message: p =>
      `“${p.row}”的状态是“${p.status || '未填写'}”${p.office ? `（负责科室：${p.office}）` : ''}，尚未标为“已完成”，仍会写入报告。请负责科室完成后把状态改为“已完成”，以免未定稿的内容被发布。`,
  },
};

// Structure rules: the order of 层级 across the document and the five required parts.
// Codes, severities and Chinese messages (each message says how to fix it).

import {messagesOf, severitiesOf, type CodeTable} from './code-table';

/** Parameters of each code; a code added here needs its full row in the table below. */
export interface StructureRuleParams {
  /** A 节 with no 章 anywhere above it; `row` is the start of its 标题 or 正文. */
  'level-section-before-chapter': {readonly row: string};
  /** A 款 with no 条 above it since the nearest 章 or 节 (`parent`, "" when there is none). */
  'level-clause-without-item': {
    readonly row: string;
    readonly parent: '章' | '节' | '';
  };
  /** `part` is "第三部分", `title` the part's title in the national rules. */
  'part-empty': {
    readonly tab: string;
    readonly part: string;
    readonly title: string;
  };
  'part-without-heading': {
    readonly tab: string;
    readonly level: string;
    readonly part: string;
    readonly title: string;
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
    severity: 'error',
    cellLocal: false,
    message: p =>
      `工作表“${p.tab}”没有可写入报告的内容。按照《法治政府建设与责任落实督察工作规定》，年度报告必须包含全部五个部分，${p.part}为“${p.title}”。请从第2行起填写该部分，第一行层级选“章”作为本部分标题。`,
  },
  'part-without-heading': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `工作表“${p.tab}”的第一行层级是“${p.level}”，不是“章”，${p.part}在报告中将没有一级标题（“一、”这一级）。请在第一行之前加一行层级为“章”的标题，如“${p.title}”。`,
  },
};

export const STRUCTURE_RULE_SEVERITY = severitiesOf(STRUCTURE_RULE_CODES);
export const STRUCTURE_RULE_MESSAGES = messagesOf(STRUCTURE_RULE_CODES);

// Text rules: brackets, quotes, punctuation, spaces, ordinals, years, typed numbers, standard terms.
// Codes, severities and Chinese messages (each message says how to fix it).

import type {CodeTable} from './code-table';

/** `excerpt` is a few characters around the offending text, as typed. */
interface At {
  readonly excerpt: string;
}

/** Parameters of each code; a code added here needs its full row in the table below. */
export interface TextRuleParams {
  'bracket-unclosed': At & {readonly opener: string; readonly closer: string};
  'bracket-unopened': At & {readonly closer: string; readonly opener: string};
  'bracket-mismatched': At & {
    readonly opener: string;
    readonly found: string;
    readonly expected: string;
  };
  'bracket-crossed': At & {readonly outer: string; readonly inner: string};
  'bracket-empty': At & {readonly pair: string};
  'quote-straight': At & {readonly mark: string; readonly replacement: string};
  'punctuation-half-width': At & {
    readonly mark: string;
    readonly replacement: string;
    readonly count: number;
  };
  'punctuation-doubled': At & {readonly marks: string};
  'space-between-chinese': At & {
    readonly before: string;
    readonly after: string;
  };
  'ordinal-out-of-sequence': At & {
    readonly found: string;
    readonly previous: string;
    readonly expected: string;
  };
  'ordinal-doubled-by-level': At & {
    readonly typed: string;
    readonly level: string;
  };
  'ordinal-typed': At & {readonly typed: string};
  'year-after-report-year': At & {
    readonly year: number;
    readonly reportYear: number;
  };
  'year-is-report-year-in-plan': At & {
    readonly year: number;
    readonly nextYear: number;
  };
  'title-year-differs': At & {
    readonly year: number;
    readonly reportYear: number;
  };
  'year-typed': At & {readonly year: number; readonly placeholder: string};
  'number-matches-figure': At & {
    readonly typed: string;
    readonly names: readonly string[];
    readonly placeholder: string;
  };
  'term-missing-character': At & {
    readonly found: string;
    readonly term: string;
  };
}

/** Marks named in words, so a message about a quotation mark stays readable. */
const MARK_NAMES: Readonly<Record<string, string>> = {
  '“': '左双引号“',
  '”': '右双引号”',
  '‘': '左单引号‘',
  '’': '右单引号’',
  '"': '半角双引号"',
  "'": "半角单引号'",
  '《': '左书名号《',
  '》': '右书名号》',
  '〈': '左书名号〈',
  '〉': '右书名号〉',
  '（': '左括号（',
  '）': '右括号）',
  '(': '半角左括号(',
  ')': '半角右括号)',
  '【': '左方头括号【',
  '】': '右方头括号】',
  '[': '半角左方括号[',
  ']': '半角右方括号]',
  '［': '左方括号［',
  '］': '右方括号］',
  '「': '左直角引号「',
  '」': '右直角引号」',
  '『': '左直角引号『',
  '』': '右直角引号』',
  '〔': '左六角括号〔',
  '〕': '右六角括号〕',
};

function named(mark: string): string {
  return MARK_NAMES[mark] ?? `“${mark}”`;
}

/** The excerpt set off in corner brackets, which never clash with the quotes inside it. */
function at(p: At): string {
  return `「${p.excerpt}」`;
}

export const TEXT_RULE_CODES: CodeTable<TextRuleParams> = {
  'bracket-unclosed': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `${at(p)}中的${named(p.opener)}没有对应的${named(p.closer)}。请补上${p.closer}，或删去多余的${p.opener}。`,
  },
  'bracket-unopened': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `${at(p)}中的${named(p.closer)}前面没有对应的${named(p.opener)}。请补上${p.opener}，或删去多余的${p.closer}。`,
  },
  'bracket-mismatched': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `${at(p)}中的${named(p.opener)}却以${named(p.found)}结束，两者不配套。请把${p.found}改为${p.expected}。`,
  },
  'bracket-crossed': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `${at(p)}中的${named(p.outer)}与${named(p.inner)}交错：${p.outer}在${p.inner}闭合之前就结束了。请调整顺序，使里层的标号先闭合。`,
  },
  'bracket-empty': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `${at(p)}中的“${p.pair}”里没有内容，像是遗漏或残留的标号。请补上内容，或删去“${p.pair}”。`,
  },
  'quote-straight': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `${at(p)}中用了${named(p.mark)}，中文里应使用${p.replacement}。请改为${p.replacement}，并检查引号是否成对。`,
  },
  'punctuation-half-width': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      `${at(p)}中汉字旁用了半角标点“${p.mark}”${p.count > 1 ? `（此格共 ${p.count} 处）` : ''}。请改为全角“${p.replacement}”。`,
  },
  'punctuation-doubled': {
    severity: 'warning',
    cellLocal: true,
    message: p => `${at(p)}中标点“${p.marks}”重复。请只保留一个标点。`,
  },
  'space-between-chinese': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      `${at(p)}中“${p.before}”与“${p.after}”之间有空格，中文行文中不应出现。请删去空格。`,
  },
  'ordinal-out-of-sequence': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `${at(p)}中“${p.previous}”之后是“${p.found}”，序号不连续。这里应为“${p.expected}”，请改正；也可把各项分行填写，由“层级”自动编号。`,
  },
  'ordinal-doubled-by-level': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      `此行层级为“${p.level}”，编号会自动生成，但${at(p)}开头又写了“${p.typed}”，生成后会出现两个编号。请删去“${p.typed}”。`,
  },
  'ordinal-typed': {
    severity: 'info',
    cellLocal: true,
    message: p =>
      p.typed.endsWith('是')
        ? `${at(p)}中手工写了序号“${p.typed}”。建议分行填写，由“层级”生成“一是、二是……”，增删时不会错号：各点接在同一段里连续书写时（如“执法工作方面：一是…；二是…”），引导句所在行保持“段落”，其后每点一行，层级选“段内要点”；各点各自成段时，每点一行，层级选“要点”。分行后每行不要再写“${p.typed}”等序号。`
        : `${at(p)}中手工写了序号“${p.typed}”。可改用“层级”分行填写（“一、”选章，“（一）”选节，“1.”选条，“（1）”选款），由层级生成编号，增删条目时不会错号；分行后每行不要再写序号。`,
  },
  'year-after-report-year': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `${at(p)}中的“${p.year}年”晚于报告年度 ${p.reportYear} 年，而本部分写的是报告年度的情况。请核对年份；指报告年度时请写 {{年度}}。`,
  },
  'year-is-report-year-in-plan': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `${at(p)}中的“${p.year}年”是报告年度，而本部分写的是 ${p.nextYear} 年的安排。请核对年份；指下一年度时请写 {{下年度}}。`,
  },
  'title-year-differs': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `报告标题${at(p)}中的“${p.year}年”与报告年度 ${p.reportYear} 不一致。请改正年份，或写 {{年度}}，也可留空使用默认标题。`,
  },
  'year-typed': {
    severity: 'info',
    cellLocal: false,
    message: p =>
      `${at(p)}中直接写了“${p.year}年”。建议改为 ${p.placeholder}年，换年度时会自动更新。`,
  },
  'number-matches-figure': {
    severity: 'info',
    cellLocal: false,
    message: p =>
      `${at(p)}中直接写了“${p.typed}”，与“数据”表中的指标“${p.names.join('”“')}”数值相同。建议改为 ${p.placeholder}，数据改动时正文会随之更新。`,
  },
  'term-missing-character': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      `${at(p)}中的“${p.found}”像是“${p.term}”少了一个字。请核对并改为“${p.term}”。`,
  },
};

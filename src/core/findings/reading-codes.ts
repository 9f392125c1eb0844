// The findings of reading a workbook: missing tabs and columns, settings, figures and
// placeholders that stop a report from rendering. Codes, severities and Chinese messages.

import type {CodeTable} from './code-table';

/** Parameters of each code; a code added here needs its full row in the table below. */
export interface ReadingParams {
  'tab-missing': {readonly expected: string};
  'column-missing': {readonly column: string};
  'level-unknown': {readonly value: string};
  'row-without-text': {readonly level: string};
  'run-on-without-paragraph': Record<string, never>;
  'setting-required': {readonly key: string};
  'year-invalid': {readonly value: string};
  'date-invalid': {readonly key: string; readonly value: string};
  'item-style-invalid': {readonly value: string};
  'reviewer-invalid': {readonly address: string};
  'reviewer-off-domain': {readonly address: string; readonly domain: string};
  'hour-invalid': {readonly value: string};
  /** A setting with a closed set of words (章标题 …); `choices` joined as “甲”或“乙”. */
  'setting-choice-invalid': {
    readonly key: string;
    readonly value: string;
    readonly choices: string;
  };
  /** A tab the report is not built from, that is neither the contract's nor the script's. */
  'tab-not-read': {readonly tab: string};
  /** Two part tabs with one leading numeral (a copied tab); the later one is not read. */
  'part-duplicate': {readonly tab: string; readonly first: string};
  /** A row the clerk hid that holds text: left out of the report. */
  'row-hidden': {readonly row: string};
  /** A formula cell the file holds no result for (saved without calculating). */
  'formula-uncomputed': {readonly formula: string};
  'placeholder-unknown': {readonly name: string; readonly suggestion: string};
  'placeholder-malformed': {readonly text: string};
  'format-unknown': {readonly name: string; readonly format: string};
  'cell-spreadsheet-error': {readonly value: string};
  'figure-name-missing': {readonly value: string};
  'figure-name-duplicate': {readonly name: string; readonly first: string};
  /** `office`: the figure's 负责科室, "" when none is named. */
  'figure-empty': {readonly name: string; readonly office: string};
  'figure-not-number': {readonly name: string; readonly value: string};
  'figure-spreadsheet-error': {readonly name: string; readonly value: string};
  'figure-format-needs-number': {
    readonly name: string;
    readonly value: string;
    readonly format: string;
  };
  'figure-format-not-applicable': {
    readonly name: string;
    readonly value: string;
    readonly format: string;
  };
  'figure-not-whole': {
    readonly name: string;
    readonly value: string;
    readonly unit: string;
  };
  /** 报送 only (submissionFindings): 发文机关标志 or 发文字号 left empty. */
  'submission-setting-required': {readonly key: string};
  /** 报送 only: a report to a higher organ (主送机关 filled) without 签发人. */
  'submission-signer-missing': Record<string, never>;
  /**
   * 发文字号 not written 机关代字〔年份〕序号号: `problem` says what is wrong — its year in
   * brackets other than 〔〕 (`brackets` as typed), a sequence number with "第" or a leading
   * zero, or another form altogether. One code, so the onEdit check can judge it from its row.
   */
  'document-number-form': {
    readonly value: string;
    readonly problem: 'brackets' | 'sequence' | 'form';
    readonly brackets: string;
  };
  /** 发文字号's year differs from 成文日期's year. */
  'document-number-year': {
    readonly value: string;
    readonly year: number;
    readonly expected: number;
  };
  /** No 成文日期: 发文字号's year differs from the report year + 1 (the year reports are sent). */
  'document-number-year-unusual': {
    readonly value: string;
    readonly year: number;
    readonly expected: number;
    readonly reportYear: number;
  };
  /** 印发日期 earlier than 成文日期. */
  'printing-date-before-signing': {
    readonly printing: string;
    readonly signing: string;
  };
  /**
   * A name with characters that print as nothing: `name` without them, `codes` as "U+200B",
   * `after` the visible text before the first one. The name is read without them.
   */
  'name-invisible-character': {
    readonly field: '指标' | '占位符' | '合计于' | '不超过';
    readonly name: string;
    readonly codes: readonly string[];
    readonly after: string;
  };
}

/** Invisible characters named in words; other format characters get a general name. */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  'U+200B': '零宽空格',
  'U+200C': '零宽不连字',
  'U+200D': '零宽连字',
  'U+200E': '从左到右标记',
  'U+200F': '从右到左标记',
  'U+2060': '零宽不换行空格',
  'U+FEFF': '零宽不换行空格（BOM）',
  'U+00AD': '软连字符',
  'U+202A': '文字方向控制符',
  'U+202B': '文字方向控制符',
  'U+202C': '文字方向控制符',
  'U+202D': '文字方向控制符',
  'U+202E': '文字方向控制符',
  'U+2066': '文字方向控制符',
  'U+2067': '文字方向控制符',
  'U+2068': '文字方向控制符',
  'U+2069': '文字方向控制符',
};

function invisibleWhere(p: ReadingParams['name-invisible-character']): string {
  const names = p.codes.map(
    c => `${c} ${INVISIBLE_NAMES[c] ?? '格式控制字符'}`,
  );
  const where = p.after === '' ? '在开头' : `在“${p.after}”之后`;
  return `看不见的字符（${names.join('、')}，${where}）`;
}

export const READING_CODES: CodeTable<ReadingParams> = {
  'submission-setting-required': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      p.key === '发文字号'
        ? '生成报送版须填写“发文字号”，如“古街〔2025〕3号”。请在“内容”列填上。'
        : '生成报送版须填写“发文机关标志”（红头文字），如“古荡街道办事处文件”。请在“内容”列填上。',
  },
  'submission-signer-missing': {
    severity: 'warning',
    cellLocal: false,
    message: () =>
      '报告报送上级机关，属上行文，按规定应当标注签发人。请在“签发人”填写签发人姓名；如不是上行文，可忽略本提示。',
  },
  'document-number-form': {
    severity: 'error',
    cellLocal: true,
    message: p => {
      switch (p.problem) {
        case 'brackets':
          return `发文字号“${p.value}”的年份用了“${p.brackets}”，应当用六角括号〔〕（GB/T 9704），如“古街〔2025〕3号”。输入法打不出时，可复制这里的〔〕。`;
        case 'sequence':
          return `发文字号“${p.value}”的序号不加“第”字、不补 0（GB/T 9704），如“古街〔2025〕3号”。请改正。`;
        default:
          return `发文字号“${p.value}”不是“机关代字〔年份〕序号号”的写法，如“古街〔2025〕3号”（年份四位，序号用阿拉伯数字）。请改正。`;
      }
    },
  },
  'document-number-year': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `发文字号“${p.value}”的年份是 ${p.year}，成文日期却在 ${p.expected} 年。发文字号的年份应与成文年份一致，请核对两者。`,
  },
  'document-number-year-unusual': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `发文字号“${p.value}”的年份是 ${p.year}；${p.reportYear} 年度的报告通常在 ${p.expected} 年报送，发文字号应为〔${p.expected}〕。请核对，或填写“成文日期”。`,
  },
  'printing-date-before-signing': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `印发日期 ${p.printing} 早于成文日期 ${p.signing}。公文先成文、后印发，请核对两个日期。`,
  },
  'setting-choice-invalid': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `“${p.key}”填写的“${p.value}”无法识别。请填写“${p.choices}”，或留空使用默认值。`,
  },
  'tab-not-read': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `工作表“${p.tab}”不是报告的组成部分，生成时不读取。如果它是报告的一部分，请把表名改为以“一、”“二、”等开头（按工作表顺序排列）；导语请命名为“导语”。`,
  },
  'part-duplicate': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `工作表“${p.tab}”与“${p.first}”的编号相同，像是复制出来的，为免同一部分印两遍，本表未读取。请删除多余的工作表，或把表名改为其他编号。`,
  },
  'formula-uncomputed': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `此单元格是公式${p.formula ? `“=${p.formula}”` : ''}，但文件中没有它的计算结果（有些程序保存时不计算公式），所以读到的是空值。请用 Excel、WPS 或 LibreOffice 打开工作簿、保存一次后再试，或直接填写数值。`,
  },
  'row-hidden': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `“${p.row}”所在行已隐藏，不写入报告（与打印工作表时一样，隐藏的行不输出）。如需写入，请取消隐藏；如不需要，可删除该行。`,
  },
  'tab-missing': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `缺少工作表“${p.expected}”。请新建该工作表（可用“初始化工作簿”或命令 template 生成模板）。`,
  },
  'column-missing': {
    severity: 'error',
    cellLocal: false,
    message: p => `缺少列“${p.column}”。请在表头行补上该列标题。`,
  },
  'level-unknown': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `层级“${p.value}”无法识别。请从下拉列表中选择：章、节、条、款、要点、段内要点、段落。`,
  },
  'row-without-text': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      `此行层级为“${p.level}”，但标题和正文都是空的，生成时将跳过。请填写内容或删除该行。`,
  },
  'run-on-without-paragraph': {
    severity: 'error',
    cellLocal: false,
    message: () =>
      '“段内要点”前面没有可接续的段落。请在其上方加一行段落、条或要点，或把层级改为“要点”。',
  },
  'setting-required': {
    severity: 'error',
    cellLocal: false,
    message: p => `“${p.key}”必须填写。请在“内容”列填上。`,
  },
  'year-invalid': {
    severity: 'error',
    cellLocal: true,
    message: p => `报告年度“${p.value}”不是四位年份。请填写如 2024 的年份。`,
  },
  'date-invalid': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `“${p.key}”的值“${p.value}”不是有效日期。请填写如 2025-02-05 或 2025年2月5日。`,
  },
  'item-style-invalid': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `三级编号样式“${p.value}”无法识别。请填写“1.”或“1、”，留空则为“1.”。`,
  },
  'hour-invalid': {
    severity: 'warning',
    cellLocal: false,
    message: p =>
      `自动生成时间“${p.value}”不是 0 到 23 之间的整点。请填写如 18 的数字，留空则为 18 点。`,
  },
  'reviewer-invalid': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `审阅人“${p.address}”不是有效的邮箱地址，不会共享给此人。请改为如 zhangsan@example.gov.cn 的地址，多个地址用逗号、顿号或换行分隔。`,
  },
  'reviewer-off-domain': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `审阅人“${p.address}”不属于共享限定域名“${p.domain}”，不会共享给此人。请改用 @${p.domain} 的邮箱，或修改“共享限定域名”。`,
  },
  'placeholder-unknown': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      p.suggestion
        ? `引用的指标“${p.name}”在“数据”表中不存在，是否想写“${p.suggestion}”？请改正引用或在“数据”表中添加该指标。`
        : `引用的指标“${p.name}”在“数据”表中不存在。请改正引用或在“数据”表中添加该指标。`,
  },
  'placeholder-malformed': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `占位符“${p.text}”写法有误。正确写法为 {{指标}} 或 {{指标|格式}}。`,
  },
  'format-unknown': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”的格式“${p.format}”无法识别。可用格式：百分比、百分比1、万、余、万余、近、两、中文、千分位、同比、上年、增减。`,
  },
  'cell-spreadsheet-error': {
    severity: 'error',
    cellLocal: true,
    message: p => `单元格显示错误值 ${p.value}。请检查该单元格的公式或引用。`,
  },
  'figure-name-missing': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `此行填了数值“${p.value}”，但“指标”名称为空。请填写指标名称。`,
  },
  'figure-name-duplicate': {
    severity: 'error',
    cellLocal: false,
    message: p => `指标名称“${p.name}”与 ${p.first} 重复。请改用不同的名称。`,
  },
  'figure-empty': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”在正文中被引用，但数值为空。请${p.office ? `负责科室（${p.office}）` : ''}填写数值。`,
  },
  'figure-not-number': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `指标“${p.name}”的数值“${p.value}”不是数字。请填写数字、百分比（如 80.8%）或约数（如 30余）。`,
  },
  'figure-spreadsheet-error': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `指标“${p.name}”的单元格显示错误值 ${p.value}。请检查该单元格的公式。`,
  },
  'figure-format-needs-number': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”的数值“${p.value}”是约数，不能按“${p.format}”格式输出。请填写准确数字，或去掉格式。`,
  },
  'figure-format-not-applicable': {
    severity: 'error',
    cellLocal: false,
    message: p =>
      `指标“${p.name}”的数值“${p.value}”不能按“${p.format}”格式输出（“中文”只用于不为负的整数）。请改用其他格式。`,
  },
  'figure-not-whole': {
    severity: 'error',
    cellLocal: true,
    message: p =>
      `指标“${p.name}”是计数（单位“${p.unit}”），数值“${p.value}”却带小数，不能照此发布：件数、人数、次数只能是整数。请核对数值，或核对计算它的公式（如需四舍五入请用 ROUND）。`,
  },
  'name-invisible-character': {
    severity: 'warning',
    cellLocal: true,
    message: p =>
      p.field === '占位符'
        ? `占位符 {{${p.name}}} 中夹有${invisibleWhere(p)}，看起来一样，其实不同。已按指标“${p.name}”引用；请删去该字符（最简单是重新输入此占位符）。`
        : `${p.field === '指标' ? '指标名称' : `“${p.field}”中的`}“${p.name}”夹有${invisibleWhere(p)}，看起来一样，其实不同，引用时会对不上。已按“${p.name}”读取；请删去该字符（最简单是重新输入名称）。`,
  },
};

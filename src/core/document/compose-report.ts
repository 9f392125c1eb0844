// Turns the report model into the document model: title, 主送机关, numbered headings and
// paragraphs with figures filled in, points run on inside paragraphs, and the sign-off.

import {
  addressee,
  heading,
  paragraph,
  signOff,
  title,
  type Block,
  type HeadingLevel,
  type ReportDocument,
} from './model';
import {createNumbering, pointLabel} from './numbering';
import {dedupeFindings, finding, type Finding} from '../findings/finding';
import {formatChineseDate} from '../text/chinese-date';
import {resolveText, type TextContext} from '../text/resolve-text';
import type {CellRef} from '../workbook/cell-ref';
import type {ReportModel, SectionRow} from '../workbook/report-model';

export interface Composition {
  readonly document: ReportDocument;
  readonly findings: readonly Finding[];
  /** Names of the figures the text uses, in first-use order. */
  readonly figuresUsed: readonly string[];
}

const HEADING_LEVEL: Readonly<
  Partial<Record<SectionRow['level'], HeadingLevel>>
> = {
  章: 1,
  节: 2,
  条: 3,
  款: 4,
};

const ENDS_WITH_PUNCTUATION = /[。：；！？，、:;!?,.]$/;

export function composeReport(model: ReportModel): Composition {
  const {settings} = model;
  const context = textContext(model);
  const findings: Finding[] = [];
  const used = new Set<string>();
  const resolve = (text: string, cell: CellRef): string => {
    const r = resolveText(text, cell, context);
    findings.push(...r.findings);
    r.used.forEach(n => used.add(n));
    return r.text;
  };

  const unitName = settings.unitName?.value ?? '';
  const year = settings.year?.value;
  const titleText = settings.title
    ? resolve(settings.title.value, settings.title.cell)
    : `${unitName}${year ?? ''}年度法治政府建设工作报告`;

  const blocks: Block[] = [title(titleText)];
  if (settings.addressee) {
    // A colon the clerk typed is not doubled.
    const name = settings.addressee.value.replace(/[：:]+$/, '');
    blocks.push(addressee(`${name}：`));
  }

  const numbering = createNumbering(settings.itemStyle);
  for (const section of model.sections) {
    // A point never runs on into the paragraph of another tab.
    const sectionStart = blocks.length;
    let runOnCount = 0;
    for (const row of section.rows) {
      const label = numbering.next(row.level);
      const titlePart = resolve(row.title, row.titleCell);
      const textPart = resolve(row.text, row.textCell);
      if (row.level === '段内要点') {
        runOnCount += 1;
        const joined =
          pointLabel(runOnCount) + joinTitleAndText(titlePart, textPart);
        const appended =
          blocks.length > sectionStart && appendToLastParagraph(blocks, joined);
        if (!appended) {
          findings.push(finding('run-on-without-paragraph', row.levelCell, {}));
        }
        continue;
      }
      runOnCount = 0;
      blocks.push(...rowBlocks(row, label, titlePart, textPart));
    }
  }

  if (settings.signOffUnit || settings.signOffDate) {
    const date = settings.signOffDate
      ? formatChineseDate(settings.signOffDate.value)
      : '';
    blocks.push(signOff(settings.signOffUnit?.value ?? unitName, date));
  }

  return {
    document: {
      title: titleText,
      author: settings.signOffUnit?.value ?? unitName,
      blocks,
    },
    findings: dedupeFindings(findings),
    figuresUsed: [...used],
  };
}

function rowBlocks(
  row: SectionRow,
  label: string,
  titlePart: string,
  textPart: string,
): Block[] {
  const level = HEADING_LEVEL[row.level];
  if (level === undefined) {
    return [paragraph(label + joinTitleAndText(titlePart, textPart))];
  }
  if (textPart === '') return [heading(level, label + titlePart)];
  if (titlePart === '') return [paragraph(label + textPart)];
  // 章 and 节 stand on their own line; 条 and 款 run their text on, as the reference does.
  if (level <= 2)
    return [heading(level, label + titlePart), paragraph(textPart)];
  return [paragraph(label + joinTitleAndText(titlePart, textPart))];
}

/** Title then text; a title that ends without punctuation gets "。" before running on. */
function joinTitleAndText(titlePart: string, textPart: string): string {
  if (titlePart === '' || textPart === '') return titlePart + textPart;
  return ENDS_WITH_PUNCTUATION.test(titlePart)
    ? titlePart + textPart
    : `${titlePart}。${textPart}`;
}

/** Runs `text` on at the end of the last paragraph (or 条/款 heading, which becomes one). */
function appendToLastParagraph(blocks: Block[], text: string): boolean {
  const last = blocks[blocks.length - 1];
  if (
    last.kind === 'paragraph' ||
    (last.kind === 'heading' && last.level >= 3)
  ) {
    blocks[blocks.length - 1] = paragraph(last.text + text);
    return true;
  }
  return false;
}

function textContext(model: ReportModel): TextContext {
  const {settings} = model;
  const builtins = new Map<string, string>();
  if (settings.unitName) builtins.set('单位名称', settings.unitName.value);
  if (settings.year) {
    builtins.set('年度', String(settings.year.value));
    builtins.set('下年度', String(settings.year.value + 1));
    builtins.set('上年度', String(settings.year.value - 1));
  }
  return {figures: new Map(model.figures.map(f => [f.name, f])), builtins};
}

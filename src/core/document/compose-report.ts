// Turns the report model into the document model: title, 主送机关, numbered headings and
// paragraphs with figures filled in, points run on inside paragraphs, and the sign-off.

import {
  addressee,
  attachments,
  heading,
  paragraph,
  signOff,
  title,
  type Block,
  type HeadingLevel,
  type ReportDocument,
} from './model';
import {composeSubmission} from './compose-submission';
import {createNumbering} from './numbering';
import {dedupeFindings, finding, type Finding} from '../findings/finding';
import {formatChineseDate} from '../text/chinese-date';
import {resolveText, type TextContext} from '../text/resolve-text';
import type {CellRef} from '../workbook/cell-ref';
import {splitLines} from '../workbook/cell-text';
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
/** Two or more spaces between organ names in one 落款单位 line separate two organs. */
const ORGAN_GAP = /[ \u3000]{2,}/;

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
  const titleLines = settings.title
    ? splitLines(resolve(settings.title.value, settings.title.cell))
    : [`${unitName}${year ?? ''}年度法治政府建设工作报告`];

  const blocks: Block[] = [title(titleLines)];
  if (settings.addressee) {
    // Several organs on several lines are one line "甲、乙："; a colon the clerk typed is not doubled.
    const names = splitLines(settings.addressee.value).join('、');
    blocks.push(addressee(`${names.replace(/[：:]+$/, '')}：`));
  }

  const numbering = createNumbering(settings);
  const placement = {章: settings.chapterHeading, 节: settings.sectionHeading};
  for (const section of model.sections) {
    // A point never runs on into the paragraph of another tab.
    const sectionStart = blocks.length;
    for (const row of section.rows) {
      const label = numbering.next(row.level);
      const titlePart = resolve(row.title, row.titleCell);
      const textPart = resolve(row.text, row.textCell);
      if (row.level === '段内要点') {
        const joined = label + joinTitleAndText(titlePart, textPart);
        const appended =
          blocks.length > sectionStart && appendToLastParagraph(blocks, joined);
        if (!appended) {
          // Printed as its own paragraph, so the count of the points after it still reads on.
          findings.push(finding('run-on-without-paragraph', row.levelCell, {}));
          blocks.push(paragraph(joined));
        }
        continue;
      }
      const runIn =
        (row.level === '章' || row.level === '节') &&
        placement[row.level] === 'run-in';
      blocks.push(...rowBlocks(row, label, titlePart, textPart, runIn));
    }
  }

  if (settings.attachments) {
    blocks.push(
      attachments(
        settings.attachments.value.map(name =>
          resolve(name, settings.attachments!.cell),
        ),
      ),
    );
  }

  if (settings.signOffUnit || settings.signOffDate) {
    const date = settings.signOffDate
      ? formatChineseDate(settings.signOffDate.value)
      : '';
    const units = settings.signOffUnit
      ? splitLines(settings.signOffUnit.value).flatMap(line =>
          line.split(ORGAN_GAP),
        )
      : [unitName];
    blocks.push(signOff(units, date));
  }

  return {
    document: {
      title: titleLines.join(' '),
      author: settings.signOffUnit
        ? splitLines(settings.signOffUnit.value).join(' ')
        : unitName,
      blocks,
      submission: composeSubmission(settings),
    },
    findings: dedupeFindings(findings),
    figuresUsed: [...used],
  };
}

/**
 * The blocks of one row. 章 and 节 stand on their own line unless `runIn`; 条 and 款 always run
 * their text on, as the reference does; a heading with no text stands alone.
 */
function rowBlocks(
  row: SectionRow,
  label: string,
  titlePart: string,
  textPart: string,
  runIn: boolean,
): Block[] {
  const level = HEADING_LEVEL[row.level];
  if (level === undefined) {
    return [paragraph(label + joinTitleAndText(titlePart, textPart))];
  }
  if (textPart === '') return [heading(level, label + titlePart)];
  if (titlePart === '') return [paragraph(label + textPart)];
  if (level >= 3) {
    return [paragraph(label + joinTitleAndText(titlePart, textPart))];
  }
  if (!runIn) return [heading(level, label + titlePart), paragraph(textPart)];
  const lead = label + closeTitle(titlePart);
  return [paragraph(lead + textPart, {level, text: lead})];
}

/** Title then text; a title that ends without punctuation gets "。" before running on. */
function joinTitleAndText(titlePart: string, textPart: string): string {
  if (titlePart === '' || textPart === '') return titlePart + textPart;
  return closeTitle(titlePart) + textPart;
}

function closeTitle(titlePart: string): string {
  return ENDS_WITH_PUNCTUATION.test(titlePart) ? titlePart : `${titlePart}。`;
}

/**
 * Runs `text` on at the end of the last paragraph (or 条/款 heading, which becomes one); a
 * run-in heading keeps its heading font.
 */
function appendToLastParagraph(blocks: Block[], text: string): boolean {
  const last = blocks[blocks.length - 1];
  if (last.kind === 'paragraph') {
    blocks[blocks.length - 1] = paragraph(last.text + text, last.runIn);
    return true;
  }
  if (last.kind === 'heading' && last.level >= 3) {
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

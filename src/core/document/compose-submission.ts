// The 报送 version's 版头 and 版记 from the 基本信息 settings (GB/T 9704-2012 7.2, 7.4). Only
// what is given is composed; the findings for what a 报送 build lacks are submissionFindings'.

import type {Imprint, Masthead, Submission} from './model';
import {formatChineseDate} from '../text/chinese-date';
import {splitLines} from '../workbook/cell-text';
import type {ReportSettings} from '../workbook/report-model';

/** "文件" on a line of its own after several organs stands right of them (7.2.4). */
const FILE_WORD = '文件';
const TRAILING_PUNCTUATION = /[。．.，,、；;：:\s]+$/u;
const COPY_TO_LABEL = /^抄送[：:]\s*/u;

export function composeSubmission(settings: ReportSettings): Submission {
  const {submission} = settings;
  const mark = submission.issuerMark?.value;
  const number = submission.documentNumber?.value;
  const masthead: Masthead | undefined =
    mark !== undefined || number !== undefined
      ? {
          ...markLines(mark ?? ''),
          documentNumber: number?.trim() ?? '',
          signers: submission.signers?.value ?? [],
        }
      : undefined;

  const copyTo = submission.copyTo?.value;
  const organ = submission.printingOrgan?.value;
  const date = submission.printingDate?.value ?? settings.signOffDate?.value;
  const imprint: Imprint | undefined =
    copyTo !== undefined || organ !== undefined
      ? {
          copyTo: copyTo === undefined ? '' : copyToLine(copyTo),
          printingOrgan: organ === undefined ? '' : splitLines(organ).join(''),
          printingDate:
            organ !== undefined && date ? `${formatChineseDate(date)}印发` : '',
        }
      : undefined;
  return {
    ...(masthead ? {masthead} : {}),
    ...(imprint ? {imprint} : {}),
  };
}

/** Organ lines; a last line "文件" after two or more organs becomes the suffix. */
function markLines(text: string): Pick<Masthead, 'organs' | 'suffix'> {
  const lines = splitLines(text);
  if (lines.length > 2 && lines[lines.length - 1] === FILE_WORD) {
    return {organs: lines.slice(0, -1), suffix: FILE_WORD};
  }
  if (lines.length === 2 && lines[1] === FILE_WORD) {
    // One organ and "文件" typed on two lines: one mark line.
    return {organs: [lines.join('')], suffix: ''};
  }
  return {organs: lines, suffix: ''};
}

/**
 * "抄送：甲，乙。" (7.4.2): organs one per line or as typed in a line, joined with "，", a full
 * stop after the last; a "抄送：" the clerk typed is not doubled.
 */
function copyToLine(text: string): string {
  const organs = splitLines(text)
    .map(line =>
      line.replace(COPY_TO_LABEL, '').replace(TRAILING_PUNCTUATION, ''),
    )
    .filter(line => line !== '');
  return organs.length === 0 ? '' : `抄送：${organs.join('，')}。`;
}

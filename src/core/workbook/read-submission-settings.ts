// The 报送 settings of 基本信息 (GB/T 9704-2012 7.2 版头, 7.4 版记): read whatever the profile,
// with the findings about what was typed (发文字号's form and year, 印发日期). Whether an empty
// one matters depends on the profile: see submission-findings.ts.

import type {CellRef} from './cell-ref';
import {splitLines} from './cell-text';
import {readDocumentNumber} from './document-number';
import type {Located, SubmissionSettings} from './report-model';
import type {SettingKey} from './schema';
import {finding, type Finding} from '../findings/finding';
import {formatChineseDate} from '../text/chinese-date';

export interface SubmissionSource {
  /** The trimmed text of a setting, when not empty. */
  readonly textOf: (key: SettingKey) => Located<string> | undefined;
  /** A date setting when not empty and a date; the reader reports one that is not. */
  readonly dateOf: (key: SettingKey) => Located<Date> | undefined;
  /** Where an empty setting would be typed: its row's 内容 cell or a free row's. */
  readonly blankCellOf: (key: SettingKey) => CellRef;
  readonly signOffDate?: Located<Date>;
  readonly year?: Located<number>;
}

/** Names in a 签发人 cell: one per line, or separated by 、，, ； or spaces. */
const NAME_SEPARATORS = /[、，,；;\s\u3000]+/u;

export function readSubmissionSettings(source: SubmissionSource): {
  readonly submission: SubmissionSettings;
  readonly findings: readonly Finding[];
} {
  const findings: Finding[] = [];
  const documentNumber = source.textOf('发文字号');
  if (documentNumber) {
    findings.push(...documentNumberFindings(documentNumber, source));
  }

  const printingDate = source.dateOf('印发日期');
  const signing = source.signOffDate;
  if (printingDate && signing && printingDate.value < signing.value) {
    findings.push(
      finding('printing-date-before-signing', printingDate.cell, {
        printing: formatChineseDate(printingDate.value),
        signing: formatChineseDate(signing.value),
      }),
    );
  }

  const signerText = source.textOf('签发人');
  const names = signerText
    ? splitLines(signerText.value).flatMap(line =>
        line.split(NAME_SEPARATORS).filter(name => name !== ''),
      )
    : [];
  const issuerMark = source.textOf('发文机关标志');
  return {
    submission: {
      issuerMark,
      documentNumber,
      signers:
        signerText && names.length > 0
          ? {value: names, cell: signerText.cell}
          : undefined,
      copyTo: source.textOf('抄送机关'),
      printingOrgan: source.textOf('印发机关'),
      printingDate,
      blankCells: {
        发文机关标志: issuerMark
          ? undefined
          : source.blankCellOf('发文机关标志'),
        发文字号: documentNumber ? undefined : source.blankCellOf('发文字号'),
        签发人: signerText ? undefined : source.blankCellOf('签发人'),
      },
    },
    findings,
  };
}

/**
 * The form (GB/T 9704 7.2.5) and the year: 成文日期's year when given, otherwise the year after
 * the report year, when reports are sent (a warning only: it is the usual case, not a rule).
 */
function documentNumberFindings(
  number: Located<string>,
  source: SubmissionSource,
): Finding[] {
  const reading = readDocumentNumber(number.value);
  const value = number.value;
  if (reading.kind !== 'ok') {
    return [
      finding('document-number-form', number.cell, {
        value,
        problem: reading.kind,
        brackets: reading.kind === 'brackets' ? reading.brackets : '',
      }),
    ];
  }
  const year = reading.year;
  if (source.signOffDate) {
    const expected = source.signOffDate.value.getFullYear();
    return year === expected
      ? []
      : [finding('document-number-year', number.cell, {value, year, expected})];
  }
  if (source.year && year !== source.year.value + 1) {
    return [
      finding('document-number-year-unusual', number.cell, {
        value,
        year,
        expected: source.year.value + 1,
        reportYear: source.year.value,
      }),
    ];
  }
  return [];
}

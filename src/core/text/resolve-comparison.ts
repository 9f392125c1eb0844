// The year-on-year formats of a placeholder ({{指标|同比}}, {{指标|上年}}, {{指标|增减}}): this
// year's 数值 against 上年数值, or a finding at the cell that needs fixing.

import {finding, type Finding} from '../findings/finding';
import type {CellRef} from '../workbook/cell-ref';
import type {ParsedFigure} from '../workbook/cell-text';
import type {Figure} from '../workbook/report-model';
import {changeText, yearOnYearText} from './comparison-words';
import {formatFigure, type ComparisonFormat} from './figure-format';

/**
 * The text of `figure` in `format` (typed as `formatName`), or undefined with a finding: at
 * 上年数值 when last year's value is missing or unusable, at 数值 when this year's is.
 */
export function resolveComparison(
  figure: Figure,
  format: ComparisonFormat,
  formatName: string,
  findings: Finding[],
): string | undefined {
  const previous = previousNumber(figure, formatName, findings);
  if (previous === undefined) return undefined;
  if (format.kind === 'previous') {
    return formatFigure(previous, {kind: 'plain'}, figure.isRate);
  }
  const current = currentNumber(figure, formatName, findings);
  if (current === undefined) return undefined;
  if (format.kind === 'change') {
    return changeText(current, previous, figure.unit, figure.isRate);
  }
  if (previous <= 0) {
    findings.push(
      finding('figure-previous-not-positive', previousCell(figure), {
        name: figure.name,
        value: String(previous),
      }),
    );
    return undefined;
  }
  return yearOnYearText(current, previous, format.decimals);
}

function previousCell(figure: Figure): CellRef {
  return figure.previous?.cell ?? figure.nameCell;
}

function previousNumber(
  figure: Figure,
  formatName: string,
  findings: Finding[],
): number | undefined {
  const value: ParsedFigure = figure.previous?.value ?? {kind: 'empty'};
  if (value.kind === 'number') return value.value;
  if (value.kind === 'empty') {
    findings.push(
      finding('figure-previous-missing', previousCell(figure), {
        name: figure.name,
        format: formatName,
        hasColumn: figure.previous !== undefined,
      }),
    );
  } else {
    findings.push(
      finding('figure-previous-not-number', previousCell(figure), {
        name: figure.name,
        value: value.text,
        format: formatName,
      }),
    );
  }
  return undefined;
}

/** This year's 数值 as a number; its other kinds get the reader's usual findings. */
function currentNumber(
  figure: Figure,
  formatName: string,
  findings: Finding[],
): number | undefined {
  const {value, valueCell: at, name} = figure;
  switch (value.kind) {
    case 'number':
      return value.value;
    case 'approximate':
      findings.push(
        finding('figure-format-needs-number', at, {
          name,
          value: value.text,
          format: formatName,
        }),
      );
      return undefined;
    case 'empty':
      findings.push(finding('figure-empty', at, {name, office: figure.office}));
      return undefined;
    case 'error':
      findings.push(
        finding('figure-spreadsheet-error', at, {name, value: value.text}),
      );
      return undefined;
    case 'invalid':
      findings.push(
        finding('figure-not-number', at, {name, value: value.text}),
      );
      return undefined;
    default: {
      const unreachable: never = value;
      throw new Error(`unknown figure ${JSON.stringify(unreachable)}`);
    }
  }
}

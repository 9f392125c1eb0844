// The year-on-year formats of a placeholder ({{指标|同比}}, {{指标|上年}}, {{指标|增减}}): this
// year's 数值 against 上年数值, or a finding at the cell that needs fixing.

import {finding, type Finding} from '../findings/finding';
import type {CellRef} from '../workbook/cell-ref';
import type {ParsedFigure} from '../workbook/cell-text';
import type {Figure} from '../workbook/report-model';
import {changeText, yearOnYearText} from './comparison-words';
import {formatFigure, type ComparisonFormat} from './figure-format';
import {figureNumber} from './figure-number';

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
  const current = figureNumber(figure, formatName, findings);
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

// A figure's 数值 as a number, for a format that needs one ({{指标|万}}, {{指标|同比}} …), or the
// finding at its 数值 cell that says why there is none.

import {finding, type Finding} from '../findings/finding';
import type {Figure} from '../workbook/report-model';

/** The number, or undefined with a finding: approximate ("30余"), empty, an error or not a number. */
export function figureNumber(
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

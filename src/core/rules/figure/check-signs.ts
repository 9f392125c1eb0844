// Signs and ranges of single figures: counts and money are never negative, a rate lies
// between 0% and 100% unless its name says it measures a change (增长率 may be −5% or 120%).

import {finding, type Finding} from '../../findings/finding';
import type {Figure} from '../../workbook/report-model';
import {COUNT_UNITS, MONEY_UNITS} from '../../workbook/schema';
import {amountText, numberOf, tolerance} from './figure-amounts';

/** Names holding one of these measure a change, which may be negative or above 100%. */
const CHANGE_WORDS = ['增长', '增幅', '下降', '降幅', '同比', '环比', '变化'];

const isOneOf = (list: readonly string[], unit: string) => list.includes(unit);

export function checkSigns(figures: readonly Figure[]): Finding[] {
  const findings: Finding[] = [];
  for (const figure of figures) {
    const value = numberOf(figure);
    if (value === undefined) continue;
    const params = {
      name: figure.name,
      value: amountText(figure, value),
      unit: figure.unit,
    };
    if (figure.isRate) {
      const side = rateSide(figure, value);
      if (side) {
        findings.push(
          finding('rate-out-of-range', figure.valueCell, {
            name: figure.name,
            value: params.value,
            side,
          }),
        );
      }
    } else if (value < 0 && isOneOf(COUNT_UNITS, figure.unit)) {
      findings.push(finding('count-negative', figure.valueCell, params));
    } else if (value < 0 && isOneOf(MONEY_UNITS, figure.unit)) {
      findings.push(finding('money-negative', figure.valueCell, params));
    }
  }
  return findings;
}

function rateSide(
  figure: Figure,
  value: number,
): 'below' | 'above' | undefined {
  if (CHANGE_WORDS.some(w => figure.name.includes(w))) return undefined;
  if (value < -tolerance(value, 0)) return 'below';
  if (value - 1 > tolerance(value, 1)) return 'above';
  return undefined;
}

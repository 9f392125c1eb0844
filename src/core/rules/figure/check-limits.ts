// 不超过: a figure may not exceed the figure it names (重大案件数 ≤ 立案数). Reported at the
// figure's 数值 cell; figures that are not exact numbers are skipped, other findings name them.

import {finding, type Finding} from '../../findings/finding';
import type {Figure} from '../../workbook/report-model';
import {
  amountText,
  clearlyGreater,
  differenceText,
  numberOf,
} from './figure-amounts';
import {relatedFigure, type FigureIndex} from './relations';

export function checkLimits(
  figures: readonly Figure[],
  index: FigureIndex,
): Finding[] {
  const findings: Finding[] = [];
  for (const figure of figures) {
    const limit = relatedFigure(figure, '不超过', index);
    if (!limit) continue;
    const value = numberOf(figure);
    const limitValue = numberOf(limit);
    if (value === undefined || limitValue === undefined) continue;
    if (!clearlyGreater(value, limitValue)) continue;
    findings.push(
      finding('limit-exceeded', figure.valueCell, {
        name: figure.name,
        value: amountText(figure, value),
        limit: limit.name,
        limitValue: amountText(limit, limitValue),
        excess: differenceText(figure, value - limitValue),
      }),
    );
  }
  return findings;
}

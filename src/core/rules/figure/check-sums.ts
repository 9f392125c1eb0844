// 合计于: the parts naming a total must add up to it. Reported once per total, at its 数值 cell,
// with the parts' sum and the difference. A part or total that is not an exact number (30余,
// empty, #REF!) makes the sum unknowable: it is skipped, other findings name that cell.

import {finding, type Finding} from '../../findings/finding';
import type {Figure} from '../../workbook/report-model';
import {
  amountText,
  differenceText,
  nearlyEqual,
  numberOf,
} from './figure-amounts';
import {relatedFigure, type FigureIndex} from './relations';

export function checkSums(
  figures: readonly Figure[],
  index: FigureIndex,
): Finding[] {
  const partsOf = new Map<Figure, Figure[]>();
  for (const figure of figures) {
    const total = relatedFigure(figure, '合计于', index);
    if (!total) continue;
    const parts = partsOf.get(total) ?? [];
    parts.push(figure);
    partsOf.set(total, parts);
  }
  const findings: Finding[] = [];
  partsOf.forEach((parts, total) => {
    const mismatch = sumMismatch(total, parts);
    if (mismatch) findings.push(mismatch);
  });
  return findings;
}

function sumMismatch(
  total: Figure,
  parts: readonly Figure[],
): Finding | undefined {
  const totalValue = numberOf(total);
  const values = parts.map(numberOf);
  if (totalValue === undefined) return undefined;
  if (values.some(v => v === undefined)) return undefined;
  const sum = (values as number[]).reduce((a, b) => a + b, 0);
  if (nearlyEqual(sum, totalValue)) return undefined;
  return finding('sum-mismatch', total.valueCell, {
    total: total.name,
    totalValue: amountText(total, totalValue),
    first: parts[0].name,
    count: parts.length,
    sum: amountText(total, sum),
    difference: differenceText(total, Math.abs(totalValue - sum)),
    direction: sum < totalValue ? '少' : '多',
  });
}

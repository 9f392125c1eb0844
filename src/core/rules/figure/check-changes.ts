// 上年数值: a figure that changed by more than half since last year gets a hint at its 数值
// ("今年为120起，上年为60起，增长100.0%"), since a slip of a digit looks just like that.

import {finding, type Finding} from '../../findings/finding';
import {relativeChange, yearOnYearText} from '../../text/comparison-words';
import type {Figure} from '../../workbook/report-model';
import {amountText, numberOf} from './figure-amounts';

/** A change beyond this share of last year's value (either way) is worth a second look. */
export const LARGE_CHANGE = 0.5;

export function checkChanges(figures: readonly Figure[]): Finding[] {
  const findings: Finding[] = [];
  for (const figure of figures) {
    const current = numberOf(figure);
    const previous = figure.previous?.value;
    if (current === undefined || previous?.kind !== 'number') continue;
    if (previous.value <= 0) continue;
    const change = relativeChange(current, previous.value);
    if (Math.abs(change) <= LARGE_CHANGE) continue;
    findings.push(
      finding('figure-change-large', figure.valueCell, {
        name: figure.name,
        value: amountText(figure, current),
        previous: amountText(figure, previous.value),
        change: yearOnYearText(current, previous.value),
      }),
    );
  }
  return findings;
}

// 目标: a figure compared with its target. A missed target is a warning at the 数值 cell
// ("持证率80.8%，低于目标85%"); a target that cannot be read is a warning at the 目标 cell.

import type {TargetOperator} from '../../findings/figure-rule-codes';
import {finding, type Finding} from '../../findings/finding';
import {decimalText} from '../../text/figure-format';
import type {Figure} from '../../workbook/report-model';
import {amountText, clearlyGreater, numberOf} from './figure-amounts';
import {parseTarget} from './parse-target';

export function checkTargets(figures: readonly Figure[]): Finding[] {
  const findings: Finding[] = [];
  for (const figure of figures) {
    if (!figure.target) continue;
    const target = figure.target;
    const threshold = targetThreshold(figure, target.value);
    if (threshold === undefined) {
      findings.push(
        finding('target-unparsable', target.cell, {
          name: figure.name,
          target: target.value,
        }),
      );
      continue;
    }
    const value = numberOf(figure);
    if (value === undefined || meets(value, threshold.operator, threshold.at))
      continue;
    findings.push(
      finding('target-missed', figure.valueCell, {
        name: figure.name,
        value: missedValueText(figure, value, threshold.operator, threshold.at),
        operator: threshold.operator,
        threshold: amountText(figure, threshold.at),
        target: target.value,
      }),
    );
  }
  return findings;
}

/**
 * The target as a value of the figure: for a rate "85%" and "0.85" both mean 0.85 (as in 数值);
 * a percent target for a figure that is not a rate cannot be compared.
 */
function targetThreshold(
  figure: Figure,
  text: string,
): {operator: TargetOperator; at: number} | undefined {
  const parsed = parseTarget(text, figure.unit);
  if (!parsed) return undefined;
  if (parsed.percent && !figure.isRate) return undefined;
  const at = parsed.percent ? parsed.number / 100 : parsed.number;
  return {operator: parsed.operator, at};
}

function meets(value: number, operator: TargetOperator, at: number): boolean {
  switch (operator) {
    case '≥':
      return !clearlyGreater(at, value);
    case '>':
      return clearlyGreater(value, at);
    case '≤':
      return !clearlyGreater(value, at);
    case '<':
      return clearlyGreater(at, value);
    default: {
      const unreachable: never = operator;
      throw new Error(`unknown operator ${String(unreachable)}`);
    }
  }
}

/**
 * The value with as few decimals as still show the miss: 0.80769 → "80.8%" against ≥85%, but
 * 0.8496 → "84.96%", never a rounded "85%" that would seem to meet the target.
 */
function missedValueText(
  figure: Figure,
  value: number,
  operator: TargetOperator,
  at: number,
): string {
  const scale = figure.isRate ? 100 : 1;
  const unit = figure.isRate ? '%' : figure.unit;
  for (let decimals = 1; decimals < 6; decimals++) {
    const shown = Number((value * scale).toFixed(decimals)) / scale;
    if (!meets(shown, operator, at)) {
      return `${decimalText(value * scale, decimals)}${unit}`;
    }
  }
  return amountText(figure, value);
}

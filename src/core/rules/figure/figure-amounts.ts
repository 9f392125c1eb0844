// Figures as numbers for the rules: the value when it is an exact number, comparisons with a
// tolerance for floating sums, and amounts written with their unit for messages.

import {decimalText, percentText} from '../../text/figure-format';
import type {Figure} from '../../workbook/report-model';

/** The exact number of a figure; undefined for approximate ("30余"), empty, error, invalid. */
export function numberOf(figure: Figure): number | undefined {
  return figure.value.kind === 'number' ? figure.value.value : undefined;
}

/**
 * How far apart two numbers may be and still count as equal. Spreadsheets store 15 significant
 * digits, so a sum of parts may differ from its total in the last digits (0.1 + 0.2).
 */
export function tolerance(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= tolerance(a, b);
}

/** True when `a` is greater than `b` by more than the tolerance. */
export function clearlyGreater(a: number, b: number): boolean {
  return a - b > tolerance(a, b);
}

/** A value of `figure` with its unit: "746起", "80.77%", "-3元". */
export function amountText(figure: Figure, value: number): string {
  return figure.isRate
    ? percentText(value)
    : `${decimalText(value, 4)}${figure.unit}`;
}

/** A positive difference between two values of `figure`: "1起", "2.5个百分点". */
export function differenceText(figure: Figure, difference: number): string {
  return figure.isRate
    ? `${decimalText(difference * 100, 2)}个百分点`
    : amountText(figure, difference);
}

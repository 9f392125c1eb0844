// Whether an amount typed in text ("42人", "80.8%", "30余次", "480余万元") is the value of a
// figure of 数据 with the same unit, and the placeholder format that would write it so.

import {approximateText, decimalText} from '../../text/figure-format';
import type {Figure} from '../../workbook/report-model';

export interface TypedAmount {
  /** The digits as typed, e.g. "80.8". */
  readonly digits: string;
  /** Typed with 余 or 多 ("30余"). */
  readonly approximate: boolean;
  /** "万" or "亿" typed between the number and the unit, or "". */
  readonly multiplier: string;
  readonly unit: string;
}

/** The unit a figure is counted in as text shows it: "%" for rates. */
export function figureUnit(figure: Figure): string {
  return figure.isRate ? '%' : figure.unit.trim();
}

/**
 * The format after "|" that writes `figure` as `typed` ("" for none), or undefined when the
 * typed amount is not this figure's value in this unit.
 */
export function matchFormat(
  figure: Figure,
  typed: TypedAmount,
): string | undefined {
  if (figureUnit(figure) !== typed.unit) return undefined;
  const {value} = figure;
  if (value.kind === 'approximate') {
    const written = `${typed.digits}${typed.approximate ? '余' : ''}${typed.multiplier}`;
    return value.text.replace(/多/g, '余') === written ? '' : undefined;
  }
  if (value.kind !== 'number') return undefined;
  if (figure.isRate) return rateFormat(value.value, typed);
  const n = value.value;
  const approximate = typed.approximate ? '余' : '';
  switch (`${approximate}${typed.multiplier}`) {
    case '':
      return Number(typed.digits) === n ? '' : undefined;
    case '万':
      return decimalText(n / 10000, 2) === typed.digits ? '万' : undefined;
    case '余':
      return approximateText(n, '') === `${typed.digits}余` ? '余' : undefined;
    case '余万':
      return n >= 10000 &&
        approximateText(n / 10000, '万') === `${typed.digits}余万`
        ? '万余'
        : undefined;
    default:
      return undefined;
  }
}

/** A rate typed as a percentage, equal to the figure rounded to the typed decimals. */
function rateFormat(fraction: number, typed: TypedAmount): string | undefined {
  if (typed.approximate || typed.multiplier !== '') return undefined;
  const decimals = (typed.digits.split('.')[1] ?? '').length;
  const hundredths = fraction * 100;
  if (hundredths.toFixed(decimals) !== Number(typed.digits).toFixed(decimals)) {
    return undefined;
  }
  return decimalText(hundredths, 2) === typed.digits ? '' : `百分比${decimals}`;
}

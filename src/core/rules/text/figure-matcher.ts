// Which figures of 数据 an amount typed in text matches, fast on big workbooks: figures are
// grouped by unit and, for a plain number ("42人"), looked up by value; each typed amount is
// worked out once per report. Matching itself is matchFormat's.

import type {Figure} from '../../workbook/report-model';
import {figureUnit, matchFormat, type TypedAmount} from './figure-match';

export interface FigureMatch {
  readonly name: string;
  /** The format after "|" that writes the figure as typed ("" for none). */
  readonly format: string;
}

export class FigureMatcher {
  private readonly byUnit = new Map<string, Figure[]>();
  /** Plain numbers (not rates, not approximate) by unit and value. */
  private readonly byValue = new Map<string, Figure[]>();
  private readonly cache = new Map<string, readonly FigureMatch[]>();

  constructor(figures: readonly Figure[]) {
    for (const figure of figures) {
      const unit = figureUnit(figure);
      push(this.byUnit, unit, figure);
      if (figure.value.kind === 'number' && !figure.isRate) {
        push(this.byValue, `${unit}|${figure.value.value}`, figure);
      }
    }
  }

  /** The figures `amount` matches, in 数据 order. */
  matches(amount: TypedAmount): readonly FigureMatch[] {
    const key = `${amount.digits}|${amount.approximate}|${amount.multiplier}|${amount.unit}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // A plain number matches only a plain figure of that very value (matchFormat's first case).
    const plain =
      !amount.approximate && amount.multiplier === '' && amount.unit !== '%';
    const candidates = plain
      ? this.byValue.get(`${amount.unit}|${Number(amount.digits)}`)
      : this.byUnit.get(amount.unit);
    const found: FigureMatch[] = [];
    for (const figure of candidates ?? []) {
      const format = matchFormat(figure, amount);
      if (format !== undefined) found.push({name: figure.name, format});
    }
    this.cache.set(key, found);
    return found;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

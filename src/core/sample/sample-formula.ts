// Sample formulas are written over figure names ("={持证人数}/{应持证人数}"); this turns them
// into A1 formulas for the sheet ("=B4/B5") and computes the result a spreadsheet would show.

import type {FormulaCell} from '../workbook/template-cells';

const NAME = /\{([^{}]+)\}/g;

/**
 * `rowOf` gives the sheet row of a figure and `valueOf` its value; `column` is the 数值 column
 * letter. Supports + - * / and parentheses.
 */
export function sampleFormulaCell(
  expression: string,
  column: string,
  rowOf: (name: string) => number,
  valueOf: (name: string) => number,
  sheetsExpression?: string,
): FormulaCell {
  const toA1 = (text: string) =>
    text.replace(NAME, (_, name: string) => `${column}${rowOf(name)}`);
  const body = expression.replace(/^=/, '');
  const formula = '=' + toA1(body);
  const arithmetic = body.replace(
    NAME,
    (_, name: string) => `(${valueOf(name)})`,
  );
  const result = evaluateArithmetic(arithmetic);
  return sheetsExpression === undefined
    ? {formula, result}
    : {formula, result, sheetsFormula: toA1(sheetsExpression)};
}

/** Evaluates numbers with + - * / and parentheses; throws on anything else. */
export function evaluateArithmetic(source: string): number {
  const tokens = source.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  if (tokens.join('') !== source.replace(/\s+/g, '')) {
    throw new Error(`sample formula has unsupported characters: ${source}`);
  }
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const factor = (): number => {
    const t = take();
    if (t === '(') {
      const v = sum();
      take();
      return v;
    }
    if (t === '-') return -factor();
    return Number(t);
  };
  const product = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/')
      v = take() === '*' ? v * factor() : v / factor();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-')
      v = take() === '+' ? v + product() : v - product();
    return v;
  };
  return sum();
}

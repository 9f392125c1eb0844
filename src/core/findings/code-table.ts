// The shape of a finding code's table row: everything about a code in one place (how much it
// matters, its Chinese message, whether onEdit may judge it), and what is derived from the rows.

import type {MessageTable} from '../errors/coded-error';
import type {Severity} from './severity';

export interface CodeRow<P> {
  readonly severity: Severity;
  /** The Chinese sentence for the clerk, saying what is wrong and how to fix it. */
  readonly message: (p: P) => string;
  /**
   * True when the finding is decided by the cell and its own row alone, so the onEdit trigger,
   * which sees only the edited rows of one tab, may report it (and clear it) as the clerk types.
   */
  readonly cellLocal: boolean;
}

/** One row per code of a parameter interface; a code without a full row does not compile. */
export type CodeTable<Params> = {
  readonly [C in keyof Params]: CodeRow<Params[C]>;
};

function mapRows<Params, V>(
  table: CodeTable<Params>,
  pick: (row: CodeRow<never>) => V,
): {readonly [C in keyof Params]: V} {
  const out: Partial<Record<keyof Params, V>> = {};
  for (const code of Object.keys(table) as (keyof Params)[]) {
    out[code] = pick(table[code] as CodeRow<never>);
  }
  return out as {readonly [C in keyof Params]: V};
}

export function severitiesOf<Params>(table: CodeTable<Params>): {
  readonly [C in keyof Params]: Severity;
} {
  return mapRows(table, row => row.severity);
}

export function messagesOf<Params>(
  table: CodeTable<Params>,
): MessageTable<Params> {
  return mapRows(table, row => row.message) as MessageTable<Params>;
}

/** The codes of `table` whose row says onEdit may judge them. */
export function cellLocalCodesOf<Params>(
  table: CodeTable<Params>,
): (keyof Params)[] {
  return (Object.keys(table) as (keyof Params)[]).filter(
    code => table[code].cellLocal,
  );
}

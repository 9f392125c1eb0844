// A cell reference as data: tab plus 1-based row and column, written "数据!B7".

export interface CellRef {
  readonly tab: string;
  /** 1-based row. */
  readonly row: number;
  /** 1-based column. */
  readonly column: number;
}

export function cellRef(tab: string, row: number, column: number): CellRef {
  return {tab, row, column};
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The A1 address within the tab, e.g. "B7". */
export function toA1(ref: CellRef): string {
  return `${columnLetter(ref.column)}${ref.row}`;
}

/** The full reference a clerk can type into the name box, e.g. "数据!B7". */
export function formatCellRef(ref: CellRef): string {
  return `${ref.tab}!${toA1(ref)}`;
}

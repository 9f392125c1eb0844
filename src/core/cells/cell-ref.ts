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

export interface CellArea {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** "B7" or "A2:C4" (an optional "tab!" prefix ignored) as rows and columns; undefined if not A1. */
export function parseA1Area(text: string): CellArea | undefined {
  const m =
    /^(?:.*!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const column = columnNumber(m[1]);
  const row = Number(m[2]);
  const lastColumn = m[3] ? columnNumber(m[3]) : column;
  const lastRow = m[4] ? Number(m[4]) : row;
  if (row < 1 || lastRow < row || lastColumn < column) return undefined;
  return {
    row,
    column,
    numRows: lastRow - row + 1,
    numColumns: lastColumn - column + 1,
  };
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// What an adapter hands the core: every tab as a plain 2-D array of cell values, in workbook order.

/** One cell as Sheets' getValues() or exceljs gives it; spreadsheet errors arrive as "#REF!" text. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

export interface TabGrid {
  readonly name: string;
  readonly grid: Grid;
  /**
   * 1-based numbers of the rows the clerk hid (Sheets' isRowHiddenByUser, the .xlsx row's
   * `hidden`), when the adapter knows them; rows hidden by a filter are not included.
   */
  readonly hiddenRows?: readonly number[];
  /**
   * [row, column] (1-based) of formula cells a file holds no result for: the grid shows them
   * empty. Only a file can have them (a workbook saved without calculating); Sheets computes.
   */
  readonly uncomputedFormulas?: readonly (readonly [number, number])[];
}

export interface WorkbookGrids {
  readonly tabs: readonly TabGrid[];
}

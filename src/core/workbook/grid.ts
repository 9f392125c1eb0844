// What an adapter hands the core: every tab as a plain 2-D array of cell values, in workbook order.

/** One cell as Sheets' getValues() or exceljs gives it; spreadsheet errors arrive as "#REF!" text. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

/** A formula cell without a result; `formula` is its text ("" for a shared formula's copy). */
export interface UncomputedFormula {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export interface TabGrid {
  readonly name: string;
  readonly grid: Grid;
  /**
   * 1-based numbers of the rows the clerk hid (Sheets' isRowHiddenByUser, the .xlsx row's
   * `hidden`), when the adapter knows them; rows hidden by a filter are not included.
   */
  readonly hiddenRows?: readonly number[];
  /**
   * Formula cells a file holds no result for: the grid shows them empty. Only a file can have
   * them (a workbook saved without calculating); Sheets always computes.
   */
  readonly uncomputedFormulas?: readonly UncomputedFormula[];
  /**
   * 1-based columns the clerk hid, when the adapter knows them. The core reads them as usual
   * (a column is a field, hidden to see better), unlike hidden rows.
   */
  readonly hiddenColumns?: readonly number[];
}

export interface WorkbookGrids {
  readonly tabs: readonly TabGrid[];
}

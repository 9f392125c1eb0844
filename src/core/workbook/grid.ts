// What an adapter hands the core: every tab as a plain 2-D array of cell values, in workbook order.

/** One cell as Sheets' getValues() or exceljs gives it; spreadsheet errors arrive as "#REF!" text. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

export interface TabGrid {
  readonly name: string;
  readonly grid: Grid;
}

export interface WorkbookGrids {
  readonly tabs: readonly TabGrid[];
}

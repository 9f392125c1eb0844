// Small workbooks for core tests: tabs built inline from a few rows, with the contract's headers.

import type {CellRef} from '../../src/core/workbook/cell-ref';
import {parseFigure} from '../../src/core/workbook/cell-text';
import type {
  CellValue,
  TabGrid,
  WorkbookGrids,
} from '../../src/core/workbook/grid';
import type {Figure} from '../../src/core/workbook/report-model';
import {
  DATA_COLUMNS,
  PART_TABS,
  SECTION_COLUMNS,
  SETTINGS_COLUMNS,
} from '../../src/core/workbook/schema';

/** 基本信息 with the header in row 1 and one key per row from row 2 (B2, B3, …). */
export function settingsTab(
  entries: readonly (readonly [string, CellValue])[],
): TabGrid {
  return {
    name: '基本信息',
    grid: [
      [...SETTINGS_COLUMNS],
      ...entries.map(([key, value]) => [key, value, '']),
    ],
  };
}

/** 数据 with the header in row 1; each row is 指标 · 数值 · 单位 (the other columns empty). */
export function dataTab(
  rows: readonly (readonly [CellValue, CellValue, CellValue?])[],
): TabGrid {
  return {
    name: '数据',
    grid: [
      [...DATA_COLUMNS],
      ...rows.map(([name, value, unit]) => [
        name,
        value,
        unit ?? '',
        '',
        '',
        '',
        '',
        '',
      ]),
    ],
  };
}

/** A section tab with the header in row 1; each row is 层级 · 标题 · 正文. */
export function sectionTab(
  name: string,
  rows: readonly (readonly [CellValue, CellValue, CellValue])[],
): TabGrid {
  return {
    name,
    grid: [[...SECTION_COLUMNS], ...rows.map(r => [...r, '', '', ''])],
  };
}

/** The settings every complete workbook needs. */
export const BASIC_SETTINGS: readonly (readonly [string, CellValue])[] = [
  ['单位名称', '古荡街道'],
  ['报告年度', 2024],
];

/**
 * A complete workbook: 基本信息, 数据, then the five part tabs; `parts` replaces the rows of the
 * part tabs by index (0 = 一、举措成效), other parts get one 段落.
 */
export function workbook(options: {
  readonly settings?: readonly (readonly [string, CellValue])[];
  readonly figures?: readonly (readonly [CellValue, CellValue, CellValue?])[];
  readonly parts?: Readonly<
    Record<number, readonly (readonly [CellValue, CellValue, CellValue])[]>
  >;
}): WorkbookGrids {
  return {
    tabs: [
      settingsTab(options.settings ?? BASIC_SETTINGS),
      dataTab(options.figures ?? []),
      ...PART_TABS.map((name, i) =>
        sectionTab(
          name,
          options.parts?.[i] ?? [['段落', '', `${name}的内容。`]],
        ),
      ),
    ],
  };
}

/** A figure as read from 数据 row `row` (指标 in A, 数值 in B). */
export function figureAt(
  row: number,
  name: string,
  value: CellValue,
  unit = '',
): Figure {
  const parsed = parseFigure(value);
  const at = (column: number): CellRef => ({tab: '数据', row, column});
  return {
    name,
    nameCell: at(1),
    value: parsed,
    valueCell: at(2),
    unit,
    isRate: unit === '%' || (parsed.kind === 'number' && parsed.percent),
    source: '',
    office: '',
  };
}

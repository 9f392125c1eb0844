// The workbook as the core understands it: settings, figures and section rows, each value
// remembering the cell it came from.

import type {CellRef} from './cell-ref';
import type {ParsedFigure} from './cell-text';
import type {HeadingPlacement, ItemNumbering, ItemStyle, Level} from './schema';

export interface Located<T> {
  readonly value: T;
  readonly cell: CellRef;
}

export interface ReportSettings {
  readonly unitName?: Located<string>;
  readonly year?: Located<number>;
  readonly title?: Located<string>;
  readonly addressee?: Located<string>;
  readonly signOffUnit?: Located<string>;
  readonly signOffDate?: Located<Date>;
  readonly itemStyle: ItemStyle;
  readonly reviewers: readonly string[];
  readonly shareDomain?: Located<string>;
  readonly outputFolder?: Located<string>;
  /** Hour (0–23) of the daily automatic draft. */
  readonly autoDraftHour: number;
  /** 章标题 and 节标题: whether a heading with text runs on into it. */
  readonly chapterHeading: HeadingPlacement;
  readonly sectionHeading: HeadingPlacement;
  /** 三级编号方式. */
  readonly itemNumbering: ItemNumbering;
  /** 附件: attachment names, one per line of the cell. */
  readonly attachments?: Located<readonly string[]>;
  /** 报送 版头 and 版记 (GB/T 9704-2012 7.2, 7.4); printed only by the 报送 profile. */
  readonly submission: SubmissionSettings;
}

/** The settings only the 报送 version prints; each remembers its cell, or where it would go. */
export interface SubmissionSettings {
  /** 发文机关标志: one organ per line, as typed. */
  readonly issuerMark?: Located<string>;
  /** 发文字号, e.g. 古街〔2025〕3号, as typed. */
  readonly documentNumber?: Located<string>;
  /** 签发人: the names, in order. */
  readonly signers?: Located<readonly string[]>;
  readonly copyTo?: Located<string>;
  readonly printingOrgan?: Located<string>;
  readonly printingDate?: Located<Date>;
  /**
   * The 内容 cell of 发文机关标志, 发文字号 and 签发人 when they are empty: their row's, or the next free
   * row's when the key has no row, so a finding can name the cell to fill.
   */
  readonly blankCells: {
    readonly 发文机关标志?: CellRef;
    readonly 发文字号?: CellRef;
    readonly 签发人?: CellRef;
  };
}

/** One row of the 数据 tab. */
export interface Figure {
  readonly name: string;
  readonly nameCell: CellRef;
  readonly value: ParsedFigure;
  readonly valueCell: CellRef;
  readonly unit: string;
  /** A rate kept as a fraction (unit "%", or typed as "80.8%"). */
  readonly isRate: boolean;
  readonly partOf?: Located<string>;
  readonly notExceeding?: Located<string>;
  readonly target?: Located<string>;
  readonly source: string;
  readonly office: string;
  /**
   * 上年数值: last year's value, when the 数据 tab has the column (empty cells read as
   * kind 'empty'); undefined when the workbook has no such column.
   */
  readonly previous?: Located<ParsedFigure>;
}

/** One row of a section tab. */
export interface SectionRow {
  readonly level: Level;
  readonly levelCell: CellRef;
  readonly title: string;
  readonly titleCell: CellRef;
  readonly text: string;
  readonly textCell: CellRef;
  readonly office: string;
  readonly status: string;
  readonly statusCell: CellRef;
  /** 上年正文, written by carry-over: last year's 正文 of this row; undefined without the column. */
  readonly previousText?: string;
}

export interface SectionTab {
  readonly name: string;
  /** 0 for 导语, 1–5 for the five parts. */
  readonly part: number;
  readonly rows: readonly SectionRow[];
}

export interface ReportModel {
  readonly settings: ReportSettings;
  readonly figures: readonly Figure[];
  /** In workbook order. */
  readonly sections: readonly SectionTab[];
  /** Every tab name in workbook order, for sorting findings. */
  readonly tabOrder: readonly string[];
}

// Who still owes what (issue 13): per 负责科室 the section rows it owns by 状态, its figures and
// the empty ones, and the findings in its rows; per part whether every row is 已完成.

import {buildFromReading} from '../build-report';
import type {Finding} from '../findings/finding';
import type {CellRef} from '../workbook/cell-ref';
import {normaliseKey} from '../workbook/cell-text';
import type {WorkbookGrids} from '../workbook/grid';
import {readWorkbook} from '../workbook/read-workbook';
import type {SectionRow} from '../workbook/report-model';
import {isStatusDone, SECTION_STATUSES, STATUS_DONE} from '../workbook/schema';

export interface StatusCount {
  /** A 状态 as the rows hold it (已审核 read as 已完成); "" for rows with none. */
  readonly status: string;
  readonly rows: number;
}

export interface OfficeProgress {
  /** The 负责科室 as typed; "" for rows and figures that name none. */
  readonly office: string;
  readonly rows: number;
  /** The 状态 of its rows: the dropdown's order first, then others as typed, then "". */
  readonly byStatus: readonly StatusCount[];
  readonly figures: number;
  /** Its figures whose 数值 is empty, at their 数值 cells. */
  readonly emptyFigures: readonly {
    readonly name: string;
    readonly cell: CellRef;
  }[];
  /** Findings at the cells of its rows and figures, in workbook order. */
  readonly findings: readonly Finding[];
  /** Every row 已完成, no empty figure, no error among its findings. */
  readonly complete: boolean;
}

export interface PartProgress {
  readonly tab: string;
  readonly rows: number;
  readonly done: number;
  readonly complete: boolean;
}

export interface ProgressReport {
  readonly offices: readonly OfficeProgress[];
  readonly parts: readonly PartProgress[];
  /** Findings at cells no office owns (基本信息, headers, …). */
  readonly otherFindings: readonly Finding[]; /** Every office and part complete and no error among the other findings. */
  readonly complete: boolean;
}

/** Reads `workbook` and sorts rows, figures and findings by the office that owns them. */
export function progressReport(workbook: WorkbookGrids): ProgressReport {
  const reading = readWorkbook(workbook);
  const {model} = reading;
  const findings = buildFromReading(reading).findings;
  const owner = new Map<string, string>();
  const key = (tab: string, row: number) => `${tab}\u0000${row}`;
  const offices = new Map<string, Tally>();
  const tally = (office: string) => {
    let t = offices.get(office);
    if (!t) {
      t = {rows: [], figures: 0, empty: [], findings: []};
      offices.set(office, t);
    }
    return t;
  };
  for (const row of model.sections.flatMap(s => s.rows)) {
    owner.set(key(row.levelCell.tab, row.levelCell.row), row.office);
    tally(row.office).rows.push(row);
  }
  for (const figure of model.figures) {
    owner.set(key(figure.nameCell.tab, figure.nameCell.row), figure.office);
    const t = tally(figure.office);
    t.figures += 1;
    if (figure.value.kind === 'empty')
      t.empty.push({name: figure.name, cell: figure.valueCell});
  }
  const otherFindings: Finding[] = [];
  for (const f of findings) {
    const office = owner.get(key(f.cell.tab, f.cell.row));
    if (office === undefined) otherFindings.push(f);
    else tally(office).findings.push(f);
  }
  const officeList = [...offices.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : 0))
    .map(([office, t]) => officeProgress(office, t));
  const parts = model.sections.map(s => {
    const done = s.rows.filter(r => isStatusDone(r.status)).length;
    return {
      tab: s.name,
      rows: s.rows.length,
      done,
      complete: done === s.rows.length,
    };
  });
  return {
    offices: officeList,
    parts,
    otherFindings,
    complete:
      officeList.every(o => o.complete) &&
      parts.every(p => p.complete) &&
      !otherFindings.some(f => f.severity === 'error'),
  };
}

interface Tally {
  readonly rows: SectionRow[];
  figures: number;
  readonly empty: {readonly name: string; readonly cell: CellRef}[];
  readonly findings: Finding[];
}

function officeProgress(office: string, t: Tally): OfficeProgress {
  const counts = new Map<string, number>();
  for (const row of t.rows) {
    const status = isStatusDone(row.status)
      ? STATUS_DONE
      : normaliseKey(row.status);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const order = (s: string) => {
    if (s === '') return SECTION_STATUSES.length + 1;
    const i = (SECTION_STATUSES as readonly string[]).indexOf(s);
    return i < 0 ? SECTION_STATUSES.length : i;
  };
  const byStatus = [...counts.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([status, rows]) => ({status, rows}));
  return {
    office,
    rows: t.rows.length,
    byStatus,
    figures: t.figures,
    emptyFigures: t.empty,
    findings: t.findings,
    complete:
      t.rows.every(r => isStatusDone(r.status)) &&
      t.empty.length === 0 &&
      !t.findings.some(f => f.severity === 'error'),
  };
}

// Reads the 数据 tab: one figure per row (指标 · 数值 · 单位 · 合计于 · 不超过 · 目标 · …).
// Names must be unique; values are parsed but judged only where the text uses them.

import {formatCellRef} from './cell-ref';
import {cellText, parseFigure} from './cell-text';
import type {TabGrid} from './grid';
import type {Figure, Located} from './report-model';
import {
  COUNT_UNITS,
  DATA_COLUMNS,
  PERCENT_UNIT,
  type DataColumn,
} from './schema';
import {readTable, type TableRow} from './tab-table';
import {finding, type Finding} from '../findings/finding';

export interface FiguresReading {
  readonly figures: readonly Figure[];
  readonly findings: readonly Finding[];
}

export function readFigures(tab: TabGrid): FiguresReading {
  const table = readTable(tab, DATA_COLUMNS, ['数值']);
  const findings: Finding[] = [...table.findings];
  const figures: Figure[] = [];
  const byName = new Map<string, Figure>();
  for (const row of table.rows) {
    const name = cellText(row.value('指标'));
    const value = parseFigure(row.value('数值'));
    if (name === '') {
      if (value.kind !== 'empty') {
        findings.push(
          finding('figure-name-missing', row.cell('指标'), {
            value: cellText(row.value('数值')),
          }),
        );
      }
      continue;
    }
    const unit = cellText(row.value('单位'));
    const figure: Figure = {
      name,
      nameCell: row.cell('指标'),
      value,
      valueCell: row.cell('数值'),
      unit,
      isRate:
        unit === PERCENT_UNIT || (value.kind === 'number' && value.percent),
      partOf: located(row, '合计于'),
      notExceeding: located(row, '不超过'),
      target: located(row, '目标'),
      source: cellText(row.value('来源说明')),
      office: cellText(row.value('负责科室')),
    };
    const first = byName.get(name);
    if (first) {
      findings.push(
        finding('figure-name-duplicate', figure.nameCell, {
          name,
          first: formatCellRef(first.nameCell),
        }),
      );
      continue;
    }
    if (
      value.kind === 'number' &&
      !Number.isInteger(value.value) &&
      (COUNT_UNITS as readonly string[]).includes(unit)
    ) {
      findings.push(
        finding('figure-not-whole', figure.valueCell, {
          name,
          value: cellText(row.value('数值')),
        }),
      );
    }
    if (value.kind === 'error') {
      findings.push(
        finding('figure-spreadsheet-error', figure.valueCell, {
          name,
          value: value.text,
        }),
      );
    }
    if (value.kind === 'invalid') {
      findings.push(
        finding('figure-not-number', figure.valueCell, {
          name,
          value: value.text,
        }),
      );
    }
    byName.set(name, figure);
    figures.push(figure);
  }
  return {figures, findings};
}

function located(
  row: TableRow,
  header: DataColumn,
): Located<string> | undefined {
  const text = cellText(row.value(header));
  return text === '' ? undefined : {value: text, cell: row.cell(header)};
}

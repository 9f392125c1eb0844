// Reads the 数据 tab: one figure per row (指标 · 数值 · 单位 · 合计于 · 不超过 · 目标 · …).
// Names must be unique; values are parsed but judged only where the text uses them.

import {findInvisible} from '../cells/invisible-characters';
import {formatCellRef} from './cell-ref';
import {cellText, parseFigure} from './cell-text';
import type {TabGrid} from './grid';
import type {Figure, Located} from './report-model';
import {
  COUNT_UNITS,
  PERCENT_UNIT,
  PREVIOUS_VALUE_COLUMN,
  READ_DATA_COLUMNS,
  type DataColumn,
} from './schema';
import {readTable, type TableRow} from './tab-table';
import {finding, type Finding} from '../findings/finding';

export interface FiguresReading {
  readonly figures: readonly Figure[];
  readonly findings: readonly Finding[];
}

export function readFigures(tab: TabGrid): FiguresReading {
  const table = readTable(tab, READ_DATA_COLUMNS, [
    '数值',
    PREVIOUS_VALUE_COLUMN,
  ]);
  const hasPrevious = table.has(PREVIOUS_VALUE_COLUMN);
  const findings: Finding[] = [...table.findings];
  const figures: Figure[] = [];
  const byName = new Map<string, Figure>();
  for (const row of table.rows) {
    const name = visibleName(row, '指标', findings);
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
      partOf: locatedName(row, '合计于', findings),
      notExceeding: locatedName(row, '不超过', findings),
      target: located(row, '目标'),
      source: cellText(row.value('来源说明')),
      office: cellText(row.value('负责科室')),
      ...(hasPrevious
        ? {
            previous: {
              value: parseFigure(row.value(PREVIOUS_VALUE_COLUMN)),
              cell: row.cell(PREVIOUS_VALUE_COLUMN),
            },
          }
        : {}),
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
          unit,
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

/**
 * The text of a cell that names a figure, without characters that print as nothing; each such
 * cell gets a finding that says which characters and where.
 */
function visibleName(
  row: TableRow,
  header: '指标' | '合计于' | '不超过',
  findings: Finding[],
): string {
  const text = cellText(row.value(header));
  const invisible = findInvisible(text);
  if (!invisible) return text;
  const {clean, codes, after} = invisible;
  const name = cellText(clean);
  findings.push(
    finding('name-invisible-character', row.cell(header), {
      field: header,
      name,
      codes,
      after,
    }),
  );
  return name;
}

function locatedName(
  row: TableRow,
  header: '合计于' | '不超过',
  findings: Finding[],
): Located<string> | undefined {
  const name = visibleName(row, header, findings);
  return name === '' ? undefined : {value: name, cell: row.cell(header)};
}

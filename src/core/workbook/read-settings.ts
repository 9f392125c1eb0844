// Reads the 基本信息 tab (项目 · 内容 · 说明) into typed settings, with findings for required
// keys left empty, an implausible year, a bad date or an unknown numbering style.

import {cellText, normaliseKey, toHalfWidth} from './cell-text';
import type {CellRef} from './cell-ref';
import type {CellValue, TabGrid} from './grid';
import type {Located, ReportSettings} from './report-model';
import {
  ITEM_STYLES,
  SETTING_SPECS,
  type ItemStyle,
  type SettingKey,
} from './schema';
import {SETTINGS_COLUMNS} from './schema';
import {readTable} from './tab-table';
import {finding, type Finding} from '../findings/finding';
import {parseDateValue} from '../text/chinese-date';

export interface SettingsReading {
  readonly settings: ReportSettings;
  readonly findings: readonly Finding[];
}

interface RawSetting {
  readonly value: CellValue;
  readonly text: string;
  readonly cell: CellRef;
}

export function readSettings(tab: TabGrid): SettingsReading {
  const [keyHeader, valueHeader] = SETTINGS_COLUMNS;
  const table = readTable(tab, SETTINGS_COLUMNS);
  const findings: Finding[] = [...table.findings];
  const raw = new Map<string, RawSetting>();
  for (const row of table.rows) {
    const key = normaliseKey(row.value(keyHeader));
    if (key === '' || raw.has(key)) continue;
    const value = row.value(valueHeader);
    raw.set(key, {value, text: cellText(value), cell: row.cell(valueHeader)});
  }
  const lastRow = table.rows.reduce((max, r) => Math.max(max, r.row), 1);
  const textOf = (key: SettingKey): Located<string> | undefined => {
    const r = raw.get(key);
    return r && r.text !== '' ? {value: r.text, cell: r.cell} : undefined;
  };

  // A required key with no row at all is placed on the next free rows, one per key.
  let nextFreeRow = lastRow + 1;
  for (const spec of SETTING_SPECS.filter(s => s.required)) {
    if (textOf(spec.key)) continue;
    const cell = raw.get(spec.key)?.cell ?? {
      tab: tab.name,
      row: nextFreeRow++,
      column: table.columnOf(valueHeader),
    };
    findings.push(finding('setting-required', cell, {key: spec.key}));
  }

  const yearText = textOf('报告年度');
  let year: Located<number> | undefined;
  if (yearText) {
    const digits = toHalfWidth(yearText.value).replace(/年度?$/, '');
    const n = Number(digits);
    if (/^\d{4}$/.test(digits) && n >= 2000 && n <= 2100) {
      year = {value: n, cell: yearText.cell};
    } else {
      findings.push(
        finding('year-invalid', yearText.cell, {value: yearText.value}),
      );
    }
  }

  let signOffDate: Located<Date> | undefined;
  const dateRaw = raw.get('成文日期');
  if (dateRaw && dateRaw.text !== '') {
    const date = parseDateValue(dateRaw.value);
    if (date) signOffDate = {value: date, cell: dateRaw.cell};
    else {
      findings.push(
        finding('date-invalid', dateRaw.cell, {
          key: '成文日期',
          value: dateRaw.text,
        }),
      );
    }
  }

  let itemStyle: ItemStyle = '1.';
  const style = textOf('三级编号样式');
  if (style) {
    const normalised = toHalfWidth(style.value).replace(/．/g, '.');
    const known = ITEM_STYLES.find(s => s === normalised);
    if (known) itemStyle = known;
    else
      findings.push(
        finding('item-style-invalid', style.cell, {value: style.value}),
      );
  }

  const reviewers = (textOf('审阅人')?.value ?? '')
    .split(/[,，;；\s]+/)
    .filter(s => s !== '');

  const settings: ReportSettings = {
    unitName: textOf('单位名称'),
    year,
    title: textOf('报告标题'),
    addressee: textOf('主送机关'),
    signOffUnit: textOf('落款单位'),
    signOffDate,
    itemStyle,
    reviewers,
    shareDomain: textOf('共享限定域名'),
    outputFolder: textOf('输出文件夹'),
  };
  return {settings, findings};
}

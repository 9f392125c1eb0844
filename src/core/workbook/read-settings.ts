// Reads the 基本信息 tab (项目 · 内容 · 说明) into typed settings, with findings for required
// keys left empty, an implausible year, a bad date, an unknown numbering style or a bad 审阅人.

import {cellText, normaliseKey, splitLines, toHalfWidth} from './cell-text';
import type {CellRef} from './cell-ref';
import type {CellValue, TabGrid} from './grid';
import type {Located, ReportSettings} from './report-model';
import {
  HEADING_PLACEMENTS,
  ITEM_NUMBERINGS,
  ITEM_STYLES,
  SETTING_SPECS,
  type ItemStyle,
  type SettingKey,
} from './schema';
import {READ_SETTINGS_COLUMNS} from './schema';
import {readReviewers} from './reviewers';
import {readTable} from './tab-table';
import {finding, type Finding} from '../findings/finding';
import {parseDateValue} from './cell-date';
import {readSubmissionSettings} from './read-submission-settings';

/** Hour of the daily automatic draft when 自动生成时间 is empty. */
export const DEFAULT_AUTO_DRAFT_HOUR = 18;

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
  const [keyHeader, valueHeader] = READ_SETTINGS_COLUMNS;
  const table = readTable(tab, READ_SETTINGS_COLUMNS);
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

  /** A date setting when not empty; a value that is no date is a finding, and undefined. */
  const dateOf = (key: SettingKey): Located<Date> | undefined => {
    const r = raw.get(key);
    if (!r || r.text === '') return undefined;
    const date = parseDateValue(r.value);
    if (date) return {value: date, cell: r.cell};
    findings.push(finding('date-invalid', r.cell, {key, value: r.text}));
    return undefined;
  };
  const signOffDate = dateOf('成文日期');

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

  let autoDraftHour = DEFAULT_AUTO_DRAFT_HOUR;
  const hour = textOf('自动生成时间');
  if (hour) {
    const n = Number(
      toHalfWidth(hour.value).replace(/[点時时:：]00?$|[点時时]$/, ''),
    );
    if (Number.isInteger(n) && n >= 0 && n <= 23) autoDraftHour = n;
    else findings.push(finding('hour-invalid', hour.cell, {value: hour.value}));
  }

  /** One of a closed set of words; anything else is a finding and the default applies. */
  const choiceOf = <T>(
    key: SettingKey,
    choices: Readonly<Record<string, T>>,
    fallback: T,
  ): T => {
    const typed = textOf(key);
    if (!typed) return fallback;
    const words = Object.keys(choices);
    const word = words.find(w => w === normaliseKey(typed.value));
    if (word !== undefined) return choices[word];
    findings.push(
      finding('setting-choice-invalid', typed.cell, {
        key,
        value: typed.value,
        choices: words.join('”或“'),
      }),
    );
    return fallback;
  };

  const submission = readSubmissionSettings({
    textOf,
    dateOf,
    blankCellOf: key =>
      raw.get(key)?.cell ?? {
        tab: tab.name,
        row: nextFreeRow++,
        column: table.columnOf(valueHeader),
      },
    signOffDate,
    year,
  });
  findings.push(...submission.findings);

  const shareDomain = textOf('共享限定域名');
  const reviewers = readReviewers(textOf('审阅人'), shareDomain);
  findings.push(...reviewers.findings);

  const settings: ReportSettings = {
    unitName: textOf('单位名称'),
    year,
    title: textOf('报告标题'),
    addressee: textOf('主送机关'),
    signOffUnit: textOf('落款单位'),
    signOffDate,
    itemStyle,
    reviewers: reviewers.reviewers,
    shareDomain,
    outputFolder: textOf('输出文件夹'),
    autoDraftHour,
    chapterHeading: choiceOf('章标题', HEADING_PLACEMENTS, 'alone'),
    sectionHeading: choiceOf('节标题', HEADING_PLACEMENTS, 'alone'),
    itemNumbering: choiceOf('三级编号方式', ITEM_NUMBERINGS, 'per-section'),
    attachments: linesOf(textOf('附件')),
    submission: submission.submission,
  };
  return {settings, findings};
}

/** The lines of a cell that lists things one per line (附件); empty lines dropped. */
function linesOf(
  located: Located<string> | undefined,
): Located<string[]> | undefined {
  if (!located) return undefined;
  const lines = splitLines(located.value);
  return lines.length > 0 ? {value: lines, cell: located.cell} : undefined;
}

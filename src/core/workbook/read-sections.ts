// Reads one section tab (导语 or a part): rows of 层级 · 标题 · 正文 · 负责科室 · 状态 · 备注.

import {cellText, normaliseKey} from './cell-text';
import type {TabGrid} from './grid';
import type {SectionRow, SectionTab} from './report-model';
import {
  LEVELS,
  PREVIOUS_TEXT_COLUMN,
  READ_SECTION_COLUMNS,
  type Level,
} from './schema';
import {readTable} from './tab-table';
import {finding, type Finding} from '../findings/finding';

export interface SectionReading {
  readonly section: SectionTab;
  readonly findings: readonly Finding[];
}

/**
 * Reads the rows of a section tab. A row the clerk hid is left out, as a printed sheet leaves it
 * out, with a finding when it holds text, so nothing disappears unnoticed.
 */
export function readSection(tab: TabGrid, part: number): SectionReading {
  const table = readTable(tab, READ_SECTION_COLUMNS);
  const findings: Finding[] = [...table.findings];
  const rows: SectionRow[] = [];
  const hasPrevious = table.has(PREVIOUS_TEXT_COLUMN);
  const hidden = new Set(tab.hiddenRows ?? []);
  for (const row of table.rows) {
    const levelText = normaliseKey(row.value('层级'));
    const title = cellText(row.value('标题'));
    const text = cellText(row.value('正文'));
    if (levelText === '' && title === '' && text === '') continue;
    if (hidden.has(row.row)) {
      if (title !== '' || text !== '') {
        findings.push(
          finding('row-hidden', row.cell(title !== '' ? '标题' : '正文'), {
            row: excerpt(title !== '' ? title : text),
          }),
        );
      }
      continue;
    }
    const level = parseLevel(levelText, title, text);
    if (!level) {
      findings.push(
        finding('level-unknown', row.cell('层级'), {
          value: cellText(row.value('层级')),
        }),
      );
      continue;
    }
    if (title === '' && text === '') {
      findings.push(finding('row-without-text', row.cell('标题'), {level}));
      continue;
    }
    rows.push({
      level,
      levelCell: row.cell('层级'),
      title,
      titleCell: row.cell('标题'),
      text,
      textCell: row.cell('正文'),
      office: cellText(row.value('负责科室')),
      status: cellText(row.value('状态')),
      statusCell: row.cell('状态'),
      ...(hasPrevious
        ? {previousText: cellText(row.value(PREVIOUS_TEXT_COLUMN))}
        : {}),
    });
  }
  return {section: {name: tab.name, part, rows}, findings};
}

/** An empty 层级 with text means a plain paragraph, the sensible default. */
function parseLevel(
  text: string,
  title: string,
  body: string,
): Level | undefined {
  if (text === '') return title !== '' || body !== '' ? '段落' : undefined;
  return LEVELS.find(l => l === text);
}

const EXCERPT_CHARS = 16;

/** The start of a row's text, as findings name a row: "法治宣传教育…". */
export function excerpt(text: string): string {
  const chars = Array.from(text);
  return chars.length <= EXCERPT_CHARS
    ? text
    : `${chars.slice(0, EXCERPT_CHARS).join('')}…`;
}

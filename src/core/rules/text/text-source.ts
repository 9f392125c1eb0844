// The texts the text rules read: 报告标题, 主送机关 and 落款单位, and each section row's 标题 and
// 正文, as typed, with their cell and a masked copy in which placeholders, URLs and e-mail
// addresses are blanked out (same length, so positions match the typed text).

import type {CellRef} from '../../workbook/cell-ref';
import type {ReportModel} from '../../workbook/report-model';
import type {Level} from '../../workbook/schema';
import {maskedSpans} from './masked-spans';
import {isPlanHeading, opensChapter} from './plan-headings';

/** Stands for one character of a placeholder, URL or e-mail address in `masked`. */
export const MASK = '\ue000';

/** Where a text comes from: a setting, or the 标题 or 正文 of a section row. */
export type TextOrigin =
  | {
      readonly kind: 'setting';
      readonly key: '报告标题' | '主送机关' | '落款单位';
    }
  | {
      readonly kind: 'row';
      /** In the plan for the next year: under a 章 whose heading says so (isPlanHeading). */
      readonly plan: boolean;
      readonly level: Level;
      readonly field: '标题' | '正文';
      /** True when the row's number (if any) is printed right before this text. */
      readonly leads: boolean;
      /** The 正文 of a row carried over from last year and not rewritten (equal to 上年正文). */
      readonly carried?: boolean;
    };

export interface TextSource {
  readonly text: string;
  readonly masked: string;
  readonly cell: CellRef;
  readonly origin: TextOrigin;
}

/** What each kind of masked span cannot do without: a text holding none of them has none. */
const MASKED_SPAN_SIGNS = ['{{', '://', 'www.', '@'];

/** `text` with each placeholder, URL and e-mail address replaced by MASK characters. */
export function maskText(text: string): string {
  if (!MASKED_SPAN_SIGNS.some(sign => text.includes(sign))) return text;
  const spans = maskedSpans(text);
  if (spans.length === 0) return text;
  const pieces: string[] = [];
  let last = 0;
  for (const [start, end] of spans) {
    pieces.push(text.slice(last, start), MASK.repeat(end - start));
    last = end;
  }
  pieces.push(text.slice(last));
  return pieces.join('');
}

/** Every non-empty text of the model the text rules look at, in workbook order. */
export function textSources(model: ReportModel): TextSource[] {
  const sources: TextSource[] = [];
  const add = (text: string, cell: CellRef, origin: TextOrigin) => {
    if (text !== '') sources.push({text, masked: maskText(text), cell, origin});
  };
  const {title, addressee, signOffUnit} = model.settings;
  if (title) add(title.value, title.cell, {kind: 'setting', key: '报告标题'});
  if (addressee) {
    add(addressee.value, addressee.cell, {kind: 'setting', key: '主送机关'});
  }
  if (signOffUnit) {
    add(signOffUnit.value, signOffUnit.cell, {
      kind: 'setting',
      key: '落款单位',
    });
  }
  // The plan runs from a 章 headed as the plan to the next 章, across tabs, as printed.
  let plan = false;
  const year = model.settings.year?.value;
  for (const {rows} of model.sections) {
    for (const {
      level,
      title,
      titleCell,
      text,
      textCell,
      previousText,
    } of rows) {
      const heading = title || text;
      if (opensChapter(level, heading)) plan = isPlanHeading(heading, year);
      // Written out in full: an object spread here costs more than the rest of the loop.
      add(title, titleCell, {
        kind: 'row',
        plan,
        level,
        field: '标题',
        leads: true,
      });
      add(text, textCell, {
        kind: 'row',
        plan,
        level,
        field: '正文',
        leads: title === '',
        carried: previousText === text,
      });
    }
  }
  return sources;
}

// Who still owes rows when a report is generated: the 负责科室 of every row-unfinished finding,
// for the one line 生成报告 adds to its dialogs (a warning, never a block).

import type {Finding} from '../findings/finding';

export interface UnfinishedOffices {
  /** Each 负责科室 with unfinished rows, once, in workbook order, with how many rows. */
  readonly offices: readonly {readonly office: string; readonly rows: number}[];
  /** Unfinished rows that name no 负责科室. */
  readonly withoutOffice: number;
}

export function unfinishedOffices(
  findings: readonly Finding[],
): UnfinishedOffices {
  const counts = new Map<string, number>();
  let withoutOffice = 0;
  for (const f of findings) {
    if (f.code !== 'row-unfinished') continue;
    const office = f.params.office.trim();
    if (office === '') withoutOffice += 1;
    else counts.set(office, (counts.get(office) ?? 0) + 1);
  }
  return {
    offices: [...counts].map(([office, rows]) => ({office, rows})),
    withoutOffice,
  };
}

/**
 * The empty figures the text uses, by 负责科室 ("" for none), each name once, in workbook order:
 * who still has to fill in what when a build is refused.
 */
export function missingFiguresByOffice(
  findings: readonly Finding[],
): ReadonlyMap<string, readonly string[]> {
  const byOffice = new Map<string, string[]>();
  for (const f of findings) {
    if (f.code !== 'figure-empty') continue;
    const names = byOffice.get(f.params.office) ?? [];
    if (!names.includes(f.params.name)) names.push(f.params.name);
    byOffice.set(f.params.office, names);
  }
  return byOffice;
}

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

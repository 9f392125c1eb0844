import {carryOver} from '../../../src/core/carry-over/carry-over';
import {
  changedRuns,
  planCarryOver,
} from '../../../src/core/carry-over/carry-over-plan';
import {sampleWorkbookGrids} from '../../../src/core/sample/sample-workbook';
import type {CellValue, TabGrid} from '../../../src/core/workbook/grid';
import {TAB} from '../../../src/core/workbook/schema';
import {
  isReportInput,
  isScriptTab,
  schemaTabName,
  sectionPart,
} from '../../../src/core/workbook/tab-names';

function planned(sheetNames: readonly string[] = []) {
  const sample = sampleWorkbookGrids();
  const plan = planCarryOver(sample, sheetNames);
  if (plan.kind !== 'planned') throw new Error(`plan ${plan.kind}`);
  return {sample, plan};
}

/** `before` with the plan's runs applied. */
function applied(before: TabGrid, plan: ReturnType<typeof planned>['plan']) {
  const grid: CellValue[][] = before.grid.map(r => [...r]);
  for (const run of plan.runs.filter(w => w.tab === before.name))
    run.values.forEach((value, i) => {
      const r = run.row - 1 + i;
      while (grid.length <= r) grid.push([]);
      while (grid[r].length < run.column) grid[r].push(null);
      grid[r][run.column - 1] = value;
    });
  return grid;
}

const trimmed = (grid: readonly (readonly CellValue[])[]) =>
  grid.map(r => {
    const row = r.map(v => (v === '' || v === undefined ? null : v));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });

describe('planCarryOver', () => {
  it('copies every input tab of the sample under the finished year, and no record tab', () => {
    const {sample, plan} = planned();
    const inputs = sample.tabs.filter(t => isReportInput(t.name));
    expect(plan.finishedYear).toBe(2024);
    expect(plan.year).toBe(2025);
    expect(plan.copies.map(c => c.tab)).toEqual(inputs.map(t => t.name));
    expect(plan.copies.find(c => c.tab === TAB.data)?.name).toBe(
      '数据（2024年）',
    );
  });

  it('writes exactly the cells carryOver changes, so each tab becomes its carried grid', () => {
    const {sample, plan} = planned();
    const next = carryOver(sample);
    if (next.kind !== 'carried') throw new Error('refused');
    for (const tab of sample.tabs.filter(t => isReportInput(t.name))) {
      const carried = next.workbook.tabs.find(t => t.name === tab.name)!;
      expect(trimmed(applied(tab, plan))).toEqual(trimmed(carried.grid));
    }
    const data = plan.runs.filter(w => w.tab === TAB.data);
    // 指标 (column A) never changes; 数值 (B) is emptied; 上年数值 takes B's formats.
    expect(Math.min(...data.map(r => r.column))).toBe(2);
    const previous = data.filter(r => r.formatsLike !== undefined);
    expect(previous.length).toBeGreaterThan(0);
    expect(previous.every(r => r.formatsLike === 2 && r.column > 2)).toBe(true);
  });

  it('stops when a copy name is taken, naming only the taken ones', () => {
    const plan = planCarryOver(sampleWorkbookGrids(), [
      '其他',
      '数据（2024年）',
    ]);
    expect(plan).toEqual({kind: 'copies-exist', names: ['数据（2024年）']});
  });

  it('reads a finished year copy as neither input nor part, and without a finding', () => {
    for (const name of [
      '数据（2024年）',
      '一、加强党的领导（2024年）',
      '基本信息(2023年)',
    ]) {
      expect(isReportInput(name)).toBe(false);
      expect(sectionPart(name)).toBeUndefined();
      expect(schemaTabName(name)).toBeUndefined();
      expect(isScriptTab(name)).toBe(true);
    }
    expect(isReportInput('一、加强党的领导')).toBe(true);
  });
});

describe('changedRuns', () => {
  it('handles a tab of 150,000 rows (more rows than a spread call takes)', () => {
    const rows = 150_000;
    const before: TabGrid = {
      name: '一、举措成效',
      grid: Array.from({length: rows}, (_, i) => ['段落', `第${i}行`]),
    };
    const after: TabGrid = {
      ...before,
      grid: before.grid.map((r, i) => (i === rows - 1 ? [...r, '待更新'] : r)),
    };
    expect(changedRuns(before, after)).toEqual([
      {tab: '一、举措成效', row: rows, column: 3, values: ['待更新']},
    ]);
  });
});

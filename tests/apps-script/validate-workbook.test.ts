// 校验全部, 校验当前工作表, 清除校验标记 and the sidebar's cell selection, against the fakes.

import {clearValidationMarks} from '../../src/apps-script/actions/clear-marks';
import {selectCell} from '../../src/apps-script/actions/select-cell';
import {validateWorkbook} from '../../src/apps-script/actions/validate-workbook';
import {MARK_PREFIX} from '../../src/apps-script/ui/ui-text-marks';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';

/** The sample with two mistakes: a figure that is not a number and an empty bracket. */
function brokenSample(): FakeEnvironment {
  const env = createFakeServices({tabs: sampleTabSeeds()});
  env.spreadsheet.sheet('数据').seed([['很多']], 17, 2);
  env.spreadsheet.sheet('导语').seed([['各项工作【】扎实推进。']], 2, 3);
  return env;
}

function noteAt(
  env: FakeEnvironment,
  tab: string,
  row: number,
  column: number,
): string {
  return env.spreadsheet.sheet(tab).cellAt(row, column).note ?? '';
}

describe('validateWorkbook', () => {
  it('marks each cell with a finding and lists every finding in the sidebar', () => {
    const env = brokenSample();
    const result = validateWorkbook(env.services, {kind: 'all'});
    expect(
      result.findings.some(f => f.cell.tab === '数据' && f.cell.row === 17),
    ).toBe(true);
    expect(noteAt(env, '数据', 17, 2).startsWith(MARK_PREFIX)).toBe(true);
    expect(env.spreadsheet.sheet('数据').cellAt(17, 2).background).toBe(
      '#f4cccc',
    );
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0].content).toContain('B17');
    expect(env.ui.sidebars[0].title).toBe('工作簿检查结果');
  });

  it('checks the active sheet only when asked, marking nothing elsewhere', () => {
    const env = brokenSample();
    env.spreadsheet.activate('导语');
    const result = validateWorkbook(env.services, {kind: 'active-sheet'});
    expect(new Set(result.findings.map(f => f.cell.tab))).toEqual(
      new Set(['导语']),
    );
    expect(noteAt(env, '数据', 17, 2)).toBe('');
  });

  it('removes exactly its marks and restores the clerk’s notes and colours', () => {
    const env = brokenSample();
    const data = env.spreadsheet.sheet('数据');
    data
      .getRange(17, 2, 1, 1)
      .setNote('数字待科室确认')
      .setBackground('#00ff00');
    data.getRange(3, 1, 1, 1).setNote('自己的批注');
    data.getRange(4, 3, 1, 1).setBackground('#ffff00');
    const before = env.spreadsheet.snapshot();
    validateWorkbook(env.services, {kind: 'all'});
    expect(noteAt(env, '数据', 17, 2)).toContain('数字待科室确认');
    expect(clearValidationMarks(env.services)).toBeGreaterThanOrEqual(2);
    expect(env.spreadsheet.snapshot()).toEqual(before);
  });

  it('re-validating after a fix takes the mark off the fixed cell', () => {
    const env = brokenSample();
    validateWorkbook(env.services, {kind: 'all'});
    env.spreadsheet.sheet('数据').seed([[461]], 17, 2);
    validateWorkbook(env.services, {kind: 'all'});
    expect(noteAt(env, '数据', 17, 2)).toBe('');
  });
});

describe('selectCell', () => {
  it('selects the finding’s cell on its sheet', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    selectCell(env.services, '数据', 'B7');
    expect(env.spreadsheet.sheet('数据').activeRange).toEqual([7, 2, 1, 1]);
  });

  it('says in Chinese when the tab is gone', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    expect(() => selectCell(env.services, '旧表', 'B7')).toThrow(
      expect.objectContaining({code: 'cell-not-found'}),
    );
  });
});

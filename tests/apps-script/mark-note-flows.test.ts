// Words a clerk adds to a 【校验】 note survive 校验全部, onEdit and 清除校验标记 (against the fakes).

import {clearValidationMarks} from '../../src/apps-script/actions/clear-marks';
import {checkEdit} from '../../src/apps-script/actions/on-edit';
import {validateWorkbook} from '../../src/apps-script/actions/validate-workbook';
import {MARK_PREFIX} from '../../src/apps-script/ui/ui-text-marks';
import {createFakeServices} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';

const WORDS = '已电话核实，张科长';

/** The sample with 数据!B17 written as words, marked by 校验全部, then annotated by a clerk. */
function annotatedMark() {
  const env = createFakeServices({tabs: sampleTabSeeds()});
  const data = env.spreadsheet.sheet('数据');
  data.seed([['很多']], 17, 2);
  data.getRange(17, 2, 1, 1).setNote('来源：统计表').setBackground('#00ff00');
  validateWorkbook(env.services, {kind: 'all'});
  const marked = data.cellAt(17, 2).note ?? '';
  const [first, ...rest] = marked.split('\n');
  // The clerk types a line above, words after the first mark line, and a line at the end.
  const edited = ['前言', `${first}（${WORDS}）`, ...rest, '结尾'].join('\n');
  data.getRange(17, 2, 1, 1).setNote(edited);
  return {env, data, edited};
}

describe('a clerk’s words in a mark note', () => {
  it('survive 校验全部 again, onEdit and 清除校验标记, and the clerk’s fill comes back', () => {
    const {env, data} = annotatedMark();
    validateWorkbook(env.services, {kind: 'all'});
    expect(data.cellAt(17, 2).note).toContain(WORDS);
    data.seed([['仍然很多']], 17, 2);
    checkEdit({range: data.getRange(17, 2, 1, 1)});
    const afterEdit = data.cellAt(17, 2).note ?? '';
    expect(afterEdit).toContain(WORDS);
    expect(afterEdit.split('\n')[1].startsWith(MARK_PREFIX)).toBe(true);
    expect(clearValidationMarks(env.services)).toBeGreaterThanOrEqual(1);
    const cell = data.cellAt(17, 2);
    expect(cell.note?.split('\n')).toEqual([
      '前言',
      `（${WORDS}）`,
      '来源：统计表',
      '结尾',
    ]);
    expect(cell.background).toBe('#00ff00');
  });

  it('stay when onEdit takes the mark off a fixed cell', () => {
    const {data} = annotatedMark();
    data.seed([[746]], 17, 2);
    checkEdit({range: data.getRange(17, 2, 1, 1)});
    const note = data.cellAt(17, 2).note ?? '';
    expect(note).toContain(WORDS);
    expect(note).toContain('来源：统计表');
    expect(note).not.toContain(MARK_PREFIX);
  });

  it('are not counted as a mark once the script’s lines are gone', () => {
    const {env} = annotatedMark();
    clearValidationMarks(env.services);
    expect(clearValidationMarks(env.services)).toBe(0);
  });
});

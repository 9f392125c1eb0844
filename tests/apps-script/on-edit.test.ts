// The onEdit check: only the edited cells, marked or unmarked at once, with few calls.

import {checkEdit} from '../../src/apps-script/actions/on-edit';
import {MARK_PREFIX} from '../../src/apps-script/ui/ui-text-marks';
import {createFakeServices} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';

function edited(row: number, column: number, value: unknown) {
  const env = createFakeServices({tabs: sampleTabSeeds()});
  const sheet = env.spreadsheet.sheet('数据');
  sheet.seed([[value]], row, column);
  env.calls.reset();
  const marked = checkEdit({range: sheet.getRange(row, column, 1, 1)});
  return {env, sheet, marked};
}

describe('checkEdit', () => {
  it('marks a figure typed as words at once', () => {
    const {sheet, marked} = edited(17, 2, '很多');
    expect(marked).toBe(1);
    expect(sheet.cellAt(17, 2).note?.startsWith(MARK_PREFIX)).toBe(true);
  });

  it('takes the mark off when the clerk fixes the cell', () => {
    const {env, sheet} = edited(17, 2, '很多');
    sheet.seed([[746]], 17, 2);
    checkEdit({range: sheet.getRange(17, 2, 1, 1)});
    expect(sheet.cellAt(17, 2).note).toBeUndefined();
    void env;
  });

  it('marks the reference’s empty bracket as soon as it is typed into a part', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    const part = env.spreadsheet.sheet('一、举措成效');
    part.seed([['面向街社两级干【】部开展讲座培训。']], 6, 3);
    expect(checkEdit({range: part.getRange(6, 3, 1, 1)})).toBe(1);
    expect(part.cellAt(6, 3).note).toContain('【】');
  });

  it('ignores edits on tabs it does not check', () => {
    const env = createFakeServices({
      tabs: [...sampleTabSeeds(), {name: '草稿纸', rows: [['x']]}],
    });
    const range = env.spreadsheet.sheet('草稿纸').getRange(1, 1, 1, 1);
    expect(checkEdit({range})).toBe(-1);
  });

  it('reads only the edited tab and writes only the edited cell', () => {
    const {env} = edited(17, 2, '很多');
    const sequence = env.calls.sequence();
    expect(sequence).not.toContain('Spreadsheet.getSheets');
    expect(sequence).not.toContain('Spreadsheet.getSheetByName');
    expect(env.calls.count('Range.setValues')).toBe(0);
    const writes = sequence.filter(
      c => c === 'Range.setNotes' || c === 'Range.setBackgrounds',
    );
    expect(writes).toEqual(['Range.setNotes', 'Range.setBackgrounds']);
  });
});

// Marks keep the clerk's own note and colour inside them, so clearing restores exactly.

import {finding} from '../../src/core/findings/finding';
import {cellRef} from '../../src/core/workbook/cell-ref';
import {
  clerkLook,
  markedLook,
  remarkArea,
} from '../../src/apps-script/sheets/validation-marks';
import {MARK_PREFIX} from '../../src/apps-script/ui/ui-text-marks';

const error = finding('figure-not-number', cellRef('数据', 2, 2), {
  name: '立案数',
  value: '很多',
});
const hint = finding('rate-out-of-range', cellRef('数据', 2, 2), {
  name: '持证率',
  value: '120%',
  side: 'above',
});

describe('validation marks', () => {
  it('writes each finding as a line of the note and colours the cell by the worst severity', () => {
    const look = markedLook({note: '', background: null}, [hint, error]);
    const lines = look.note.split('\n');
    expect(lines[0].startsWith(`${MARK_PREFIX}错误：`)).toBe(true);
    expect(lines[1].startsWith(`${MARK_PREFIX}警告：`)).toBe(true);
    expect(look.background).toBe('#f4cccc');
  });

  it('gives back the clerk’s own note and colour from a marked cell', () => {
    const own = {note: '请核对来源\n第二行', background: '#00ff00'};
    const look = markedLook(own, [error]);
    expect(clerkLook(look.note, look.background!)).toEqual(own);
  });

  it('reads an unmarked cell as the clerk’s own, with white as no fill', () => {
    expect(clerkLook('自己的批注', '#ffffff')).toEqual({
      note: '自己的批注',
      background: null,
    });
  });

  it('re-marks an area: old marks go, new ones come, untouched cells are not in the changed block', () => {
    const old = markedLook({note: '', background: null}, [error]);
    const area = remarkArea(
      [
        ['', old.note, ''],
        ['', '', '批注'],
      ],
      [
        ['#ffffff', old.background!, '#ffffff'],
        ['#ffffff', '#ffffff', '#ffff00'],
      ],
      (r, c) => (r === 1 && c === 0 ? [error] : []),
    );
    expect(area.notes[0][1]).toBe('');
    expect(area.backgrounds[0][1]).toBeNull();
    expect(area.notes[1][0].startsWith(MARK_PREFIX)).toBe(true);
    expect(area.notes[1][2]).toBe('批注');
    expect(area.backgrounds[1][2]).toBe('#ffff00');
    expect(area.changed).toEqual({top: 0, left: 0, bottom: 1, right: 1});
    expect([area.marked, area.cleared]).toEqual([1, 1]);
  });

  it('reports no change when the marks are already right', () => {
    const marked = markedLook({note: '', background: null}, [error]);
    const area = remarkArea([[marked.note]], [[marked.background!]], () => [
      error,
    ]);
    expect(area.changed).toBeUndefined();
  });
});

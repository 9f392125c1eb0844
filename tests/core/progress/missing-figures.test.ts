import {finding} from '../../../src/core/findings/finding';
import {missingFiguresByOffice} from '../../../src/core/progress/unfinished-offices';
import {cellRef} from '../../../src/core/workbook/cell-ref';

describe('missingFiguresByOffice', () => {
  it('groups the empty figures by 负责科室, each name once, leaving other findings out', () => {
    const at = (row: number) => cellRef('一、举措成效', row, 3);
    const byOffice = missingFiguresByOffice([
      finding('figure-empty', at(2), {name: '立案数', office: '执法队'}),
      finding('figure-empty', at(3), {name: '调解数', office: '司法所'}),
      finding('figure-empty', at(4), {name: '立案数', office: '执法队'}),
      finding('figure-empty', at(5), {name: '结案数', office: ''}),
      finding('row-without-text', at(6), {level: '条'}),
    ]);
    expect([...byOffice]).toEqual([
      ['执法队', ['立案数']],
      ['司法所', ['调解数']],
      ['', ['结案数']],
    ]);
  });
});

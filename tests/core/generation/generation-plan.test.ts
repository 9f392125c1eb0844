// A generation's decisions that are not about Google: skip when unchanged, the folder's name.

import {outputFolderName, readSettings, skipUnchanged} from '../../../src/core';

describe('generation plan', () => {
  it('skips only a scheduled run whose data did not change since the last version', () => {
    expect(skipUnchanged(true, 'abc', 'abc')).toBe(true);
    expect(skipUnchanged(true, 'abc', 'abd')).toBe(false);
    expect(skipUnchanged(true, undefined, 'abc')).toBe(false);
    expect(skipUnchanged(false, 'abc', 'abc')).toBe(false);
  });

  it('names the output folder after 输出文件夹, else after the unit', () => {
    const settings = (rows: string[][]) =>
      readSettings({name: '基本信息', grid: [['项目', '内容'], ...rows]})
        .settings;
    expect(outputFolderName(settings([['单位名称', '古荡街道']]))).toBe(
      '古荡街道法治政府建设年度报告',
    );
    expect(
      outputFolderName(
        settings([
          ['单位名称', '古荡街道'],
          ['输出文件夹', '报告'],
        ]),
      ),
    ).toBe('报告');
  });
});

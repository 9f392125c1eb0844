// The built dist/Code.js in node:vm with the fakes: 开始下一年度 and 填报进度 called by name,
// as the menu calls them.

import {bundleLoader, callEntry} from '../helpers/apps-script-vm';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';

const load = bundleLoader();

function run(env: FakeEnvironment, name: string): void {
  callEntry(load(env), name);
}

describe('开始下一年度 and 填报进度 in the bundle', () => {
  it('startNextYear asks, keeps the copies, carries over and says what it did', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    env.ui.answerNext(env.ui.Button.YES, env.ui.Button.OK);
    run(env, 'startNextYear');
    expect(env.ui.alerts.map(a => a.title)).toEqual([
      '开始下一年度',
      '开始下一年度',
    ]);
    expect(env.ui.alerts[1].prompt).toContain('已开始 2025 年度');
    expect(env.spreadsheet.sheetNames()).toContain('数据（2024年）');
    expect(env.console.errors).toEqual([]);
  });

  it('startNextYear on "no" says nothing changed and changes nothing', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    const before = env.spreadsheet.snapshot();
    env.ui.answerNext(env.ui.Button.NO, env.ui.Button.OK);
    run(env, 'startNextYear');
    expect(env.ui.alerts[1].prompt).toBe('已取消，工作簿没有改动。');
    expect(env.spreadsheet.snapshot()).toEqual(before);
  });

  it('showFillingProgress opens the 填报进度 sidebar', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    run(env, 'showFillingProgress');
    expect(env.ui.sidebars.map(s => s.title)).toEqual(['填报进度']);
    expect(env.ui.sidebars[0].content).toContain('data-office="党政办"');
  });
});

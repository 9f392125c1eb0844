import {cellRef} from '../../../src/core/cells/cell-ref';
import {finding, type Finding} from '../../../src/core/findings/finding';
import {groupFindings} from '../../../src/core/findings/group-findings';

const unused = (row: number): Finding =>
  finding('figure-unused', cellRef('数据', row, 1), {name: `指标${row}`});
const unknown = (tab: string, row: number): Finding =>
  finding('placeholder-unknown', cellRef(tab, row, 3), {
    name: '案件数',
    suggestion: '',
  });
const notRead = (tab: string): Finding =>
  finding('tab-not-read', cellRef(tab, 1, 1), {tab});

describe('groupFindings', () => {
  it('groups by tab in order of first appearance, then errors, warnings and hints, keeping order within a group', () => {
    const findings = [
      unused(3),
      unknown('导语', 2),
      unknown('数据', 9),
      notRead('草稿'),
      unused(5),
      unknown('数据', 4),
    ];
    const groups = groupFindings(findings);
    expect(
      groups.map(t => ({
        tab: t.tab,
        count: t.count,
        groups: t.groups.map(g => [
          g.severity,
          g.findings.map(f => f.cell.row),
        ]),
      })),
    ).toEqual([
      {
        tab: '数据',
        count: 4,
        groups: [
          ['error', [9, 4]],
          ['info', [3, 5]],
        ],
      },
      {tab: '导语', count: 1, groups: [['error', [2]]]},
      {tab: '草稿', count: 1, groups: [['warning', [1]]]},
    ]);
  });

  it('gives no groups for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

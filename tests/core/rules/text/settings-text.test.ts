import {BASIC_SETTINGS} from '../../../helpers/workbook-grids';
import {codesAt, findingsOfText} from './text-findings';

describe('text rules on 报告标题, 主送机关 and 落款单位', () => {
  it('reports each setting at its own cell in 基本信息', () => {
    const findings = findingsOfText('正文。', {
      settings: [
        ...BASIC_SETTINGS,
        ['报告标题', '古荡街道2024年度法治政建设工作报告'],
        ['主送机关', '西湖区人民政府 办公室'],
        ['落款单位', '古荡街道（办事处'],
      ],
    });
    expect(codesAt(findings)).toEqual([
      '基本信息!B4 year-typed',
      '基本信息!B4 term-missing-character',
      '基本信息!B5 space-between-chinese',
      '基本信息!B6 bracket-unclosed',
    ]);
  });

  it('finds nothing in settings written correctly', () => {
    const findings = findingsOfText('正文。', {
      settings: [
        ...BASIC_SETTINGS,
        ['报告标题', '古荡街道{{年度}}年度法治政府建设工作报告'],
        ['主送机关', '西湖区人民政府：'],
        ['落款单位', '杭州市西湖区人民政府古荡街道办事处'],
      ],
    });
    expect(findings).toEqual([]);
  });
});

describe('joint titles and sign-offs (issue 8)', () => {
  it('accepts the space between two organs in 报告标题 and 落款单位', () => {
    const findings = findingsOfText('正文。', {
      settings: [
        ...BASIC_SETTINGS,
        [
          '报告标题',
          '中共青山县委  青山县人民政府关于{{年度}}年度法治政府建设情况的报告',
        ],
        ['落款单位', '中共青山县委\u3000青山县人民政府'],
      ],
    });
    expect(findings).toEqual([]);
  });

  it('accepts a joint sign-off of a township’s party committee and government', () => {
    const findings = findingsOfText('正文。', {
      settings: [
        ...BASIC_SETTINGS,
        ['落款单位', '中共云溪镇委员会 云溪镇人民政府'],
      ],
    });
    expect(findings).toEqual([]);
  });

  it('still flags a space inside one organ’s name in the title', () => {
    const findings = findingsOfText('正文。', {
      settings: [
        ...BASIC_SETTINGS,
        ['报告标题', '古荡街道{{年度}}年度法治 政府建设工作报告'],
      ],
    });
    expect(codesAt(findings)).toEqual(['基本信息!B4 space-between-chinese']);
  });

  it('still flags a space in section text between two organs, where 、 belongs', () => {
    const findings = findingsOfText(
      '中共青山县委 青山县人民政府联合印发实施意见。',
    );
    expect(codesAt(findings)).toEqual([
      '一、举措成效!C2 space-between-chinese',
    ]);
  });
});

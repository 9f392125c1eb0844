import {findingMessage} from '../../../../src/core/findings/messages';
import {structureFindings, where} from './structure-workbook';

describe('order of 层级', () => {
  it('flags 一、举措成效!A2 as an error when a 节 comes before any 章', () => {
    const findings = structureFindings({
      0: [
        ['节', '依法行政', ''],
        ['段落', '', '正文。'],
      ],
    });
    expect(where(findings)).toEqual([
      '一、举措成效!A2 level-section-before-chapter',
    ]);
    expect(findings[0].severity).toBe('error');
    expect(findingMessage(findings[0])).toContain('“依法行政”的层级是“节”');
  });

  it('reports only the first 节 before any 章', () => {
    const findings = structureFindings({
      0: [
        ['节', '依法行政', ''],
        ['节', '严格执法', ''],
        ['章', '主要举措', ''],
      ],
    });
    expect(where(findings)).toEqual([
      '一、举措成效!A2 level-section-before-chapter',
    ]);
  });

  it('flags a 节 in 导语, which comes before part one’s 章', () => {
    const findings = structureFindings({}, [['节', '总体情况', '']]);
    expect(where(findings)).toEqual(['导语!A2 level-section-before-chapter']);
  });

  it('accepts a 节 under a 章 of an earlier tab', () => {
    const findings = structureFindings({
      0: [['章', '主要举措', '']],
      1: [
        ['章', '存在不足', ''],
        ['节', '短板', ''],
      ],
    });
    expect(findings).toEqual([]);
  });

  it('warns at a 款 with no 条 above it in its 节', () => {
    const findings = structureFindings({
      0: [
        ['章', '主要举措', ''],
        ['节', '依法行政', ''],
        ['款', '', '一项工作。'],
        ['款', '', '又一项工作。'],
      ],
    });
    expect(where(findings)).toEqual([
      '一、举措成效!A4 level-clause-without-item',
    ]);
    expect(findings[0].severity).toBe('warning');
    expect(findingMessage(findings[0])).toContain('在所属的节内它上面没有“条”');
  });

  it('warns at a 款 directly under a 章', () => {
    const findings = structureFindings({
      0: [
        ['章', '主要举措', ''],
        ['款', '', '一项工作。'],
      ],
    });
    expect(findings[0].params).toEqual({row: '一项工作。', parent: '章'});
  });

  it('accepts a 款 below a 条 in the same 节', () => {
    const findings = structureFindings({
      0: [
        ['章', '主要举措', ''],
        ['节', '依法行政', ''],
        ['条', '制度建设', ''],
        ['段落', '', '正文。'],
        ['款', '', '一项工作。'],
      ],
    });
    expect(findings).toEqual([]);
  });

  it('does not let a 条 of the previous 节 cover a 款 in the next one', () => {
    const findings = structureFindings({
      0: [
        ['章', '主要举措', ''],
        ['节', '依法行政', ''],
        ['条', '制度建设', ''],
        ['节', '严格执法', ''],
        ['款', '', '一项工作。'],
      ],
    });
    expect(where(findings)).toEqual([
      '一、举措成效!A6 level-clause-without-item',
    ]);
  });

  it('accepts a 条 straight under a 章 with 节 siblings after it', () => {
    const findings = structureFindings({
      0: [
        ['章', '主要举措', ''],
        ['条', '', '总体情况。'],
        ['节', '依法行政', ''],
        ['条', '', '具体工作。'],
      ],
    });
    expect(findings).toEqual([]);
  });

  it('shortens a long row to its first 16 characters in the message', () => {
    const findings = structureFindings({
      0: [
        ['章', '主要举措', ''],
        ['款', '', '深入践行抓源促治强基固本专项行动建立专项工作日通报'],
      ],
    });
    expect(findings[0].params).toEqual({
      row: '深入践行抓源促治强基固本专项行动…',
      parent: '章',
    });
  });
});

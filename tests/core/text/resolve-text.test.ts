import {
  resolveText,
  type TextContext,
} from '../../../src/core/text/resolve-text';
import type {CellRef} from '../../../src/core/workbook/cell-ref';
import type {Figure} from '../../../src/core/workbook/report-model';
import {figureAt} from '../../helpers/workbook-grids';

const TEXT_CELL: CellRef = {tab: '一、举措成效', row: 5, column: 3};

function contextOf(figures: readonly Figure[]): TextContext {
  return {
    figures: new Map(figures.map(f => [f.name, f])),
    builtins: new Map([
      ['年度', '2024'],
      ['下年度', '2025'],
      ['单位名称', '古荡街道'],
    ]),
  };
}

const CONTEXT = contextOf([
  figureAt(2, '持证人数', 42, '人'),
  figureAt(3, '持证率', 0.808, '%'),
  figureAt(4, '调解金额', 4812345, '元'),
  figureAt(5, '培训场次', '30余', '场'),
  figureAt(6, '复议案件数', '', '件'),
  figureAt(7, '应诉案件数', '#REF!', '件'),
  figureAt(8, '听证次数', '若干', '次'),
  figureAt(9, '人均时长', 2.5, ''),
  figureAt(10, '结案率', '95%', ''),
]);

describe('resolveText', () => {
  it('rejects a format on a built-in such as {{年度|中文}} instead of ignoring it', () => {
    const r = resolveText('{{年度|中文}}年', TEXT_CELL, CONTEXT);
    expect(r.text).toBe('{{年度|中文}}年');
    expect(r.findings.map(f => [f.code, f.params])).toEqual([
      ['format-unknown', {name: '年度', format: '中文'}],
    ]);
  });

  it('returns text without placeholders unchanged and with no findings', () => {
    expect(resolveText('依法行政。', TEXT_CELL, CONTEXT)).toEqual({
      text: '依法行政。',
      findings: [],
      used: [],
    });
  });

  it('fills a count figure in Arabic digits', () => {
    const r = resolveText('累计{{持证人数}}人持证', TEXT_CELL, CONTEXT);
    expect(r.text).toBe('累计42人持证');
    expect(r.findings).toEqual([]);
  });

  it('writes a figure with unit % as a percentage by default', () => {
    expect(resolveText('持证率{{持证率}}', TEXT_CELL, CONTEXT).text).toBe(
      '持证率80.8%',
    );
  });

  it('writes a figure typed as "95%" as a percentage even without the unit %', () => {
    expect(resolveText('{{结案率}}', TEXT_CELL, CONTEXT).text).toBe('95%');
  });

  it('applies the format after the bar ({{调解金额|万}} → 481.23万)', () => {
    expect(resolveText('{{调解金额|万}}元', TEXT_CELL, CONTEXT).text).toBe(
      '481.23万元',
    );
  });

  it('applies a format typed after a full-width bar ({{调解金额｜万余}} → 480余万)', () => {
    expect(resolveText('{{调解金额｜万余}}元', TEXT_CELL, CONTEXT).text).toBe(
      '480余万元',
    );
  });

  it('fills the built-ins 年度, 下年度 and 单位名称', () => {
    const r = resolveText(
      '{{单位名称}}{{年度}}年，{{下年度}}年',
      TEXT_CELL,
      CONTEXT,
    );
    expect(r.text).toBe('古荡街道2024年，2025年');
    expect(r.findings).toEqual([]);
  });

  it('lists built-ins nowhere in used', () => {
    expect(resolveText('{{年度}}', TEXT_CELL, CONTEXT).used).toEqual([]);
  });

  it('prefers a figure over a built-in of the same name', () => {
    const context = contextOf([figureAt(2, '年度', 2023)]);
    const r = resolveText('{{年度}}', TEXT_CELL, context);
    expect(r.text).toBe('2023');
    expect(r.used).toEqual(['年度']);
  });

  it('lists the figures used, in order, repeats kept', () => {
    const r = resolveText(
      '{{持证人数}}、{{持证率}}、{{持证人数}}',
      TEXT_CELL,
      CONTEXT,
    );
    expect(r.used).toEqual(['持证人数', '持证率', '持证人数']);
  });

  it('flags an unknown placeholder at the text cell with the closest name as suggestion', () => {
    const r = resolveText('累计{{持证人}}人', TEXT_CELL, CONTEXT);
    expect(r.findings).toEqual([
      {
        code: 'placeholder-unknown',
        severity: 'error',
        cell: TEXT_CELL,
        params: {name: '持证人', suggestion: '持证人数'},
      },
    ]);
  });

  it('flags an unknown placeholder with an empty suggestion when nothing is close', () => {
    const r = resolveText('{{行政复议决定书}}', TEXT_CELL, CONTEXT);
    expect(r.findings[0].params).toEqual({
      name: '行政复议决定书',
      suggestion: '',
    });
  });

  it('leaves an unknown placeholder visible as typed, never "undefined"', () => {
    const r = resolveText('累计{{ 持证人 }}人', TEXT_CELL, CONTEXT);
    expect(r.text).toBe('累计{{ 持证人 }}人');
    expect(r.text).not.toContain('undefined');
    expect(r.used).toEqual([]);
  });

  it('flags 数据!B6 when a figure used in text is empty', () => {
    const r = resolveText('受理{{复议案件数}}件', TEXT_CELL, CONTEXT);
    expect(r.findings).toEqual([
      {
        code: 'figure-empty',
        severity: 'error',
        cell: {tab: '数据', row: 6, column: 2},
        params: {name: '复议案件数', office: ''},
      },
    ]);
    expect(r.text).toBe('受理{{复议案件数}}件');
  });

  it('flags 数据!B7 when a figure used in text shows the spreadsheet error #REF!', () => {
    const r = resolveText('{{应诉案件数}}', TEXT_CELL, CONTEXT);
    expect(r.findings).toEqual([
      {
        code: 'figure-spreadsheet-error',
        severity: 'error',
        cell: {tab: '数据', row: 7, column: 2},
        params: {name: '应诉案件数', value: '#REF!'},
      },
    ]);
    expect(r.text).toBe('{{应诉案件数}}');
  });

  it('flags 数据!B8 when a figure used in text is not a number', () => {
    const r = resolveText('{{听证次数}}', TEXT_CELL, CONTEXT);
    expect(r.findings).toEqual([
      {
        code: 'figure-not-number',
        severity: 'error',
        cell: {tab: '数据', row: 8, column: 2},
        params: {name: '听证次数', value: '若干'},
      },
    ]);
  });

  it('lists a figure as used even when its value is faulty', () => {
    expect(resolveText('{{复议案件数}}', TEXT_CELL, CONTEXT).used).toEqual([
      '复议案件数',
    ]);
  });

  it('writes an approximate figure "30余" as typed when no format is given', () => {
    const r = resolveText('开展培训{{培训场次}}场', TEXT_CELL, CONTEXT);
    expect(r.text).toBe('开展培训30余场');
    expect(r.findings).toEqual([]);
  });

  it('flags 数据!B5 when an approximate figure is given the format 万', () => {
    const r = resolveText('{{培训场次|万}}', TEXT_CELL, CONTEXT);
    expect(r.findings).toEqual([
      {
        code: 'figure-format-needs-number',
        severity: 'error',
        cell: {tab: '数据', row: 5, column: 2},
        params: {name: '培训场次', value: '30余', format: '万'},
      },
    ]);
    expect(r.text).toBe('{{培训场次|万}}');
  });

  it('flags an unknown format at the text cell and keeps the placeholder as typed', () => {
    const r = resolveText('{{持证人数|亿}}', TEXT_CELL, CONTEXT);
    expect(r.findings).toEqual([
      {
        code: 'format-unknown',
        severity: 'error',
        cell: TEXT_CELL,
        params: {name: '持证人数', format: '亿'},
      },
    ]);
    expect(r.text).toBe('{{持证人数|亿}}');
  });

  it('flags 数据!B9 when 中文 is asked of the fraction 2.5', () => {
    const r = resolveText('{{人均时长|中文}}', TEXT_CELL, CONTEXT);
    expect(r.findings).toEqual([
      {
        code: 'figure-format-not-applicable',
        severity: 'error',
        cell: {tab: '数据', row: 9, column: 2},
        params: {name: '人均时长', value: '2.5', format: '中文'},
      },
    ]);
    expect(r.text).toBe('{{人均时长|中文}}');
  });

  it('flags malformed braces at the text cell and keeps them in the text', () => {
    const r = resolveText('累计{{}}人', TEXT_CELL, CONTEXT);
    expect(r.text).toBe('累计{{}}人');
    expect(r.findings).toEqual([
      {
        code: 'placeholder-malformed',
        severity: 'error',
        cell: TEXT_CELL,
        params: {text: '{{}}'},
      },
    ]);
  });

  it('collects one finding per faulty placeholder in the same text', () => {
    const r = resolveText(
      '{{复议案件数}}{{持证人}}{{持证人数}}',
      TEXT_CELL,
      CONTEXT,
    );
    expect(r.findings.map(f => f.code)).toEqual([
      'figure-empty',
      'placeholder-unknown',
    ]);
    expect(r.text).toBe('{{复议案件数}}{{持证人}}42');
  });
});

describe('resolveText with characters that print as nothing', () => {
  it('reads {{持证​人数}} with a zero-width space as 持证人数 and says where the character is', () => {
    const r = resolveText('共{{持证\u200b人数}}人', TEXT_CELL, CONTEXT);
    expect(r.text).toBe('共42人');
    expect(r.used).toEqual(['持证人数']);
    expect(r.findings.map(f => [f.code, f.cell, f.params])).toEqual([
      [
        'name-invisible-character',
        TEXT_CELL,
        {field: '占位符', name: '持证人数', codes: ['U+200B'], after: '持证'},
      ],
    ]);
  });

  it('never suggests the identical-looking name: an unknown name is reported without its invisible characters', () => {
    const r = resolveText('{{\u2060持证人\u00ad}}', TEXT_CELL, CONTEXT);
    expect(r.findings.map(f => [f.code, f.params])).toEqual([
      [
        'name-invisible-character',
        {
          field: '占位符',
          name: '持证人',
          codes: ['U+2060', 'U+00AD'],
          after: '',
        },
      ],
      ['placeholder-unknown', {name: '持证人', suggestion: '持证人数'}],
    ]);
  });
});

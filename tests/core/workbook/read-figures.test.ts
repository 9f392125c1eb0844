import {readFigures} from '../../../src/core/workbook/read-figures';
import {DATA_COLUMNS} from '../../../src/core/workbook/schema';
import {dataTab} from '../../helpers/workbook-grids';

describe('readFigures', () => {
  it('flags a value that is not a number at its cell even when no text uses it', () => {
    const {findings} = readFigures(dataTab([['听证次数', '若干', '次']]));
    expect(
      findings.map(f => [f.code, f.cell.row, f.cell.column, f.params]),
    ).toEqual([['figure-not-number', 2, 2, {name: '听证次数', value: '若干'}]]);
  });

  it('reads one figure per row with its name cell, value cell and unit', () => {
    const {figures, findings} = readFigures(dataTab([['持证人数', 42, '人']]));
    expect(findings).toEqual([]);
    expect(figures).toEqual([
      {
        name: '持证人数',
        nameCell: {tab: '数据', row: 2, column: 1},
        value: {kind: 'number', value: 42, percent: false},
        valueCell: {tab: '数据', row: 2, column: 2},
        unit: '人',
        isRate: false,
        partOf: undefined,
        notExceeding: undefined,
        target: undefined,
        source: '',
        office: '',
        previous: {
          value: {kind: 'empty'},
          cell: {tab: '数据', row: 2, column: 9},
        },
      },
    ]);
  });

  it('reads 合计于, 不超过, 目标, 来源说明 and 负责科室', () => {
    const {figures} = readFigures({
      name: '数据',
      grid: [
        [...DATA_COLUMNS],
        ['执法人员数', 52, '人', '', '', '', '', ''],
        ['持证人数', 42, '人', '', '执法人员数', '', '人事台账', '党政办'],
        ['持证率', 0.808, '%', '', '', '≥85%', '', ''],
        ['简易程序', 3, '件', '案件总数', '', '', '', ''],
      ],
    });
    expect(figures[1].notExceeding).toEqual({
      value: '执法人员数',
      cell: {tab: '数据', row: 3, column: 5},
    });
    expect(figures[1].source).toBe('人事台账');
    expect(figures[1].office).toBe('党政办');
    expect(figures[2].target).toEqual({
      value: '≥85%',
      cell: {tab: '数据', row: 4, column: 6},
    });
    expect(figures[3].partOf).toEqual({
      value: '案件总数',
      cell: {tab: '数据', row: 5, column: 4},
    });
  });

  it('marks a figure with unit % as a rate', () => {
    const {figures} = readFigures(dataTab([['持证率', 0.808, '%']]));
    expect(figures[0].isRate).toBe(true);
  });

  it('marks a figure typed as "80.8%" as a rate without the unit %', () => {
    const {figures} = readFigures(dataTab([['持证率', '80.8%', '']]));
    expect(figures[0].isRate).toBe(true);
    expect(figures[0].value).toEqual({
      kind: 'number',
      value: 0.808,
      percent: true,
    });
  });

  it('does not mark a count as a rate', () => {
    const {figures} = readFigures(dataTab([['持证人数', 42, '人']]));
    expect(figures[0].isRate).toBe(false);
  });

  it('keeps faulty values as parsed, judging only a spreadsheet error at once', () => {
    const {figures, findings} = readFigures(
      dataTab([
        ['复议案件数', '', '件'],
        ['应诉案件数', '#REF!', '件'],
        ['培训场次', '30余', '场'],
      ]),
    );
    expect(findings.map(f => [f.code, f.cell, f.params])).toEqual([
      [
        'figure-spreadsheet-error',
        {tab: '数据', row: 3, column: 2},
        {name: '应诉案件数', value: '#REF!'},
      ],
    ]);
    expect(figures.map(f => f.value.kind)).toEqual([
      'empty',
      'error',
      'approximate',
    ]);
  });

  it('flags 数据!A3 as a duplicate of 数据!A2 and keeps the first figure', () => {
    const {figures, findings} = readFigures(
      dataTab([
        ['持证人数', 42, '人'],
        ['持证人数', 43, '人'],
      ]),
    );
    expect(findings).toEqual([
      {
        code: 'figure-name-duplicate',
        severity: 'error',
        cell: {tab: '数据', row: 3, column: 1},
        params: {name: '持证人数', first: '数据!A2'},
      },
    ]);
    expect(figures).toHaveLength(1);
    expect(figures[0].value).toEqual({
      kind: 'number',
      value: 42,
      percent: false,
    });
  });

  it('flags a duplicate name typed with surrounding spaces', () => {
    const {findings} = readFigures(
      dataTab([
        ['持证人数', 42, '人'],
        ['  持证人数\u3000', 43, '人'],
      ]),
    );
    expect(findings.map(f => f.code)).toEqual(['figure-name-duplicate']);
  });

  it('flags 数据!A2 when a value has no name', () => {
    const {figures, findings} = readFigures(dataTab([['', 42, '人']]));
    expect(findings).toEqual([
      {
        code: 'figure-name-missing',
        severity: 'error',
        cell: {tab: '数据', row: 2, column: 1},
        params: {value: '42'},
      },
    ]);
    expect(figures).toEqual([]);
  });

  it('skips a row with neither name nor value without a finding', () => {
    const {figures, findings} = readFigures(dataTab([['', '', '人']]));
    expect(figures).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('stops the report at 数据!B2 when a count in 人 holds 2.5: an error, not a warning', () => {
    const {figures, findings} = readFigures(dataTab([['持证人数', 2.5, '人']]));
    expect(findings).toEqual([
      {
        code: 'figure-not-whole',
        severity: 'error',
        cell: {tab: '数据', row: 2, column: 2},
        params: {name: '持证人数', value: '2.5', unit: '人'},
      },
    ]);
    expect(figures).toHaveLength(1);
  });

  it('allows fractions in money and in figures without a count unit', () => {
    const {findings} = readFigures(
      dataTab([
        ['调解金额', 1234.5, '元'],
        ['人均时长', 2.5, '小时'],
      ]),
    );
    expect(findings).toEqual([]);
  });

  it('asks only for 指标 and 数值: a 数据 tab without the other columns reads with no finding', () => {
    const {findings} = readFigures({name: '数据', grid: [['指标', '数值']]});
    expect(findings).toEqual([]);
  });

  it('passes on the column-missing finding of 数值 at the next free header cell', () => {
    const {findings} = readFigures({name: '数据', grid: [['指标', '单位']]});
    expect(findings.map(f => [f.code, f.params, f.cell.column])).toEqual([
      ['column-missing', {column: '数值'}, 3],
    ]);
  });
});

describe('readFigures with characters that print as nothing', () => {
  it('reads 持证​人数 with a zero-width space at 数据!A2 as 持证人数 and says which character and where', () => {
    const {figures, findings} = readFigures(
      dataTab([['持证\u200b人数', 42, '人']]),
    );
    expect(figures.map(f => f.name)).toEqual(['持证人数']);
    expect(findings).toEqual([
      {
        code: 'name-invisible-character',
        severity: 'warning',
        cell: {tab: '数据', row: 2, column: 1},
        params: {
          field: '指标',
          name: '持证人数',
          codes: ['U+200B'],
          after: '持证',
        },
      },
    ]);
  });

  it('reads a 合计于 name with a direction mark inside at its own cell (a leading byte order mark is trimmed like a space)', () => {
    const tab = dataTab([
      ['纠纷总数', 3, '件'],
      ['婚姻纠纷数', 3, '件'],
    ]);
    const grid = tab.grid.map(r => [...r]);
    grid[2][3] = '\ufeff纠纷\u202a总数';
    const {figures, findings} = readFigures({...tab, grid});
    expect(figures[1].partOf?.value).toBe('纠纷总数');
    expect(findings.map(f => [f.code, f.cell, f.params])).toEqual([
      [
        'name-invisible-character',
        {tab: '数据', row: 3, column: 4},
        {field: '合计于', name: '纠纷总数', codes: ['U+202A'], after: '纠纷'},
      ],
    ]);
  });

  it('stops the report when a count in 件 holds 17.5', () => {
    const {findings} = readFigures(dataTab([['受理案件数', '17.5', '件']]));
    expect(findings.map(f => [f.code, f.severity, f.params])).toEqual([
      [
        'figure-not-whole',
        'error',
        {name: '受理案件数', value: '17.5', unit: '件'},
      ],
    ]);
  });
});

import {readXlsxBuffer} from '../../src/node/xlsx-read';
import {writeGridsXlsx} from '../../src/node/xlsx-write-grids';
import {cellXml, sheetXml} from './xlsx-parts';

describe('writeGridsXlsx', () => {
  const tabs = [
    {
      name: '基本信息',
      grid: [
        ['项目', '内容', '说明'],
        ['报告年度', 2025, ''],
        ['成文日期', new Date(2026, 1, 5), ''],
      ],
    },
    {
      name: '数据',
      grid: [
        ['指标', '数值', '单位', '上年数值'],
        ['持证率', null, '%', 0.808],
        ['会商次数', null, '次', '30余'],
      ],
    },
    {
      name: '一、举措成效',
      grid: [
        ['层级', '标题', '正文', '状态', '上年正文'],
        ['章', '主要举措', null, '待更新', null],
        ['段落', null, '隐藏的一段。', '待更新', '隐藏的一段。'],
      ],
      hiddenRows: [3],
    },
    {name: '草稿', grid: [['随手记'], ['明年再写']]},
  ];
  let xlsx: Buffer;

  beforeAll(async () => {
    xlsx = await writeGridsXlsx(tabs);
  }, 30_000);

  it('reads back cell for cell, with the hidden row still hidden', async () => {
    const read = await readXlsxBuffer(xlsx);
    expect(read.tabs.map(t => t.name)).toEqual(tabs.map(t => t.name));
    const part = read.tabs[2];
    expect(part.grid[2].slice(0, 5)).toEqual([
      '段落',
      null,
      '隐藏的一段。',
      '待更新',
      '隐藏的一段。',
    ]);
    expect(part.hiddenRows).toEqual([3]);
    expect(read.tabs[3].grid).toEqual([['随手记'], ['明年再写']]);
    const date = read.tabs[0].grid[2][1];
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).getFullYear()).toBe(2026);
  });

  it('shows a rate’s 上年数值 as a percentage, which reads back as the clerk sees it', async () => {
    const read = await readXlsxBuffer(xlsx);
    expect(read.tabs[1].grid[1][3]).toBe('80.8%');
    expect(read.tabs[1].grid[2][3]).toBe('30余');
  });

  it('styles the known tabs’ headers by name and leaves an unknown tab plain', () => {
    const header = cellXml(sheetXml(xlsx, '一、举措成效'), 'E1');
    expect(header?.getAttribute('s')).not.toBeNull();
    const draft = sheetXml(xlsx, '草稿');
    const setup = (tab: string) =>
      sheetXml(xlsx, tab)
        .getElementsByTagName('pageSetup')[0]
        ?.getAttribute('orientation');
    expect(setup('草稿')).not.toBe('landscape');
    expect(setup('一、举措成效')).toBe('landscape');
    expect(cellXml(draft, 'A1')?.getAttribute('s') ?? '0').toBe('0');
  });
});

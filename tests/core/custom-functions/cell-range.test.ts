import {
  cellsOf,
  mapCells,
  readDecimals,
  readNumber,
  readOption,
} from '../../../src/core/custom-functions/cell-range';
import {
  problem,
  problemCellText,
  problemMessage,
} from '../../../src/core/custom-functions/custom-function-errors';

const echo = (values: readonly unknown[]) => values.join('+');

describe('mapCells', () => {
  it('returns one value when every argument is a single cell', () => {
    expect(mapCells('FZ_PERCENT', [1, 2], echo)).toBe('1+2');
  });

  it('treats a 1×1 range as a single cell', () => {
    expect(mapCells('FZ_PERCENT', [[[1]], 2], echo)).toBe('1+2');
  });

  it('returns a 2-D array of the range shape, pairing cells position by position', () => {
    expect(
      mapCells(
        'FZ_PERCENT',
        [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ],
        ],
        echo,
      ),
    ).toEqual([
      ['1+5', '2+6'],
      ['3+7', '4+8'],
    ]);
  });

  it('uses a single cell at every position of the other range', () => {
    expect(mapCells('FZ_PERCENT', [[[1], [2]], 9], echo)).toEqual([
      ['1+9'],
      ['2+9'],
    ]);
  });

  it('leaves a position blank when all its inputs are blank', () => {
    expect(
      mapCells(
        'FZ_PERCENT',
        [
          [[1], [''], [null]],
          [[2], [''], ['  ']],
        ],
        echo,
      ),
    ).toEqual([['1+2'], [''], ['']]);
    expect(mapCells('FZ_CN', [''], echo)).toBe('');
  });

  it('throws "<name>：<message>" when a single-cell call has a problem', () => {
    expect(() =>
      mapCells('FZ_PERCENT', [1, 0], () => problem('zero', 'whole')),
    ).toThrow('FZ_PERCENT：分母不能为 0');
  });

  it('writes "#错误：<message>" in the one cell of a range that has a problem', () => {
    expect(
      mapCells('FZ_PERCENT', [[[1], [2]], 3], ([a]) =>
        a === 2 ? problem('zero', 'whole') : 'ok',
      ),
    ).toEqual([['ok'], ['#错误：分母不能为 0']]);
  });

  it('throws with both shapes when two ranges differ in size', () => {
    expect(() =>
      mapCells(
        'FZ_YOY',
        [
          [[1], [2], [3]],
          [[1], [2]],
        ],
        echo,
      ),
    ).toThrow('FZ_YOY：两个区域的大小不一致：3行1列与2行1列');
  });
});

describe('cellsOf', () => {
  it('lists the cells of a range row by row and a single cell as a list of one', () => {
    expect(
      cellsOf([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 3, 4]);
    expect(cellsOf(5)).toEqual([5]);
  });
});

describe('readNumber', () => {
  it('reads numbers, numbers typed as text, full-width digits and thousands separators', () => {
    expect(readNumber(42, 'number')).toBe(42);
    expect(readNumber('42', 'number')).toBe(42);
    expect(readNumber('４２', 'number')).toBe(42);
    expect(readNumber(' 1,234 ', 'number')).toBe(1234);
  });

  it('reads a percentage typed as text as a fraction', () => {
    expect(readNumber('80.8%', 'part')).toBe(0.808);
  });

  it('reports blank, text, approximate figures, booleans and dates as problems', () => {
    expect(readNumber('', 'whole')).toEqual(problem('empty', 'whole'));
    expect(readNumber('许多', 'whole')).toEqual(
      problem('not-a-number', 'whole', '许多'),
    );
    expect(readNumber('30余', 'whole')).toEqual(
      problem('not-a-number', 'whole', '30余'),
    );
    expect(readNumber(true, 'whole')).toEqual(
      problem('not-a-number', 'whole', 'TRUE'),
    );
    expect(readNumber(new Date(2024, 0, 31), 'whole')).toEqual(
      problem('not-a-number', 'whole', '2024-01-31'),
    );
  });

  it('reports a spreadsheet error in the cell as a cell-error problem', () => {
    expect(readNumber('#DIV/0!', 'whole')).toEqual(
      problem('cell-error', 'whole', '#DIV/0!'),
    );
  });
});

describe('readOption', () => {
  it('gives undefined for a left-out or blank option and the value of a 1×1 range', () => {
    expect(readOption('FZ_APPROX', undefined, 'unit')).toBeUndefined();
    expect(readOption('FZ_APPROX', '', 'unit')).toBeUndefined();
    expect(readOption('FZ_APPROX', [['万']], 'unit')).toBe('万');
  });

  it('throws when an option is a range of several cells', () => {
    expect(() => readOption('FZ_APPROX', [['万'], ['亿']], 'unit')).toThrow(
      'FZ_APPROX：单位须为单个单元格，不能是区域',
    );
  });
});

describe('readDecimals', () => {
  it('defaults to 1 and accepts whole numbers 0 to 4, also typed as text', () => {
    expect(readDecimals('FZ_PERCENT', undefined)).toBe(1);
    expect(readDecimals('FZ_PERCENT', 0)).toBe(0);
    expect(readDecimals('FZ_PERCENT', '4')).toBe(4);
  });

  it('throws for decimals outside 0 to 4, fractional or not a number', () => {
    for (const bad of [5, -1, 1.5, '两位']) {
      expect(() => readDecimals('FZ_PERCENT', bad)).toThrow(
        `FZ_PERCENT：小数位数须为 0 到 4 的整数：${bad}`,
      );
    }
  });
});

describe('problem messages', () => {
  it('words each problem in Chinese with the argument it is about', () => {
    expect(problemMessage(problem('not-a-number', 'parts', 'abc'))).toBe(
      '分项不是数字：abc',
    );
    expect(problemCellText(problem('empty', 'lastYear'))).toBe(
      '#错误：上年数为空',
    );
  });
});

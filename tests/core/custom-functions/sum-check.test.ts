import {sumCheckOf} from '../../../src/core/custom-functions/sum-check';

describe('sumCheckOf (FZ_SUMCHECK)', () => {
  it('gives ✓ when the parts add up to the total', () => {
    expect(sumCheckOf([[3], [4], [5]], 12)).toBe('✓');
  });

  it('skips blank parts', () => {
    expect(sumCheckOf([[3], [''], [5], [null]], 8)).toBe('✓');
  });

  it('says 分项少1 when the parts add up to one less than the total', () => {
    expect(sumCheckOf([[3], [4]], 8)).toBe('分项少1');
  });

  it('says 分项多3 when the parts add up to three more than the total', () => {
    expect(sumCheckOf([[5], [5]], 7)).toBe('分项多3');
  });

  it('ignores binary noise in decimal sums and shows real decimal differences', () => {
    expect(sumCheckOf([[0.1], [0.2]], 0.3)).toBe('✓');
    expect(sumCheckOf([[1.25], [1]], 2)).toBe('分项多0.25');
  });

  it('accepts parts and total typed as text, and a single-cell parts', () => {
    expect(sumCheckOf([['３'], ['4']], '7')).toBe('✓');
    expect(sumCheckOf(7, 7)).toBe('✓');
  });

  it('gives blank when the parts and the total are all blank', () => {
    expect(sumCheckOf([[''], ['']], '')).toBe('');
  });

  it('throws when a part is text', () => {
    expect(() => sumCheckOf([[3], ['若干']], 3)).toThrow(
      'FZ_SUMCHECK：分项不是数字：若干',
    );
  });

  it('throws when a part holds a spreadsheet error', () => {
    expect(() => sumCheckOf([[3], ['#N/A']], 3)).toThrow(
      'FZ_SUMCHECK：分项单元格有错误：#N/A',
    );
  });

  it('throws when the total is blank or text while parts are filled', () => {
    expect(() => sumCheckOf([[3]], '')).toThrow('FZ_SUMCHECK：总数为空');
    expect(() => sumCheckOf([[3]], '合计')).toThrow(
      'FZ_SUMCHECK：总数不是数字：合计',
    );
  });

  it('throws when the total is a range of several cells', () => {
    expect(() => sumCheckOf([[3]], [[3], [4]])).toThrow(
      'FZ_SUMCHECK：总数须为单个单元格，不能是区域',
    );
  });
});

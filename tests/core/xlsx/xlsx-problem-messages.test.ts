import {xlsxProblemMessage} from '../../../src/core/xlsx/xlsx-problem-messages';

describe('xlsxProblemMessage', () => {
  it.each([
    ['not-xlsx', '不是 .xlsx 工作簿'],
    ['too-large', '超过 100 MB'],
    ['encrypted', '有密码保护'],
  ] as const)(
    'names the file and says what is wrong for %s',
    (problem, words) => {
      const message = xlsxProblemMessage(problem, '报告数据.xlsx');
      expect(message).toContain('“报告数据.xlsx”');
      expect(message).toContain(words);
    },
  );
});

it('names every limit a workbook can pass as too large: bytes, cells and zip entries', () => {
  expect(xlsxProblemMessage('too-large', '表.xlsx')).toContain(
    '解压后超过 100 MB，或单元格超过 1000 万个，或内部文件超过 1 万个',
  );
});

// How the command line words each reason the .xlsx reader gives, including the reasons the
// hardened reader adds ('too-large', 'encrypted'), and system errors while reading.

import {CliError} from '../../src/node/cli-error';
import {cliErrorMessage} from '../../src/node/cli-text';
import {loadWorkbook} from '../../src/node/load-workbook';
import * as reader from '../../src/node/xlsx-read';

afterEach(() => jest.restoreAllMocks());

function readerThrows(error: unknown): void {
  jest.spyOn(reader, 'readXlsxWorkbook').mockRejectedValue(error);
}

async function messageFor(error: unknown): Promise<string> {
  readerThrows(error);
  const thrown = await loadWorkbook('表.xlsx').catch((e: unknown) => e);
  expect(thrown).toBeInstanceOf(CliError);
  return cliErrorMessage(thrown as CliError);
}

function unreadable(reason: string): Error {
  return new reader.WorkbookUnreadableError(
    reason as reader.WorkbookUnreadableReason,
    '表.xlsx',
  );
}

describe('loadWorkbook', () => {
  it.each([
    ['missing', '找不到工作簿文件“表.xlsx”'],
    ['not-xlsx', '“表.xlsx”不是 .xlsx 工作簿'],
    ['too-large', '工作簿“表.xlsx”解压后超过 100 MB'],
    ['encrypted', '工作簿“表.xlsx”有密码保护，请先取消密码再试'],
  ])('words the reader’s reason %s', async (reason, message) => {
    expect(await messageFor(unreadable(reason))).toContain(message);
  });

  it.each([
    ['EACCES', '无法读取工作簿“表.xlsx”：没有读取权限。'],
    ['EISDIR', '无法读取工作簿“表.xlsx”：这是一个文件夹，不是工作簿。'],
    ['EIO', '无法读取工作簿“表.xlsx”：系统拒绝了读取'],
  ])(
    'words a system error %s with the path and the cause',
    async (code, message) => {
      const error = Object.assign(new Error(`${code}: system text`), {code});
      expect(await messageFor(error)).toContain(message);
    },
  );

  it('lets an error that is not about the file through, as a bug', async () => {
    readerThrows(new TypeError('a broken invariant'));
    await expect(loadWorkbook('表.xlsx')).rejects.toThrow(TypeError);
  });
});

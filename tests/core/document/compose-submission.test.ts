// 版头 and 版记 composed from the 报送 settings: mark lines, 签发人, 抄送 line, 印发 date.

import {composeSubmission} from '../../../src/core/document/compose-submission';
import type {CellValue} from '../../../src/core/workbook/grid';
import {readSettings} from '../../../src/core/workbook/read-settings';
import {settingsTab} from '../../helpers/workbook-grids';

function submissionOf(...entries: (readonly [string, CellValue])[]) {
  const {settings} = readSettings(
    settingsTab([['单位名称', '古荡街道'], ['报告年度', 2024], ...entries]),
  );
  return composeSubmission(settings);
}

describe('composeSubmission', () => {
  it('composes nothing when no 报送 setting is filled', () => {
    expect(submissionOf()).toEqual({});
  });

  it('keeps a one-line mark as typed, with the number and no 签发人', () => {
    expect(
      submissionOf(
        ['发文机关标志', '古荡街道办事处文件'],
        ['发文字号', ' 古街〔2025〕3号 '],
      ).masthead,
    ).toEqual({
      organs: ['古荡街道办事处文件'],
      suffix: '',
      documentNumber: '古街〔2025〕3号',
      signers: [],
    });
  });

  it('stacks joint organs and sets a last line “文件” beside them', () => {
    const masthead = submissionOf([
      '发文机关标志',
      '中共古荡街道工作委员会\n古荡街道办事处\n文件',
    ]).masthead!;
    expect(masthead.organs).toEqual([
      '中共古荡街道工作委员会',
      '古荡街道办事处',
    ]);
    expect(masthead.suffix).toBe('文件');
  });

  it('joins one organ and “文件” typed on two lines into one mark line', () => {
    const masthead = submissionOf([
      '发文机关标志',
      '古荡街道办事处\n文件',
    ]).masthead!;
    expect(masthead).toMatchObject({
      organs: ['古荡街道办事处文件'],
      suffix: '',
    });
  });

  it('lists 签发人 names in order', () => {
    expect(
      submissionOf(
        ['发文机关标志', '古荡街道办事处文件'],
        ['签发人', '王明，李华 张强'],
      ).masthead!.signers,
    ).toEqual(['王明', '李华', '张强']);
  });

  it('writes 抄送 with commas and one full stop, without doubling a typed label', () => {
    expect(
      submissionOf(['抄送机关', '抄送：区委依法治区办\n区司法局。']).imprint,
    ).toEqual({
      copyTo: '抄送：区委依法治区办，区司法局。',
      printingOrgan: '',
      printingDate: '',
    });
  });

  it('dates the 印发 line by 印发日期, or by 成文日期 when it is empty', () => {
    expect(
      submissionOf(
        ['印发机关', '古荡街道党政办公室'],
        ['成文日期', '2025-02-05'],
        ['印发日期', '2025-02-06'],
      ).imprint,
    ).toEqual({
      copyTo: '',
      printingOrgan: '古荡街道党政办公室',
      printingDate: '2025年2月6日印发',
    });
    expect(
      submissionOf(
        ['印发机关', '古荡街道党政办公室'],
        ['成文日期', '2025-02-05'],
      ).imprint!.printingDate,
    ).toBe('2025年2月5日印发');
  });
});

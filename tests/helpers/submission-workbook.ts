// The sample workbook with the 报送 settings filled in (基本信息 rows set by key), for the 报送
// profile's tests and the README's rendered pages.

import {sampleWorkbookGrids} from '../../src/core/sample/sample-workbook';
import type {
  CellValue,
  TabGrid,
  WorkbookGrids,
} from '../../src/core/workbook/grid';

export const SUBMISSION_SETTINGS: Readonly<Record<string, CellValue>> = {
  主送机关: '西湖区人民政府',
  落款单位: '杭州市西湖区人民政府古荡街道办事处',
  发文机关标志: '杭州市西湖区人民政府古荡街道办事处文件',
  发文字号: '古街〔2025〕3号',
  签发人: '李明',
  抄送机关: '区委依法治区办，区司法局',
  印发机关: '古荡街道党政办公室',
  印发日期: new Date(2025, 1, 6),
};

/** `grids` with 基本信息's 内容 set for each key (a key without a row gets a new row). */
export function withSettings(
  grids: WorkbookGrids,
  values: Readonly<Record<string, CellValue>>,
): WorkbookGrids {
  return {
    tabs: grids.tabs.map((tab): TabGrid => {
      if (tab.name !== '基本信息') return tab;
      const rows = tab.grid.map(row => [...row]);
      for (const [key, value] of Object.entries(values)) {
        const row = rows.find(r => r[0] === key);
        if (row) row[1] = value;
        else rows.push([key, value, '']);
      }
      return {...tab, grid: rows};
    }),
  };
}

/** The sample, submitted: 版头, 上行文 with one 签发人, 版记 with 抄送 and 印发. */
export function submissionWorkbook(
  values: Readonly<Record<string, CellValue>> = {},
): WorkbookGrids {
  return withSettings(sampleWorkbookGrids(), {
    ...SUBMISSION_SETTINGS,
    ...values,
  });
}

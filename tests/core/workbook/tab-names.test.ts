import {
  isReportInput,
  schemaTabName,
} from '../../../src/core/workbook/tab-names';

describe('schemaTabName', () => {
  it('names contract tabs whatever spaces or renamed parts the clerk left', () => {
    expect(schemaTabName(' 数据 ')).toBe('数据');
    expect(schemaTabName('三、履职情况')).toBe('三、第一责任人');
    expect(schemaTabName('生成记录')).toBe('生成记录');
  });

  it('knows no other tab', () => {
    expect(schemaTabName('草稿纸')).toBeUndefined();
    expect(schemaTabName('六、附件')).toBeUndefined();
  });
});

describe('isReportInput', () => {
  it('is true for the tabs the report is built from and false for the script’s logs', () => {
    expect(['基本信息', '数据', '导语', '五、其他'].map(isReportInput)).toEqual(
      [true, true, true, true],
    );
    expect(
      ['生成记录', '填写说明', '审阅意见', '草稿纸'].map(isReportInput),
    ).toEqual([false, false, false, false]);
  });
});

import {
  sampleNextYearFileName,
  TEMPLATE_FILE_NAMES,
} from '../../../src/core/files/template-file-names';

describe('sampleNextYearFileName', () => {
  it('puts the year after the sample workbook name, before .xlsx', () => {
    expect(sampleNextYearFileName(2025)).toBe('法治报告示例工作簿2025.xlsx');
    expect(sampleNextYearFileName(2025)).toBe(
      TEMPLATE_FILE_NAMES.sample.replace('.xlsx', '2025.xlsx'),
    );
  });
});

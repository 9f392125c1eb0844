// Default names of the workbooks the tools hand out: the blank template and the sample.

export const TEMPLATE_FILE_NAMES = {
  blank: '法治报告工作簿.xlsx',
  sample: '法治报告示例工作簿.xlsx',
} as const;

/** The sample carried over to `year` (template --sample --next-year): "法治报告示例工作簿2025.xlsx". */
export function sampleNextYearFileName(year: number): string {
  return TEMPLATE_FILE_NAMES.sample.replace(/\.xlsx$/, `${year}.xlsx`);
}

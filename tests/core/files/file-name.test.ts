import {
  carriedFileName,
  defaultFileName,
  MAX_NAME_BYTES,
  MAX_STEM_CHARACTERS,
  nameWithExtension,
  utf8Length,
} from '../../../src/core/files/file-name';

describe('defaultFileName', () => {
  it('keeps a short title as it is and adds the extension', () => {
    expect(
      defaultFileName('古荡街道2024年度法治政府建设工作报告', 'report'),
    ).toBe('古荡街道2024年度法治政府建设工作报告.docx');
  });

  it('cuts a 99-character title to a readable name within the 255-byte limit, marked with …', () => {
    const title = '古荡街道关于二〇二四年度推进法治政府建设'
      .repeat(5)
      .slice(0, 99);
    expect(Array.from(title)).toHaveLength(99);
    expect(utf8Length(title + '.docx')).toBeGreaterThan(MAX_NAME_BYTES);
    const name = defaultFileName(title, 'report');
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith('….docx')).toBe(true);
    const stem = name.slice(0, -'….docx'.length);
    expect(title.startsWith(stem)).toBe(true);
    expect(Array.from(stem).length).toBeLessThanOrEqual(MAX_STEM_CHARACTERS);
    expect(Array.from(stem).length).toBeGreaterThan(MAX_STEM_CHARACTERS - 2);
  });

  it('never splits a character outside the BMP and stays within 255 bytes of four-byte characters', () => {
    const name = defaultFileName('𠀀'.repeat(200), 'workbook');
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^(𠀀)+…\.xlsx$/u);
  });

  it('replaces characters Windows or macOS refuse and control characters with "_"', () => {
    expect(defaultFileName('a/b\\c:d*e?f"g<h>i|j\tk', 'report')).toBe(
      'a_b_c_d_e_f_g_h_i_j_k.docx',
    );
  });

  it('drops leading and trailing dots and spaces, and names an empty title 报告', () => {
    expect(defaultFileName(' .报告. ', 'report')).toBe('报告.docx');
    expect(defaultFileName(' ... ', 'report')).toBe('报告.docx');
  });

  it('prefixes a Windows device name so the file can be created', () => {
    expect(defaultFileName('CON', 'report')).toBe('_CON.docx');
    expect(defaultFileName('nul.报告', 'report')).toBe('_nul.报告.docx');
    expect(defaultFileName('CONTROL', 'report')).toBe('CONTROL.docx');
  });
});

describe('nameWithExtension', () => {
  it.each([
    ['报告', 'report', '报告.docx'],
    ['报告.docx', 'report', '报告.docx'],
    ['报告.DOCX', 'report', '报告.DOCX'],
    ['报告.v2', 'report', '报告.v2.docx'],
    ['工作簿', 'workbook', '工作簿.xlsx'],
    ['2024.报告', 'workbook', '2024.报告.xlsx'],
    ['.hidden', 'report', '.hidden.docx'],
  ] as const)('names %s as a %s file %s', (given, kind, expected) => {
    expect(nameWithExtension(given, kind)).toEqual({ok: true, name: expected});
  });

  it.each([
    ['工作簿.xlsx', 'report', '.xlsx'],
    ['工作簿.XLS', 'report', '.xls'],
    ['数据.csv', 'report', '.csv'],
    ['报告.pdf', 'report', '.pdf'],
    ['报告.docx', 'workbook', '.docx'],
    ['旧模板.xlsm', 'workbook', '.xlsm'],
  ] as const)('refuses %s as a %s file (%s)', (given, kind, extension) => {
    expect(nameWithExtension(given, kind)).toEqual({ok: false, extension});
  });
});

describe('carriedFileName', () => {
  it('puts next year in place of this year in the name: 古荡2024.xlsx → 古荡2025.xlsx', () => {
    expect(carriedFileName('古荡2024.xlsx', 2024, 2025)).toBe('古荡2025.xlsx');
    expect(carriedFileName('2024年度报告工作簿.XLSX', 2024, 2025)).toBe(
      '2025年度报告工作簿.xlsx',
    );
  });

  it('adds （2025年度） to a name without the year', () => {
    expect(carriedFileName('法治报告.xlsx', 2024, 2025)).toBe(
      '法治报告（2025年度）.xlsx',
    );
  });
});

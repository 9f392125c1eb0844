// The 报送 settings of 基本信息: what is read, the findings on what was typed (every profile),
// and the findings only a 报送 build adds (submissionFindings, findingsForProfile).

import {buildReport} from '../../../src/core/build-report';
import {findingsForProfile} from '../../../src/core/profile-findings';
import type {CellValue} from '../../../src/core/workbook/grid';
import {readSettings} from '../../../src/core/workbook/read-settings';
import {submissionFindings} from '../../../src/core/workbook/submission-findings';
import {sampleWorkbookGrids} from '../../../src/core/sample/sample-workbook';
import {settingsTab} from '../../helpers/workbook-grids';
import {submissionWorkbook} from '../../helpers/submission-workbook';

type Entry = readonly [string, CellValue];

const BASE: readonly Entry[] = [
  ['单位名称', '古荡街道'],
  ['报告年度', 2024],
];

function read(...entries: readonly Entry[]) {
  return readSettings(settingsTab([...BASE, ...entries]));
}

function codes(entries: readonly Entry[]): [string, string, number][] {
  return read(...entries).findings.map(f => [f.code, f.severity, f.cell.row]);
}

describe('reading the 报送 settings', () => {
  it('reads each with its cell; 签发人 split into names', () => {
    const {submission} = read(
      ['发文机关标志', '古荡街道办事处文件'],
      ['发文字号', '古街〔2025〕3号'],
      ['签发人', '王明、李华\n张强'],
      ['抄送机关', '区司法局'],
      ['印发机关', '古荡街道党政办公室'],
      ['印发日期', '2025-02-06'],
    ).settings;
    expect(submission.issuerMark).toEqual({
      value: '古荡街道办事处文件',
      cell: {tab: '基本信息', row: 4, column: 2},
    });
    expect(submission.documentNumber?.value).toBe('古街〔2025〕3号');
    expect(submission.signers?.value).toEqual(['王明', '李华', '张强']);
    expect(submission.copyTo?.cell.row).toBe(7);
    expect(submission.printingOrgan?.value).toBe('古荡街道党政办公室');
    expect(submission.printingDate?.value).toEqual(new Date(2025, 1, 6));
    expect(submission.blankCells).toEqual({});
  });

  it('accepts 古街〔2025〕3号 for a 2024 report with no finding', () => {
    expect(codes([['发文字号', '古街〔2025〕3号']])).toEqual([]);
  });

  it.each([
    ['古街(2025)3号', '()'],
    ['古街（2025）3号', '（）'],
    ['古街[2025]3号', '[]'],
    ['古街【2025】3号', '【】'],
    ['古街［2025］3号', '［］'],
  ])(
    'flags the brackets of %s as an error on its own cell',
    (value, brackets) => {
      const {findings} = read(['发文字号', value]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        code: 'document-number-form',
        severity: 'error',
        cell: {row: 4, column: 2},
        params: {value, problem: 'brackets', brackets},
      });
    },
  );

  it.each(['古街〔2025〕第3号', '古街〔2025〕03号'])(
    'flags the sequence number of %s (no 第, no leading zero)',
    value => {
      const {findings} = read(['发文字号', value]);
      expect(findings.map(f => [f.code, f.params])).toEqual([
        ['document-number-form', {value, problem: 'sequence', brackets: ''}],
      ]);
    },
  );

  it.each(['古街2025年3号', '〔2025〕3号', '古街〔25〕3号', '古街〔2025〕3'])(
    'flags %s as not of the form 机关代字〔年份〕序号号',
    value => {
      const {findings} = read(['发文字号', value]);
      expect(findings.map(f => [f.code, f.params])).toEqual([
        ['document-number-form', {value, problem: 'form', brackets: ''}],
      ]);
    },
  );

  it('flags a year other than 成文日期’s as an error', () => {
    const {findings} = read(
      ['成文日期', new Date(2025, 1, 5)],
      ['发文字号', '古街〔2024〕3号'],
    );
    expect(findings.map(f => [f.code, f.severity, f.params])).toEqual([
      [
        'document-number-year',
        'error',
        {value: '古街〔2024〕3号', year: 2024, expected: 2025},
      ],
    ]);
  });

  it('without 成文日期, warns when the year is not the report year + 1', () => {
    expect(codes([['发文字号', '古街〔2024〕3号']])).toEqual([
      ['document-number-year-unusual', 'warning', 4],
    ]);
  });

  it('takes 成文日期’s year over the report year + 1', () => {
    expect(
      codes([
        ['成文日期', '2026-01-10'],
        ['发文字号', '古街〔2026〕1号'],
      ]),
    ).toEqual([]);
  });

  it('flags an invalid 印发日期 and one before 成文日期', () => {
    expect(codes([['印发日期', '2025-02-30']])).toEqual([
      ['date-invalid', 'error', 4],
    ]);
    expect(
      codes([
        ['成文日期', '2025-02-05'],
        ['印发日期', '2025-02-01'],
      ]),
    ).toEqual([['printing-date-before-signing', 'warning', 5]]);
  });
});

describe('submissionFindings', () => {
  it('names the empty 内容 cells of 发文机关标志 and 发文字号 as errors', () => {
    const {settings} = read(['发文机关标志', ''], ['发文字号', '  ']);
    expect(
      submissionFindings(settings).map(f => [f.code, f.severity, f.cell]),
    ).toEqual([
      [
        'submission-setting-required',
        'error',
        {tab: '基本信息', row: 4, column: 2},
      ],
      [
        'submission-setting-required',
        'error',
        {tab: '基本信息', row: 5, column: 2},
      ],
    ]);
  });

  it('places them on the next free rows when the keys have no row', () => {
    const {settings} = read();
    expect(submissionFindings(settings).map(f => f.cell.row)).toEqual([4, 5]);
  });

  it('warns that a report to 主送机关 without 签发人 is a 上行文 lacking one', () => {
    const {settings} = read(
      ['主送机关', '西湖区人民政府'],
      ['发文机关标志', '古荡街道办事处文件'],
      ['发文字号', '古街〔2025〕3号'],
    );
    expect(submissionFindings(settings).map(f => [f.code, f.severity])).toEqual(
      [['submission-signer-missing', 'warning']],
    );
  });

  it('adds nothing when the 版头 settings are filled', () => {
    const {settings} = read(
      ['发文机关标志', '古荡街道办事处文件'],
      ['发文字号', '古街〔2025〕3号'],
    );
    expect(submissionFindings(settings)).toEqual([]);
  });
});

describe('findingsForProfile', () => {
  const sample = buildReport(sampleWorkbookGrids());

  it('leaves the public profiles’ findings as the build has them', () => {
    expect(findingsForProfile(sample, '公文')).toBe(sample.findings);
    expect(findingsForProfile(sample, '在线')).toBe(sample.findings);
  });

  it('adds the 报送 errors for the sample, in workbook order, 基本信息 first', () => {
    const findings = findingsForProfile(sample, '报送');
    const added = findings.filter(
      f => f.code === 'submission-setting-required',
    );
    expect(added.map(f => f.params)).toEqual([
      {key: '发文机关标志'},
      {key: '发文字号'},
    ]);
    expect(findings[0]).toBe(added[0]);
    expect(findings).toHaveLength(sample.findings.length + 2);
  });

  it('adds nothing for the sample with its 报送 settings filled', () => {
    const build = buildReport(submissionWorkbook());
    expect(findingsForProfile(build, '报送')).toEqual(build.findings);
    expect(build.findings.filter(f => f.severity === 'error')).toEqual([]);
  });
});

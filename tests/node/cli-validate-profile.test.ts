// `validate --profile 报送`: the findings a 报送 build would refuse on, listed without building.

import {mkdtempSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {runCli} from '../../src/node/cli';
import type {FindingJson} from '../../src/node/commands/validate-command';
import {captureConsole} from '../helpers/capture-console';
import {writeSubmissionXlsx} from './submission-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-validate-profile-'));
/** The submitted sample with its 发文字号 left empty. */
const withoutNumber = () =>
  writeSubmissionXlsx(join(dir, 'no-number.xlsx'), {发文字号: undefined});

describe('fazhi-report validate --profile', () => {
  it('passes a workbook without 发文字号 in the default profile', async () => {
    const path = await withoutNumber();
    const out = captureConsole();
    expect(await runCli(['validate', path], out)).toBe(0);
    expect(out.stdout.join('\n')).not.toContain('发文字号');
  });

  it('names the empty 发文字号 cell as an error with --profile 报送 and exits 1', async () => {
    const path = await withoutNumber();
    const out = captureConsole();
    expect(await runCli(['validate', path, '--profile', '报送'], out)).toBe(1);
    const text = out.stdout.join('\n');
    expect(text).toMatch(/基本信息!B\d+ {2}错误 {2}生成报送版须填写“发文字号”/);
    expect(text).not.toContain('生成报送版须填写“发文机关标志”');
    expect(out.stdout[out.stdout.length - 1]).toMatch(/错误 1，/);
  });

  it('lists the 报送 finding in --json with its code and cell', async () => {
    const path = await withoutNumber();
    const out = captureConsole();
    expect(
      await runCli(['validate', path, '--json', '--profile', '报送'], out),
    ).toBe(1);
    const findings = JSON.parse(out.stdout.join('\n')) as FindingJson[];
    const required = findings.filter(
      f => f.code === 'submission-setting-required',
    );
    expect(required).toHaveLength(1);
    expect(required[0]).toMatchObject({
      tab: '基本信息',
      severity: 'error',
      params: {key: '发文字号'},
    });
    expect(required[0].cell).toMatch(/^B\d+$/);
  });

  it('passes the workbook whose 版头 settings are all filled with --profile 报送', async () => {
    const path = await writeSubmissionXlsx(join(dir, 'filled.xlsx'));
    const out = captureConsole();
    expect(await runCli(['validate', path, '--profile', '报送'], out)).toBe(0);
    expect(out.stdout.join('\n')).not.toContain('生成报送版须填写');
  });

  it('rejects an unknown profile before reading the workbook', async () => {
    const out = captureConsole();
    expect(
      await runCli(
        ['validate', join(dir, 'absent.xlsx'), '--profile', '红头'],
        out,
      ),
    ).toBe(2);
    expect(out.stderr.join('')).toContain('版式“红头”无法识别');
  });
});

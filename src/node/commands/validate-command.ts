// `fazhi-report validate`: every finding as "tab!cell  severity  message", or as JSON.

import {
  buildReport,
  countBySeverity,
  type Finding,
  findingLine,
  findingMessage,
  findingsForProfile,
  hasErrors,
  toA1,
} from '../../core';
import {CliError, EXIT} from '../cli-error';
import {summaryLine} from '../cli-text';
import type {Console} from '../console';
import {loadWorkbook} from '../load-workbook';
import {parseProfile} from '../profile-option';

export interface ValidateOptions {
  readonly workbook?: string;
  readonly json: boolean;
  /** 报送 adds the findings about its 版头 and 版记; 公文 (the default) and 在线 do not. */
  readonly profile?: string;
}

export interface FindingJson {
  readonly tab: string;
  readonly cell: string;
  readonly severity: Finding['severity'];
  readonly code: Finding['code'];
  readonly message: string;
  readonly params: Finding['params'];
}

export async function runValidate(
  options: ValidateOptions,
  out: Console,
): Promise<number> {
  if (options.workbook === undefined)
    throw new CliError('usage-missing-workbook', {command: 'validate'});
  const profile = parseProfile(options.profile);
  const build = buildReport(await loadWorkbook(options.workbook));
  const findings = findingsForProfile(build, profile);
  if (options.json) {
    out.log(JSON.stringify(findings.map(findingJson), null, 2));
  } else {
    findings.forEach(f => out.log(findingLine(f)));
    out.log(`${options.workbook}：${summaryLine(countBySeverity(findings))}`);
  }
  return hasErrors(findings) ? EXIT.findings : EXIT.ok;
}

export function findingJson(f: Finding): FindingJson {
  return {
    tab: f.cell.tab,
    cell: toA1(f.cell),
    severity: f.severity,
    code: f.code,
    message: findingMessage(f),
    params: f.params,
  };
}

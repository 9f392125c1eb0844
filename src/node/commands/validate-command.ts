// `fazhi-report validate`: every finding as "tab!cell  severity  message", or as JSON.

import {
  buildReport,
  countBySeverity,
  type Finding,
  findingLine,
  findingMessage,
  hasErrors,
  toA1,
} from '../../core';
import {CliError, EXIT} from '../cli-error';
import {summaryLine} from '../cli-text';
import type {Console} from '../console';
import {loadWorkbook} from '../load-workbook';

export interface ValidateOptions {
  readonly workbook?: string;
  readonly json: boolean;
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
  const build = buildReport(await loadWorkbook(options.workbook));
  if (options.json) {
    out.log(JSON.stringify(build.findings.map(findingJson), null, 2));
  } else {
    build.findings.forEach(f => out.log(findingLine(f)));
    out.log(
      `${options.workbook}：${summaryLine(countBySeverity(build.findings))}`,
    );
  }
  return hasErrors(build.findings) ? EXIT.findings : EXIT.ok;
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

// `fazhi-report status`: who still owes what, per 负责科室 (rows by 状态, empty figures, the
// findings in its rows) and per part, as text or JSON. Writes nothing.

import {
  findingLine,
  formatCellRef,
  type OfficeProgress,
  progressReport,
  type ProgressReport,
} from '../../core';
import {CliError, EXIT} from '../cli-error';
import {STATUS_TEXT} from '../cli-text';
import type {Console} from '../console';
import {loadWorkbook} from '../load-workbook';
import {findingJson} from './validate-command';

export interface StatusOptions {
  readonly workbook?: string;
  readonly json: boolean;
}

export async function runStatus(
  options: StatusOptions,
  out: Console,
): Promise<number> {
  if (options.workbook === undefined)
    throw new CliError('usage-missing-workbook', {command: 'status'});
  const report = progressReport(await loadWorkbook(options.workbook));
  if (options.json) out.log(JSON.stringify(statusJson(report), null, 2));
  else printStatus(options.workbook, report, out);
  return report.complete ? EXIT.ok : EXIT.findings;
}

function printStatus(path: string, report: ProgressReport, out: Console) {
  out.log(STATUS_TEXT.heading(path));
  for (const office of report.offices) printOffice(office, out);
  out.log(STATUS_TEXT.partsHeading);
  for (const part of report.parts) {
    out.log(
      STATUS_TEXT.partLine(part.tab, part.done, part.rows, part.complete),
    );
  }
  if (report.otherFindings.length > 0)
    out.log(STATUS_TEXT.otherFindings(report.otherFindings.length));
  else if (report.offices.every(o => o.complete)) out.log(STATUS_TEXT.allDone);
}

function printOffice(office: OfficeProgress, out: Console) {
  const statuses = office.byStatus
    .map(s => STATUS_TEXT.status(s.status, s.rows))
    .join('，');
  out.log(
    STATUS_TEXT.officeLine(
      STATUS_TEXT.office(office.office),
      office.rows,
      statuses,
      office.figures,
      office.emptyFigures.length,
      office.findings.length,
      office.complete,
    ),
  );
  if (office.emptyFigures.length > 0) {
    out.log(
      STATUS_TEXT.emptyFigures(
        office.emptyFigures.map(f =>
          STATUS_TEXT.emptyFigure(f.name, formatCellRef(f.cell)),
        ),
      ),
    );
  }
  const listed = office.findings.filter(f => f.severity !== 'info');
  listed.forEach(f => out.log(`  ${findingLine(f)}`));
  const hints = office.findings.length - listed.length;
  if (hints > 0) out.log(STATUS_TEXT.hintsNotListed(hints));
}

function statusJson(report: ProgressReport) {
  return {
    offices: report.offices.map(o => ({
      office: o.office,
      complete: o.complete,
      rows: o.rows,
      byStatus: Object.fromEntries(o.byStatus.map(s => [s.status, s.rows])),
      figures: o.figures,
      emptyFigures: o.emptyFigures.map(f => ({
        name: f.name,
        cell: formatCellRef(f.cell),
      })),
      findings: o.findings.map(findingJson),
    })),
    parts: report.parts,
    otherFindings: report.otherFindings.map(findingJson),
  };
}

// `fazhi-report build`: workbook (or the sample) → findings → .docx, refusing on errors.

import {
  buildReport,
  countBySeverity,
  type Finding,
  findingLine,
  findingsForProfile,
  missingFiguresByOffice,
  hasErrors,
  packDocx,
  reportFileName,
  renderDocxParts,
} from '../../core';
import {EXIT} from '../cli-error';
import {
  builtLine,
  errorsRefused,
  hintsNotListed,
  MISSING_BY_OFFICE_HEADING,
  missingByOfficeLine,
  SAMPLE_SOURCE,
  sectionOrderLine,
  statsLine,
  summaryLine,
} from '../cli-text';
import {loadWorkbook} from '../load-workbook';
import {planOutput, writeOutput} from '../output-file';
import {parseProfile} from '../profile-option';
import type {Console} from '../console';
import {zipFiles} from '../zip-files';

export interface BuildOptions {
  readonly workbook?: string;
  readonly output?: string;
  readonly profile?: string;
  /** Replace an existing output file (never the workbook itself). */
  readonly force?: boolean;
}

export async function runBuild(
  options: BuildOptions,
  out: Console,
): Promise<number> {
  const profile = parseProfile(options.profile);
  const grids = await loadWorkbook(options.workbook);
  const build = buildReport(grids);
  // 报送 adds the findings about its 版头 and 版记 (an empty 发文字号 is an error there only).
  const findings = findingsForProfile(build, profile);
  // Refused names and existing files are told first: they are about the command typed.
  const target = planOutput({
    requested: options.output,
    defaultName: reportFileName({
      title: build.document.title,
      profile,
      draft: false,
    }),
    kind: 'report',
    inputs: options.workbook === undefined ? [] : [options.workbook],
    force: options.force ?? false,
  });
  const counts = countBySeverity(findings);
  if (hasErrors(findings)) {
    findings
      .filter(f => f.severity === 'error')
      .forEach(f => out.error(findingLine(f)));
    printMissingByOffice(findings, out);
    out.error(errorsRefused(counts.error));
    return EXIT.findings;
  }
  // Warnings are worth reading before submitting; hints are listed by `validate`.
  findings
    .filter(f => f.severity === 'warning')
    .forEach(f => out.error(findingLine(f)));
  if (counts.info > 0) out.error(hintsNotListed(counts.info));
  const bytes = packDocx(
    renderDocxParts(build.document, profile, new Date()),
    zipFiles,
  );
  writeOutput(target, bytes);
  const source = options.workbook ?? SAMPLE_SOURCE;
  out.log(builtLine(target.path, source, profile));
  out.log(sectionOrderLine(build.stats.sectionTabs));
  out.log(statsLine(build.stats, summaryLine(counts)));
  return EXIT.ok;
}

/** The empty figures the text uses, grouped by 负责科室: who still has to fill in what. */
function printMissingByOffice(findings: readonly Finding[], out: Console) {
  const byOffice = missingFiguresByOffice(findings);
  if (byOffice.size === 0) return;
  out.error(MISSING_BY_OFFICE_HEADING);
  byOffice.forEach((names, office) =>
    out.error(missingByOfficeLine(office, names)),
  );
}

// `fazhi-report build`: workbook (or the sample) → findings → .docx, refusing on errors.

import {join} from 'path';
import {buildReport} from '../../core/build-report';
import {renderDocxParts, type FontProfileName} from '../../core/docx';
import {countBySeverity, hasErrors} from '../../core/findings/finding';
import {findingLine} from '../../core/findings/messages';
import {CliError, EXIT} from '../cli-error';
import {hintsNotListed, summaryLine} from '../cli-text';
import {packDocx, writeOutputFile} from '../docx-file';
import {loadWorkbook} from '../load-workbook';
import type {Console} from '../console';

export interface BuildOptions {
  readonly workbook?: string;
  readonly output?: string;
  readonly profile?: string;
}

const PROFILES: readonly FontProfileName[] = ['公文', '在线'];

export async function runBuild(
  options: BuildOptions,
  out: Console,
): Promise<number> {
  const profile = parseProfile(options.profile);
  const grids = await loadWorkbook(options.workbook);
  const build = buildReport(grids);
  const counts = countBySeverity(build.findings);
  if (hasErrors(build.findings)) {
    build.findings
      .filter(f => f.severity === 'error')
      .forEach(f => out.error(findingLine(f)));
    out.error(
      `存在 ${counts.error} 个错误，未生成文档。请先改正以上单元格后再生成。`,
    );
    return EXIT.findings;
  }
  // Warnings are worth reading before submitting; hints are listed by `validate`.
  build.findings
    .filter(f => f.severity === 'warning')
    .forEach(f => out.error(findingLine(f)));
  if (counts.info > 0) out.error(hintsNotListed(counts.info));
  const path =
    options.output ?? join('.', `${safeFileName(build.document.title)}.docx`);
  const bytes = packDocx(renderDocxParts(build.document, profile, new Date()));
  writeOutputFile(path, bytes);
  const source = options.workbook ?? '内置示例';
  out.log(`已生成 ${path}（来源：${source}，字体方案：${profile}）`);
  out.log(
    `段落 ${build.stats.paragraphs} 个，引用数据 ${build.stats.figuresUsed} 项（共 ${build.stats.figuresDefined} 项），${summaryLine(counts)}`,
  );
  return EXIT.ok;
}

function parseProfile(value: string | undefined): FontProfileName {
  if (value === undefined) return '公文';
  const profile = PROFILES.find(p => p === value);
  if (!profile) throw new CliError('usage-bad-profile', {value});
  return profile;
}

/** Characters Windows and macOS refuse in file names (and control characters) become "_". */
export function safeFileName(name: string): string {
  const safe = Array.from(name, ch =>
    ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch,
  ).join('');
  return safe.trim() || '报告';
}

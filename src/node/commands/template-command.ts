// `fazhi-report template`: a blank workbook with every tab, or the sample filled in.

import {
  carryOver,
  sampleNextYearFileName,
  sampleTemplateTabs,
  sampleWorkbookGrids,
  TEMPLATE_FILE_NAMES,
} from '../../core';
import {CliError, EXIT} from '../cli-error';
import {sampleNextYearLine, templateLine} from '../cli-text';
import type {Console} from '../console';
import {planOutput, writeOutput} from '../output-file';
import {writeTemplateXlsx} from '../xlsx-write';
import {writeGridsXlsx} from '../xlsx-write-grids';

export interface TemplateOptions {
  readonly output?: string;
  readonly sample: boolean;
  /** With `sample`: the sample carried over to its following year (a test fixture). */
  readonly nextYear?: boolean;
  /** Replace an existing file (a filled workbook would be lost, so only when asked). */
  readonly force?: boolean;
}

export async function runTemplate(
  options: TemplateOptions,
  out: Console,
): Promise<number> {
  if (options.nextYear) {
    if (!options.sample)
      throw new CliError('usage-next-year-without-sample', {});
    return runSampleNextYear(options, out);
  }
  const target = planOutput({
    requested: options.output,
    defaultName: options.sample
      ? TEMPLATE_FILE_NAMES.sample
      : TEMPLATE_FILE_NAMES.blank,
    kind: 'workbook',
    inputs: [],
    force: options.force ?? false,
  });
  const bytes = await writeTemplateXlsx(
    options.sample ? sampleTemplateTabs() : [],
  );
  writeOutput(target, bytes);
  out.log(templateLine(target.path, options.sample));
  return EXIT.ok;
}

/** The sample's following year: exactly what `carry-over` makes of the sample workbook. */
async function runSampleNextYear(
  options: TemplateOptions,
  out: Console,
): Promise<number> {
  const carried = carryOver(sampleWorkbookGrids());
  if (carried.kind === 'refused') throw new Error('the sample has no 报告年度');
  const target = planOutput({
    requested: options.output,
    defaultName: sampleNextYearFileName(carried.year),
    kind: 'workbook',
    inputs: [],
    force: options.force ?? false,
  });
  writeOutput(target, await writeGridsXlsx(carried.workbook.tabs));
  out.log(sampleNextYearLine(target.path, carried.year));
  return EXIT.ok;
}

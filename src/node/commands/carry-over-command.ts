// `fazhi-report carry-over`: next year's workbook from this year's finished one, written beside
// it (never over it, never over another file without --force); the finished year is not touched.

import {basename, dirname, join} from 'node:path';
import {carriedFileName, carryOver, findingLine} from '../../core';
import {CliError, EXIT} from '../cli-error';
import {carriedLine, carryOverRefused} from '../cli-text';
import type {Console} from '../console';
import {loadWorkbook} from '../load-workbook';
import {planOutput, writeOutput} from '../output-file';
import {writeGridsXlsx} from '../xlsx-write-grids';

export interface CarryOverOptions {
  readonly workbook?: string;
  readonly output?: string;
  /** Replace an existing output file (never the input workbook). */
  readonly force?: boolean;
}

export async function runCarryOver(
  options: CarryOverOptions,
  out: Console,
): Promise<number> {
  const input = options.workbook;
  if (input === undefined)
    throw new CliError('usage-missing-workbook', {command: 'carry-over'});
  const result = carryOver(await loadWorkbook(input));
  if (result.kind === 'refused') {
    result.findings.forEach(f => out.error(findingLine(f)));
    out.error(carryOverRefused());
    return EXIT.findings;
  }
  const name = carriedFileName(basename(input), result.year - 1, result.year);
  const target = planOutput({
    requested: options.output,
    defaultName:
      options.output === undefined ? join(dirname(input), name) : name,
    kind: 'workbook',
    inputs: [input],
    force: options.force ?? false,
  });
  writeOutput(target, await writeGridsXlsx(result.workbook.tabs));
  out.log(carriedLine(target.path, result.year, result.counts));
  return EXIT.ok;
}

// `npm run examples`: writes each example's workbook.xlsx (only when it would read differently
// from the one there) and builds its report through the command line's build command into
// out/examples/<slug>.docx. Prints one line per example; exit 1 if any example fails to build.

import {existsSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {isDeepStrictEqual} from 'node:util';
import {runBuild} from '../../src/node/commands/build-command';
import type {Console} from '../../src/node/console';
import {readXlsxWorkbook} from '../../src/node/xlsx-read';
import {
  exampleSlugs,
  guideRows,
  loadExample,
  readableGrids,
  rectangular,
  type Example,
} from './example-workbooks';
import {exampleXlsx} from './write-example-xlsx';

/** Writes workbook.xlsx unless the file there already reads to the same grids. */
async function writeXlsxIfChanged(example: Example): Promise<boolean> {
  const wanted = [
    {name: '填写说明', grid: rectangular(guideRows())},
    ...readableGrids(example.tabs),
  ];
  if (existsSync(example.xlsxPath)) {
    const present = await readXlsxWorkbook(example.xlsxPath);
    const grids = present.tabs.map(t => ({name: t.name, grid: t.grid}));
    if (isDeepStrictEqual(grids, wanted)) return false;
  }
  writeFileSync(example.xlsxPath, await exampleXlsx(example.tabs));
  return true;
}

async function main(root: string): Promise<number> {
  let failed = 0;
  for (const slug of exampleSlugs(root)) {
    const example = loadExample(root, slug);
    const written = await writeXlsxIfChanged(example);
    const lines: string[] = [];
    const console: Console = {
      log: line => lines.push(line),
      error: line => lines.push(line),
    };
    // Relative paths, so the build command's lines name files as the reader sees them.
    const workbook = relative(root, example.xlsxPath);
    const output = join('out', 'examples', `${slug}.docx`);
    // The .docx of the last run is replaced (`force`, for a build command that asks for it).
    const options = {workbook, output, force: true};
    const code = await runBuild(options, console);
    if (code !== 0) failed++;
    process.stdout.write(
      `${slug}: xlsx ${written ? 'written' : 'unchanged'}, build exit ${code}\n` +
        lines.map(line => `  ${line}\n`).join(''),
    );
  }
  return failed === 0 ? 0 : 1;
}

main(process.cwd()).then(
  code => process.exit(code),
  error => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(2);
  },
);

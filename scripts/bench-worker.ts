// One benchmark step in a fresh process, printing JSON:
//   write <times> <path>  writes the sample scaled by <times> as .xlsx (with the template writer);
//   measure <path>        times read → validate/compose → render → zip → write of that file and
//                         reports its own peak memory (so the writer's memory is not counted).

import {mkdtempSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {buildReport} from '../src/core/build-report';
import {packDocx, renderDocxParts} from '../src/core/docx';
import {zipFiles} from '../src/node/zip-files';
import {sampleTemplateTabs} from '../src/core/sample/sample-workbook';
import type {TemplateTab} from '../src/core/workbook/template-cells';
import {writeOutputFile} from '../src/node/docx-file';
import {readXlsxWorkbook} from '../src/node/xlsx-read';
import {scaleTabRows} from '../tests/helpers/scaled-sample';
import {writeTemplateXlsx} from '../src/node/xlsx-write';

/** The sample with every section repeated `times` and `times - 1` extra unused figures per figure. */
function scaledTabs(times: number): TemplateTab[] {
  return sampleTemplateTabs().map(tab => ({
    name: tab.name,
    rows: scaleTabRows(tab.name, tab.rows, times),
  }));
}

async function measure(xlsx: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  const started = process.hrtime.bigint();
  const grids = await readXlsxWorkbook(xlsx);
  const read = process.hrtime.bigint();
  const build = buildReport(grids);
  const built = process.hrtime.bigint();
  const bytes = packDocx(renderDocxParts(build.document, '公文'), zipFiles);
  writeOutputFile(join(dir, 'report.docx'), bytes);
  const done = process.hrtime.bigint();

  const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
  const rows = grids.tabs.reduce((n, t) => n + t.grid.length, 0);
  process.stdout.write(
    JSON.stringify({
      rows,
      paragraphs: build.stats.paragraphs,
      findings: build.findings.length,
      readMs: ms(started, read),
      buildMs: ms(read, built),
      renderZipWriteMs: ms(built, done),
      totalMs: ms(started, done),
      docxKB: Math.round(bytes.length / 1024),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }) + '\n',
  );
}

async function main(): Promise<void> {
  const [mode, arg, path] = process.argv.slice(2);
  if (mode === 'write') {
    await writeTemplateXlsx(scaledTabs(Number(arg)), path);
    process.stdout.write(JSON.stringify({xlsx: path}) + '\n');
  } else if (mode === 'measure') {
    await measure(arg);
  } else {
    throw new Error(
      'usage: bench-worker write <times> <path> | measure <path>',
    );
  }
}

void main();

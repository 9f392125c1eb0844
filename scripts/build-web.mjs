// Builds the offline page, dist/fazhi-report.html: one self-contained file with the page's
// script (src/web, on the same core as the command line), its style, and the blank template and
// sample workbook written now with the command line's template writer, embedded as base64.
// (`--outfile path` writes it elsewhere, for tests.)
//
// Fails when the script could end the <script> element early or the page names any URL that a
// browser would fetch: the page must work with no network at all.
import {build} from 'esbuild';
import {mkdirSync, readFileSync, writeFileSync} from 'fs';
import {createRequire} from 'module';
import {dirname} from 'path';

const at = process.argv.indexOf('--outfile');
const OUT = at > 0 ? process.argv[at + 1] : 'dist/fazhi-report.html';

const fail = message => {
  process.stderr.write(`build-web: ${message}\n`);
  process.exit(1);
};

/** Runs the template writer (TypeScript, exceljs) once to get the two workbooks' bytes. */
async function embeddedWorkbooks() {
  const result = await build({
    stdin: {
      contents: `
        import {sampleTemplateTabs} from './src/core';
        import {writeTemplateXlsx} from './src/node/xlsx-write';
        export const workbooks = async () => ({
          blank: await writeTemplateXlsx([]),
          sample: await writeTemplateXlsx(sampleTemplateTabs()),
        });`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    external: ['exceljs'],
    logLevel: 'warning',
  });
  const module = {exports: {}};
  const run = new Function(
    'require',
    'module',
    'exports',
    result.outputFiles[0].text,
  );
  run(createRequire(import.meta.url), module, module.exports);
  const files = await module.exports.workbooks();
  return {
    blank: Buffer.from(files.blank).toString('base64'),
    sample: Buffer.from(files.sample).toString('base64'),
  };
}

const bundle = await build({
  entryPoints: ['src/web/entry.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: ['es2019', 'chrome80'],
  platform: 'browser',
  charset: 'utf8',
  minify: true,
  legalComments: 'none',
  define: {FAZHI_EMBEDDED_WORKBOOKS: JSON.stringify(await embeddedWorkbooks())},
  logLevel: 'warning',
});
// Inside a <script> element, "</script" ends it and "<!--" changes how it is parsed; esbuild
// leaves both only inside string, template and regular expression literals (the .xlsx reader
// looks for "<!--"), where "\x3C" means the same "<".
const script = bundle.outputFiles[0].text
  .trim()
  .replace(/<(\/script|!--)/gi, '\\x3C$1');
if (/<\/script|<!--/i.test(script))
  fail('the script would end its <script> element early');

const style = readFileSync('src/web/page.css', 'utf8').trim();
const page = readFileSync('src/web/page.html', 'utf8')
  .replace('/*STYLE*/', () => style)
  .replace('/*SCRIPT*/', () => script);
// The script names URLs only as XML namespaces; the markup and style must name none at all.
const markup = page.replace(script, '');
if (/\b(?:src|href)\s*=|@import|url\(|:\/\//i.test(markup)) {
  fail('the page refers to another file or address');
}

mkdirSync(dirname(OUT), {recursive: true});
writeFileSync(OUT, page);
process.stdout.write(
  `${OUT} ${(Buffer.byteLength(page) / 1024).toFixed(1)} KB\n`,
);

// Renders a .docx to PNG pages with LibreOffice and pdftoppm, to look at the layout.
// Usage: node scripts/preview.mjs [report.docx]   (default: the newest out/*.docx)
// Output: out/preview/<name>.pdf and out/preview/<name>-<page>.png

import {spawnSync} from 'node:child_process';
import console from 'node:console';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {homedir} from 'node:os';
import {basename, dirname, join, resolve} from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL} from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(REPO, 'out');
const PREVIEW_DIR = join(OUT_DIR, 'preview');
const RESOLUTION_DPI = '60';
const INSTALL_HINT =
  'apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-liberation2';

// Debian has no 仿宋_GB2312 or 小标宋; CJK glyphs are all one em wide, so Noto stands in without
// changing line breaks. The Google Fonts names map to the Noto CJK packages' names.
const FONTCONFIG = `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${[
  ['仿宋_GB2312', 'Noto Serif CJK SC'],
  ['仿宋', 'Noto Serif CJK SC'],
  ['方正小标宋简体', 'Noto Serif CJK SC'],
  ['华文中宋', 'Noto Serif CJK SC'],
  ['楷体_GB2312', 'Noto Serif CJK SC'],
  ['楷体', 'Noto Serif CJK SC'],
  ['宋体', 'Noto Serif CJK SC'],
  ['黑体', 'Noto Sans CJK SC'],
  ['Noto Serif SC', 'Noto Serif CJK SC'],
  ['Noto Sans SC', 'Noto Sans CJK SC'],
]
  .map(
    ([family, prefer]) =>
      `  <alias binding="same"><family>${family}</family><prefer><family>${prefer}</family></prefer></alias>`,
  )
  .join('\n')}
</fontconfig>
`;

function commandExists(command) {
  const result = spawnSync(command, ['--version'], {stdio: 'ignore'});
  return !result.error;
}

function run(command, args) {
  const result = spawnSync(command, args, {stdio: 'inherit'});
  if (result.error || result.status !== 0) {
    console.error(
      `${command} 失败 (exit ${result.status ?? result.error.message})`,
    );
    process.exit(1);
  }
}

/** The .docx named on the command line, or the newest one in out/. */
function findDocx() {
  if (process.argv[2]) return resolve(process.argv[2]);
  if (!existsSync(OUT_DIR)) return undefined;
  const candidates = readdirSync(OUT_DIR)
    .filter(name => name.endsWith('.docx'))
    .map(name => join(OUT_DIR, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0];
}

function ensureFontAliases() {
  const file = join(homedir(), '.config', 'fontconfig', 'fonts.conf');
  if (existsSync(file)) return;
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, FONTCONFIG);
  console.log(`已写入字体替代配置 ${file}（仿宋_GB2312、小标宋等 → Noto CJK）`);
}

function main() {
  if (!commandExists('soffice')) {
    console.log('LibreOffice 未安装，跳过预览。安装：');
    console.log(`  sudo ${INSTALL_HINT}`);
    return;
  }
  const docx = findDocx();
  if (!docx || !existsSync(docx)) {
    console.error(
      docx
        ? `找不到文件 ${docx}`
        : 'out/ 中没有 .docx；请指定文件：node scripts/preview.mjs 报告.docx',
    );
    process.exit(1);
  }
  ensureFontAliases();
  mkdirSync(PREVIEW_DIR, {recursive: true});
  const name = basename(docx, '.docx');
  for (const file of readdirSync(PREVIEW_DIR)) {
    if (file.startsWith(`${name}-`) && file.endsWith('.png'))
      rmSync(join(PREVIEW_DIR, file));
  }
  const profile = pathToFileURL(join(REPO, '.lo-profile')).href;
  run('soffice', [
    '--headless',
    `-env:UserInstallation=${profile}`,
    '--convert-to',
    'pdf',
    '--outdir',
    PREVIEW_DIR,
    docx,
  ]);
  const pdf = join(PREVIEW_DIR, `${name}.pdf`);
  if (!commandExists('pdftoppm')) {
    console.log(
      `已生成 ${pdf}；pdftoppm 未安装，跳过 PNG（apt-get install poppler-utils）`,
    );
    return;
  }
  run('pdftoppm', ['-r', RESOLUTION_DPI, '-png', pdf, join(PREVIEW_DIR, name)]);
  const pages = readdirSync(PREVIEW_DIR)
    .filter(file => file.startsWith(`${name}-`) && file.endsWith('.png'))
    .sort();
  console.log(`预览：${pdf}`);
  for (const page of pages) console.log(`  ${join(PREVIEW_DIR, page)}`);
}

main();

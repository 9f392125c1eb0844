#!/usr/bin/env node
// Launches the bundled command line; `npm ci` (prepare) or `npm run build` creates it.
const path = require('path');
const fs = require('fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('尚未构建命令行程序。请先运行 npm run build。\n');
  process.exit(2);
}
require(bundle);

// The offline page's script (bundled into dist/fazhi-report.html by scripts/build-web.mjs): it
// starts the page and records when it became usable (data-ready-ms on <body>).

import {startPage} from './page-controller';

startPage();
document.body.dataset.readyMs = performance.now().toFixed(1);

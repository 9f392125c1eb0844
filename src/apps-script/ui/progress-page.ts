// The 填报进度 sidebar: per 负责科室 its rows by 状态, its figures, the empty ones and the
// findings in its rows; per part whether it is complete. Drawn on the server with every text
// escaped; each cell is a button that selects it through selectFindingCell, as in the findings
// sidebar.

import {
  findingMessage,
  formatCellRef,
  type OfficeProgress,
  type ProgressReport,
  toA1,
  type CellRef,
} from '../../core';
import {escapeHtml} from './html';
import {scriptSafeJson, SIDEBAR_STYLE} from './sidebar-page';

/** Words the page shows; the page template is the only place they are used. */
export const PROGRESS_TEXT = {
  title: '填报进度',
  summary: (offices: number, done: number, rows: number) =>
    `${offices} 个科室 · 已完成 ${done}/${rows} 行`,
  parts: '各部分',
  partLine: (done: number, rows: number) => `${done}/${rows} 行已完成`,
  complete: '已完成',
  incomplete: '未完成',
  noOffice: '未填负责科室',
  noStatus: '未填状态',
  rowsLine: (rows: number, statuses: string) => `内容 ${rows} 行：${statuses}`,
  figuresLine: (figures: number, empty: number) =>
    `指标 ${figures} 项，其中 ${empty} 项未填数值`,
  emptyFigures: '未填数值',
  findings: '问题',
  otherFindings: '其他问题',
  cellHint: '点击定位到单元格',
  selectFailed: '无法定位到该单元格：',
  noServer: '请在 Google 表格中打开此侧边栏。',
} as const;

const STYLE = `${SIDEBAR_STYLE}
.office,.parts{margin:0 0 14px}
.line{margin:0 0 4px;color:#3c4043}
.state{font-size:12px;font-weight:normal;margin-left:6px;padding:0 4px;border-radius:3px}
.state.done{color:#137333;background:#e6f4ea}.state.open{color:#a50e0e;background:#fce8e6}
.sub{font-size:12px;margin:6px 0 4px}
.sev-empty{border-left-color:#c5221f}
.finding.sev-error{border-left-color:#c5221f}.finding.sev-warning{border-left-color:#f9ab00}.finding.sev-info{border-left-color:#80868b}
`;

// Runs in the clerk's browser (ES2019): the only server call is selectFindingCell(tab, a1).
const SCRIPT = `
(function () {
  'use strict';
  var text = JSON.parse(document.getElementById('progress-text').textContent);
  var failure = document.getElementById('failure');
  var selected = null;
  function showError(error) {
    var detail = error && error.message ? error.message : String(error);
    failure.textContent = text.selectFailed + detail;
    failure.hidden = false;
  }
  Array.prototype.forEach.call(document.querySelectorAll('button[data-cell]'), function (button) {
    button.addEventListener('click', function () {
      if (selected) selected.classList.remove('selected');
      selected = button;
      button.classList.add('selected');
      failure.hidden = true;
      if (typeof google === 'undefined' || !google.script || !google.script.run) {
        showError(text.noServer);
        return;
      }
      google.script.run
        .withFailureHandler(function (error) { button.classList.remove('selected'); showError(error); })
        .selectFindingCell(button.getAttribute('data-tab'), button.getAttribute('data-cell'));
    });
  });
})();
`;

/** A button that selects `cell`: its address, then `label`. */
function cellButton(cell: CellRef, label: string, kind: string): string {
  return `<li><button type="button" class="finding sev-${escapeHtml(kind)}" data-tab="${escapeHtml(cell.tab)}" data-cell="${escapeHtml(toA1(cell))}" title="${escapeHtml(PROGRESS_TEXT.cellHint)}"><span class="cell">${escapeHtml(formatCellRef(cell))}</span><span class="message">${escapeHtml(label)}</span></button></li>`;
}

/** 已完成 or 未完成, after an office's or a part's name. */
function stateBadge(complete: boolean): string {
  return complete
    ? `<span class="state done">${escapeHtml(PROGRESS_TEXT.complete)}</span>`
    : `<span class="state open">${escapeHtml(PROGRESS_TEXT.incomplete)}</span>`;
}

function officeSection(office: OfficeProgress): string {
  const statuses = office.byStatus
    .map(s => `${s.status || PROGRESS_TEXT.noStatus} ${s.rows}`)
    .join(' · ');
  const parts = [
    `<section class="office" data-office="${escapeHtml(office.office)}">`,
    `<h2 class="tab-name">${escapeHtml(office.office || PROGRESS_TEXT.noOffice)}${stateBadge(office.complete)}</h2>`,
    `<p class="line">${escapeHtml(PROGRESS_TEXT.rowsLine(office.rows, statuses))}</p>`,
    `<p class="line">${escapeHtml(PROGRESS_TEXT.figuresLine(office.figures, office.emptyFigures.length))}</p>`,
  ];
  if (office.emptyFigures.length > 0)
    parts.push(
      `<h3 class="sub">${escapeHtml(PROGRESS_TEXT.emptyFigures)}</h3><ul class="items">`,
      ...office.emptyFigures.map(f => cellButton(f.cell, f.name, 'empty')),
      '</ul>',
    );
  if (office.findings.length > 0)
    parts.push(
      `<h3 class="sub">${escapeHtml(PROGRESS_TEXT.findings)}</h3><ul class="items">`,
      ...office.findings.map(f =>
        cellButton(f.cell, findingMessage(f), f.severity),
      ),
      '</ul>',
    );
  parts.push('</section>');
  return parts.join('');
}

function partsSection(report: ProgressReport): string {
  const items = report.parts.map(
    p =>
      `<li class="line" data-part="${escapeHtml(p.tab)}">${escapeHtml(`${p.tab}：${PROGRESS_TEXT.partLine(p.done, p.rows)}`)}${stateBadge(p.complete)}</li>`,
  );
  return `<section class="parts"><h2 class="tab-name">${escapeHtml(PROGRESS_TEXT.parts)}</h2><ul class="items">${items.join('')}</ul></section>`;
}

/** The whole page for HtmlService.createHtmlOutput. */
export function progressHtml(report: ProgressReport): string {
  const rows = report.parts.reduce((n, p) => n + p.rows, 0);
  const done = report.parts.reduce((n, p) => n + p.done, 0);
  const other =
    report.otherFindings.length === 0
      ? ''
      : `<section class="office"><h2 class="tab-name">${escapeHtml(PROGRESS_TEXT.otherFindings)}</h2><ul class="items">${report.otherFindings
          .map(f => cellButton(f.cell, findingMessage(f), f.severity))
          .join('')}</ul></section>`;
  const textJson = scriptSafeJson({
    selectFailed: PROGRESS_TEXT.selectFailed,
    noServer: PROGRESS_TEXT.noServer,
  });
  return `<!DOCTYPE html><html lang="zh-CN"><head><base target="_top"><meta charset="utf-8"><style>${STYLE}</style></head><body>
<h1>${escapeHtml(PROGRESS_TEXT.title)}</h1>
<p class="summary" id="summary">${escapeHtml(PROGRESS_TEXT.summary(report.offices.length, done, rows))}</p>
<p class="failure" id="failure" role="alert" hidden></p>
${partsSection(report)}
${report.offices.map(officeSection).join('\n')}
${other}
<script type="application/json" id="progress-text">${textJson}</script>
<script>${SCRIPT}</script>
</body></html>`;
}

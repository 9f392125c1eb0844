// The findings sidebar: one page listing findings by tab and severity; clicking one selects its cell.
// Findings travel as JSON data and are drawn with textContent only, so no cell text can run as script.

import type {Severity} from '../../core';
import {escapeHtml} from './html';

export interface SidebarFinding {
  readonly tab: string;
  /** A1 notation, e.g. "B7". */
  readonly cell: string;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

/** Words the page shows; the page template is the only place they are used. */
const SIDEBAR_TEXT = {
  title: '工作簿检查结果',
  empty: '未发现问题，可以生成报告。',
  severity: {error: '错误', warning: '警告', info: '提示'},
  countUnit: '条',
  cellHint: '点击定位到单元格',
  selectFailed: '无法定位到该单元格：',
  noServer: '请在 Google 表格中打开此侧边栏。',
} as const;

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const STYLE = `
body{font-family:"Noto Sans SC","Microsoft YaHei",sans-serif;font-size:13px;line-height:1.5;margin:0;padding:10px;color:#202124;background:#fff}
h1{font-size:15px;margin:0 0 4px}
.summary{margin:0 0 10px;color:#3c4043}
.empty{padding:16px 8px;text-align:center;color:#137333;background:#e6f4ea;border-radius:6px}
.failure{margin:0 0 10px;padding:6px 8px;color:#a50e0e;background:#fce8e6;border-radius:4px}
.tab{margin:0 0 14px}
.tab-name{font-size:14px;margin:0 0 6px;padding-bottom:2px;border-bottom:1px solid #dadce0;overflow-wrap:anywhere}
.group{margin:0 0 8px}
.group-name{font-size:12px;font-weight:bold;margin:0 0 4px;padding:1px 6px;border-radius:3px;display:inline-block}
.count{font-weight:normal;margin-left:4px}
.tab-name .count{font-size:12px;color:#5f6368}
.items{list-style:none;margin:0;padding:0}
.finding{display:flex;gap:8px;width:100%;margin:0 0 4px;padding:5px 6px;text-align:left;font:inherit;color:inherit;background:#f8f9fa;border:1px solid transparent;border-left:4px solid;border-radius:3px;cursor:pointer}
.finding:hover{background:#f1f3f4}
.finding:focus{outline:2px solid #1a73e8;outline-offset:1px}
.finding.selected{background:#e8f0fe;border-color:#1a73e8}
.finding[aria-busy="true"]{opacity:.7}
.cell{flex:none;min-width:34px;font-family:monospace;font-weight:bold}
.message{flex:1;min-width:0;overflow-wrap:anywhere;white-space:pre-wrap}
.sev-error .group-name{color:#fff;background:#c5221f}.sev-error .finding{border-left-color:#c5221f}
.sev-warning .group-name{color:#3c2a00;background:#f9ab00}.sev-warning .finding{border-left-color:#f9ab00}
.sev-info .group-name{color:#fff;background:#80868b}.sev-info .finding{border-left-color:#80868b}
`;

/** The findings sidebar's look, shared by the other sidebars (填报进度). */
export const SIDEBAR_STYLE = STYLE;

// Runs in the clerk's browser (ES2019). It reads the data block and builds every node with
// createElement/textContent; the only server call is selectFindingCell(tab, a1).
const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('sidebar-data').textContent);
  var text = data.text;
  var list = document.getElementById('findings');
  var failure = document.getElementById('failure');
  var selected = null;

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function showError(error) {
    var detail = error && error.message ? error.message : String(error);
    failure.textContent = text.selectFailed + detail;
    failure.hidden = false;
  }

  function select(button, finding) {
    if (selected) selected.classList.remove('selected');
    selected = button;
    button.classList.add('selected');
    button.setAttribute('aria-busy', 'true');
    failure.hidden = true;
    var done = function () { button.setAttribute('aria-busy', 'false'); };
    if (typeof google === 'undefined' || !google.script || !google.script.run) {
      done();
      showError(text.noServer);
      return;
    }
    google.script.run
      .withSuccessHandler(done)
      .withFailureHandler(function (error) {
        done();
        button.classList.remove('selected');
        showError(error);
      })
      .selectFindingCell(finding.tab, finding.cell);
  }

  function findingButton(finding) {
    var button = el('button', 'finding');
    button.type = 'button';
    button.title = text.cellHint;
    button.appendChild(el('span', 'cell', finding.cell));
    button.appendChild(el('span', 'message', finding.message));
    button.addEventListener('click', function () { select(button, finding); });
    var item = el('li');
    item.appendChild(button);
    return item;
  }

  function groupSection(severity, findings) {
    var section = el('div', 'group sev-' + severity);
    var name = el('h3', 'group-name', text.severity[severity]);
    name.appendChild(el('span', 'count', String(findings.length)));
    section.appendChild(name);
    var items = el('ul', 'items');
    findings.forEach(function (f) { items.appendChild(findingButton(f)); });
    section.appendChild(items);
    return section;
  }

  function tabSection(tab, findings) {
    var section = el('section', 'tab');
    section.setAttribute('data-tab', tab);
    var name = el('h2', 'tab-name', tab);
    name.appendChild(el('span', 'count', findings.length + ' ' + text.countUnit));
    section.appendChild(name);
    data.severityOrder.forEach(function (severity) {
      var inGroup = findings.filter(function (f) { return f.severity === severity; });
      if (inGroup.length > 0) section.appendChild(groupSection(severity, inGroup));
    });
    return section;
  }

  if (data.findings.length === 0) {
    list.appendChild(el('p', 'empty', text.empty));
    return;
  }
  var tabs = [];
  var byTab = {};
  data.findings.forEach(function (f) {
    if (!Object.prototype.hasOwnProperty.call(byTab, f.tab)) {
      byTab[f.tab] = [];
      tabs.push(f.tab);
    }
    byTab[f.tab].push(f);
  });
  tabs.forEach(function (tab) { list.appendChild(tabSection(tab, byTab[tab])); });
})();
`;

const JSON_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that is safe inside a <script> element: no "<", ">" or "&" can end the element or
 * open a comment, and the line separators U+2028/2029 are escaped as well.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    ch => JSON_ESCAPES[ch],
  );
}

/**
 * The sidebar page for HtmlService.createHtmlOutput: the summary line, then the findings
 * grouped by tab (in the order given) and by severity. Each finding is a button that calls
 * the server's selectFindingCell(tab, a1).
 */
export function sidebarHtml(
  findings: readonly SidebarFinding[],
  summary: string,
): string {
  const data = {
    findings: findings.map(({tab, cell, severity, code, message}) => ({
      tab,
      cell,
      severity,
      code,
      message,
    })),
    severityOrder: SEVERITY_ORDER,
    text: SIDEBAR_TEXT,
  };
  return `<!DOCTYPE html><html lang="zh-CN"><head><base target="_top"><meta charset="utf-8"><style>${STYLE}</style></head><body>
<h1>${escapeHtml(SIDEBAR_TEXT.title)}</h1>
<p class="summary" id="summary">${escapeHtml(summary)}</p>
<p class="failure" id="failure" role="alert" hidden></p>
<div id="findings"></div>
<script type="application/json" id="sidebar-data">${scriptSafeJson(data)}</script>
<script>${SCRIPT}</script>
</body></html>`;
}

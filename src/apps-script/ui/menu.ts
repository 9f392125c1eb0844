// The 法治报告 menu: labels and the global function each item calls. The build checks that
// every handler named here is a top-level function of the bundle.

import {AUTO_DRAFT_HANDLER, type AutoDraftState} from '../actions/auto-draft';
import type {SpreadsheetAppPort} from '../services/ports';
import {MENU_TITLE} from './ui-text';

export interface MenuItem {
  readonly label: string;
  readonly handler: string;
}

/** Groups of items, drawn with separators between them. */
export const MENU_GROUPS: readonly (readonly MenuItem[])[] = [
  [
    {label: '初始化工作簿', handler: 'setupWorkbook'},
    {label: '载入示例数据', handler: 'loadSampleData'},
  ],
  [
    {label: '校验全部', handler: 'validateAll'},
    {label: '校验当前工作表', handler: 'validateActiveSheet'},
    {label: '清除校验标记', handler: 'clearMarks'},
  ],
  [
    {label: '生成报告', handler: 'generateReport'},
    {label: '生成报送版', handler: 'generateSubmission'},
    {label: '打开最新报告', handler: 'openLatestReport'},
    {label: '版本列表', handler: 'showVersions'},
  ],
  [
    {label: '填报进度', handler: 'showFillingProgress'},
    {label: '开始下一年度', handler: 'startNextYear'},
  ],
  [
    {label: '共享给审阅人', handler: 'shareWithReviewers'},
    {label: '拉取审阅意见', handler: 'pullReviewComments'},
    {label: '导出PDF', handler: 'exportPdf'},
  ],
  [
    {label: '自检', handler: 'selfCheck'},
    {label: '帮助', handler: 'showHelp'},
  ],
];

/** The automatic-draft item: one label and handler when it is off, another when it is on. */
export const AUTO_DRAFT_ITEMS = {
  off: {label: '开启自动生成', handler: 'enableAutoDrafts'},
  on: {label: '关闭自动生成（已开启）', handler: 'disableAutoDrafts'},
} as const;

/** Functions called by name from elsewhere: the sidebar's google.script.run and triggers. */
const OTHER_HANDLERS: readonly string[] = [
  'selectFindingCell',
  'onEdit',
  'onOpen',
  AUTO_DRAFT_HANDLER,
  AUTO_DRAFT_ITEMS.off.handler,
  AUTO_DRAFT_ITEMS.on.handler,
];

/** Names the build must find as top-level functions: every menu handler and callback. */
export function menuHandlerNames(): string[] {
  return [...MENU_GROUPS.flat().map(i => i.handler), ...OTHER_HANDLERS];
}

/** The automatic-draft item as the state is: off, on, or on with whose trigger it is. */
export function autoDraftItem(state: AutoDraftState): MenuItem {
  if (!state.on) return AUTO_DRAFT_ITEMS.off;
  if (!state.owner) return AUTO_DRAFT_ITEMS.on;
  return {
    label: `关闭自动生成（${state.owner} 已开启）`,
    handler: AUTO_DRAFT_ITEMS.on.handler,
  };
}

/** Builds the menu; `autoDraft` picks the automatic-draft item's label. */
export function addMenu(
  spreadsheetApp: SpreadsheetAppPort,
  autoDraft: AutoDraftState | boolean = false,
): void {
  const menu = spreadsheetApp.getUi().createMenu(MENU_TITLE);
  const autoDraftMenuItem = autoDraftItem(
    typeof autoDraft === 'boolean' ? {on: autoDraft, owner: ''} : autoDraft,
  );
  const groups = [
    ...MENU_GROUPS.slice(0, -1),
    [autoDraftMenuItem],
    ...MENU_GROUPS.slice(-1),
  ];
  groups.forEach((group, g) => {
    if (g > 0) menu.addSeparator();
    for (const item of group) menu.addItem(item.label, item.handler);
  });
  menu.addToUi();
}

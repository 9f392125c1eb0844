// The functions Apps Script calls by name: menu items and the onOpen trigger. Each only
// delegates; the build copies these declarations, with their JSDoc, to the top level.

import {generateReport as generate} from './generate-report';
import {globalServices} from './global-services';
import {pageHtml} from './html';
import {loadSample} from './load-sample';
import {addMenu} from './menu';
import {openLatestReport as openLatest} from './open-latest';
import {runEntry} from './run-entry';
import {setupWorkbook as setup} from './setup-workbook';
import {APP_TITLE, TEXT} from './ui-text';

/**
 * Adds the 法治报告 menu when the workbook opens (simple trigger: no authorisation needed).
 */
export function onOpen(): void {
  addMenu(globalServices().SpreadsheetApp);
}

/**
 * 初始化工作簿: creates the missing tabs; never changes a filled cell.
 */
export function setupWorkbook(): void {
  const services = globalServices();
  runEntry('setupWorkbook', services, () => {
    const result = setup(services);
    const ui = services.SpreadsheetApp.getUi();
    const lines = [TEXT.setupDone(result.created.length, result.filled)];
    if (result.conflicts.length > 0)
      lines.push(TEXT.setupConflicts(result.conflicts.join('\n')));
    ui.alert(APP_TITLE, lines.join('\n\n'), ui.ButtonSet.OK);
  });
}

/**
 * 载入示例数据: fills the workbook with the 古荡街道 2024 sample, asking before replacing data.
 */
export function loadSampleData(): void {
  const services = globalServices();
  runEntry('loadSampleData', services, () => {
    const outcome = loadSample(services);
    const ui = services.SpreadsheetApp.getUi();
    const message =
      outcome === 'loaded' ? TEXT.sampleLoaded : TEXT.sampleDeclined;
    ui.alert(APP_TITLE, message, ui.ButtonSet.OK);
  });
}

/**
 * 生成报告: validates the workbook and saves the Google Doc and the official .docx to Drive.
 */
export function generateReport(): void {
  const services = globalServices();
  runEntry('generateReport', services, () => {
    generate(services, new Date());
  });
}

/**
 * 打开最新报告: shows the links of the newest version in 生成记录.
 */
export function openLatestReport(): void {
  const services = globalServices();
  runEntry('openLatestReport', services, () => openLatest(services));
}

/**
 * 帮助: how to use the menu, in a dialog.
 */
export function showHelp(): void {
  const services = globalServices();
  runEntry('showHelp', services, () => {
    const output = services.HtmlService.createHtmlOutput(
      pageHtml(TEXT.helpHtml),
    )
      .setWidth(480)
      .setHeight(320);
    services.SpreadsheetApp.getUi().showModalDialog(output, TEXT.helpTitle);
  });
}
export * from './custom-function-entries';

// The functions Apps Script calls by name: menu items and the onOpen trigger. Each only
// delegates; the build copies these declarations, with their JSDoc, to the top level.

import {generateReport as generate} from './actions/generate-report';
import {generateSubmission as generateSubmitted} from './actions/generate-submission';
import {globalServices} from './services/global-services';
import {AppError} from './services/app-error';
import {exportLatestPdf} from './actions/export-pdf';
import {escapeHtml, linkHtml, pageHtml} from './ui/html';
import {
  autoDraftState,
  disableAutoDraft,
  enableAutoDraft,
  runAutoDraft as autoDraft,
  takeAutoDraftFailure,
} from './actions/auto-draft';
import {clearValidationMarks} from './actions/clear-marks';
import {loadSample} from './actions/load-sample';
import {checkEdit, type EditEvent} from './actions/on-edit';
import {addMenu} from './ui/menu';
import {openLatestReport as openLatest} from './actions/open-latest';
import {pullComments} from './actions/pull-comments';
import {readSheetSettings} from './sheets/read-sheet-grids';
import type {PropertiesPort} from './services/ports';
import {runEntry} from './ui/run-entry';
import {selectCell} from './actions/select-cell';
import {runSelfCheck, selfCheckSummary} from './actions/self-check';
import {SELF_CHECK_TEXT} from './ui/ui-text-self-check';
import {setupWorkbook as setup} from './actions/setup-workbook';
import {shareSummary} from './ui/share-dialogs';
import {shareReportWithPrompt} from './actions/share-report';
import {APP_TITLE, appErrorMessage, TEXT} from './ui/ui-text';
import {COMMENTS_TEXT, PDF_TEXT, SHARE_TEXT} from './ui/ui-text-review';
import {validateWorkbook} from './actions/validate-workbook';
import {showVersionList} from './actions/version-list';
import {showProgress} from './actions/show-progress';
import {startNextYear as startNext} from './actions/start-next-year';
import {nextYearMessage} from './ui/next-year-dialogs';
import {NEXT_YEAR_TEXT} from './ui/ui-text-next-year';

/**
 * Adds the 法治报告 menu when the workbook opens (simple trigger: no authorisation needed),
 * and shows once why the last automatic draft failed, if it did.
 */
export function onOpen(): void {
  const services = globalServices();
  // The menu must appear even where properties cannot be read (a simple trigger in a
  // restricted authorisation mode): then it shows the "switch on" item.
  let properties: PropertiesPort | undefined;
  try {
    properties = services.PropertiesService.getDocumentProperties();
  } catch (e) {
    services.console.error(
      `fazhi-report: onOpen could not read properties: ${String(e)}`,
    );
  }
  addMenu(
    services.SpreadsheetApp,
    properties ? autoDraftState(properties) : false,
  );
  let failure: string | null = null;
  try {
    failure = properties ? takeAutoDraftFailure(properties) : null;
  } catch (e) {
    services.console.error(
      `fazhi-report: onOpen could not clear the failure: ${String(e)}`,
    );
  }
  if (failure) {
    services.SpreadsheetApp.getActiveSpreadsheet().toast(
      TEXT.autoDraftFailed(failure),
      APP_TITLE,
      15,
    );
  }
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
 * 校验全部: checks every tab, marks the cells with findings and lists them in a sidebar.
 */
export function validateAll(): void {
  const services = globalServices();
  runEntry('validateAll', services, () => {
    validateWorkbook(services, {kind: 'all'});
  });
}

/**
 * 校验当前工作表: checks the workbook, marks and lists the findings of the active tab.
 */
export function validateActiveSheet(): void {
  const services = globalServices();
  runEntry('validateActiveSheet', services, () => {
    validateWorkbook(services, {kind: 'active-sheet'});
  });
}

/**
 * 清除校验标记: removes every validation mark and restores the clerk's own notes and colours.
 */
export function clearMarks(): void {
  const services = globalServices();
  runEntry('clearMarks', services, () => {
    const cleared = clearValidationMarks(services);
    services.SpreadsheetApp.getActiveSpreadsheet().toast(
      TEXT.marksCleared(cleared),
      APP_TITLE,
      5,
    );
  });
}

/**
 * Called from the findings sidebar: selects the cell of a finding.
 * @param {string} tab the tab name
 * @param {string} a1 the cell, e.g. "B7"
 */
export function selectFindingCell(tab: string, a1: string): void {
  try {
    selectCell(globalServices(), tab, a1);
  } catch (e) {
    // The sidebar shows the error's message: give it the Chinese sentence, not the code.
    throw e instanceof AppError ? new Error(appErrorMessage(e)) : e;
  }
}

/**
 * Simple trigger: checks the edited cells as the clerk types and marks or unmarks them.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e: EditEvent): void {
  try {
    checkEdit(e);
  } catch (error) {
    // A check while typing must never interrupt the clerk; 校验全部 reports everything.
    globalServices().console.error(
      `fazhi-report: onEdit failed: ${String(error)}`,
    );
  }
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
 * 生成报送版: validates the workbook for the 报送 version (版头 and 版记 settings) and saves its
 * .docx to Drive beside the other versions, without a Google Doc.
 */
export function generateSubmission(): void {
  const services = globalServices();
  runEntry('generateSubmission', services, () => {
    generateSubmitted(services, new Date());
  });
}

/**
 * 开启自动生成: installs the daily trigger (hour from 基本信息 自动生成时间, default 18).
 */
export function enableAutoDrafts(): void {
  const services = globalServices();
  runEntry('enableAutoDrafts', services, () => {
    const hour = readSheetSettings(services).autoDraftHour;
    addMenu(services.SpreadsheetApp, enableAutoDraft(services, hour));
    services.SpreadsheetApp.getActiveSpreadsheet().toast(
      TEXT.autoDraftOn(hour),
      APP_TITLE,
      10,
    );
  });
}

/**
 * 关闭自动生成: removes the daily trigger.
 */
export function disableAutoDrafts(): void {
  const services = globalServices();
  runEntry('disableAutoDrafts', services, () => {
    disableAutoDraft(services);
    addMenu(services.SpreadsheetApp, false);
    services.SpreadsheetApp.getActiveSpreadsheet().toast(
      TEXT.autoDraftOff,
      APP_TITLE,
      5,
    );
  });
}

/**
 * Handler of the daily trigger: builds a new draft only when the data changed.
 */
export function runAutoDraft(): void {
  autoDraft(globalServices(), new Date());
}

/**
 * 打开最新报告: shows the links of the newest version in 生成记录.
 */
export function openLatestReport(): void {
  const services = globalServices();
  runEntry('openLatestReport', services, () => openLatest(services));
}

/**
 * 版本列表: every generated version with its links, newest first.
 */
export function showVersions(): void {
  const services = globalServices();
  runEntry('showVersions', services, () => showVersionList(services));
}

/**
 * 共享给审阅人: shares the newest version with the reviewers of 基本信息 as commenters.
 */
export function shareWithReviewers(): void {
  const services = globalServices();
  runEntry('shareWithReviewers', services, () => {
    const ui = services.SpreadsheetApp.getUi();
    try {
      const result = shareReportWithPrompt(services, new Date());
      if (result === null) {
        services.SpreadsheetApp.getActiveSpreadsheet().toast(
          SHARE_TEXT.cancelled,
          APP_TITLE,
          5,
        );
      } else {
        ui.alert(SHARE_TEXT.resultTitle, shareSummary(result), ui.ButtonSet.OK);
      }
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'drive-failed')) throw e;
      ui.alert(
        SHARE_TEXT.resultTitle,
        SHARE_TEXT.failed(e.params.detail),
        ui.ButtonSet.OK,
      );
    }
  });
}

/**
 * 拉取审阅意见: copies the comments on the newest version into the 审阅意见 tab.
 */
export function pullReviewComments(): void {
  const services = globalServices();
  runEntry('pullReviewComments', services, () => {
    try {
      const result = pullComments(services);
      services.SpreadsheetApp.getActiveSpreadsheet().toast(
        COMMENTS_TEXT.summary(result),
        COMMENTS_TEXT.resultTitle,
        10,
      );
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'drive-failed')) throw e;
      const ui = services.SpreadsheetApp.getUi();
      ui.alert(
        COMMENTS_TEXT.resultTitle,
        COMMENTS_TEXT.failed(e.params.detail),
        ui.ButtonSet.OK,
      );
    }
  });
}

/**
 * 导出PDF: exports the newest version to PDF beside it in Drive and logs it.
 */
export function exportPdf(): void {
  const services = globalServices();
  runEntry('exportPdf', services, () => {
    const ui = services.SpreadsheetApp.getUi();
    try {
      const {version, pdfUrl} = exportLatestPdf(services, new Date());
      const body = `<p>${escapeHtml(PDF_TEXT.done(version))}</p><p>${linkHtml(pdfUrl, PDF_TEXT.link)}</p>`;
      const output = services.HtmlService.createHtmlOutput(pageHtml(body))
        .setWidth(420)
        .setHeight(260);
      ui.showModalDialog(output, PDF_TEXT.resultTitle);
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'drive-failed')) throw e;
      ui.alert(
        PDF_TEXT.resultTitle,
        PDF_TEXT.failed(e.params.detail),
        ui.ButtonSet.OK,
      );
    }
  });
}

/**
 * 自检: scopes, the Drive service, the address, triggers and a round trip through Google Docs,
 * written to the 自检 tab, with a summary.
 */
export function selfCheck(): void {
  const services = globalServices();
  runEntry('selfCheck', services, () => {
    const rows = runSelfCheck(services, new Date());
    const ui = services.SpreadsheetApp.getUi();
    ui.alert(
      SELF_CHECK_TEXT.summaryTitle,
      selfCheckSummary(rows),
      ui.ButtonSet.OK,
    );
  });
}

/**
 * 填报进度: per 负责科室 the rows by 状态, the empty figures and the findings, in a sidebar.
 */
export function showFillingProgress(): void {
  const services = globalServices();
  runEntry('showFillingProgress', services, () => {
    showProgress(services);
  });
}

/**
 * 开始下一年度: after a confirmation, keeps a copy of each input tab with this year in its
 * name, then turns the input tabs into next year's (数值 → 上年数值, 状态 → 待更新).
 */
export function startNextYear(): void {
  const services = globalServices();
  runEntry('startNextYear', services, () => {
    const outcome = startNext(services);
    const ui = services.SpreadsheetApp.getUi();
    ui.alert(NEXT_YEAR_TEXT.title, nextYearMessage(outcome), ui.ButtonSet.OK);
  });
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

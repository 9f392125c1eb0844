// A modal dialog showing one small page (pageHtml): the result dialogs of 生成报告, 生成报送版,
// 打开最新报告 and 版本列表.

import type {Services} from '../services/ports';
import {pageHtml} from './html';

/** Shows `body` (HTML, already escaped) in a `width`×`height` pixel dialog titled `title`. */
export function showPageDialog(
  services: Pick<Services, 'HtmlService' | 'SpreadsheetApp'>,
  title: string,
  body: string,
  width = 420,
  height = 300,
): void {
  const output = services.HtmlService.createHtmlOutput(pageHtml(body))
    .setWidth(width)
    .setHeight(height);
  services.SpreadsheetApp.getUi().showModalDialog(output, title);
}

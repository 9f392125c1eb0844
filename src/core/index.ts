// The core's one entry: what the adapters (command line, Apps Script) may use. Adapters import
// from here, never from deep paths, so the core can move its rooms without touching them.

export * from './build-report';
export * from './carry-over/carry-over';
export * from './carry-over/carry-over-plan';
export * from './check-edited-cells';
export * from './custom-functions/approximate';
export * from './custom-functions/cell-range';
export * from './custom-functions/chinese-numeral';
export * from './custom-functions/ordinal';
export * from './custom-functions/percent';
export * from './custom-functions/sum-check';
export * from './custom-functions/year-on-year';
export {
  attachmentLines,
  type Block,
  type HeadingLevel,
  type ReportDocument,
} from './document/model';
export * from './docx';
export * from './errors/coded-error';
export * from './files/file-name';
export * from './files/file-name-text';
export * from './files/report-file-name';
export * from './files/template-file-names';
export * from './findings/finding';
export * from './findings/group-findings';
export * from './findings/messages';
export * from './findings/severity';
export * from './generation/generation-log-plan';
export * from './generation/generation-plan';
export * from './generation/submission-run';
export * from './generation/version-owner';
export * from './profile-findings';
export * from './progress/progress-report';
export * from './progress/unfinished-offices';
export * from './review/fit-cell';
export * from './review/locate-quote';
export * from './review/review-rows';
export * from './sample/sample-workbook';
export * from './self-check/docx-facts';
export * from './self-check/round-trip';
export * from './sharing/share-plan';
export * from './text/closest-name';
export * from './workbook/cell-ref';
export * from './workbook/cell-text';
export * from './workbook/fingerprint';
export * from './workbook/grid';
export * from './workbook/hidden-rows';
export * from './workbook/read-settings';
export * from './workbook/report-model';
export * from './workbook/schema';
export * from './workbook/submission-findings';
export * from './workbook/tab-names';
export * from './workbook/template-cells';
export * from './workbook/template-layout';
export * from './workbook/print-layout';
export * from './xlsx/read-xlsx';
export * from './xlsx/xlsx-error';
export * from './xlsx/xlsx-limits';
export * from './xlsx/xlsx-problem-messages';

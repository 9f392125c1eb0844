// The renderer tests' small report with a 版头 and a 版记 (the 报送 profile).

import type {
  Imprint,
  Masthead,
  ReportDocument,
} from '../../../src/core/document/model';
import {SAMPLE_REPORT} from './sample-report';

export const MASTHEAD: Masthead = {
  organs: ['古荡街道办事处文件'],
  suffix: '',
  documentNumber: '古街〔2025〕3号',
  signers: [],
};

export const IMPRINT: Imprint = {
  copyTo: '抄送：区委依法治区办，区司法局。',
  printingOrgan: '古荡街道党政办公室',
  printingDate: '2025年2月6日印发',
};

/**
 * The sample report as submitted; `masthead` fields override the single-organ default, and
 * `imprint` null leaves the 版记 out.
 */
export function submissionReport(
  masthead: Partial<Masthead> = {},
  imprint: Imprint | null = IMPRINT,
): ReportDocument {
  return {
    ...SAMPLE_REPORT,
    submission: {
      masthead: {...MASTHEAD, ...masthead},
      ...(imprint ? {imprint} : {}),
    },
  };
}

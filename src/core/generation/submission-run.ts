// What a 报送 run (生成报送版) records: it takes no version number of its own, so the versions
// that 打开最新报告, 共享 and 拉取审阅意见 follow stay the Google Docs; it says which version's
// data it was built from, in its file name and in its row of 生成记录.

/** Which version the 报送 file matches: the same data, data changed since, or no version yet. */
export type SubmissionBasis =
  | {readonly kind: 'same'; readonly version: string}
  | {readonly kind: 'changed'; readonly version: string}
  | {readonly kind: 'none'};

/**
 * Compares the workbook's fingerprint with the newest finished version's (`last`, undefined
 * when the log has none). A version row without a fingerprint counts as changed.
 */
export function submissionBasis(
  last: {readonly version: string; readonly fingerprint: string} | undefined,
  fingerprint: string,
): SubmissionBasis {
  if (!last) return {kind: 'none'};
  return last.fingerprint !== '' && last.fingerprint === fingerprint
    ? {kind: 'same', version: last.version}
    : {kind: 'changed', version: last.version};
}

/**
 * The version the 报送 file's name carries: the one whose data it holds; none when the data
 * changed since or there is no version yet (the file is newer than any version).
 */
export function namedVersion(basis: SubmissionBasis): string | undefined {
  return basis.kind === 'same' ? basis.version : undefined;
}

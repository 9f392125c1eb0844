// 审阅人 of 基本信息: the addresses typed in one cell, split on commas, 、, semicolons, spaces and
// new lines, each checked; malformed and (with 共享限定域名) off-domain addresses become findings.

import {finding, type Finding} from '../findings/finding';
import {toHalfWidth} from './cell-text';
import type {Located} from './report-model';

/** Commas, semicolons (either width), 、, and any whitespace or new line, ideographic space too. */
const SEPARATORS = /[,，;；、\s\u3000]+/;
/** local@domain.tld: dot-atom local part, hostname labels, a letter-only top-level domain. */
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export interface ReviewersReading {
  /** Valid, allowed addresses in the order typed, each once (compared case-insensitively). */
  readonly reviewers: readonly string[];
  readonly findings: readonly Finding[];
}

/** True for a plain address such as zhang.san@hz.gov.cn (no display names, no IP domains). */
export function isEmailAddress(text: string): boolean {
  return ADDRESS.test(text);
}

/** The domain 共享限定域名 allows, lower-cased, without a leading "@". */
export function normaliseDomain(text: string): string {
  return toHalfWidth(text).trim().replace(/^@+/, '').toLowerCase();
}

/**
 * Reads the 审阅人 cell. Full-width forms typed through an input method ("ｚｈａｎｇ＠…") are
 * folded first and "<…>" around an address is dropped. With a domain, only addresses of exactly
 * that domain are allowed (sub-domains are other domains).
 */
export function readReviewers(
  cell: Located<string> | undefined,
  shareDomain: Located<string> | undefined,
): ReviewersReading {
  if (!cell) return {reviewers: [], findings: []};
  const domain = shareDomain ? normaliseDomain(shareDomain.value) : '';
  const reviewers: string[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const token of toHalfWidth(cell.value).split(SEPARATORS)) {
    const address = token.replace(/^<(.*)>$/, '$1');
    if (address === '' || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    if (!isEmailAddress(address)) {
      findings.push(finding('reviewer-invalid', cell.cell, {address}));
    } else if (domain !== '' && domainOf(address) !== domain) {
      findings.push(
        finding('reviewer-off-domain', cell.cell, {address, domain}),
      );
    } else {
      reviewers.push(address);
    }
  }
  return {reviewers, findings};
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

// Text rules over the report model (issue #4): every section row's 标题 and 正文 and the text
// settings, read as typed (placeholders masked), each finding at its cell. Malformed and unknown
// placeholders are the reader's findings and are not repeated here.

import type {Finding} from '../findings/finding';
import type {ReportModel} from '../workbook/report-model';
import {checkBrackets} from './text/check-brackets';
import {checkDoubledPunctuation} from './text/check-doubled-punctuation';
import {checkHalfWidth} from './text/check-half-width';
import {checkOrdinals} from './text/check-ordinals';
import {checkSpaces} from './text/check-spaces';
import {checkTerms} from './text/check-terms';
import {typedFigureRule} from './text/check-typed-figures';
import {yearRule} from './text/check-years';
import {textSources, type TextSource} from './text/text-source';

export type TextRule = (source: TextSource) => Finding[];

/** The text rules for `model`, by name, in the order their findings are listed within a cell. */
export function textRules(
  model: ReportModel,
): Readonly<Record<string, TextRule>> {
  return {
    brackets: checkBrackets,
    halfWidth: checkHalfWidth,
    doubledPunctuation: checkDoubledPunctuation,
    spaces: checkSpaces,
    ordinals: checkOrdinals,
    years: yearRule(model.settings.year?.value),
    typedFigures: typedFigureRule(model.figures),
    terms: checkTerms,
  };
}

/** All findings of every text rule, in workbook order, then rule order within a cell. */
export function checkText(model: ReportModel): Finding[] {
  const rules = Object.values(textRules(model));
  // Plain loops: flatMap over thousands of mostly empty arrays costs more than some rules.
  const findings: Finding[] = [];
  for (const source of textSources(model)) {
    for (const rule of rules) {
      for (const f of rule(source)) findings.push(f);
    }
  }
  return findings;
}

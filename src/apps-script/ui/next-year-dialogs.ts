// The closing sentence of 开始下一年度, for each way it can end.

import {findingLine} from '../../core';
import type {NextYearOutcome} from '../actions/start-next-year';
import {NEXT_YEAR_TEXT} from './ui-text-next-year';

export function nextYearMessage(outcome: NextYearOutcome): string {
  switch (outcome.kind) {
    case 'declined':
      return NEXT_YEAR_TEXT.declined;
    case 'refused':
      return NEXT_YEAR_TEXT.refused(
        outcome.findings.map(findingLine).join('\n'),
      );
    case 'copies-exist':
      return NEXT_YEAR_TEXT.copiesExist(outcome.names);
    case 'carried':
      return NEXT_YEAR_TEXT.done(
        outcome.year,
        outcome.copies,
        outcome.counts.figures,
        outcome.counts.rows,
      );
    default: {
      const never: never = outcome;
      return never;
    }
  }
}

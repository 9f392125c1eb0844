// Correct wording of four invented reports (a county's joint report, a township, a city bureau,
// a district) run through the whole rule set: no warning and no error (issue 8). Hints (提示)
// may remain: they only suggest placeholders for typed years and numbers.

import {buildReport} from '../../../src/core/build-report';
import {STRUCTURE_RULE_CODES} from '../../../src/core/findings/structure-rule-codes';
import {findingLine} from '../../../src/core/findings/messages';
import {BUREAU_REPORT} from './real-wording/bureau-report';
import {COUNTY_REPORT} from './real-wording/county-report';
import {DISTRICT_REPORT} from './real-wording/district-report';
import {exampleWorkbook} from './real-wording/example-report';
import {TOWNSHIP_REPORT} from './real-wording/township-report';

/**
 * Which parts a report has and in which order is the other half of issue 8 (parts become hints,
 * not errors); here only the wording is judged, so the part rules are left out.
 */
const PART_CODES = new Set<string>(Object.keys(STRUCTURE_RULE_CODES));

describe('correct wording of real reports', () => {
  it.each([
    ['a county’s joint report', COUNTY_REPORT],
    ['a township’s report', TOWNSHIP_REPORT],
    ['a city bureau’s report', BUREAU_REPORT],
    ['a district’s report', DISTRICT_REPORT],
  ])('gives no warning or error on %s', (_, report) => {
    const {findings} = buildReport(exampleWorkbook(report));
    const wording = findings.filter(
      f => f.severity !== 'info' && !PART_CODES.has(f.code),
    );
    expect(wording.map(findingLine)).toEqual([]);
  });

  it('reads every report through to paragraphs, so the rules saw its text', () => {
    for (const report of [
      COUNTY_REPORT,
      TOWNSHIP_REPORT,
      BUREAU_REPORT,
      DISTRICT_REPORT,
    ]) {
      const {stats} = buildReport(exampleWorkbook(report));
      expect(stats.paragraphs).toBeGreaterThan(8);
      expect(stats.figuresUsed).toBe(report.figures.length);
    }
  });
});

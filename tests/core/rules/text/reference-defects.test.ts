import type {Finding} from '../../../../src/core/findings/finding';
import {checkText} from '../../../../src/core/rules/check-text';
import type {WorkbookGrids} from '../../../../src/core/workbook/grid';
import {readWorkbook} from '../../../../src/core/workbook/read-workbook';
import {PART_TABS, TAB} from '../../../../src/core/workbook/schema';
import {referenceText} from '../../../helpers/reference';
import {
  BASIC_SETTINGS,
  dataTab,
  sectionTab,
  settingsTab,
} from '../../../helpers/workbook-grids';

/** Lines of the web page that are not part of the report. */
const WEB_METADATA = /^(发布时间|来源)[:：]/;
const PART_HEADING = /^[一二三四五]、/;

/**
 * The reference as typed into a workbook: its title as 报告标题, then each paragraph as it
 * stands (half-width punctuation and slips kept) in one 段落 row, 导语 first and a new part tab
 * at each 一、 … 五、 heading.
 */
function referenceWorkbook(): {
  workbook: WorkbookGrids;
  tabs: readonly (readonly string[])[];
} {
  const [title, ...paragraphs] = referenceText()
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !WEB_METADATA.test(line));
  const tabs: string[][] = [[]];
  for (const p of paragraphs) {
    if (PART_HEADING.test(p)) tabs.push([]);
    tabs[tabs.length - 1].push(p);
  }
  const names = [TAB.intro, ...PART_TABS];
  const workbook = {
    tabs: [
      settingsTab([...BASIC_SETTINGS, ['报告标题', title]]),
      dataTab([]),
      ...tabs.map((rows, i) =>
        sectionTab(
          names[i],
          rows.map(p => ['段落', '', p]),
        ),
      ),
    ],
  };
  return {workbook, tabs};
}

describe('the reference report typed into a workbook', () => {
  const {workbook, tabs} = referenceWorkbook();
  const findings = checkText(readWorkbook(workbook).model);
  const names = [TAB.intro, ...PART_TABS];

  /** The 正文 cell of the paragraph holding `text`: its tab, sheet row and column C. */
  const cellHolding = (text: string) => {
    const part = tabs.findIndex(rows => rows.some(p => p.includes(text)));
    const row = tabs[part].findIndex(p => p.includes(text)) + 2;
    return {tab: names[part], row, column: 3};
  };
  const errorsAndWarnings = (f: Finding) => f.severity !== 'info';

  it('splits into 导语 and the five parts', () => {
    expect(tabs).toHaveLength(6);
  });

  it.each([
    ['干【】部', 'bracket-empty', {pair: '【】'}],
    ['“浙里调"', 'quote-straight', {mark: '"', replacement: '”'}],
    [
      '二是考核标准',
      'ordinal-out-of-sequence',
      {found: '二是', expected: '三是'},
    ],
    ['政执法三项制度', 'term-missing-character', {term: '行政执法三项制度'}],
  ])('finds %s as %s at its paragraph', (text, code, params) => {
    expect(findings).toContainEqual(
      expect.objectContaining({
        code,
        cell: cellHolding(text),
        params: expect.objectContaining(params),
      }),
    );
  });

  it('finds no other error, and no other mangled term', () => {
    expect(
      findings.filter(f => f.severity === 'error').map(f => f.code),
    ).toEqual(['bracket-empty', 'quote-straight', 'ordinal-out-of-sequence']);
    expect(
      findings.filter(f => f.code === 'term-missing-character'),
    ).toHaveLength(1);
  });

  it('warns about nothing but the web copy’s half-width punctuation and the mangled term', () => {
    const codes = new Set(findings.filter(errorsAndWarnings).map(f => f.code));
    expect([...codes].sort()).toEqual([
      'bracket-empty',
      'ordinal-out-of-sequence',
      'punctuation-half-width',
      'quote-straight',
      'term-missing-character',
    ]);
  });
});

// The worked examples of 填写说明 are true: every picture (rows typed → lines printed) and every
// format sample is built through the core, and the report prints what the guide shows.

import {buildReport, documentParagraphs} from '../../../src/core/build-report';
import {findingLine} from '../../../src/core/findings/messages';
import type {CellValue} from '../../../src/core/workbook/grid';
import {guideLines} from '../../../src/core/workbook/template-guide';
import {
  FORMAT_SAMPLES,
  GUIDE_PICTURES,
  pictureLines,
  type GuidePicture,
} from '../../../src/core/workbook/template-guide-pictures';
import {
  BASIC_SETTINGS,
  dataTab,
  sectionTab,
  settingsTab,
} from '../../helpers/workbook-grids';

type Row = readonly [CellValue, CellValue, CellValue];

/** A one-part report holding the picture's settings and rows (under a 章 when it has none). */
function printedReport(picture: GuidePicture): string[] {
  const rows: Row[] = [...(picture.rows ?? [['段落', '', '正文。']])];
  if (rows[0][0] !== '章') rows.unshift(['章', '示例部分', '']);
  const build = buildReport({
    tabs: [
      settingsTab([...BASIC_SETTINGS, ...(picture.settings ?? [])]),
      dataTab([]),
      sectionTab('一、举措成效', rows),
    ],
  });
  expect(
    build.findings.filter(f => f.severity === 'error').map(findingLine),
  ).toEqual([]);
  return documentParagraphs(build.document);
}

describe('the pictures of 填写说明', () => {
  it.each(Object.entries(GUIDE_PICTURES))(
    'prints the lines the %s picture shows, in a row',
    (_, picture: GuidePicture) => {
      const paragraphs = printedReport(picture);
      const start = paragraphs.indexOf(picture.printed[0]);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(paragraphs.slice(start, start + picture.printed.length)).toEqual(
        picture.printed,
      );
    },
  );

  it('shows every picture in the guide', () => {
    const text = guideLines().join('\n');
    for (const picture of Object.values(GUIDE_PICTURES)) {
      expect(text).toContain(pictureLines(picture).join('\n'));
    }
  });

  it('shows a line break inside a cell as ⏎ and nowhere a raw newline', () => {
    expect(pictureLines(GUIDE_PICTURES.title)[0]).toContain('⏎');
    for (const line of guideLines()) expect(line).not.toContain('\n');
  });
});

describe('the format samples of 填写说明', () => {
  const samples = FORMAT_SAMPLES.flatMap(({format, samples}) =>
    samples.map(([value, printed]) => ({format, value, printed})),
  );

  it.each(samples)(
    'prints {{指标|$format}} of $value as $printed',
    ({format, value, printed}) => {
      const build = buildReport({
        tabs: [
          settingsTab(BASIC_SETTINGS),
          dataTab([['指标甲', value, '']]),
          sectionTab('一、举措成效', [
            ['章', '示例部分', ''],
            ['段落', '', `{{指标甲|${format}}}`],
          ]),
        ],
      });
      expect(
        build.findings.filter(f => f.severity === 'error').map(findingLine),
      ).toEqual([]);
      expect(documentParagraphs(build.document)).toContain(printed);
    },
  );

  it('shows every format sample in the guide', () => {
    const text = guideLines().join('\n');
    for (const {format, samples} of FORMAT_SAMPLES) {
      for (const [value, printed] of samples) {
        expect(text).toContain(`${value} → ${printed}`);
      }
      expect(text).toContain(`  ${format}：`);
    }
  });
});

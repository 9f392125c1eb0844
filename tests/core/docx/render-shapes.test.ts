// document.xml for the report shapes of issue 8: title lines, run-in headings in their heading
// font, 附件说明 with its hanging indent, and joint organs in the sign-off.

import {
  attachments,
  paragraph,
  signOff,
  title,
  type ReportDocument,
} from '../../../src/core/document/model';
import {
  attributeAt,
  descendants,
  paragraphText,
  part,
  renderParsed,
  styleOf,
  textParagraphs,
} from './docx-xml';

const DOC: ReportDocument = {
  title: '中共某某县委 某某县人民政府 关于2024年法治政府建设情况的报告',
  author: '中共某某县委',
  blocks: [
    title(['中共某某县委  某某县人民政府', '关于2024年法治政府建设情况的报告']),
    paragraph('（一）把牢方向。我县坚持党的领导。', {
      level: 2,
      text: '（一）把牢方向。',
    }),
    attachments(['重点任务清单', '数据统计表']),
    signOff(['中共某某县委', '某某县人民政府'], '2025年3月10日'),
  ],
};

const xml = part(renderParsed(DOC, '公文'), 'word/document.xml');
const texts = textParagraphs(xml);

describe('document.xml of a joint report', () => {
  it('writes each title line as its own centred Title paragraph', () => {
    const titles = texts.filter(p => styleOf(p) === 'Title');
    expect(titles.map(paragraphText)).toEqual([
      '中共某某县委  某某县人民政府',
      '关于2024年法治政府建设情况的报告',
    ]);
  });

  it('writes a run-in （一） heading in 楷体 and its text in 仿宋, in one paragraph', () => {
    const p = texts.find(t => paragraphText(t).startsWith('（一）'))!;
    const runs = descendants(p, 'w:r').map(r => ({
      text: descendants(r, 'w:t')
        .map(t => t.textContent)
        .join(''),
      font: attributeAt(r, 'w:eastAsia', 'w:rPr', 'w:rFonts'),
    }));
    expect(runs).toEqual([
      {text: '（一）把牢方向。', font: '楷体_GB2312'},
      {text: '我县坚持党的领导。', font: '仿宋_GB2312'},
    ]);
    expect(styleOf(p)).toBe('Normal');
  });

  it('numbers several attachments and hangs each name under its first character', () => {
    const lines = texts.filter(p => styleOf(p) === 'Attachment');
    expect(lines.map(paragraphText)).toEqual([
      '附件：1.重点任务清单',
      '2.数据统计表',
    ]);
    // 2 characters in + "附件：" (3) + "1." (1) = 6 characters of 320 twips to the name.
    expect(lines.map(p => attributeAt(p, 'w:left', 'w:pPr', 'w:ind'))).toEqual([
      '1920',
      '1920',
    ]);
    expect(
      lines.map(p => attributeAt(p, 'w:hanging', 'w:pPr', 'w:ind')),
    ).toEqual(['1280', '320']);
  });

  it('stacks the two organs, then the date, each a line of its own', () => {
    const units = texts.filter(p => styleOf(p) === 'SignOffUnit');
    expect(units.map(paragraphText)).toEqual([
      '中共某某县委',
      '某某县人民政府',
    ]);
    expect(
      units.map(p => attributeAt(p, 'w:rightChars', 'w:pPr', 'w:ind')),
    ).toEqual(['450', '350']); // the date (6.5 wide) sets the column
    const date = texts.find(p => styleOf(p) === 'SignOffDate')!;
    expect(paragraphText(date)).toBe('2025年3月10日');
  });
});

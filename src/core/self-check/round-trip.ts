// 自检's round trip, decided in the core: a one-page test document to send, and the comparison
// of what Google Docs gave back with what was sent, as coded lines the adapter words.

import {
  heading,
  paragraph,
  type ReportDocument,
  title,
} from '../document/model';
import type {DocxFacts} from './docx-facts';

/** One page in the 公文 layout: a title, both heading levels and body text. */
export function selfCheckDocument(): ReportDocument {
  return {
    title: '自检测试文档',
    author: '法治报告',
    blocks: [
      title('自检测试文档'),
      heading(1, '一、页面与字体'),
      heading(2, '（一）行距与页码'),
      paragraph(
        '这是“法治报告”自检生成的测试文档，用来比较云端硬盘转换前后的页面大小、页边距、字体、行距和页码。检查完成后会自动删除。',
      ),
    ],
  };
}

/** What one comparison found; `kept` false when Google Docs changed it. */
export interface RoundTripLine {
  readonly item:
    | 'page-size'
    | 'margins'
    | 'fonts'
    | 'line-spacing'
    | 'line-grid'
    | 'character-spacing'
    | 'footers'
    | 'page-number';
  readonly kept: boolean;
  readonly sent: string;
  readonly back: string;
}

const MM_PER_TWIP = 25.4 / 1440;
const mm = (twips: number | undefined) =>
  twips === undefined || Number.isNaN(twips)
    ? '?'
    : (twips * MM_PER_TWIP).toFixed(1);

/**
 * Compares the facts of the sent .docx with those of the one exported back. Lengths are
 * written in millimetres; a difference under 0.5 mm (rounding by Docs) counts as kept.
 */
export function compareRoundTrip(
  sent: DocxFacts,
  back: DocxFacts,
): RoundTripLine[] {
  const size = (f: DocxFacts) =>
    f.pageSize ? `${mm(f.pageSize.width)}×${mm(f.pageSize.height)} mm` : '无';
  const margins = (f: DocxFacts) =>
    f.margins
      ? `上 ${mm(f.margins.top)} 下 ${mm(f.margins.bottom)} 左 ${mm(f.margins.left)} 右 ${mm(f.margins.right)} mm`
      : '无';
  const close = (a?: number, b?: number) =>
    a !== undefined && b !== undefined && Math.abs(a - b) * MM_PER_TWIP < 0.5;
  const sameMargins =
    !!sent.margins &&
    !!back.margins &&
    (['top', 'right', 'bottom', 'left'] as const).every(k =>
      close(sent.margins?.[k], back.margins?.[k]),
    );
  const missingFonts = sent.eastAsiaFonts.filter(
    f => !back.eastAsiaFonts.includes(f),
  );
  const footers = (f: DocxFacts) =>
    `${f.footers} 个页脚${f.evenAndOddFooters ? '，奇偶页不同' : ''}`;
  return [
    {
      item: 'page-size',
      kept:
        close(sent.pageSize?.width, back.pageSize?.width) &&
        close(sent.pageSize?.height, back.pageSize?.height),
      sent: size(sent),
      back: size(back),
    },
    {
      item: 'margins',
      kept: sameMargins,
      sent: margins(sent),
      back: margins(back),
    },
    {
      item: 'fonts',
      kept: missingFonts.length === 0,
      sent: sent.eastAsiaFonts.join('、'),
      back: back.eastAsiaFonts.join('、') || '无',
    },
    {
      item: 'line-spacing',
      kept: sent.lineSpacing === back.lineSpacing,
      sent: sent.lineSpacing ?? '无',
      back: back.lineSpacing ?? '无',
    },
    {
      item: 'line-grid',
      kept: sent.gridPitch === back.gridPitch,
      sent: sent.gridPitch === undefined ? '无' : String(sent.gridPitch),
      back: back.gridPitch === undefined ? '无' : String(back.gridPitch),
    },
    {
      item: 'character-spacing',
      kept: sent.characterSpacing === back.characterSpacing,
      sent: sent.characterSpacing ? '有' : '无',
      back: back.characterSpacing ? '有' : '无',
    },
    {
      item: 'footers',
      kept:
        sent.footers <= back.footers &&
        sent.evenAndOddFooters === back.evenAndOddFooters,
      sent: footers(sent),
      back: footers(back),
    },
    {
      item: 'page-number',
      kept: sent.pageNumberField === back.pageNumberField,
      sent: sent.pageNumberField ? '有页码域' : '无',
      back: back.pageNumberField ? '有页码域' : '无',
    },
  ];
}

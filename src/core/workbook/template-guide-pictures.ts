// The worked examples of the 填写说明 tab as data: each format of {{指标|格式}} with sample
// values, and a "picture" per report shape (rows typed → lines printed). The guide writes them
// as text; tests build every one and check the program prints what the guide promises.

import {HEADING_PLACEMENTS, ITEM_NUMBERINGS, SETTING_KEYS} from './schema';

/** A format of {{指标|格式}} with sample values and what each prints; `note` follows them. */
export interface FormatSample {
  readonly format: string;
  readonly samples: readonly (readonly [number, string])[];
  readonly note?: string;
}

export const FORMAT_SAMPLES: readonly FormatSample[] = [
  {
    format: '百分比1',
    samples: [[0.808, '80.8%']],
    note: '数字为小数位数，可为 0 至 4',
  },
  {format: '万', samples: [[4812345, '481.23万']]},
  {format: '余', samples: [[746, '740余']]},
  {
    format: '万余',
    samples: [
      [4812345, '480余万'],
      [31234, '3.1万余'],
      [30500, '3万余'],
    ],
  },
  {format: '近', samples: [[2980, '近3000']], note: '整数值如 3000 照印'},
  {format: '两', samples: [[2, '两']], note: '其他整数印成中文数字'},
  {format: '中文', samples: [[4, '四']]},
  {format: '千分位', samples: [[4812345, '4,812,345']]},
];

/** One line per format: "  万余：4812345 → 480余万；31234 → 3.1万余…". */
export function formatLines(): string[] {
  return FORMAT_SAMPLES.map(({format, samples, note}) => {
    const shown = samples.map(([value, printed]) => `${value} → ${printed}`);
    return `  ${format}：${shown.join('；')}${note ? `（${note}）` : ''}`;
  });
}

/**
 * A picture of one shape: the 基本信息 rows (项目 · 内容) and the section rows (层级 · 标题 ·
 * 正文) a clerk types, and the lines printed, in the report year 2024.
 */
export interface GuidePicture {
  readonly settings?: readonly (readonly [string, string])[];
  readonly rows?: readonly (readonly [string, string, string])[];
  readonly printed: readonly string[];
}

const RUN_IN = Object.keys(HEADING_PLACEMENTS)[1];
const PER_CHAPTER = Object.keys(ITEM_NUMBERINGS)[1];
const K = SETTING_KEYS;

export const GUIDE_PICTURES = {
  title: {
    settings: [
      [
        K.title,
        '中共××县委  ××县人民政府\n关于{{年度}}年度法治政府建设情况的报告',
      ],
    ],
    printed: ['中共××县委  ××县人民政府', '关于2024年度法治政府建设情况的报告'],
  },
  signOff: {
    settings: [
      [K.signOffUnit, '中共××县委\n××县人民政府'],
      [K.signOffDate, '2025-01-24'],
    ],
    printed: ['中共××县委', '××县人民政府', '2025年1月24日'],
  },
  attachments: {
    settings: [[K.attachments, '重点任务完成情况表\n行政执法统计年报表']],
    printed: ['附件：1.重点任务完成情况表', '2.行政执法统计年报表'],
  },
  runIn: {
    settings: [[K.sectionHeading, RUN_IN]],
    rows: [['节', '坚持党的领导', '县委常委会会议专题研究法治建设……']],
    printed: ['（一）坚持党的领导。县委常委会会议专题研究法治建设……'],
  },
  continuing: {
    settings: [[K.itemNumbering, PER_CHAPTER]],
    rows: [
      ['节', '深化职能转变', ''],
      ['条', '深化“放管服”改革。', '……'],
      ['条', '优化营商环境。', '……'],
      ['节', '完善依法决策', ''],
      ['条', '规范重大行政决策。', '……'],
    ],
    printed: [
      '（一）深化职能转变',
      '1.深化“放管服”改革。……',
      '2.优化营商环境。……',
      '（二）完善依法决策',
      '3.规范重大行政决策。……',
    ],
  },
  runOnPoints: {
    rows: [
      ['要点', '', '召开党组会议……；'],
      ['段内要点', '', '开展集中学法……；'],
      ['段内要点', '', '纳入绩效考核……。'],
    ],
    printed: ['一是召开党组会议……；二是开展集中学法……；三是纳入绩效考核……。'],
  },
  runOnAfterParagraph: {
    rows: [
      ['段落', '', '行政执法方面：'],
      ['段内要点', '', '办理案件……；'],
      ['段内要点', '', '开展专项行动……。'],
    ],
    printed: ['行政执法方面：一是办理案件……；二是开展专项行动……。'],
  },
  itemsUnderChapter: {
    rows: [
      ['章', '{{年度}}年主要举措和成效', ''],
      ['条', '深入学习。', '……'],
      ['条', '严格执法。', '……'],
    ],
    printed: ['一、2024年主要举措和成效', '1.深入学习。……', '2.严格执法。……'],
  },
} as const satisfies Readonly<Record<string, GuidePicture>>;

/** A cell as the guide shows it: a line break inside the cell as ⏎. */
const shownCell = (text: string) => text.replace(/\n/g, '⏎');

/** The picture as guide lines: 设置 (基本信息 rows), 填写 (section rows), 印出 (printed lines). */
export function pictureLines(picture: GuidePicture): string[] {
  const block = (label: string, lines: readonly string[]) =>
    lines.map((line, i) => `  ${i === 0 ? label : '    '}│ ${line}`);
  return [
    ...block(
      '设置',
      (picture.settings ?? []).map(([k, v]) => `${k} | ${shownCell(v)}`),
    ),
    ...block(
      '填写',
      (picture.rows ?? []).map(cells =>
        cells.map(shownCell).join(' | ').trimEnd(),
      ),
    ),
    ...block('印出', picture.printed),
  ];
}

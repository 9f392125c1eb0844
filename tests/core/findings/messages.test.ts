import {finding, type Finding} from '../../../src/core/findings/finding';
import {
  findingLine,
  findingMessage,
  SEVERITY_LABEL,
} from '../../../src/core/findings/messages';
import {parseFigureFormat} from '../../../src/core/text/figure-format';
import {cellRef} from '../../../src/core/workbook/cell-ref';
import {
  READING_CODES,
  type ReadingParams,
} from '../../../src/core/findings/reading-codes';

/** Plausible parameters for every code; the type makes a new code fail to compile here. */
const SAMPLE_PARAMS: {readonly [C in keyof ReadingParams]: ReadingParams[C]} = {
  'tab-missing': {expected: '三、第一责任人'},
  'column-missing': {column: '数值'},
  'level-unknown': {value: '小节'},
  'row-without-text': {level: '条'},
  'run-on-without-paragraph': {},
  'setting-required': {key: '单位名称'},
  'year-invalid': {value: '24'},
  'date-invalid': {key: '成文日期', value: '2025-02-30'},
  'item-style-invalid': {value: '(1)'},
  'reviewer-invalid': {address: 'zhangsan@'},
  'reviewer-off-domain': {address: 'li@qq.com', domain: 'hz.gov.cn'},
  'hour-invalid': {value: '25点'},
  'setting-choice-invalid': {
    key: '节标题',
    value: '同段',
    choices: '单独成行”或“与正文同段',
  },
  'tab-not-read': {tab: '草稿'},
  'part-duplicate': {tab: '一、举措成效 (2)', first: '一、举措成效'},
  'row-hidden': {row: '法治宣传教育'},
  'formula-uncomputed': {formula: 'B4/B5'},
  'placeholder-unknown': {name: '持证人', suggestion: '持证人数'},
  'placeholder-malformed': {text: '{{}}'},
  'format-unknown': {name: '持证人数', format: '亿'},
  'cell-spreadsheet-error': {value: '#N/A'},
  'figure-name-missing': {value: '42'},
  'figure-name-duplicate': {name: '持证人数', first: '数据!A2'},
  'figure-empty': {name: '复议案件数', office: '司法所'},
  'figure-not-number': {name: '听证次数', value: '若干'},
  'figure-spreadsheet-error': {name: '应诉案件数', value: '#REF!'},
  'figure-format-needs-number': {name: '培训场次', value: '30余', format: '万'},
  'figure-format-not-applicable': {
    name: '人均时长',
    value: '2.5',
    format: '中文',
  },
  'figure-not-whole': {name: '持证人数', value: '2.5', unit: '人'},
  'submission-setting-required': {key: '发文字号'},
  'submission-signer-missing': {},
  'document-number-form': {
    value: '古街(2025)3号',
    problem: 'brackets',
    brackets: '()',
  },
  'document-number-year': {
    value: '古街〔2024〕3号',
    year: 2024,
    expected: 2025,
  },
  'document-number-year-unusual': {
    value: '古街〔2024〕3号',
    year: 2024,
    expected: 2025,
    reportYear: 2024,
  },
  'printing-date-before-signing': {
    printing: '2025年2月1日',
    signing: '2025年2月5日',
  },
  'name-invisible-character': {
    field: '指标',
    name: '持证人数',
    codes: ['U+200B'],
    after: '持证',
  },
};

const CELL = cellRef('数据', 7, 2);
const CODES = Object.keys(READING_CODES) as (keyof ReadingParams)[];

function sample(code: keyof ReadingParams): Finding {
  return finding(code, CELL, SAMPLE_PARAMS[code] as never);
}

describe('findingMessage', () => {
  it.each(CODES)('words %s as a non-empty Chinese sentence', code => {
    const message = findingMessage(sample(code));
    expect(message.length).toBeGreaterThan(5);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/undefined|\[object Object\]|\$\{/);
  });

  it.each(CODES.filter(c => Object.keys(SAMPLE_PARAMS[c]).length > 0))(
    'names the first parameter of %s in its message',
    code => {
      const [, first] = Object.entries(SAMPLE_PARAMS[code])[0] as [
        string,
        string,
      ];
      expect(findingMessage(sample(code))).toContain(first);
    },
  );

  it('suggests the closest name in placeholder-unknown when there is one', () => {
    expect(findingMessage(sample('placeholder-unknown'))).toContain(
      '是否想写“持证人数”',
    );
  });

  it('leaves the suggestion out of placeholder-unknown when there is none', () => {
    const f = finding('placeholder-unknown', CELL, {
      name: '持证人',
      suggestion: '',
    });
    expect(findingMessage(f)).not.toContain('是否想写');
    expect(findingMessage(f)).toContain('持证人');
  });

  it('lists in format-unknown formats that parse, one of each kind but plain', () => {
    const listed = /可用格式：(.*)。/.exec(
      findingMessage(sample('format-unknown')),
    );
    const names = listed![1].split('、');
    const kinds = names.map(n => parseFigureFormat(n)?.kind);
    expect(kinds).not.toContain(undefined);
    expect(new Set(kinds)).toEqual(
      new Set([
        'percent',
        'wan',
        'approximate',
        'wan-approximate',
        'nearly',
        'liang',
        'chinese',
        'thousands',
        'year-on-year',
        'previous',
        'change',
      ]),
    );
  });

  it('names the first cell in figure-name-duplicate', () => {
    expect(findingMessage(sample('figure-name-duplicate'))).toContain(
      '数据!A2',
    );
  });
});

describe('findingLine', () => {
  it('writes "数据!B7  错误  " then the message for an error', () => {
    const f = sample('figure-empty');
    expect(findingLine(f)).toBe(`数据!B7  错误  ${findingMessage(f)}`);
  });

  it('writes the warning label 警告 for a warning', () => {
    const f = finding('row-without-text', cellRef('数据', 3, 2), {level: '条'});
    expect(findingLine(f).startsWith('数据!B3  警告  ')).toBe(true);
  });

  it('labels every severity in Chinese', () => {
    expect(SEVERITY_LABEL).toEqual({
      error: '错误',
      warning: '警告',
      info: '提示',
    });
  });
});

import {
  cellLocalCodesOf,
  messagesOf,
  severitiesOf,
  type CodeTable,
} from '../../../src/core/findings/code-table';
import {
  FINDING_CODES,
  SEVERITY_OF,
} from '../../../src/core/findings/finding-codes';

interface ToyParams {
  'toy-local': {readonly name: string};
  'toy-workbook': Record<string, never>;
}

const TOY: CodeTable<ToyParams> = {
  'toy-local': {
    severity: 'warning',
    cellLocal: true,
    message: p => `指标“${p.name}”有误。`,
  },
  'toy-workbook': {
    severity: 'error',
    cellLocal: false,
    message: () => '缺表。',
  },
};

describe('code tables', () => {
  it('derive the severity of each code from its row', () => {
    expect(severitiesOf(TOY)).toEqual({
      'toy-local': 'warning',
      'toy-workbook': 'error',
    });
  });

  it('derive the message of each code from its row', () => {
    expect(messagesOf(TOY)['toy-local']({name: '持证人数'})).toBe(
      '指标“持证人数”有误。',
    );
  });

  it('derive the cell-local codes from the rows that say so', () => {
    expect(cellLocalCodesOf(TOY)).toEqual(['toy-local']);
  });

  it('give every finding code a severity from its own row', () => {
    for (const [code, row] of Object.entries(FINDING_CODES)) {
      expect(SEVERITY_OF[code as keyof typeof SEVERITY_OF]).toBe(row.severity);
    }
  });
});

import {
  figureFindings,
  messages,
  where,
  type FigureRow,
} from './figure-workbook';

const TOTAL = '矛盾纠纷受理数';

/** The sample's nine dispute types (746 in all), with 婚姻家庭纠纷数 set to `marriage`. */
function disputes(
  marriage: CellValueLike,
  total: CellValueLike = 746,
): FigureRow[] {
  const part = (name: string, value: CellValueLike): FigureRow => ({
    name,
    value,
    unit: '起',
    partOf: TOTAL,
  });
  return [
    {name: TOTAL, value: total, unit: '起'},
    part('婚姻家庭纠纷数', marriage),
    part('邻里纠纷数', 235),
    part('物业纠纷数', 176),
    part('劳动争议数', 16),
    part('损害赔偿纠纷数', 116),
    part('合同纠纷数', 28),
    part('医疗纠纷数', 2),
    part('消费纠纷数', 6),
    part('其他类型纠纷数', 135),
  ];
}
type CellValueLike = number | string;

describe('sums of 合计于', () => {
  it('flags the total’s 数值 cell with the parts’ sum and the shortfall', () => {
    const findings = figureFindings(disputes(31));
    expect(where(findings)).toEqual(['数据!B2 sum-mismatch']);
    expect(findings[0].severity).toBe('error');
    expect(messages(findings)[0]).toContain(
      '婚姻家庭纠纷数等9项合计745起，比矛盾纠纷受理数746起少1起',
    );
  });

  it('says 多 when the parts add up to more than the total', () => {
    const findings = figureFindings(disputes(42));
    expect(messages(findings)[0]).toContain(
      '合计756起，比矛盾纠纷受理数746起多10起',
    );
  });

  it('accepts the nine dispute types adding up to 746', () => {
    expect(figureFindings(disputes(32))).toEqual([]);
  });

  it('names a single part without “等1项”', () => {
    const findings = figureFindings([
      {name: '立案数', value: 461, unit: '件'},
      {name: '普通程序案件数', value: 315, unit: '件', partOf: '立案数'},
    ]);
    expect(messages(findings)[0]).toContain(
      '普通程序案件数合计315件，比立案数461件少146件',
    );
  });

  it('reports a total once however many parts it has', () => {
    const findings = figureFindings(disputes(0));
    expect(findings).toHaveLength(1);
  });

  it('accepts floating sums within the tolerance (0.1 + 0.2 万元 = 0.3 万元)', () => {
    const findings = figureFindings([
      {name: '经费合计', value: 0.3, unit: '万元'},
      {name: '培训经费', value: 0.1, unit: '万元', partOf: '经费合计'},
      {name: '宣传经费', value: 0.2, unit: '万元', partOf: '经费合计'},
    ]);
    expect(findings).toEqual([]);
  });

  it('accepts parts written with 15 significant digits, as LibreOffice stores them', () => {
    const findings = figureFindings([
      {name: '占比合计', value: 1, unit: '%'},
      {name: '甲占比', value: 0.333333333333333, unit: '%', partOf: '占比合计'},
      {name: '乙占比', value: 0.333333333333333, unit: '%', partOf: '占比合计'},
      {name: '丙占比', value: 0.333333333333333, unit: '%', partOf: '占比合计'},
    ]);
    expect(findings).toEqual([]);
  });

  it('words the difference of rates in 个百分点', () => {
    const findings = figureFindings([
      {name: '占比合计', value: '100%'},
      {name: '甲占比', value: '60%', partOf: '占比合计'},
      {name: '乙占比', value: '38.5%', partOf: '占比合计'},
    ]);
    expect(messages(findings)[0]).toContain(
      '合计98.5%，比占比合计100%少1.5个百分点',
    );
  });

  it('skips the sum quietly when a part is approximate (30余)', () => {
    expect(figureFindings(disputes('30余'))).toEqual([]);
  });

  it('skips the sum quietly when a part is empty or a spreadsheet error', () => {
    expect(figureFindings(disputes(''))).toEqual([]);
    expect(figureFindings(disputes('#REF!'))).toEqual([]);
  });

  it('skips the sum quietly when the total is approximate', () => {
    expect(figureFindings(disputes(31, '740余'))).toEqual([]);
  });

  it('leaves parts naming an unknown total to the name rule', () => {
    const findings = figureFindings([
      {name: '普通程序案件数', value: 315, unit: '件', partOf: '立案总数'},
    ]);
    expect(where(findings)).toEqual(['数据!D2 relation-unknown']);
  });
});

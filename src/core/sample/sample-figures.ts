// 数据 of the sample: every figure the reference report states, with their relations.
// 应持证人数 is the one figure not printed: 42 人 at 80.8% can only be 52 (42/52 = 80.77%).

/** A figure row; `value` may be a formula over other figures' names, as `={持证人数}/{应持证人数}`. */
export interface SampleFigure {
  readonly name: string;
  readonly value: number | string;
  /** In Google Sheets, the formula with the script's custom functions, as =FZ_PERCENT({a},{b}). */
  readonly sheetsFormula?: string;
  readonly unit: string;
  readonly partOf?: string;
  readonly notExceeding?: string;
  readonly target?: string;
  readonly source?: string;
  readonly office: string;
}

const LAW = '党政办';
const ENFORCE = '综合行政执法队';
const MEDIATE = '司法所';
const SERVICE = '公共法律服务站';
const DISPUTES = '矛盾纠纷受理数';

const dispute = (name: string, value: number): SampleFigure => ({
  name,
  value,
  unit: '起',
  partOf: DISPUTES,
  office: MEDIATE,
});

export const SAMPLE_FIGURES: readonly SampleFigure[] = [
  {name: '法制审查员人数', value: 1, unit: '名', office: LAW},
  {name: '执法法制审核人员数', value: 1, unit: '名', office: ENFORCE},
  {
    name: '持证人数',
    value: 42,
    unit: '人',
    source: '行政执法证持证人员台账',
    office: LAW,
  },
  {
    name: '应持证人数',
    value: 52,
    unit: '人',
    source: '原报告未载明，由持证人数42人、持证率80.8%推得',
    office: LAW,
  },
  {
    name: '持证率',
    value: '={持证人数}/{应持证人数}',
    sheetsFormula: '=FZ_PERCENT({持证人数},{应持证人数})',
    unit: '%',
    target: '≥85%',
    office: LAW,
  },
  {
    name: '持证率目标',
    value: 0.85,
    unit: '%',
    source: '下年度工作安排',
    office: LAW,
  },
  {name: '重大行政决策事项数', value: 1, unit: '件', office: LAW},
  {name: '法律顾问审查事项数', value: 430, unit: '件', office: LAW},
  {name: '合法性审查合同数', value: 66, unit: '份', office: LAW},
  {name: '合法性审查决策数', value: 1, unit: '件', office: LAW},
  {name: '重大合同备案数', value: 17, unit: '件', office: LAW},
  {name: '行政诉讼案件数', value: 2, unit: '件', office: LAW},
  {name: '行政复议案件数', value: 7, unit: '件', office: LAW},
  {name: '执法办公室数', value: 3, unit: '个', office: ENFORCE},
  {name: '执法会商次数', value: '30余', unit: '次', office: ENFORCE},
  {name: '立案数', value: 461, unit: '件', office: ENFORCE},
  {
    name: '普通程序案件数',
    value: 315,
    unit: '件',
    partOf: '立案数',
    office: ENFORCE,
  },
  {
    name: '简易程序案件数',
    value: 146,
    unit: '件',
    partOf: '立案数',
    office: ENFORCE,
  },
  {
    name: '重大案件数',
    value: 6,
    unit: '件',
    notExceeding: '立案数',
    office: ENFORCE,
  },
  {
    name: '简案快办数',
    value: 24,
    unit: '件',
    notExceeding: '立案数',
    office: ENFORCE,
  },
  {name: '结案数', value: 456, unit: '件', office: ENFORCE},
  {
    name: '自查普通程序案卷数',
    value: 315,
    unit: '件',
    notExceeding: '普通程序案件数',
    office: ENFORCE,
  },
  {name: DISPUTES, value: 746, unit: '起', office: MEDIATE},
  dispute('婚姻家庭纠纷数', 32),
  dispute('邻里纠纷数', 235),
  dispute('物业纠纷数', 176),
  dispute('劳动争议数', 16),
  dispute('损害赔偿纠纷数', 116),
  dispute('合同纠纷数', 28),
  dispute('医疗纠纷数', 2),
  dispute('消费纠纷数', 6),
  dispute('其他类型纠纷数', 135),
  {name: '调解标的金额', value: '480余万', unit: '元', office: MEDIATE},
  {name: '调解受理率', value: 1, unit: '%', office: MEDIATE},
  {name: '调解成功率', value: 1, unit: '%', office: MEDIATE},
  {name: '律师公益值班次数', value: 201, unit: '次', office: SERVICE},
  {name: '居民咨询人次', value: '400余', unit: '人次', office: SERVICE},
  {name: '暖新服务项数', value: 15, unit: '项', office: SERVICE},
  {name: '办案组数', value: 4, unit: '个', office: ENFORCE},
  {name: '下沉执法人员数', value: 27, unit: '人', office: ENFORCE},
  {name: '集体专题学法次数', value: 4, unit: '次', office: LAW},
  {name: '法治专题上会次数', value: 5, unit: '次', office: LAW},
];

import {parseTarget} from '../../../../src/core/rules/figure/parse-target';

describe('parseTarget', () => {
  it.each([
    ['≥85%', '', {operator: '≥', number: 85, percent: true}],
    ['>=85%', '', {operator: '≥', number: 85, percent: true}],
    ['＞＝８５％', '', {operator: '≥', number: 85, percent: true}],
    ['≥ 0.85', '', {operator: '≥', number: 0.85, percent: false}],
    ['不低于85%', '', {operator: '≥', number: 85, percent: true}],
    ['85%以上', '', {operator: '≥', number: 85, percent: true}],
    ['达到85%以上', '', {operator: '≥', number: 85, percent: true}],
    ['85%', '', {operator: '≥', number: 85, percent: true}],
    ['≤10', '件', {operator: '≤', number: 10, percent: false}],
    ['≤10件', '件', {operator: '≤', number: 10, percent: false}],
    ['控制在10件以内', '件', {operator: '≤', number: 10, percent: false}],
    ['不超过1,000元', '元', {operator: '≤', number: 1000, percent: false}],
    ['>90%', '', {operator: '>', number: 90, percent: true}],
    ['低于5%', '', {operator: '<', number: 5, percent: true}],
  ])('reads “%s” (unit “%s”)', (text, unit, expected) => {
    expect(parseTarget(text, unit)).toEqual(expected);
  });

  it.each([
    ['约85%', ''],
    ['≥85%以下', ''],
    ['较上年提高', ''],
    ['≥', ''],
    ['≤10次', '件'],
    ['85%-90%', ''],
  ])('rejects “%s” (unit “%s”)', (text, unit) => {
    expect(parseTarget(text, unit)).toBeUndefined();
  });
});

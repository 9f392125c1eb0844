import {CallLog} from '../../fakes/call-log';
import {FakeDataValidationBuilder} from '../../fakes/fake-data-validation';

describe('FakeDataValidationBuilder', () => {
  it('builds a list rule with a dropdown, reporting [values, showDropdown] as criteria values', () => {
    const rule = new FakeDataValidationBuilder(new CallLog())
      .requireValueInList(['是', '否'], true)
      .setAllowInvalid(false)
      .setHelpText('请选择')
      .build();
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaValues()).toEqual([['是', '否'], true]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe('请选择');
  });

  it('builds a number rule with the defaults of a new rule', () => {
    const rule = new FakeDataValidationBuilder(new CallLog())
      .requireNumberGreaterThanOrEqualTo(0)
      .build();
    expect(rule.rule).toEqual({
      criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      values: [0],
      allowInvalid: true,
      helpText: null,
    });
  });

  it('keeps a built rule unchanged when the builder goes on', () => {
    const builder = new FakeDataValidationBuilder(new CallLog());
    const list = ['a'];
    const rule = builder.requireValueInList(list, false).build();
    list.push('b');
    builder.requireNumberGreaterThanOrEqualTo(1);
    expect(rule.getCriteriaValues()).toEqual([['a'], false]);
  });

  it('refuses to build a rule without criteria', () => {
    expect(() => new FakeDataValidationBuilder(new CallLog()).build()).toThrow(
      /before any require/,
    );
  });

  it('counts builder and rule calls', () => {
    const calls = new CallLog();
    new FakeDataValidationBuilder(calls)
      .requireNumberGreaterThanOrEqualTo(0)
      .build()
      .getHelpText();
    expect(calls.sequence()).toEqual([
      'DataValidationBuilder.requireNumberGreaterThanOrEqualTo',
      'DataValidationBuilder.build',
      'DataValidation.getHelpText',
    ]);
  });
});

// Fakes of SpreadsheetApp.newDataValidation()'s builder and the rule it builds. The two criteria
// the adapter uses are supported; the rule's plain description is readable without a call.

import type {
  DataValidationBuilderPort,
  DataValidationPort,
} from '../../src/apps-script/services/ports';
import {FakeDataValidationCriteria} from './apps-script-enums';
import type {CallLog} from './call-log';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** A built rule as plain data, for assertions and snapshots. */
export interface ValidationRule {
  /** The criteria member's name, e.g. 'VALUE_IN_LIST'. */
  readonly criteria: string;
  /** As getCriteriaValues returns them: [list, showDropdown] or [number]. */
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export class FakeDataValidation implements DataValidationPort {
  constructor(
    /** The rule without counting a call. */
    readonly rule: ValidationRule,
    private readonly calls: CallLog,
  ) {}

  getCriteriaType(): Criteria {
    this.calls.record('DataValidation.getCriteriaType');
    return this.rule.criteria as unknown as Criteria;
  }

  getCriteriaValues(): unknown[] {
    this.calls.record('DataValidation.getCriteriaValues');
    return copyCriteriaValues(this.rule.values);
  }

  getAllowInvalid(): boolean {
    this.calls.record('DataValidation.getAllowInvalid');
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    this.calls.record('DataValidation.getHelpText');
    return this.rule.helpText;
  }
}

/** Like the real builder: setters return the same builder; allowInvalid defaults to true. */
export class FakeDataValidationBuilder implements DataValidationBuilderPort {
  private criteria: {name: string; values: unknown[]} | null = null;
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(private readonly calls: CallLog) {}

  requireValueInList(values: string[], showDropdown: boolean): this {
    this.calls.record('DataValidationBuilder.requireValueInList');
    if (!Array.isArray(values) || values.some(v => typeof v !== 'string'))
      throw new Error(
        'fake DataValidationBuilder: requireValueInList needs string[]',
      );
    this.criteria = {
      name: String(FakeDataValidationCriteria.VALUE_IN_LIST),
      values: [[...values], showDropdown],
    };
    return this;
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.calls.record(
      'DataValidationBuilder.requireNumberGreaterThanOrEqualTo',
    );
    if (typeof number !== 'number' || !Number.isFinite(number))
      throw new Error(`fake DataValidationBuilder: not a number: ${number}`);
    this.criteria = {
      name: String(FakeDataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO),
      values: [number],
    };
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.calls.record('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.calls.record('DataValidationBuilder.setHelpText');
    this.helpText = helpText;
    return this;
  }

  /** Throws when no criteria was set (the fake's choice; a rule needs one). */
  build(): FakeDataValidation {
    this.calls.record('DataValidationBuilder.build');
    if (!this.criteria)
      throw new Error(
        'fake DataValidationBuilder: build() before any require… criteria',
      );
    const rule: ValidationRule = {
      criteria: this.criteria.name,
      values: copyCriteriaValues(this.criteria.values),
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
    return new FakeDataValidation(rule, this.calls);
  }
}

function copyCriteriaValues(values: readonly unknown[]): unknown[] {
  return values.map(v => (Array.isArray(v) ? [...v] : v));
}

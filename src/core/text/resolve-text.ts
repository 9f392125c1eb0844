// Replaces placeholders in one cell's text with formatted figures and built-ins ({{年度}} …).
// Every problem becomes a finding; an unresolved placeholder stays visible as typed.

import type {CellRef} from '../workbook/cell-ref';
import type {Figure} from '../workbook/report-model';
import {finding, type Finding} from '../findings/finding';
import {findInvisible} from '../cells/invisible-characters';
import {NameSuggester} from './closest-name';
import {
  formatFigure,
  isComparisonFormat,
  parseFigureFormat,
} from './figure-format';
import {figureNumber} from './figure-number';
import {resolveComparison} from './resolve-comparison';
import {tokenizeText, type PlaceholderToken} from './placeholders';

export interface TextContext {
  readonly figures: ReadonlyMap<string, Figure>;
  /** Built-in names such as 年度, 下年度, 单位名称 with their text. */
  readonly builtins: ReadonlyMap<string, string>;
}

export interface ResolvedText {
  readonly text: string;
  readonly findings: readonly Finding[];
  /** Names of the figures the text used. */
  readonly used: readonly string[];
}

export function resolveText(
  text: string,
  cell: CellRef,
  context: TextContext,
): ResolvedText {
  const findings: Finding[] = [];
  const used: string[] = [];
  const out = tokenizeText(text).map(token => {
    switch (token.kind) {
      case 'literal':
        return token.text;
      case 'malformed':
        findings.push(
          finding('placeholder-malformed', cell, {text: token.text}),
        );
        return token.text;
      case 'placeholder': {
        const visible = visibleToken(token, cell, findings);
        const resolved = resolvePlaceholder(visible, cell, context, findings);
        if (context.figures.has(visible.name)) used.push(visible.name);
        return resolved ?? token.raw;
      }
      default: {
        const unreachable: never = token;
        throw new Error(`unknown token ${JSON.stringify(unreachable)}`);
      }
    }
  });
  return {text: out.join(''), findings, used};
}

/** One suggester per context, so each mistyped name is worked out once per report. */
const suggesters = new WeakMap<TextContext, NameSuggester>();

function suggesterOf(context: TextContext): NameSuggester {
  let suggester = suggesters.get(context);
  if (!suggester) {
    const known = [...context.figures.keys(), ...context.builtins.keys()];
    suggester = new NameSuggester(known);
    suggesters.set(context, suggester);
  }
  return suggester;
}

/** The token with characters that print as nothing taken out of its name, and a finding. */
function visibleToken(
  token: PlaceholderToken,
  cell: CellRef,
  findings: Finding[],
): PlaceholderToken {
  const invisible = findInvisible(token.name);
  if (!invisible) return token;
  const {clean, codes, after} = invisible;
  findings.push(
    finding('name-invisible-character', cell, {
      field: '占位符',
      name: clean.trim(),
      codes,
      after,
    }),
  );
  return {...token, name: clean.trim()};
}

function resolvePlaceholder(
  token: PlaceholderToken,
  cell: CellRef,
  context: TextContext,
  findings: Finding[],
): string | undefined {
  const builtin = context.builtins.get(token.name);
  const figure = context.figures.get(token.name);
  if (builtin !== undefined && !figure) {
    if (token.format === '') return builtin;
    findings.push(
      finding('format-unknown', cell, {name: token.name, format: token.format}),
    );
    return undefined;
  }
  if (!figure) {
    findings.push(
      finding('placeholder-unknown', cell, {
        name: token.name,
        suggestion: suggesterOf(context).suggest(token.name) ?? '',
      }),
    );
    return undefined;
  }
  const format = parseFigureFormat(token.format);
  if (!format) {
    findings.push(
      finding('format-unknown', cell, {
        name: figure.name,
        format: token.format,
      }),
    );
    return undefined;
  }
  if (isComparisonFormat(format)) {
    return resolveComparison(figure, format, token.format.trim(), findings);
  }
  // An approximate figure ("30余") prints as typed without a format; a format needs a number.
  if (figure.value.kind === 'approximate' && format.kind === 'plain') {
    return figure.value.text;
  }
  const value = figureNumber(figure, token.format, findings);
  if (value === undefined) return undefined;
  const text = formatFigure(value, format, figure.isRate);
  if (text === undefined) {
    findings.push(
      finding('figure-format-not-applicable', figure.valueCell, {
        name: figure.name,
        value: String(value),
        format: token.format,
      }),
    );
  }
  return text;
}

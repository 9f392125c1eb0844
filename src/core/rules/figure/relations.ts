// The relation columns of 数据 (合计于, 不超过) name other figures: names that match no figure,
// or the figure itself, are findings; the rest resolve to the figure named.

import {finding, type Finding} from '../../findings/finding';
import type {RelationColumn} from '../../findings/figure-rule-codes';
import {NameSuggester} from '../../text/closest-name';
import type {Figure, Located} from '../../workbook/report-model';

export type FigureIndex = ReadonlyMap<string, Figure>;

export function indexFigures(figures: readonly Figure[]): FigureIndex {
  return new Map(figures.map(f => [f.name, f]));
}

function relationCell(
  figure: Figure,
  column: RelationColumn,
): Located<string> | undefined {
  return column === '合计于' ? figure.partOf : figure.notExceeding;
}

/** The other figure that `figure` names in `column`, if the name is known and not its own. */
export function relatedFigure(
  figure: Figure,
  column: RelationColumn,
  index: FigureIndex,
): Figure | undefined {
  const named = relationCell(figure, column);
  if (!named || named.value === figure.name) return undefined;
  return index.get(named.value);
}

/** Findings at the 合计于 / 不超过 cells that name no figure or the figure itself. */
export function checkRelationNames(
  figures: readonly Figure[],
  index: FigureIndex,
): Finding[] {
  const findings: Finding[] = [];
  const suggester = new NameSuggester([...index.keys()]);
  for (const figure of figures) {
    for (const column of ['合计于', '不超过'] as const) {
      const named = relationCell(figure, column);
      if (!named) continue;
      if (named.value === figure.name) {
        findings.push(
          finding('relation-to-itself', named.cell, {
            name: figure.name,
            column,
          }),
        );
      } else if (!index.has(named.value)) {
        findings.push(
          finding('relation-unknown', named.cell, {
            name: figure.name,
            column,
            target: named.value,
            suggestion: suggester.suggest(named.value, figure.name) ?? '',
          }),
        );
      }
    }
  }
  return findings;
}

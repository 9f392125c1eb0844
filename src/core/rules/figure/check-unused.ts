// Figures that nothing uses: no {{名}} in any 标题, 正文 or the 报告标题, and no other figure
// names them in 合计于 or 不超过 (a total or a limit serves its check even when unprinted).

import {findInvisible} from '../../cells/invisible-characters';
import {finding, type Finding} from '../../findings/finding';
import {placeholderNames} from '../../text/placeholders';
import type {ReportModel} from '../../workbook/report-model';

/** A hint at the 指标 cell of each figure that neither the text nor another figure names. */
export function checkUnused(model: ReportModel): Finding[] {
  const used = new Set<string>();
  const texts = model.sections.flatMap(s =>
    s.rows.flatMap(r => [r.title, r.text]),
  );
  if (model.settings.title) texts.push(model.settings.title.value);
  for (const text of texts) {
    // Read as the text is resolved: without characters that print as nothing.
    for (const n of placeholderNames(text)) {
      used.add(findInvisible(n)?.clean.trim() ?? n);
    }
  }
  for (const figure of model.figures) {
    for (const named of [figure.partOf, figure.notExceeding]) {
      if (named && named.value !== figure.name) used.add(named.value);
    }
  }
  return model.figures
    .filter(f => !used.has(f.name))
    .map(f => finding('figure-unused', f.nameCell, {name: f.name}));
}

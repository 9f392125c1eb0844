// The findings list: by tab, then severity, each finding with 工作表!单元格 and its message
// (the same words as `validate`). Every text goes in through textContent.

import {
  type Finding,
  findingMessage,
  formatCellRef,
  groupFindings,
  SEVERITY_LABEL,
  type TabFindings,
} from '../core';
import {element} from './element';
import {PAGE_TEXT} from './page-text';

/** Replaces the content of `container` with `findings`, or a note when there are none. */
export function showFindings(
  container: HTMLElement,
  findings: readonly Finding[],
): void {
  container.textContent = '';
  if (findings.length === 0) {
    container.appendChild(element('p', 'empty ok', PAGE_TEXT.noFindings));
    return;
  }
  for (const tab of groupFindings(findings)) {
    container.appendChild(tabSection(tab));
  }
}

function tabSection(tab: TabFindings): HTMLElement {
  const section = element('section', 'tab');
  const heading = element('h3', 'tab-name');
  heading.appendChild(element('span', 'name', tab.tab));
  heading.appendChild(
    element('span', 'count', `${tab.count} ${PAGE_TEXT.countUnit}`),
  );
  section.appendChild(heading);
  for (const group of tab.groups) {
    const box = element('div', `group sev-${group.severity}`);
    const name = element('h4', 'group-name', SEVERITY_LABEL[group.severity]);
    name.appendChild(element('span', 'count', String(group.findings.length)));
    box.appendChild(name);
    const list = element('ul', 'items');
    for (const f of group.findings) list.appendChild(findingItem(f));
    box.appendChild(list);
    section.appendChild(box);
  }
  return section;
}

function findingItem(f: Finding): HTMLElement {
  const item = element('li', 'finding');
  item.dataset.code = f.code;
  item.appendChild(element('span', 'cell', formatCellRef(f.cell)));
  item.appendChild(element('span', 'message', findingMessage(f)));
  return item;
}

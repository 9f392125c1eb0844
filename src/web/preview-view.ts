// The report text as it will print: title, addressee, headings in their fonts, body paragraphs
// with run-in headings, attachments and the sign-off, drawn from the core's document model.

import {attachmentLines, type Block, type ReportDocument} from '../core';
import {element} from './element';

/** Replaces the content of `container` with the paragraphs of `report`. */
export function showPreview(
  container: HTMLElement,
  report: ReportDocument,
): void {
  container.textContent = '';
  for (const block of report.blocks) {
    for (const node of blockNodes(block)) container.appendChild(node);
  }
}

function blockNodes(block: Block): HTMLElement[] {
  switch (block.kind) {
    case 'title':
      return block.lines.map(line => element('p', 'p-title', line));
    case 'addressee':
      return [element('p', 'p-addressee', block.text)];
    case 'heading':
      return [element('p', `p-heading level-${block.level}`, block.text)];
    case 'paragraph': {
      const p = element('p', 'p-body');
      const runIn = block.runIn;
      if (runIn && block.text.startsWith(runIn.text)) {
        p.appendChild(
          element('span', `run-in level-${runIn.level}`, runIn.text),
        );
        p.appendChild(
          document.createTextNode(block.text.slice(runIn.text.length)),
        );
      } else {
        p.textContent = block.text;
      }
      return [p];
    }
    case 'attachments':
      return attachmentLines(block.names).map((line, i) =>
        element(
          'p',
          i === 0 ? 'p-attachment first' : 'p-attachment more',
          line,
        ),
      );
    case 'sign-off':
      return [...block.units, ...(block.date ? [block.date] : [])].map(line =>
        element('p', 'p-signoff', line),
      );
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}

// `fazhi-report template`: a blank workbook with every tab, or the sample filled in.

import {sampleTemplateTabs, TEMPLATE_FILE_NAMES} from '../../core';
import {EXIT} from '../cli-error';
import type {Console} from '../console';
import {planOutput, writeOutput} from '../output-file';
import {writeTemplateXlsx} from '../xlsx-write';

export interface TemplateOptions {
  readonly output?: string;
  readonly sample: boolean;
  /** Replace an existing file (a filled workbook would be lost, so only when asked). */
  readonly force?: boolean;
}

export async function runTemplate(
  options: TemplateOptions,
  out: Console,
): Promise<number> {
  const target = planOutput({
    requested: options.output,
    defaultName: options.sample
      ? TEMPLATE_FILE_NAMES.sample
      : TEMPLATE_FILE_NAMES.blank,
    kind: 'workbook',
    inputs: [],
    force: options.force ?? false,
  });
  const bytes = await writeTemplateXlsx(
    options.sample ? sampleTemplateTabs() : [],
  );
  writeOutput(target, bytes);
  const path = target.path;
  out.log(
    options.sample
      ? `已生成示例工作簿 ${path}（古荡街道 2024 年度报告的全部数据）`
      : `已生成空白工作簿 ${path}，请按“填写说明”工作表填写`,
  );
  return EXIT.ok;
}

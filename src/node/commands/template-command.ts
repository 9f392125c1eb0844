// `fazhi-report template`: a blank workbook with every tab, or the sample filled in.

import {sampleTemplateTabs} from '../../core/sample/sample-workbook';
import {EXIT} from '../cli-error';
import type {Console} from '../console';
import {writeOutputFile} from '../docx-file';
import {writeTemplateXlsx} from '../xlsx-write';

export interface TemplateOptions {
  readonly output?: string;
  readonly sample: boolean;
}

export async function runTemplate(
  options: TemplateOptions,
  out: Console,
): Promise<number> {
  const path =
    options.output ??
    (options.sample ? '法治报告示例工作簿.xlsx' : '法治报告工作簿.xlsx');
  const bytes = await writeTemplateXlsx(
    options.sample ? sampleTemplateTabs() : [],
  );
  writeOutputFile(path, bytes);
  out.log(
    options.sample
      ? `已生成示例工作簿 ${path}（古荡街道 2024 年度报告的全部数据）`
      : `已生成空白工作簿 ${path}，请按“填写说明”工作表填写`,
  );
  return EXIT.ok;
}

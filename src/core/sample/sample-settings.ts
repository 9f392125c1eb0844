// 基本信息 of the sample: 古荡街道, report year 2024, as published on 2025-02-05.

import {SETTING_SPECS, type SettingKey} from '../workbook/schema';
import type {TemplateCell} from '../workbook/template-cells';

const VALUES: Partial<Record<SettingKey, TemplateCell>> = {
  单位名称: '古荡街道',
  报告年度: 2024,
  落款单位: '古荡街道',
  成文日期: new Date(2025, 1, 5),
  三级编号样式: '1、',
};

/** Rows of 项目 · 内容 · 说明, one per known setting. */
export function sampleSettingsRows(): TemplateCell[][] {
  return SETTING_SPECS.map(spec => [
    spec.key,
    VALUES[spec.key] ?? '',
    spec.help,
  ]);
}

// A small report with one block of every kind, shared by the renderer tests.

import {
  ReportDocument,
  addressee,
  heading,
  paragraph,
  signOff,
  title,
} from '../../../src/core/document/model';

export const SAMPLE_TITLE = '古荡街道2024年度法治政府建设工作报告';

export const SAMPLE_REPORT: ReportDocument = {
  title: SAMPLE_TITLE,
  author: '古荡街道办事处',
  blocks: [
    title(SAMPLE_TITLE),
    addressee('西湖区人民政府：'),
    paragraph(
      '2024年以来，古荡街道全力做好法治政府建设工作。现将相关工作情况报告如下：',
    ),
    heading(1, '一、2024年推进法治政府建设的主要举措和突出成效'),
    heading(2, '（一）主要举措'),
    heading(3, '1、夯实法治工作基础。'),
    paragraph(
      '一是明确人员力量。将法治机构设在党政办，形成“街道+律师+执法部门”模式。',
    ),
    heading(4, '（1）合法性审查'),
    paragraph('审查合同<30>份 & 规范性文件 "2" 件，结果 A>B。'),
    signOff('杭州市西湖区人民政府古荡街道办事处', '2025年2月5日'),
  ],
};

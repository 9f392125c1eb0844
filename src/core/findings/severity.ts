// How much a finding matters: 错误 stops a formal report, 警告 and 提示 do not.

export type Severity = 'error' | 'warning' | 'info';

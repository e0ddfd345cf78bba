// Where things sit on the official self-assessment form (项目支出绩效自评表 / 部门整体绩效自评表),
// ten columns A–J. Pure data, shared by the workbook writer and its tests.
import type { AssessmentForm } from '@/domain/assessment'

export const COLUMN_COUNT = 10
export const LAST_COLUMN = 'J'

/** Column widths in characters (a CJK character is about 2). */
export const COLUMN_WIDTHS = [11, 11, 12, 26, 13, 13, 8, 9, 22, 22] as const

export const TITLE: Record<AssessmentForm['kind'], string> = {
  project: '项目支出绩效自评表',
  department: '部门整体绩效自评表',
}

export const NAME_LABEL: Record<AssessmentForm['kind'], string> = {
  project: '项目名称',
  department: '部门（单位）名称',
}

export const FUNDS_LABEL: Record<AssessmentForm['kind'], string> = {
  project: '项目资金\n（万元）',
  department: '部门资金\n（万元）',
}

export const OWNER_LABEL: Record<AssessmentForm['kind'], string> = {
  project: '项目负责人',
  department: '负责人',
}

export const FUNDS_ROW_LABEL = {
  total: '年度资金总额',
  fiscal: '其中：当年财政拨款',
  carryover: '上年结转资金',
  other: '其他资金',
} as const

export const INDICATOR_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
] as const

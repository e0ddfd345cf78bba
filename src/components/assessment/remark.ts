import type { FormIndicatorRow } from '@/domain/assessment'
import { CAUSE_KEYS } from '@/domain/assessment'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** The lines of the 偏差原因分析及改进措施 cell: not-applicable reason, deviation, override reason. */
export function remarkLines(row: FormIndicatorRow, t: Translate): string[] {
  const lines: string[] = []
  if (row.notApplicableReason !== null)
    lines.push(`${t('assessment.notApplicable')}：${row.notApplicableReason}`)
  if (row.deviation)
    lines.push(`${t(`assessment.cause.${CAUSE_KEYS[row.deviation.cause]}`)}：${row.deviation.text}`)
  if (row.overrideReason !== null)
    lines.push(
      `【${t('assessment.override')}，${t('assessment.computedWas', { score: row.computedScore ?? '—' })}】${row.overrideReason}`,
    )
  return lines
}

// What still stands between a draft and a form that can be submitted. Blockers refuse the submit
// (checked again in the db layer); warnings are shown and asked about.
import type { AssessmentForm } from './form'
import type { DeviationNeed } from './deviation'

export type ReadinessCode =
  'needsJudgement' | 'noData' | 'deviationMissing' | 'goalOutcomeMissing' | 'evidenceMissing' | 'badTarget'

export interface ReadinessItem {
  code: ReadinessCode
  level: 'blocker' | 'warning'
  indicatorId?: string
  /** The indicator's name, for messages. */
  name?: string
  /** 1-based goal number for goalOutcomeMissing. */
  goal?: number
  need?: DeviationNeed
}

export function readiness(form: AssessmentForm): ReadinessItem[] {
  const items: ReadinessItem[] = []
  form.goals.forEach((goal, i) => {
    if (goal.actual.trim() === '') items.push({ code: 'goalOutcomeMissing', level: 'blocker', goal: i + 1 })
  })
  for (const row of form.indicators) {
    const about = { indicatorId: row.id, name: row.name }
    if (row.notApplicableReason !== null) continue
    if (row.needsJudgement) items.push({ code: 'needsJudgement', level: 'blocker', ...about })
    if (row.noData && row.overrideReason === null) items.push({ code: 'noData', level: 'blocker', ...about })
    // Without any entry the first thing owed is the datum; the reason follows once it is known.
    if (row.deviationNeed && !row.deviation && !(row.noData && row.overrideReason === null))
      items.push({ code: 'deviationMissing', level: 'blocker', need: row.deviationNeed, ...about })
    if (row.badTarget) items.push({ code: 'badTarget', level: 'warning', ...about })
    if (row.evidenceMissing) items.push({ code: 'evidenceMissing', level: 'warning', ...about })
  }
  return items
}

export function blockers(items: readonly ReadinessItem[]): ReadinessItem[] {
  return items.filter((item) => item.level === 'blocker')
}

// The one way a sheet's self-assessment form is assembled from a package. The screen
// (stores/assessment.ts) and the submit gate (db/assessment-workflow.ts sheetReadiness) both call
// it, so what the screen says is missing is exactly what the db refuses to submit without.
import { scoreSheet, sheetData } from '../scoring'
import type { SheetScore } from '../scoring/types'
import type { LedgerPackage } from '../types'
import { buildAssessmentForm, type AssessmentForm } from './form'
import { assessmentAsOf } from './year-end'

export interface AssessmentFormContext {
  /** Ids of entries and indicators that carry at least one attachment. */
  attachedOwners: ReadonlySet<string>
  /** 实施单位 when the package does not hold the sheet's unit. */
  fallbackUnitName?: string
  /** The sheet's year-end score, when the caller has already computed it. */
  score?: SheetScore
}

/** The sheet's year-end score: the figures of the form (assessmentAsOf is 31 December). */
export function yearEndScore(pkg: LedgerPackage, sheetId: string): SheetScore | null {
  const sheet = pkg.sheets.find((s) => s.id === sheetId)
  return sheet ? scoreSheet(sheet, sheetData(pkg, sheet.id), assessmentAsOf(sheet.year)) : null
}

/** The form of one sheet of the package at year end; null when the package has no such sheet. */
export function assessmentForm(
  pkg: LedgerPackage,
  sheetId: string,
  context: AssessmentFormContext,
): AssessmentForm | null {
  const sheet = pkg.sheets.find((s) => s.id === sheetId)
  if (!sheet) return null
  const score = context.score ?? yearEndScore(pkg, sheetId)!
  const ids = new Set(sheet.indicators.map((i) => i.id))
  const unit = pkg.units.find((u) => u.id === sheet.unitId)
  const parent = unit?.parentId ? pkg.units.find((u) => u.id === unit.parentId) : undefined
  return buildAssessmentForm({
    sheet,
    score,
    unitName: unit?.name ?? context.fallbackUnitName ?? '',
    departmentName: parent?.name,
    judgements: pkg.judgements.filter((j) => ids.has(j.indicatorId)),
    deviations: pkg.deviations.filter((d) => ids.has(d.indicatorId)),
    progress: pkg.progress.filter((e) => ids.has(e.indicatorId)),
    spending: pkg.spending.filter((e) => e.sheetId === sheetId),
    attachedOwners: context.attachedOwners,
  })
}

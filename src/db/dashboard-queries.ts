// Reads for the dashboard's comparison of all units: every unit's sheets of one year with what was
// logged against them, as one package for the engine. Leaner than exportPackage (no sorting, no
// field stripping, entries read per unit through the [unitId+date] index), because with
// 200 units this reads some 200,000 rows and the row count is the cost.
import type { LedgerPackage, Sheet } from '@/domain/types'
import type { LedgerDb } from './database'
import type { AssessmentRow, DeviationRow, JudgementRow, NotApplicableRow, OverrideRow } from './rows'
import { live } from './write'

/**
 * All live units, and every live sheet of `year` with its indicators (in order), progress,
 * spending and assessments. Entries keep their db fields (sheetId, unitId,
 * timestamps), which the engine ignores; within a unit they come in date order, ties by id
 * (creation order), as exportPackage gives them.
 */
export async function yearPackage(db: LedgerDb, year: number): Promise<LedgerPackage> {
  // Every date: an entry dated outside its sheet's year still counts for the engine, as in exportPackage.
  const from = ''
  const to = '\uffff'
  return db.transaction(
    'r',
    [db.units, db.sheets, db.indicators, db.progress, db.spending, db.assessments],
    async () => {
      const units = (await db.units.toArray()).filter(live)
      const sheetRows = (await db.sheets.toArray()).filter((s) => live(s) && s.year === year)
      const sheetIds = new Set(sheetRows.map((s) => s.id))
      const unitIds = [...new Set(sheetRows.map((s) => s.unitId))]

      const [indicators, progress, spending, assessments] = await Promise.all([
        db.indicators
          .where('sheetId')
          .anyOf([...sheetIds])
          .toArray(),
        Promise.all(
          unitIds.map((unitId) =>
            db.progress.where('[unitId+date]').between([unitId, from], [unitId, to], true, true).toArray(),
          ),
        ),
        Promise.all(unitIds.map((unitId) => db.spending.where('unitId').equals(unitId).toArray())),
        db.assessments
          .where('sheetId')
          .anyOf([...sheetIds])
          .toArray(),
      ])

      const bySheet = new Map<string, Sheet['indicators']>()
      for (const ind of indicators.filter(live).sort((a, b) => a.order - b.order)) {
        const list = bySheet.get(ind.sheetId)
        if (list) list.push(ind)
        else bySheet.set(ind.sheetId, [ind])
      }
      const liveAssessments = assessments.filter(live)
      const ofKind = <R extends AssessmentRow>(kind: R['kind']) =>
        liveAssessments.filter((a): a is R => a.kind === kind)
      return {
        format: 'perf-ledger',
        version: 1,
        units: units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
        sheets: sheetRows.map((s) => ({ ...s, indicators: bySheet.get(s.id) ?? [] })),
        progress: progress.flat().filter((p) => live(p) && sheetIds.has(p.sheetId)),
        spending: spending.flat().filter((x) => live(x) && sheetIds.has(x.sheetId)),
        judgements: ofKind<JudgementRow>('judgement'),
        overrides: ofKind<OverrideRow>('override'),
        notApplicable: ofKind<NotApplicableRow>('notApplicable'),
        deviations: ofKind<DeviationRow>('deviation'),
      }
    },
  )
}

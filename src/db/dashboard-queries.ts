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
  return db.transaction(
    'r',
    [db.units, db.sheets, db.indicators, db.progress, db.spending, db.assessments],
    async () => {
      const units = (await db.units.toArray()).filter(live)
      const sheetRows = (await db.sheets.toArray()).filter((s) => live(s) && s.year === year)
      const sheetIds = new Set(sheetRows.map((s) => s.id))

      // Per sheet through the sheetId indexes (one getAll each): only the year's rows are read, where
      // reading per unit through [unitId+date] read every year of every unit (200,000 rows, 2.8 s).
      const perSheet = <T>(query: (id: string) => Promise<T[]>) =>
        Promise.all([...sheetIds].map(query)).then((lists) => lists.flat())
      const [indicators, progress, spending, assessments] = await Promise.all([
        perSheet((id) => db.indicators.where('sheetId').equals(id).toArray()),
        perSheet((id) => db.progress.where('sheetId').equals(id).toArray()),
        perSheet((id) =>
          db.spending.where('[sheetId+date]').between([id, ''], [id, '\uffff'], true, true).toArray(),
        ),
        perSheet((id) => db.assessments.where('sheetId').equals(id).toArray()),
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
        progress: progress.filter(live).sort(byDateThenId),
        spending: spending.filter(live),
        judgements: ofKind<JudgementRow>('judgement'),
        overrides: ofKind<OverrideRow>('override'),
        notApplicable: ofKind<NotApplicableRow>('notApplicable'),
        deviations: ofKind<DeviationRow>('deviation'),
      }
    },
  )
}

/** Date order, ties by id (creation order), as exportPackage gives entries to the engine. */
function byDateThenId(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1
}

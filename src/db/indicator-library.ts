// The sources of the indicator library (domain/indicator-library): every live indicator of every
// unit and year in the database, with its year-end actual read from the sheet digests.
import { actualOf } from '@/domain/scoring/actuals'
import type { LibrarySource } from '@/domain/indicator-library'
import type { ProgressEntry } from '@/domain/types'
import type { LedgerDb } from './database'
import { sheetDigests } from './sheet-digests'
import { live } from './write'

export async function listLibrarySources(db: LedgerDb): Promise<LibrarySource[]> {
  const [units, sheets, indicators] = await Promise.all([
    db.units.toArray(),
    db.sheets.toArray(),
    db.indicators.toArray(),
  ])
  const unitName = new Map(units.filter(live).map((u) => [u.id, u.name]))
  const liveSheets = new Map(sheets.filter(live).map((s) => [s.id, s]))
  const digests = await sheetDigests(db, [...liveSheets.keys()])
  const entries = new Map<string, ProgressEntry[]>()
  for (const d of digests)
    for (const p of d.progress) entries.set(p.indicatorId, [...(entries.get(p.indicatorId) ?? []), p])
  return indicators
    .filter((i) => live(i) && liveSheets.has(i.sheetId))
    .sort((a, b) => a.order - b.order)
    .map(
      ({
        createdAt: _c,
        updatedAt: _u,
        updatedBy: _b,
        deletedAt: _d,
        sheetId,
        unitId: _x,
        order: _o,
        ...indicator
      }) => {
        const sheet = liveSheets.get(sheetId)!
        return {
          indicator,
          year: sheet.year,
          sheetId,
          sheetName: sheet.name,
          sheetKind: sheet.kind,
          unitId: sheet.unitId,
          unitName: unitName.get(sheet.unitId) ?? sheet.unitId,
          actual: actualText(indicator, entries.get(indicator.id) ?? [], sheet.year),
        }
      },
    )
}

/** The year-end actual as the rollover writes 上年完成值 ("4次"); 定性 indicators have none to add up. */
function actualText(
  ind: LibrarySource['indicator'],
  entries: readonly ProgressEntry[],
  year: number,
): string | null {
  if (!ind.target || ind.target.op === 'qualitative' || entries.length === 0) return null
  const { value, hasData } = actualOf(ind.measure, entries, `${year}-12-31`)
  return hasData && value ? `${value.toFixed()}${ind.target.unit}` : null
}

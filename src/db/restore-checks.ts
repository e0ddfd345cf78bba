// Every row of a backup passes the checks an import applies before the restore writes anything.
// The backup's checksum only shows that the file is as it was written: anyone can edit a file and
// compute a new one, so it detects damage, not tampering (docs/security.md). A restored row that
// the app could never have written (a reading "NaN", 2025-02-30, a negative amount, an unknown role,
// a sheet of a missing unit, a loop of parent units) refuses the whole backup, naming the row.
import { cycleText, findUnitCycle } from '@/domain/unit-cycles'
import { validateAssessment } from './assessments'
import { LedgerError, ValidationError, type Bilingual } from './errors'
import { validateIndicator } from './indicators'
import { ROLES } from './permissions'
import { validateProgress } from './progress'
import type { AssessmentKind, AssessmentRow, IndicatorRow, ProfileRow, SheetRow, UnitRow } from './rows'
import { validateSheet } from './sheets'
import { validateSpending } from './spending'
import { unitRowFrom } from './units'
import { assertId, assertOneOf, assertText } from './validate'

const KINDS: readonly AssessmentKind[] = ['judgement', 'override', 'notApplicable', 'deviation']

/** Why one row of a backup cannot be restored: the table, the row, the field and the reason. */
export interface BadRow {
  table: string
  /** 1-based, in the order of the backup. */
  row: number
  id: string
  field: string
  why: Bilingual
}

type Rows = ReadonlyMap<string, readonly unknown[]>

/** The first row that would not pass an import's checks; null when every row passes. */
export function firstBadRow(rows: Rows): BadRow | null {
  const list = <T>(table: string) => (rows.get(table) ?? []) as T[]
  const ids = (table: string) => new Set(list<{ id: string }>(table).map((r) => r.id))
  const units = ids('units')
  const sheets = ids('sheets')
  const indicators = ids('indicators')

  const each = <T extends { id?: string }>(
    table: string,
    check: (row: T) => void,
    refs: (row: T) => [string, string, ReadonlySet<string>] | null = () => null,
  ): BadRow | null => {
    const all = list<T>(table)
    for (let k = 0; k < all.length; k++) {
      const row = all[k]!
      const at = { table, row: k + 1, id: String(row?.id ?? '') }
      try {
        check(row)
      } catch (e) {
        if (e instanceof ValidationError) return { ...at, field: e.field, why: e.bilingual }
        if (e instanceof LedgerError) return { ...at, field: '', why: e.bilingual }
        throw e
      }
      const ref = refs(row)
      if (ref && !ref[2].has(ref[1])) {
        return {
          ...at,
          field: ref[0],
          why: { zh: `引用的“${ref[1]}”不存在。`, en: `"${ref[1]}" does not exist.` },
        }
      }
    }
    return null
  }

  return (
    each<UnitRow>(
      'units',
      (u) => unitRowFrom(u),
      (u) => (u.parentId ? ['parentId', u.parentId, units] : null),
    ) ??
    unitLoop(list<UnitRow>('units')) ??
    each<SheetRow>(
      'sheets',
      (s) => validateSheet(s),
      (s) => ['unitId', s.unitId, units],
    ) ??
    each<IndicatorRow>(
      'indicators',
      (i) => validateIndicator(i),
      (i) => ['sheetId', i.sheetId, sheets],
    ) ??
    each<{ id: string; indicatorId: string } & Parameters<typeof validateProgress>[0]>(
      'progress',
      (e) => validateProgress(e),
      (e) => ['indicatorId', e.indicatorId, indicators],
    ) ??
    each<Parameters<typeof validateSpending>[0]>(
      'spending',
      (e) => validateSpending(e),
      (e) => ['sheetId', e.sheetId, sheets],
    ) ??
    each<AssessmentRow>(
      'assessments',
      (a) => {
        assertId(a.id, 'id')
        assertOneOf(a.kind, KINDS, 'kind')
        validateAssessment(a.kind, a)
      },
      (a) => ['indicatorId', a.indicatorId, indicators],
    ) ??
    each<ProfileRow>('profiles', (p) => {
      assertId(p.id, 'id')
      assertText(p.name, 'name')
      assertOneOf(p.role, ROLES, 'role')
    })
  )
}

function unitLoop(units: readonly UnitRow[]): BadRow | null {
  const cycle = findUnitCycle(units)
  if (!cycle) return null
  const k = units.findIndex((u) => u.id === cycle[0])
  return {
    table: 'units',
    row: k + 1,
    id: cycle[0]!,
    field: 'parentId',
    why: {
      zh: `上级单位成环（${cycleText(cycle)}）。`,
      en: `the parent units form a loop (${cycleText(cycle)}).`,
    },
  }
}

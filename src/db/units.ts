import type { Unit } from '@/domain/types'
import { newId } from '@/domain/ids'
import type { LedgerDb } from './database'
import { RecordNotFoundError, ValidationError } from './errors'
import { authorize } from './permissions'
import type { Actor, UnitRow } from './rows'
import { assertId, assertText } from './validate'
import { insertRow, live, patchRow, writeTx, type NewRow } from './write'

// One collator for every comparison: localeCompare(…, 'zh') builds one per call (201 units: ~1,500).
const byChineseName = new Intl.Collator('zh')

export async function listUnits(db: LedgerDb): Promise<UnitRow[]> {
  const rows = (await db.units.toArray()).filter(live)
  return rows.sort((a, b) => byChineseName.compare(a.name, b.name))
}

export async function getUnit(db: LedgerDb, id: string): Promise<UnitRow | undefined> {
  const row = await db.units.get(id)
  return row && live(row) ? row : undefined
}

/** The unit and every unit below it in the union hierarchy. */
export async function unitSubtree(db: LedgerDb, rootId: string): Promise<string[]> {
  const all = (await db.units.toArray()).filter(live)
  const out = [rootId]
  for (let i = 0; i < out.length; i++) {
    for (const u of all) if (u.parentId === out[i] && !out.includes(u.id)) out.push(u.id)
  }
  return out
}

export function unitRowFrom(u: Unit): NewRow<UnitRow> {
  assertId(u.id, 'unit.id')
  assertText(u.name, 'unit.name')
  if (u.parentId !== null && u.parentId !== undefined) assertId(u.parentId, 'unit.parentId')
  return { ...u, parentId: u.parentId ?? null, unitId: u.id }
}

export async function createUnit(
  db: LedgerDb,
  actor: Actor,
  input: { id?: string; name: string; parentId?: string | null },
): Promise<UnitRow> {
  const row = unitRowFrom({
    id: input.id ?? newId(),
    name: input.name.trim(),
    parentId: input.parentId ?? null,
  })
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'unit.edit')
    if (row.parentId && !(await getUnit(db, row.parentId)))
      throw new RecordNotFoundError('units', row.parentId)
    return insertRow<UnitRow>(db, who, 'units', row)
  })
}

export async function updateUnit(
  db: LedgerDb,
  actor: Actor,
  id: string,
  changes: { name?: string; parentId?: string | null },
): Promise<UnitRow> {
  if (changes.name !== undefined) assertText(changes.name, 'name')
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'unit.edit')
    if (changes.parentId) {
      if (!(await getUnit(db, changes.parentId))) throw new RecordNotFoundError('units', changes.parentId)
      if ((await unitSubtree(db, id)).includes(changes.parentId)) {
        throw new ValidationError('parentId', {
          zh: '上级单位不能是自身或下级单位。',
          en: 'A unit cannot sit below itself.',
        })
      }
    }
    const picked: Record<string, unknown> = {}
    if (changes.name !== undefined) picked.name = changes.name.trim()
    if ('parentId' in changes) picked.parentId = changes.parentId ?? null
    return patchRow<UnitRow>(db, who, 'units', id, picked)
  })
}

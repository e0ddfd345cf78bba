// Units are created and moved by the server's administrator (the command line), never by sync:
// the tree decides who sees what.
import type { Database } from '../db/database'

export interface NewUnit {
  id: string
  name: string
  parentId: string | null
}

export async function addUnit(db: Database, unit: NewUnit): Promise<void> {
  await db.asOwner(async (c) => {
    await c.query('insert into rows_units (id, data) values ($1, $2)', [
      unit.id,
      { id: unit.id, unitId: unit.id, name: unit.name, parentId: unit.parentId },
    ])
  })
}

export async function moveUnit(db: Database, id: string, parentId: string | null): Promise<void> {
  await db.asOwner(async (c) => {
    const r = await c.query(
      `update rows_units set data = data || jsonb_build_object('parentId', $2::text) where id = $1`,
      [id, parentId],
    )
    if (r.rowCount === 0) throw new Error(`no unit ${id}`)
  })
}

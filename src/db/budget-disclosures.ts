// The 部门预算公开 text a unit-year's budget tables (表1–表11) are read from, kept as pasted or opened.
// Stored whole in the settings table; the reader (domain/budget-tables) runs on it when shown, so a
// better reader improves old documents too.
import type { LedgerDb } from './database'
import { authorize } from './permissions'
import type { Actor } from './rows'
import { getSetting, writeSetting } from './settings'
import { assertId, assertText } from './validate'
import { writeTx } from './write'

export interface BudgetDisclosureText {
  unitId: string
  year: number
  /** Where it came from (a file name, "粘贴", the built-in data). */
  source: string
  text: string
}

const keyOf = (unitId: string, year: number) => `budgetDisclosure.${unitId}.${year}`

export function getBudgetDisclosure(db: LedgerDb, unitId: string, year: number) {
  return getSetting<BudgetDisclosureText>(db, keyOf(unitId, year))
}

export async function saveBudgetDisclosure(
  db: LedgerDb,
  actor: Actor,
  doc: BudgetDisclosureText,
): Promise<void> {
  assertId(doc.unitId, 'unitId')
  assertText(doc.text, 'text')
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'target.edit')
    await writeBudgetDisclosure(db, who, doc)
  })
}

/** Inside a write transaction, after the caller has authorised `actor` (the seed does). */
export function writeBudgetDisclosure(db: LedgerDb, actor: Actor, doc: BudgetDisclosureText): Promise<void> {
  const { unitId, year, source, text } = doc
  return writeSetting(db, actor, keyOf(unitId, year), { unitId, year, source, text })
}

// First start: the built-in package (public/samples/…) goes into an empty database, with the
// budget disclosure its tables come from (public/samples/…-disclosure.json), when it was fetched.
import { readPackage } from '@/domain/exchange'
import { writeBudgetDisclosure, type BudgetDisclosureText } from './budget-disclosures'
import type { LedgerDb } from './database'
import { InvalidPackageError } from './errors'
import { importInTx } from './import-package'
import type { Actor } from './rows'
import { writeTx } from './write'

/**
 * Imports `rawJson` (an exchange file, parsed or as text) when the database has no units.
 * Validated with readPackage first; refused with its issues when it is not a valid package.
 */
export async function seedIfEmpty(
  db: LedgerDb,
  rawJson: unknown,
  actor: Actor,
  disclosures: readonly unknown[] = [],
): Promise<{ seeded: boolean }> {
  if ((await db.units.count()) > 0) return { seeded: false }
  const read = readPackage(rawJson)
  if (!read.ok) throw new InvalidPackageError(read.issues)
  return writeTx(db, async () => {
    // Checked again inside the transaction: another tab may have seeded meanwhile.
    if ((await db.units.count()) > 0) return { seeded: false }
    await importInTx(db, read.pkg, actor, 'seed')
    for (const doc of disclosures.filter(isDisclosure)) await writeBudgetDisclosure(db, actor, doc)
    return { seeded: true }
  })
}

/** A disclosure file of the built-in data: anything else is skipped, the targets still load. */
function isDisclosure(d: unknown): d is BudgetDisclosureText {
  const o = d as Partial<BudgetDisclosureText> | null
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.unitId === 'string' &&
    typeof o.year === 'number' &&
    typeof o.source === 'string' &&
    typeof o.text === 'string' &&
    o.text.trim() !== ''
  )
}

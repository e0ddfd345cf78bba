// First start: the built-in package (public/samples/…) goes into an empty database.
import { readPackage } from '@/domain/exchange'
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
): Promise<{ seeded: boolean }> {
  if ((await db.units.count()) > 0) return { seeded: false }
  const read = readPackage(rawJson)
  if (!read.ok) throw new InvalidPackageError(read.issues)
  return writeTx(db, async () => {
    // Checked again inside the transaction: another tab may have seeded meanwhile.
    if ((await db.units.count()) > 0) return { seeded: false }
    await importInTx(db, read.pkg, actor, 'seed')
    return { seeded: true }
  })
}

// The target review's stored parts: a reviewer's acceptances of findings (per sheet, with reason,
// who and when; audited like every setting) and the review's settings (the weight split and its
// tolerance, an administrator's). Both live in the settings table under their own keys.
import { DEFAULT_REVIEW_SETTINGS, type Acceptance, type ReviewSettings } from '@/domain/target-review'
import { nowIso } from './audit'
import type { LedgerDb } from './database'
import { authorize } from './permissions'
import type { Actor } from './rows'
import { getSetting, writeSetting } from './settings'
import { assertId, assertText } from './validate'
import { writeTx } from './write'

export const REVIEW_SETTINGS_KEY = 'review.settings'
const acceptanceKey = (sheetId: string) => `review.accepted.${sheetId}`

export async function listAcceptances(db: LedgerDb, sheetId: string): Promise<Acceptance[]> {
  return (await getSetting<Acceptance[]>(db, acceptanceKey(sheetId))) ?? []
}

/** Marks finding `key` of `sheetId` accepted; a second acceptance of the same key replaces the first. */
export async function acceptFinding(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  key: string,
  reason: string,
): Promise<Acceptance> {
  assertId(sheetId, 'sheetId')
  assertText(key, 'key')
  assertText(reason, 'reason')
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'review.accept')
    const accepted: Acceptance = { key, reason: reason.trim(), by: who.name, at: nowIso() }
    const rest = (await listAcceptances(db, sheetId)).filter((a) => a.key !== key)
    await writeSetting(db, who, acceptanceKey(sheetId), [...rest, accepted])
    return accepted
  })
}

/** Takes an acceptance back (audited as a change of the sheet's acceptance list). */
export async function withdrawAcceptance(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  key: string,
): Promise<void> {
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'review.accept')
    const rest = (await listAcceptances(db, sheetId)).filter((a) => a.key !== key)
    await writeSetting(db, who, acceptanceKey(sheetId), rest)
  })
}

/** The stored settings over the defaults (a deployment may use another split or tolerance). */
export async function getReviewSettings(db: LedgerDb): Promise<ReviewSettings> {
  const stored = (await getSetting<Partial<ReviewSettings>>(db, REVIEW_SETTINGS_KEY)) ?? {}
  return {
    ...DEFAULT_REVIEW_SETTINGS,
    ...stored,
    split: { ...DEFAULT_REVIEW_SETTINGS.split, ...stored.split },
  }
}

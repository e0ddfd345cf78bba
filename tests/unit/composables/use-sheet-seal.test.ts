// @vitest-environment node
// useSheetSeal: checked when the sheet is shown and again when the ledger's data changes (a write
// lands), and reports a broken seal then.
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appendAudit } from '@/db/audit'
import { writeTx } from '@/db/write'
import { useSheetSeal } from '@/composables/use-sheet-seal'
import { useLedgerStore } from '@/stores/ledger'
import { useSessionStore } from '@/stores/session'
import { useSheetSealsStore } from '@/stores/sheet-seals'
import { openTestDb, stubSeedFetch, testDb } from '../stores/test-db'

vi.mock('@/db/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/database')>()
  const { testDb: holder } = await import('../stores/test-db')
  return { ...actual, getDb: () => holder.current! }
})

beforeEach(async () => {
  setActivePinia(createPinia())
  await openTestDb()
  stubSeedFetch()
  await useSessionStore().start()
})

afterEach(() => {
  testDb.current?.close()
  vi.unstubAllGlobals()
})

const SHEET = 'kz-2025-proj-1'

describe('useSheetSeal', () => {
  it('checks on load, again after a write, and reports the seal broken', async () => {
    await useLedgerStore().loaded()
    const seals = useSheetSealsStore()
    const check = vi.spyOn(seals, 'check')
    const scope = effectScope()
    const { report, broken } = scope.run(() => useSheetSeal(() => SHEET))!
    await vi.waitFor(() => expect(report.value?.state).toBe('unsealed'))
    expect(check).toHaveBeenCalledTimes(1)
    // A lock on record whose seal does not match what the sheet holds now (written by the profile
    // acting: the db layer refuses any other actor).
    const db = testDb.current!
    const actor = useSessionStore().profile!
    await writeTx(db, () =>
      appendAudit(db, actor, {
        table: 'sheets',
        rowId: SHEET,
        unitId: 'kz-fed',
        action: 'update',
        before: { status: 'submitted' },
        after: { status: 'locked' },
        seal: '0'.repeat(64),
      }),
    )
    await db.sheets.update(SHEET, { status: 'locked' })
    await vi.waitFor(() => expect(broken.value).toBe(true))
    expect(check.mock.calls.length).toBeGreaterThan(1)
    scope.stop()
  })
})

// @vitest-environment node
// Stays for every future schema version: a version-1 database with data in every table opens
// with the current schema, and every row, field and byte of it is still there.
import { describe, expect, it } from 'vitest'
import { getAttachmentBlob, verifyAttachment } from '@/db/attachments'
import { listAudit } from '@/db/audit'
import { getBackupStatus } from '@/db/backup-settings'
import { exportPackage } from '@/db/export-package'
import { LATEST_VERSION } from '@/db/migrations'
import { verifyPin } from '@/db/pin'
import { listProfiles } from '@/db/profiles'
import { SCHEMA_V1 } from '@/db/schema'
import { upgradeFrom } from './migration-harness'
import { V1_PHOTO, V1_PHOTO_SHA256, v1Fixtures } from './migration-fixture-v1'

let n = 0
const dbName = () => `migration-fixture-${process.pid}-${n++}`

describe('a version-1 database upgrades to the current version with nothing lost', () => {
  it('the fixture covers every version-1 table', () => {
    expect(Object.keys(v1Fixtures()).sort()).toEqual(Object.keys(SCHEMA_V1).sort())
  })

  it('the photo checksum in the fixture is right', async () => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', V1_PHOTO))
    expect(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')).toBe(V1_PHOTO_SHA256)
  })

  it('every row of every table is there with all its fields', async () => {
    const fixtures = v1Fixtures()
    const db = await upgradeFrom(dbName(), 1, fixtures)
    expect(db.verno).toBe(LATEST_VERSION)
    for (const [table, rows] of Object.entries(fixtures)) {
      expect(await db.table(table).count(), table).toBe(rows.length)
      for (const row of rows) {
        const key = table === 'settings' ? row.key : row.id
        const stored = (await db.table(table).get(key as string)) as Record<string, unknown>
        if (table === 'attachmentBlobs') {
          const { blob, ...rest } = row
          expect(stored, `${table}/${String(key)}`).toMatchObject(rest)
          expect(new Uint8Array(await (stored.blob as Blob).arrayBuffer())).toEqual(V1_PHOTO)
          expect((stored.blob as Blob).type).toBe((blob as Blob).type)
        } else {
          // Later versions may add fields; none may lose or change one.
          expect(stored, `${table}/${String(key)}`).toMatchObject(row)
        }
      }
    }
    db.close()
  })

  it('the upgraded database works through the db API', async () => {
    const db = await upgradeFrom(dbName(), 1, v1Fixtures())
    const pkg = await exportPackage(db, { unitId: 'kz-fed', year: 2025 })
    expect(pkg.sheets.map((s) => [s.id, s.status, s.indicators.length])).toEqual([['s1', 'submitted', 2]])
    // e2 was deleted in version 1 and stays deleted; a3 likewise.
    expect(pkg.progress.map((e) => e.id)).toEqual(['e1'])
    expect(pkg.judgements).toEqual([{ indicatorId: 'i2', tier: '达成', score: '18' }])
    expect(pkg.overrides).toHaveLength(1)
    expect(pkg.notApplicable).toEqual([])
    expect(pkg.deviations).toHaveLength(1)
    expect(pkg.sheets[0].funds).toEqual({ fiscal: '100.00', other: '0.00', carryOver: '1.50' })
    expect(await verifyAttachment(db, 'f1')).toBe(true)
    expect(await getAttachmentBlob(db, 'f1')).toBeDefined()
    expect((await listProfiles(db)).map((p) => [p.id, p.hasPin])).toEqual(
      expect.arrayContaining([
        ['p-entry', true],
        ['p-admin', false],
      ]),
    )
    // A PIN that is not the stored one is refused (the record survived, the hash is compared).
    expect(await verifyPin(db, 'p-entry', '0000')).toBe(false)
    expect((await listAudit(db, { table: 'progress', rowId: 'e2' }))[0]).toMatchObject({ reason: '重复录入' })
    expect((await getBackupStatus(db)).lastBackupAt).toBe('2025-03-01T03:00:00.000Z')
    db.close()
  })
})

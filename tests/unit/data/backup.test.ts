// @vitest-environment node
import './browser-globals'
import { describe, expect, it } from 'vitest'
import { getAttachmentBlob, verifyAttachment } from '@/db/attachments'
import { countData, createBackup, InvalidBackupError, readBackupFile, restoreBackup } from '@/db/backup'
import { getBackupStatus } from '@/db/backup-settings'
import { addEvidence } from '@/db/evidence'
import { exportPackage } from '@/db/export-package'
import { FAKE_IDB, world, worldWithData } from '../db/helpers'

const PHOTO = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 250, 251, 252])

async function withPhoto() {
  const w = await worldWithData()
  const file = new Blob([PHOTO], { type: 'image/png' })
  const [meta] = await addEvidence(w.db, w.entry, 'progress', 'e-001', [{ file, name: '签到表.png' }])
  return { ...w, photoId: meta!.id }
}

describe('backup and restore', () => {
  it('round-trips the whole database, attachments included, into another database', async () => {
    const { db, admin, photoId } = await withPhoto()
    const progress: number[] = []
    const { blob, meta } = await createBackup(db, admin, (done) => progress.push(done))
    expect(meta.counts).toMatchObject({ units: 1, sheets: 1, indicators: 2, progress: 1, attachments: 1 })
    // PHOTO is 15 bytes.
    expect(meta.counts.attachmentBytes).toBe(15)
    expect(progress.length).toBeGreaterThan(0)
    expect((await getBackupStatus(db)).lastBackupAt).toBe(meta.createdAt)

    const other = await world()
    const file = await readBackupFile(blob)
    const counts = await restoreBackup(other.db, other.admin, file, { dexie: FAKE_IDB })
    expect(counts).toEqual(meta.counts)
    const restored = { ...(await exportPackage(other.db)), exportedAt: '' }
    expect(restored).toEqual({ ...(await exportPackage(db)), exportedAt: '' })
    const back = await getAttachmentBlob(other.db, photoId)
    expect(new Uint8Array(await back!.arrayBuffer())).toEqual(PHOTO)
    expect(back!.type).toBe('image/png')
    expect(await verifyAttachment(other.db, photoId)).toBe(true)
    // Every table came back, plus one audit entry for the restore itself.
    for (const t of db.tables) {
      const extra = t.name === 'audit' ? 1 : 0
      expect(await other.db.table(t.name).count(), t.name).toBe((meta.rows[t.name] ?? 0) + extra)
    }
  })

  it('refuses a file whose content was changed, and writes nothing', async () => {
    const { db, admin } = await withPhoto()
    const { blob } = await createBackup(db, admin)
    const text = await blob.text()
    // Same length, one character changed inside the data: only the checksum can tell.
    const changed = text.replace('首次划拨', '首次划扒')
    expect(changed.length).toBe(text.length)
    const err = await readBackupFile(new Blob([changed])).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InvalidBackupError)
    expect((err as InvalidBackupError).reason).toBe('checksum')
  })

  it('refuses a truncated file', async () => {
    const { db, admin } = await withPhoto()
    const { blob } = await createBackup(db, admin)
    const err = await readBackupFile(blob.slice(0, blob.size - 100)).catch((e: unknown) => e)
    expect((err as InvalidBackupError).reason).toBe('truncated')
  })

  it('is an administrator’s action and leaves the database as it was when refused', async () => {
    const { db, admin } = await withPhoto()
    const file = await readBackupFile((await createBackup(db, admin)).blob)
    const other = await world()
    const before = await countData(other.db)
    await expect(restoreBackup(other.db, other.entry, file, { dexie: FAKE_IDB })).rejects.toMatchObject({
      code: 'permission',
    })
    expect(await countData(other.db)).toEqual(before)
  })

  it('a write failure in the middle of the replace (a full disk) leaves the old data in place', async () => {
    const { db, admin } = await withPhoto()
    const file = await readBackupFile((await createBackup(db, admin)).blob)
    const other = await worldWithData()
    const before = await exportPackage(other.db)
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    other.db.attachmentBlobs.hook('creating', full)
    try {
      await expect(restoreBackup(other.db, other.admin, file, { dexie: FAKE_IDB })).rejects.toMatchObject({
        code: 'storage-full',
      })
    } finally {
      other.db.attachmentBlobs.hook('creating').unsubscribe(full)
    }
    expect({ ...(await exportPackage(other.db)), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 })
  })
})

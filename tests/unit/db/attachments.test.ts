// @vitest-environment node
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { deleteAttachment, getAttachmentBlob, listAttachments, verifyAttachment } from '@/db/attachments'
import { listAudit } from '@/db/audit'
import { addEvidence } from '@/db/evidence'
import { LockedError, RecordNotFoundError, ValidationError } from '@/db/errors'
import type { AttachmentOwnerKind } from '@/db/rows'
import { setSheetStatus } from '@/db/sheets'
import { worldWithData } from './helpers'

describe('attachments', () => {
  it('stores a Blob apart from its metadata and returns it byte for byte, with its sha256', async () => {
    const { db, entry } = await worldWithData()
    const bytes = new Uint8Array(4096).map((_, i) => (i * 31) % 256)
    const file = new Blob([bytes], { type: 'image/png' })
    // The unit and sheet come from the entry the file is attached to.
    const meta = (await addEvidence(db, entry, 'progress', 'e-001', [{ file, name: '签到表.png' }]))[0]!

    expect(meta).toMatchObject({
      name: '签到表.png',
      type: 'image/png',
      size: 4096,
      sheetId: 'kz-2025-proj-1',
      unitId: 'kz-fed',
    })
    expect(meta.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(meta).not.toHaveProperty('blob')
    expect(await listAttachments(db, { ownerKind: 'progress', ownerId: 'e-001' })).toHaveLength(1)

    const back = await getAttachmentBlob(db, meta.id)
    expect(back).toBeInstanceOf(Blob)
    expect(new Uint8Array(await back!.arrayBuffer())).toEqual(bytes)
    expect(await verifyAttachment(db, meta.id)).toBe(true)

    const log = await listAudit(db, { table: 'attachmentMeta', rowId: meta.id })
    expect(log).toHaveLength(1)
    expect(JSON.stringify(log[0].after)).not.toContain('blob')
  })

  it('hides a deleted attachment and refuses an unknown kind of owner, a missing owner or a locked sheet', async () => {
    const { db, entry, reviewer } = await worldWithData()
    const file = new Blob(['凭证'], { type: 'text/plain' })
    const meta = (await addEvidence(db, entry, 'spending', 'x-001', [{ file, name: '凭证.txt' }]))[0]!
    await deleteAttachment(db, entry, meta.id)
    expect(await getAttachmentBlob(db, meta.id)).toBeUndefined()
    expect(await db.attachmentBlobs.get(meta.id)).toBeDefined()

    await expect(
      addEvidence(db, entry, 'receipt' as AttachmentOwnerKind, 'x-001', [{ file, name: 'a' }]),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(addEvidence(db, entry, 'spending', 'x-404', [{ file, name: 'a' }])).rejects.toBeInstanceOf(
      RecordNotFoundError,
    )
    await setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'locked')
    await expect(addEvidence(db, entry, 'progress', 'e-001', [{ file, name: 'b' }])).rejects.toBeInstanceOf(
      LockedError,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { listAudit } from '@/db/audit'
import { addProgress, listProgress, updateProgress } from '@/db/progress'
import { worldWithData } from './helpers'

describe('audit log', () => {
  it('records one entry with before and after for a create and for an update', async () => {
    const { db, entry } = await worldWithData()
    const { entry: row } = await addProgress(db, entry, {
      indicatorId: 'p1-i1',
      date: '2025-04-01',
      value: '2',
    })
    const created = await listAudit(db, { table: 'progress', rowId: row.id })
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({
      action: 'create',
      actorId: entry.id,
      actorName: '张三',
      unitId: 'kz-fed',
      before: null,
    })
    expect(created[0].after).toMatchObject({ id: row.id, value: '2', sheetId: 'kz-2025-proj-1' })

    await updateProgress(db, entry, row.id, { value: '3' })
    const log = await listAudit(db, { table: 'progress', rowId: row.id })
    expect(log).toHaveLength(2)
    expect(log[0]).toMatchObject({ action: 'update', before: { value: '2' }, after: { value: '3' } })
    expect((await db.progress.get(row.id))?.value).toBe('3')
  })

  it('lands neither the row nor the audit entry when the row write fails after the audit add', async () => {
    const { db, entry } = await worldWithData()
    const auditBefore = await db.audit.count()
    const boom = () => {
      throw new Error('disk full')
    }
    db.progress.hook('creating', boom)
    try {
      await expect(
        addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-04-01', value: '2' }),
      ).rejects.toThrow('disk full')
    } finally {
      db.progress.hook('creating').unsubscribe(boom)
    }
    expect(await db.audit.count()).toBe(auditBefore)
    expect(await listProgress(db, { indicatorId: 'p1-i1' })).toHaveLength(1)
  })

  it('lands no row when the audit add fails', async () => {
    const { db, entry } = await worldWithData()
    const progressBefore = await db.progress.count()
    const auditBefore = await db.audit.count()
    const boom = () => {
      throw new Error('audit refused')
    }
    db.audit.hook('creating', boom)
    try {
      await expect(updateProgress(db, entry, 'e-001', { value: '5' })).rejects.toThrow('audit refused')
    } finally {
      db.audit.hook('creating').unsubscribe(boom)
    }
    expect((await db.progress.get('e-001'))?.value).toBe('1')
    expect(await db.progress.count()).toBe(progressBefore)
    expect(await db.audit.count()).toBe(auditBefore)
  })

  it('stamps every written row with unitId, createdAt, updatedAt and updatedBy', async () => {
    const { db, entry } = await worldWithData()
    const { entry: row } = await addProgress(db, entry, {
      indicatorId: 'p1-i1',
      date: '2025-04-01',
      value: '2',
    })
    expect(row).toMatchObject({ unitId: 'kz-fed', updatedBy: entry.id, deletedAt: null })
    expect(row.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/)
    for (const a of await db.audit.toArray()) expect(a).toHaveProperty('unitId')
  })
})

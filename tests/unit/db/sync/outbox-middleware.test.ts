// The outbox records what each write changed, in the write's own transaction, only while connected,
// and never the sync client's own writes.
import { describe, expect, it } from 'vitest'
import type { LedgerDb } from '@/db/database'
import { addProgress, deleteProgress, updateProgress } from '@/db/progress'
import { runUnrecorded, setRecording } from '@/db/sync/recording'
import type { OutboxRow } from '@/db/sync/types'
import { worldWithData } from '../helpers'

async function outbox(db: LedgerDb): Promise<OutboxRow[]> {
  return db.table<OutboxRow>('outbox').orderBy('seq').toArray()
}

async function connected() {
  const w = await worldWithData()
  setRecording(w.db, true)
  return w
}

describe('outbox middleware', () => {
  it('records nothing while the device is not connected', async () => {
    const w = await worldWithData()
    await updateProgress(w.db, w.entry, 'e-001', { value: '2' })
    expect(await outbox(w.db)).toEqual([])
  })

  it('Table.update (via updateProgress) becomes a patch of the changed fields only', async () => {
    const w = await connected()
    await updateProgress(w.db, w.entry, 'e-001', { value: '2', note: '改' })
    const [only, ...rest] = await outbox(w.db)
    expect(rest).toEqual([])
    expect(only).toMatchObject({ table: 'progress', rowId: 'e-001', op: 'patch' })
    expect(Object.keys(only.data).sort()).toEqual(['note', 'updatedAt', 'updatedBy', 'value'])
    expect(only.data).toMatchObject({ value: '2', note: '改', updatedBy: w.entry.id })
    expect(only.changeId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('an add becomes a put of the whole row', async () => {
    const w = await connected()
    const row = (await addProgress(w.db, w.entry, {
      indicatorId: 'p1-i1',
      date: '2025-04-01',
      value: '3',
      note: '',
      by: '张三',
    })).entry
    const entries = await outbox(w.db)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ table: 'progress', rowId: row.id, op: 'put' })
    expect(entries[0].data).toEqual(row)
  })

  it('a soft delete is a patch of deletedAt (and the stamps), never a delete', async () => {
    const w = await connected()
    await deleteProgress(w.db, w.entry, 'e-001')
    const [only] = await outbox(w.db)
    expect(only.op).toBe('patch')
    expect(Object.keys(only.data).sort()).toEqual(['deletedAt', 'updatedAt', 'updatedBy'])
    expect(typeof only.data.deletedAt).toBe('string')
  })

  it('Collection.modify with an object patches each row with its key paths, dotted ones too', async () => {
    const w = await connected()
    await w.db.sheets
      .where('id')
      .equals('kz-2025-proj-1')
      .modify({ 'budget.adjusted': '120.00', owner: '甲' })
    const [only] = await outbox(w.db)
    expect(only).toMatchObject({
      table: 'sheets',
      op: 'patch',
      data: { 'budget.adjusted': '120.00', owner: '甲' },
    })
    expect(Object.keys(only.data)).toHaveLength(2)
  })

  it('Table.bulkUpdate (updates.changeSpecs) patches each row with its own spec', async () => {
    const w = await connected()
    await w.db.progress.bulkUpdate([{ key: 'e-001', changes: { note: 'a' } }])
    await w.db.spending.bulkUpdate([{ key: 'x-001', changes: { amount: '60.00' } }])
    expect((await outbox(w.db)).map((e) => [e.table, e.op, e.data])).toEqual([
      ['progress', 'patch', { note: 'a' }],
      ['spending', 'patch', { amount: '60.00' }],
    ])
  })

  it('a whole-row put records only the fields that differ; modify with a function too', async () => {
    const w = await connected()
    const row = (await w.db.progress.get('e-001'))!
    await w.db.progress.put({ ...row, note: '整行' })
    await w.db.progress.toCollection().modify((r) => {
      r.value = '9'
    })
    expect((await outbox(w.db)).map((e) => [e.op, e.data])).toEqual([
      ['patch', { note: '整行' }],
      ['patch', { value: '9' }],
    ])
  })

  it('a put of a row that does not exist yet is a put of the whole row', async () => {
    const w = await connected()
    const row = { ...(await w.db.progress.get('e-001'))!, id: 'e-new' }
    await w.db.progress.put(row)
    const [only] = await outbox(w.db)
    expect(only).toMatchObject({ op: 'put', rowId: 'e-new', data: row })
  })

  it('writes in an unrecorded transaction (applied from the server) are not echoed', async () => {
    const w = await connected()
    await runUnrecorded(w.db, ['progress'], async () => {
      await w.db.progress.update('e-001', { note: '来自服务器' })
    })
    expect((await w.db.progress.get('e-001'))!.note).toBe('来自服务器')
    expect(await outbox(w.db)).toEqual([])
    // The mark is the transaction's, not the table's: the next ordinary write is recorded again.
    await updateProgress(w.db, w.entry, 'e-001', { value: '5' })
    expect(await outbox(w.db)).toHaveLength(1)
  })

  it('a failed transaction leaves no outbox entry', async () => {
    const w = await connected()
    await expect(
      w.db.transaction('rw', w.db.progress, async () => {
        await w.db.progress.update('e-001', { note: 'x' })
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    expect(await outbox(w.db)).toEqual([])
    expect((await w.db.progress.get('e-001'))!.note).toBe('首次划拨')
  })

  it('tables outside sync (profiles, settings, audit) are never recorded', async () => {
    const w = await connected()
    await w.db.profiles.update(w.entry.id, { name: '张三丰' })
    expect(await outbox(w.db)).toEqual([])
  })
})

describe('sheet status changes', () => {
  it('carry the reason of their audit entry as statusReason (the server’s unlock needs it)', async () => {
    const w = await connected()
    const { setSheetStatus } = await import('@/db/sheets')
    await setSheetStatus(w.db, w.admin, 'kz-2025-proj-1', 'submitted')
    await setSheetStatus(w.db, w.reviewer, 'kz-2025-proj-1', 'locked')
    await setSheetStatus(w.db, w.reviewer, 'kz-2025-proj-1', 'draft', '数据有误，重新填报')
    const changes = (await outbox(w.db)).map((e) => [e.data.status, e.data.statusReason])
    expect(changes).toEqual([
      ['submitted', undefined],
      ['locked', undefined],
      ['draft', '数据有误，重新填报'],
    ])
    // Only in what is sent: the row itself has no such field.
    expect(await w.db.sheets.get('kz-2025-proj-1')).not.toHaveProperty('statusReason')
  })
})

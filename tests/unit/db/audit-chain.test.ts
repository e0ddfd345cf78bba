// @vitest-environment node
// Issue 15, case 8: the audit log is a hash chain. Each way of tampering with it (an entry edited,
// deleted, or put straight into IndexedDB) is found at the exact entry where it happened.
import { describe, expect, it } from 'vitest'
import { CHAIN_START } from '@/db/audit-chain'
import { verifyAuditChain } from '@/db/audit-chain-check'
import { addProgress } from '@/db/progress'
import type { AuditRow } from '@/db/rows'
import { writeTx } from '@/db/write'
import { appendAudit } from '@/db/audit'
import { type World, worldWithData } from './helpers'
import { upgradeFrom } from './migration-harness'

async function chained(w: World): Promise<AuditRow[]> {
  for (let i = 0; i < 3; i++)
    await addProgress(w.db, w.entry, { indicatorId: 'p1-i1', date: `2025-0${i + 4}-01`, value: '1', note: `n${i}` })
  return w.db.audit.orderBy('seq').toArray()
}

describe('the audit hash chain', () => {
  it('links every entry to the one before it, from 1 without gaps, and verifies intact', async () => {
    const w = await worldWithData()
    const rows = await chained(w)
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1))
    expect(rows[0]!.prevHash).toBe(CHAIN_START)
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash)
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true)
    expect(await verifyAuditChain(w.db)).toEqual({ entries: rows.length, firstBreak: null })
  })

  it('keeps one line when appends of one transaction overlap', async () => {
    const w = await worldWithData()
    const before = await w.db.audit.count()
    await writeTx(w.db, () =>
      Promise.all(
        ['a', 'b', 'c'].map((rowId) =>
          appendAudit(w.db, w.admin, { table: 'x', rowId, unitId: null, action: 'update', before: null, after: {} }),
        ),
      ),
    )
    const seqs = (await w.db.audit.orderBy('seq').toArray()).map((r) => r.seq)
    expect(seqs).toEqual(Array.from({ length: before + 3 }, (_, i) => i + 1))
    expect((await verifyAuditChain(w.db)).firstBreak).toBeNull()
  })

  it('finds an edited entry at that entry', async () => {
    const w = await worldWithData()
    const rows = await chained(w)
    const victim = rows.at(-2)!
    await w.db.audit.update(victim.id, { actorName: '别人' })
    expect((await verifyAuditChain(w.db)).firstBreak).toEqual({
      kind: 'edited',
      entryId: victim.id,
      seq: victim.seq,
      at: victim.at,
    })
  })

  it('finds a deleted entry at the entry after it (the place number skips)', async () => {
    const w = await worldWithData()
    const rows = await chained(w)
    const gone = rows.at(-3)!
    const next = rows.at(-2)!
    await w.db.audit.delete(gone.id)
    expect((await verifyAuditChain(w.db)).firstBreak).toEqual({
      kind: 'missing',
      entryId: next.id,
      seq: gone.seq,
      at: next.at,
    })
  })

  it('finds an entry put straight into IndexedDB, with or without a place in the chain', async () => {
    const w = await worldWithData()
    const rows = await chained(w)
    const model = rows.at(-1)!
    // No chain fields at all: not in the seq index, found by the count.
    await w.db.audit.add({ ...model, id: 'loose', seq: undefined, prevHash: undefined, hash: undefined } as never)
    expect((await verifyAuditChain(w.db)).firstBreak).toEqual({ kind: 'inserted', entryId: 'loose', seq: null, at: model.at })
    await w.db.audit.delete('loose')
    // A copy of an entry's place: the second row at that place.
    const mid = rows[1]!
    await w.db.audit.add({ ...mid, id: 'zz-copy', actorName: '伪造' })
    const found = (await verifyAuditChain(w.db)).firstBreak!
    expect(found.kind === 'inserted' || found.kind === 'edited').toBe(true)
    expect(found.seq).toBe(mid.seq)
    // Pointing at the wrong entry before it: a relinked entry.
    await w.db.audit.delete('zz-copy')
    await w.db.audit.update(rows[2]!.id, { prevHash: rows[0]!.hash })
    expect((await verifyAuditChain(w.db)).firstBreak).toMatchObject({ kind: 'inserted', entryId: rows[2]!.id, seq: 3 })
  })

  it('a write that fails leaves the chain as it was', async () => {
    const w = await worldWithData()
    await chained(w)
    await expect(
      writeTx(w.db, async () => {
        await appendAudit(w.db, w.admin, { table: 'x', rowId: 'r', unitId: null, action: 'update', before: null, after: {} })
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    await addProgress(w.db, w.entry, { indicatorId: 'p1-i1', date: '2025-09-01', value: '2' })
    expect((await verifyAuditChain(w.db)).firstBreak).toBeNull()
  })
})

describe('schema version 8', () => {
  it('chains the entries a version-7 database already has, oldest first, and new ones follow', async () => {
    const entry = (id: string, at: string) => ({
      id,
      unitId: null,
      at,
      actorId: 'p',
      actorName: '张三',
      actorRole: 'entry',
      table: 'progress',
      rowId: 'r',
      action: 'create',
      before: null,
      after: { value: id },
      createdAt: at,
      updatedAt: at,
      updatedBy: 'p',
      deletedAt: null,
    })
    const db = await upgradeFrom(`chain-v7-${process.pid}`, 7, {
      audit: [entry('b', '2025-02-01T00:00:00.000Z'), entry('a', '2025-03-01T00:00:00.000Z'), entry('c', '2025-01-01T00:00:00.000Z')],
    })
    const rows = await db.audit.orderBy('seq').toArray()
    expect(rows.map((r) => [r.id, r.seq])).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 3],
    ])
    expect(rows[0]!.after).toEqual({ value: 'c' })
    expect(await verifyAuditChain(db)).toEqual({ entries: 3, firstBreak: null })
    await writeTx(db, () => appendAudit(db, { id: 'p', name: '张三', role: 'entry' }, { table: 'x', rowId: 'y', unitId: null, action: 'update', before: null, after: {} }))
    expect((await db.audit.orderBy('seq').last())!.seq).toBe(4)
    expect((await verifyAuditChain(db)).firstBreak).toBeNull()
    db.close()
  })
})

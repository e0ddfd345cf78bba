// @vitest-environment node
// Issue 15, case 8: a row put straight into IndexedDB changed a locked form with no trace. The lock
// now seals what it froze; a change behind the app's back shows as a broken seal, here and in the
// exchange file.
import { describe, expect, it } from 'vitest'
import { lockSheet, saveGoalOutcomes, submitSheet } from '@/db/assessment-workflow'
import { saveDeviation } from '@/db/assessments'
import { exportPackage } from '@/db/export-package'
import { checkPackageSeals, checkSheetSeal, sha256Text, verifySheetSeal } from '@/db/seal'
import { applyServerRows } from '@/db/sync/apply'
import { fileSeals } from '@/db/import-preview'
import { writePackage } from '@/domain/exchange/write'
import { readExchangeFile } from '@/domain/exchange/read-file'
import { canonicalJson, sealContent } from '@/domain/integrity'
import type { LedgerPackage } from '@/domain/types'
import { type World, yearWorld } from './helpers'

const PROJ = 'kz-2025-proj-1'

/** The package as it reaches the prefecture: a copy through JSON (the file's reader is the import's). */
function received(pkg: LedgerPackage): LedgerPackage {
  return JSON.parse(JSON.stringify(pkg)) as LedgerPackage
}

async function locked(prepare?: (w: World) => Promise<unknown>): Promise<World> {
  const w = await yearWorld()
  await prepare?.(w)
  await saveGoalOutcomes(w.db, w.entry, PROJ, ['按规定划拨、上解工会经费。'])
  for (const indicatorId of ['p1-i1', 'p1-i3', 'p1-i5'])
    await saveDeviation(w.db, w.entry, { indicatorId, cause: '制度保障', text: '已分析原因' })
  await submitSheet(w.db, w.entry, PROJ)
  await lockSheet(w.db, w.reviewer, PROJ)
  return w
}

describe('canonicalJson', () => {
  it('gives one text whatever the key order, and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: '2', c: undefined }, null] })).toBe('{"a":[{"d":"2"},null],"b":1}')
    expect(canonicalJson({ a: [{ c: 1, d: '2' }], b: 1 })).toBe(canonicalJson({ b: 1, a: [{ d: '2', c: 1 }] }))
  })
})

describe('the seal of a locked sheet', () => {
  it('is stored with the lock’s audit entry as SHA-256 of the sheet’s canonical content', async () => {
    const w = await locked()
    const lock = (await w.db.audit.where('[table+rowId]').equals(['sheets', PROJ]).toArray()).find(
      (r) => (r.after as { status?: string }).status === 'locked',
    )!
    const pkg = await exportPackage(w.db, { unitId: 'kz-fed', year: 2025 })
    expect(lock.seal).toBe(await sha256Text(sealContent(pkg, PROJ)!))
    expect(lock.seal).toMatch(/^[0-9a-f]{64}$/)
    expect(await verifySheetSeal(w.db, PROJ)).toBe('intact')
  })

  it('breaks when an entry is written straight into the table, 40 → 50 万元', async () => {
    const w = await locked()
    const row = (await w.db.progress.where('sheetId').equals(PROJ).toArray()).find((r) => r.indicatorId === 'p1-i5')!
    await w.db.progress.add({ ...row, id: 'tampered', value: '10' })
    expect(await verifySheetSeal(w.db, PROJ)).toBe('broken')
  })

  it('breaks when the status is set to draft and back without the app', async () => {
    const w = await locked()
    await w.db.sheets.update(PROJ, { status: 'draft' })
    expect(await verifySheetSeal(w.db, PROJ)).toBe('broken')
    await w.db.sheets.update(PROJ, { goalOutcomes: ['改过'] } as never)
    await w.db.sheets.update(PROJ, { status: 'locked' })
    expect(await verifySheetSeal(w.db, PROJ)).toBe('broken')
  })

  it('travels in the exchange file, and the receiver finds a change made after the lock', async () => {
    const w = await locked()
    const pkg = await exportPackage(w.db, { unitId: 'kz-fed', year: 2025 })
    expect(pkg.seals?.map((s) => s.sheetId)).toEqual([PROJ])
    const file = received(pkg)
    expect(await checkPackageSeals(file)).toEqual([{ sheetId: PROJ, state: 'intact' }])
    file.progress = file.progress.map((e) => (e.indicatorId === 'p1-i5' ? { ...e, value: '50' } : e))
    expect(await checkPackageSeals(file)).toEqual([{ sheetId: PROJ, state: 'broken' }])
  })
})

describe('what a broken seal can tell', () => {
  it('names the part that changed: an entry added → progress only; a target edited → sheet', async () => {
    const w = await locked()
    expect(await checkSheetSeal(w.db, PROJ)).toEqual({ state: 'intact', parts: [], statusUnrecorded: false })
    const row = (await w.db.progress.where('sheetId').equals(PROJ).toArray())[0]!
    await w.db.progress.add({ ...row, id: 'tampered', value: '10' })
    expect(await checkSheetSeal(w.db, PROJ)).toEqual({ state: 'broken', parts: ['progress'], statusUnrecorded: false })
    await w.db.sheets.update(PROJ, { name: '改过的名称' })
    expect((await checkSheetSeal(w.db, PROJ)).parts).toEqual(['sheet', 'progress'])
  })

  it('says the status changed with no record when a locked sheet is set to draft behind the app', async () => {
    const w = await locked()
    await w.db.sheets.update(PROJ, { status: 'draft' })
    expect(await checkSheetSeal(w.db, PROJ)).toEqual({ state: 'broken', parts: [], statusUnrecorded: true })
  })
})

describe('a status the unit server changed', () => {
  it('is recorded locally (action sync), so a lock made on the server is not mistaken for tampering', async () => {
    const w = await yearWorld()
    await saveGoalOutcomes(w.db, w.entry, PROJ, ['按规定划拨、上解工会经费。'])
    for (const indicatorId of ['p1-i1', 'p1-i3', 'p1-i5'])
      await saveDeviation(w.db, w.entry, { indicatorId, cause: '制度保障', text: '已分析原因' })
    await submitSheet(w.db, w.entry, PROJ)
    const sheet = (await w.db.sheets.get(PROJ))!
    await applyServerRows(w.db, [{ table: 'sheets', id: PROJ, row: { ...sheet, status: 'locked', updatedBy: w.reviewer.id } }])
    const entries = await w.db.audit.where('[table+rowId]').equals(['sheets', PROJ]).toArray()
    const pulled = entries.find((e) => e.action === 'sync')!
    expect(pulled).toMatchObject({ before: { status: 'submitted' }, after: { status: 'locked' }, actorName: '王审核' })
    expect(await verifySheetSeal(w.db, PROJ)).toBe('unsealed')
  })
})

describe('the seals of an exchange file, as the import preview checks them', () => {
  async function fileOf(pkg: LedgerPackage): Promise<LedgerPackage> {
    const bytes = new TextEncoder().encode(JSON.stringify(writePackage(pkg)))
    const verdict = readExchangeFile(bytes, 'county.json')
    if (!verdict.ok) throw new Error(verdict.message.en)
    return verdict.pkg
  }

  it('a file written and read by the app: intact; an entry changed in the file: 锁定后数据被改动', async () => {
    // The sample's one spending dated in the next year would make the file's reader refuse it.
    const w = await locked((x) => x.db.spending.filter((r) => !r.date.startsWith('2025')).delete())
    const pkg = await exportPackage(w.db, { unitId: 'kz-fed', year: 2025 })
    const good = await fileOf(pkg)
    const lines = await fileSeals(good)
    expect(lines.filter((l) => l.sheetId === PROJ)).toEqual([
      { sheetId: PROJ, name: pkg.sheets.find((s) => s.id === PROJ)!.name, unitName: '克孜勒苏柯尔克孜自治州总工会', state: 'intact' },
    ])
    const tampered = structuredClone(pkg)
    const entry = tampered.progress.find((e) => e.indicatorId === 'p1-i5')!
    entry.value = String(Number(entry.value) + 10)
    expect((await fileSeals(await fileOf(tampered))).find((l) => l.sheetId === PROJ)?.state).toBe('broken')
  })

  it('a locked sheet without a seal in the file is listed as unsealed, not as intact', async () => {
    const w = await locked()
    const pkg = await exportPackage(w.db, { unitId: 'kz-fed', year: 2025 })
    delete pkg.seals
    expect((await fileSeals(pkg)).map((l) => [l.sheetId, l.state])).toEqual([[PROJ, 'unsealed']])
  })
})

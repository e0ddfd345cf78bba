// The exchange import as its worker runs it (src/workers/exchange-import-session.ts, driven directly
// with fake-indexeddb): the page gets the preview's counts, conflicts and new units but not the
// package; the import reports progress and its result; a refusal comes back as one bilingual message.
import { describe, expect, it, vi } from 'vitest'
import { exportPackage } from '@/db/export-package'
import { writePackage } from '@/domain/exchange/write'
import type { LedgerPackage } from '@/domain/types'
import { importSession, type ImportReply } from '@/workers/exchange-import-session'
import { smallPackage, world } from '../db/helpers'

function fileOf(pkg: LedgerPackage, name = 'county.json'): Blob & { name: string } {
  return Object.assign(new Blob([JSON.stringify(writePackage(pkg))]), { name })
}

/** A county's file: 阿图什 under the prefecture, with the sample's sheet, entries and judgement. */
function countyFile(): LedgerPackage {
  const pkg = smallPackage()
  pkg.units = [...pkg.units, { id: 'atush', name: '阿图什市总工会', parentId: 'kz-fed' }]
  return pkg
}

async function started() {
  const w = await world()
  const replies: ImportReply[] = []
  const session = importSession(w.db, (r) => replies.push(r))
  return { ...w, replies, session }
}

const NO_CHOICES = { asUnit: null, unitAnswers: {} }

describe('import session', () => {
  it('previews without the package, then imports with progress up to every row', async () => {
    const { db, admin, replies, session } = await started()
    await session.handle({ kind: 'inspect', id: 1, file: fileOf(countyFile()), actor: admin, choices: NO_CHOICES })
    const inspected = replies.pop()!
    expect(inspected.kind).toBe('inspected')
    if (inspected.kind !== 'inspected' || !inspected.inspection.ok) throw new Error('not previewed')
    const { preview } = inspected.inspection
    expect(Object.keys(preview).sort()).toEqual([
      'evidence',
      'held',
      'labels',
      'newUnits',
      'plan',
      'questions',
      'rekeyed',
      'seals',
      'suspiciousText',
      'warnings',
    ])
    expect(Object.keys(preview.plan).sort()).toEqual(['added', 'conflicts', 'duplicates', 'skipped'])
    // 2 units + 1 sheet + 2 indicators + 1 progress + 1 spending + 1 judgement = 8 rows, all new.
    expect(Object.values(preview.plan.added).reduce((a, b) => a + b, 0)).toBe(8)
    // In the file's order: the prefecture first, then the county under it.
    expect(preview.newUnits).toEqual([
      { id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null, parentName: null },
      { id: 'atush', name: '阿图什市总工会', parentId: 'kz-fed', parentName: '克孜勒苏柯尔克孜自治州总工会' },
    ])
    expect(await db.units.count()).toBe(0)

    await session.handle({ kind: 'import', id: 2, actor: admin, choices: NO_CHOICES, resolutions: {}, keepDuplicates: false })
    const imported = replies.pop()!
    expect(imported).toMatchObject({ kind: 'imported', id: 2, result: { added: { units: 2, progress: 1 } } })
    const progress = replies.filter((r) => r.kind === 'progress')
    expect(progress.at(-1)).toMatchObject({ id: 2, done: 8, total: 8 })
    expect((await exportPackage(db)).units.map((u) => u.id)).toEqual(['atush', 'kz-fed'])
    // The file's sheet gets its digest right after, for the comparison that usually follows.
    const sheetId = countyFile().sheets[0]!.id
    await vi.waitFor(async () => expect(await db.sheetDigests.get(sheetId)).toBeDefined())
    expect((await db.sheetDigests.get(sheetId))!.progress).toHaveLength(1)
  })

  it('a file that is not an exchange file is one message, and nothing is kept to import', async () => {
    const { admin, replies, session } = await started()
    const notJson = Object.assign(new Blob(['{"format": "perf-ledger",']), { name: 'broken.json' })
    await session.handle({ kind: 'inspect', id: 1, file: notJson, actor: admin, choices: NO_CHOICES })
    expect(replies[0]).toMatchObject({ kind: 'inspected', inspection: { ok: false } })
    await session.handle({ kind: 'import', id: 2, actor: admin, choices: NO_CHOICES, resolutions: {}, keepDuplicates: false })
    expect(replies[1]).toMatchObject({ kind: 'failed', id: 2 })
  })

  it('a refusal comes back bilingual and writes nothing', async () => {
    const { db, admin, entry, replies, session } = await started()
    await session.handle({ kind: 'inspect', id: 1, file: fileOf(countyFile()), actor: admin, choices: NO_CHOICES })
    // The profile confirming is not an administrator: the import itself re-checks and refuses.
    await session.handle({ kind: 'import', id: 2, actor: entry, choices: NO_CHOICES, resolutions: {}, keepDuplicates: false })
    const failed = replies.at(-1)!
    expect(failed.kind).toBe('failed')
    if (failed.kind !== 'failed' || typeof failed.message === 'string') throw new Error('not bilingual')
    expect(failed.message.zh).toMatch(/录入员.*无权/)
    expect(failed.message.en.length).toBeGreaterThan(0)
    expect(await db.units.count()).toBe(0)
    expect(await db.progress.count()).toBe(0)
  })
})

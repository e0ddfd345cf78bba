// @vitest-environment node
// Restoring a backup someone edited and re-checksummed, or a file that only looks like a backup:
// one message naming what is wrong, and the database exactly as it was (issue 16).
import '../data/browser-globals'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, InvalidBackupError, readBackupFile, restoreBackup } from '@/db/backup'
import type { LedgerDb } from '@/db/database'
import { FAKE_IDB, world, worldWithData, type World } from '../db/helpers'
import { forgeBackup, rowsOf } from './forged-backup'

async function fullExport(db: LedgerDb): Promise<string> {
  const { exportDB } = await import('dexie-export-import')
  return (await exportDB(db)).text()
}

let good: string
let target: World
let before: string

beforeAll(async () => {
  const w = await worldWithData()
  good = await (await createBackup(w.db, w.admin)).blob.text()
  target = await worldWithData()
  before = await fullExport(target.db)
})

/** Reads and restores; returns the refusal, which must be one message in both languages. */
async function refusal(file: Blob): Promise<InvalidBackupError> {
  const err = await readBackupFile(file)
    .then((b) => restoreBackup(target.db, target.admin, b, { dexie: FAKE_IDB }))
    .then(
      () => null,
      (e: unknown) => e,
    )
  expect(err).toBeInstanceOf(InvalidBackupError)
  const e = err as InvalidBackupError
  expect(e.bilingual.zh).not.toContain('\n')
  // No library or browser English in the Chinese message.
  expect(e.bilingual.zh).not.toMatch(/Dexie|dexie|IDBObjectStore|does not exist|Failed to execute|differs/)
  expect(await fullExport(target.db)).toBe(before)
  return e
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const edit = (table: string, change: (row: Json, content: Json) => void) =>
  forgeBackup(good, (content) => change(rowsOf(content, table)[0]!, content))

describe('a re-checksummed backup with impossible rows is refused, naming the row', () => {
  it.each([
    ['a reading "NaN"', 'progress', (r: Json) => (r.value = 'NaN'), 'progress 表第 1 行', 'progress.value'],
    [
      'the date 2025-02-30',
      'progress',
      (r: Json) => (r.date = '2025-02-30'),
      'progress 表第 1 行',
      'progress.date',
    ],
    [
      'a negative amount',
      'spending',
      (r: Json) => (r.amount = '-5.00'),
      'spending 表第 1 行',
      'spending.amount',
    ],
    [
      'a role that does not exist',
      'profiles',
      (r: Json) => (r.role = 'superuser'),
      'profiles 表第 1 行',
      'role',
    ],
    [
      'a sheet of a missing unit',
      'sheets',
      (r: Json) => (r.unitId = 'nowhere'),
      'sheets 表第 1 行',
      'unitId',
    ],
    [
      'a unit that is its own parent',
      'units',
      (r: Json) => (r.parentId = r.id),
      'units 表第 1 行',
      '上级单位成环',
    ],
    [
      'a not-applicable reason of zero-width characters',
      'indicators',
      (_r: Json, content: Json) => {
        const ind = rowsOf(content, 'indicators')[0]!
        const a = rowsOf(content, 'assessments')
        a.push({ ...ind, id: 'na-x', kind: 'notApplicable', indicatorId: ind.id, reason: '\u200b \u200b' })
        rowsOf(content, 'audit') // the table exists
        content.data.tables.find((t: Json) => t.name === 'assessments').rowCount = a.length
      },
      'assessments 表',
      'reason',
    ],
  ] as const)('%s', async (_what, table, change, where, field) => {
    let file = edit(table, change)
    if (table === 'indicators') {
      // One more row than the description promised: the description is edited to match too.
      const text = await file.text()
      file = forgeBackup(text, (_c, meta) => (meta.rows.assessments += 1))
    }
    const e = await refusal(file)
    expect(e.reason).toBe('row')
    expect(e.bilingual.zh).toContain(where)
    expect(e.bilingual.zh).toContain(field)
    expect(e.bilingual.zh).toContain('整个备份未恢复')
  })
})

describe('files that are not quite backups get one clear message', () => {
  it('a backup of schema version 0', async () => {
    const e = await refusal(forgeBackup(good, (_c, meta) => (meta.schemaVersion = 0)))
    expect(e.bilingual.zh).toContain('数据库版本（0）不存在')
  })

  it('content that is not a database export', async () => {
    const e = await refusal(forgeBackup(good, (c) => (c.formatName = 'other')))
    expect(e.bilingual.zh).toBe('备份的数据部分不是本程序导出的数据库，不能恢复。')
  })

  it('an extra table', async () => {
    const e = await refusal(
      forgeBackup(good, (c) => {
        c.data.tables.push({ name: 'evil', schema: 'id', rowCount: 0 })
        c.data.data.push({ tableName: 'evil', inbound: true, rows: [] })
      }),
    )
    expect(e.bilingual.zh).toBe('备份中有本程序没有的数据表“evil”，不能恢复。')
  })

  it('a row missing its key', async () => {
    const e = await refusal(edit('units', (r) => delete r.id))
    expect(e.reason).toBe('row-key')
    expect(e.bilingual.zh).toContain('缺少编号（主键）')
  })

  it('a pretty-printed backup is called reformatted, not "not a backup"', async () => {
    const pretty = JSON.stringify(JSON.parse(good), null, 2)
    const e = await refusal(new Blob([pretty]))
    expect(e.reason).toBe('reformatted')
    expect(e.bilingual.zh).toContain('已被重新排版')
  })

  it('a UTF-16 copy is called UTF-16, not "incomplete"', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')])
    const e = await refusal(new Blob([bytes]))
    expect(e.reason).toBe('utf16')
  })

  it('a UTF-8 byte-order mark in front changes nothing: the backup restores', async () => {
    const other = await world()
    const file = await readBackupFile(new Blob([Buffer.from([0xef, 0xbb, 0xbf]), good]))
    const counts = await restoreBackup(other.db, other.admin, file, { dexie: FAKE_IDB })
    expect(counts.progress).toBe(file.meta.counts.progress)
  })

  it('the untouched backup still restores', async () => {
    const other = await world()
    const file = await readBackupFile(new Blob([good]))
    const counts = await restoreBackup(other.db, other.admin, file, { dexie: FAKE_IDB })
    expect(counts).toEqual(file.meta.counts)
  })
})

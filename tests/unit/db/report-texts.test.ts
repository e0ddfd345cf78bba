// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { getReportTexts, saveReportTexts } from '@/db/report-texts'
import { listAudit } from '@/db/audit'
import { readPackage, writePackage } from '@/domain/exchange'
import { world, yearWorld } from './helpers'
import { yearOfEntries } from '../fixtures/built-in'

const PROJ = 'kz-2025-proj-1'

describe('report texts: kept with the year, audited, in the exchange file', () => {
  it('saved by the entry role, blanks dropped, audited; a leader may not write them', async () => {
    const w = await yearWorld()
    await saveReportTexts(w.db, w.entry, PROJ, { measures: '一是细化目标。', problems: '  ' })
    expect(await getReportTexts(w.db, PROJ)).toEqual({ measures: '一是细化目标。' })
    const log = await listAudit(w.db, { table: 'reportTexts', rowId: PROJ })
    expect(log.map((a) => [a.action, a.actorName])).toEqual([['create', '张三']])
    await saveReportTexts(w.db, w.entry, PROJ, { measures: '二是按月调度。' })
    expect((await listAudit(w.db, { table: 'reportTexts', rowId: PROJ }))[0]!.action).toBe('update')
    await expect(saveReportTexts(w.db, w.leader, PROJ, { measures: 'x' })).rejects.toThrow()
  })

  it('a locked sheet refuses them', async () => {
    const w = await yearWorld()
    await w.db.sheets.update(PROJ, { status: 'locked' })
    await expect(saveReportTexts(w.db, w.entry, PROJ, { measures: 'x' })).rejects.toThrow()
  })

  it('travel in the exchange file as `reportTexts` and import into a database without them', async () => {
    const w = await yearWorld()
    await saveReportTexts(w.db, w.entry, PROJ, { overview: '本项目……', application: '随决算公开。' })
    const pkg = await exportPackage(w.db)
    // The fixture's one spending of January 2026 (there to be left out of 2025) is not a valid file row.
    pkg.spending = pkg.spending.filter((e) => e.date < '2026-01-01')
    const file = writePackage(pkg)
    expect(file.reportTexts).toEqual([
      { sheetId: PROJ, texts: { overview: '本项目……', application: '随决算公开。' } },
    ])
    const read = readPackage(JSON.parse(JSON.stringify(file)))
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    const other = await world()
    await importPackage(other.db, read.pkg, other.admin)
    expect(await getReportTexts(other.db, PROJ)).toEqual({
      overview: '本项目……',
      application: '随决算公开。',
    })
  })

  it('a file without the key reads and writes back without it', () => {
    const read = readPackage(JSON.parse(JSON.stringify(writePackage(yearOfEntries()))))
    expect(read.ok && 'reportTexts' in read.pkg).toBe(false)
  })
})

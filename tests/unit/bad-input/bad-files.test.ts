// @vitest-environment node
// Every bad file gets one clear message in both languages, and the database is exactly as it was:
// the whole database is exported (dexie-export-import, as a backup does) before and after each file.
import '../data/browser-globals'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LedgerDb } from '@/db/database'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { inspectExchangeFile } from '@/db/import-preview'
import { suspiciousTextNotice } from '@/domain/exchange/read-file'
import { spreadsheetSafeText } from '@/domain/spreadsheet-safe'
import { world, worldWithData, type World } from '../db/helpers'
import { BAD_FILES } from './corpus'
import { hostileSample, HOSTILE_TEXTS } from './hostile-text'

async function fullExport(db: LedgerDb): Promise<string> {
  const { exportDB } = await import('dexie-export-import')
  return (await exportDB(db)).text()
}

let w: World
let before: string

beforeAll(async () => {
  w = await worldWithData()
  before = await fullExport(w.db)
})

describe('the bad-file corpus', () => {
  it('holds at least 50 files', () => {
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(50)
    expect(new Set(BAD_FILES.map((f) => f.name)).size).toBe(BAD_FILES.length)
  })

  it.each(BAD_FILES.map((f) => [f.name, f] as const))(
    '%s: one message, nothing written',
    async (_name, file) => {
      const result = await inspectExchangeFile(w.db, w.admin, await file.bytes(), file.name)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.message.zh).toContain(file.expected)
      expect(file.expected.length).toBeGreaterThan(3)
      // One message, not a list: a single line in each language, and the English is English.
      expect(result.message.zh).not.toContain('\n')
      expect(result.message.en).not.toContain('\n')
      expect(result.message.en).toMatch(/^[\x20-\x7e]*[A-Za-z][\s\S]*$/)
      expect(await fullExport(w.db)).toBe(before)
    },
  )
})

describe('script tags and formulas in every text field', () => {
  for (const [kind, text] of Object.entries(HOSTILE_TEXTS)) {
    it(`${kind}: accepted as text with one notice; nothing written before the user confirms`, async () => {
      const { bytes, fields } = hostileSample(text)
      const result = await inspectExchangeFile(w.db, w.admin, bytes, 'hostile.json')
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.suspiciousText.map((s) => s.path).sort()).toEqual([...fields].sort())
      expect(suspiciousTextNotice(result.suspiciousText).zh).toContain(`有 ${fields.length} 处文字`)
      expect(await fullExport(w.db)).toBe(before)
    })
  }

  it('once confirmed, the text is stored verbatim, and becomes inert text in a spreadsheet cell', async () => {
    const other = await world()
    const { bytes } = hostileSample(HOSTILE_TEXTS.formula)
    const result = await inspectExchangeFile(other.db, other.admin, bytes, 'hostile.json')
    if (!result.ok) throw new Error(result.message.en)
    await importPackage(other.db, result.pkg, other.admin)
    const stored = await exportPackage(other.db, { unitId: 'kz-fed', year: 2025 })
    const names = stored.sheets.flatMap((s) => s.indicators.map((i) => i.name))
    expect(names.every((n) => n.startsWith(HOSTILE_TEXTS.formula))).toBe(true)
    for (const n of names) expect(spreadsheetSafeText(n)).toBe(`'${n}`)
  })
})

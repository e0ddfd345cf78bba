// The import's floor (issue 9): the same rows, as the app stores them, put into IndexedDB in one
// transaction with no library and no audit, on the page's own origin (ids prefixed "f-").
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'

/** The floor: the same rows (as the app stores them) put into IndexedDB in one transaction, no library. */
export async function importFloor(page: Page, file: string): Promise<number> {
  const text = readFileSync(file, 'utf8')
  return page.evaluate(async (text) => {
    const pkg = JSON.parse(text)
    const now = new Date().toISOString()
    const meta = { createdAt: now, updatedAt: now, updatedBy: 'bench', deletedAt: null }
    const start = performance.now()
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('perf-ledger')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const tx = db.transaction(['units', 'sheets', 'indicators', 'progress', 'spending'], 'readwrite')
    const indicatorOf = new Map<string, { sheetId: string; unitId: string }>()
    for (const u of pkg.units) tx.objectStore('units').put({ ...u, id: `f-${u.id}`, unitId: u.id, ...meta })
    for (const s of pkg.sheets) {
      const { indicators, ...sheet } = s
      tx.objectStore('sheets').put({ ...sheet, id: `f-${s.id}`, ...meta })
      indicators.forEach((ind: { id: string }, order: number) => {
        indicatorOf.set(ind.id, { sheetId: s.id, unitId: s.unitId })
        tx.objectStore('indicators').put({
          ...ind,
          id: `f-${ind.id}`,
          sheetId: s.id,
          unitId: s.unitId,
          order,
          ...meta,
        })
      })
    }
    for (const e of pkg.progress) {
      const i = indicatorOf.get(e.indicatorId)!
      tx.objectStore('progress').put({ ...e, id: `f-${e.id}`, sheetId: i.sheetId, unitId: i.unitId, ...meta })
    }
    const sheetUnit = new Map(pkg.sheets.map((s: { id: string; unitId: string }) => [s.id, s.unitId]))
    for (const e of pkg.spending)
      tx.objectStore('spending').put({ ...e, id: `f-${e.id}`, unitId: sheetUnit.get(e.sheetId), ...meta })
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
    db.close()
    return performance.now() - start
  }, text)
}

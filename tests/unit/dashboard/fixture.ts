// The built-in 2025 sample with a half-year of entries, the same ones the Playwright specs add
// through the 填报 page. Hand-worked figures at 2025-06-30 (序时进度 6/12 = 50 %) are in the tests.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readPackage } from '@/domain/exchange'
import type { LedgerPackage, ProgressEntry, SpendingEntry } from '@/domain/types'

export function loadSample(): LedgerPackage {
  const path = fileURLToPath(new URL('../../../public/samples/kizilsu-zgh-2025.json', import.meta.url))
  const result = readPackage(readFileSync(path, 'utf8'))
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.pkg
}

const progress: ProgressEntry[] = [
  { id: 'e1', indicatorId: 'd-i1', date: '2025-03-15', value: '1' },
  { id: 'e2', indicatorId: 'd-i1', date: '2025-05-20', value: '1' },
  { id: 'e3', indicatorId: 'd-i2', date: '2025-02-10', value: '1' },
  { id: 'e4', indicatorId: 'd-i3', date: '2025-04-10', value: '1' },
  { id: 'e5', indicatorId: 'd-i4', date: '2025-06-01', value: '2' },
  { id: 'e6', indicatorId: 'd-i5', date: '2025-05-31', value: '10000' },
  { id: 'e7', indicatorId: 'p1-i1', date: '2025-03-01', value: '1' },
  // After the as-of date: must not count at 2025-06-30.
  { id: 'e8', indicatorId: 'd-i3', date: '2025-07-05', value: '3' },
]

const spending: SpendingEntry[] = [
  { id: 's1', sheetId: 'kz-2025-dept', date: '2025-06-20', amount: '150.00' },
  { id: 's2', sheetId: 'kz-2025-proj-1', date: '2025-02-28', amount: '20.00' },
  { id: 's3', sheetId: 'kz-2025-proj-1', date: '2025-04-30', amount: '40.00' },
]

export function halfYear(): LedgerPackage {
  const pkg = loadSample()
  return { ...pkg, progress, spending }
}

// The built-in 2025 package plus a year of entries, shared by the assessment tests.
import { readFileSync } from 'node:fs'
import { readPackage } from '@/domain/exchange'
import type { LedgerPackage, ProgressEntry, SpendingEntry } from '@/domain/types'

export function builtInPackage(): LedgerPackage {
  const result = readPackage(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8'))
  if (!result.ok) throw new Error('the built-in package does not read')
  return result.pkg
}

let n = 0
const entry = (indicatorId: string, date: string, value: string): ProgressEntry => ({
  id: `t-e${String(++n).padStart(3, '0')}`,
  indicatorId,
  date,
  value,
})
const spend = (sheetId: string, date: string, amount: string): SpendingEntry => ({
  id: `t-x${String(++n).padStart(3, '0')}`,
  sheetId,
  date,
  amount,
})

/** Project sheet kz-2025-proj-1: what the year brought (the expected figures are worked out in the tests). */
export const PROJECT_PROGRESS = (): ProgressEntry[] => [
  entry('p1-i1', '2025-03-15', '1'),
  entry('p1-i1', '2025-09-15', '1'),
  entry('p1-i2', '2025-06-30', '100'),
  entry('p1-i2', '2025-12-20', '100'),
  entry('p1-i3', '2025-12-20', '95'),
  entry('p1-i4', '2025-06-30', '25'),
  entry('p1-i4', '2025-12-10', '25'),
  entry('p1-i5', '2025-06-30', '20'),
  entry('p1-i5', '2025-12-10', '20'),
  entry('p1-i7', '2025-12-15', '96'),
]
export const PROJECT_SPENDING = (): SpendingEntry[] => [
  spend('kz-2025-proj-1', '2025-03-31', '30.00'),
  spend('kz-2025-proj-1', '2025-06-30', '40.00'),
  spend('kz-2025-proj-1', '2025-12-20', '22.50'),
  // After the year: not counted.
  spend('kz-2025-proj-1', '2026-01-05', '7.50'),
]

/** Department sheet kz-2025-dept. */
export const DEPT_PROGRESS = (): ProgressEntry[] => [
  entry('d-i1', '2025-03-01', '1'),
  entry('d-i1', '2025-05-01', '1'),
  entry('d-i1', '2025-08-01', '1'),
  entry('d-i1', '2025-11-01', '1'),
  entry('d-i2', '2025-06-01', '1'),
  entry('d-i3', '2025-05-01', '2'),
  entry('d-i3', '2025-10-01', '2'),
  entry('d-i4', '2025-04-01', '3'),
  entry('d-i4', '2025-10-01', '4'),
  entry('d-i5', '2025-12-31', '26000'),
  entry('d-i6', '2025-03-20', '1'),
  entry('d-i6', '2025-06-20', '1'),
  entry('d-i6', '2025-09-20', '1'),
  entry('d-i6', '2025-12-20', '1'),
]
export const DEPT_SPENDING = (): SpendingEntry[] => [
  spend('kz-2025-dept', '2025-06-30', '300.00'),
  spend('kz-2025-dept', '2025-12-31', '100.00'),
]

/** The built-in package with the year above and the 定性 indicator judged 达成 18 of 20. */
export function yearPackage(): LedgerPackage {
  n = 0 // the same ids on every call
  const pkg = builtInPackage()
  return {
    ...pkg,
    progress: [...PROJECT_PROGRESS(), ...DEPT_PROGRESS()],
    spending: [...PROJECT_SPENDING(), ...DEPT_SPENDING()],
    judgements: [{ indicatorId: 'p1-i6', tier: '达成', score: '18' }],
  }
}

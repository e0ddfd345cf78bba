import { describe, expect, it } from 'vitest'
import { ValidationError } from '@/db/errors'
import { addProgress } from '@/db/progress'
import { addSpending, listSpending, type NewSpending, updateSpending } from '@/db/spending'
import { worldWithData } from './helpers'

describe('exact amounts', () => {
  it('stores decimal strings verbatim', async () => {
    const { db, entry } = await worldWithData()
    await addSpending(db, entry, { sheetId: 'kz-2025-proj-1', date: '2025-07-01', amount: '0.1' })
    await addSpending(db, entry, { sheetId: 'kz-2025-proj-1', date: '2025-07-02', amount: '0.2' })
    await addSpending(db, entry, { sheetId: 'kz-2025-proj-1', date: '2025-07-03', amount: '411.810' })
    const amounts = (await listSpending(db, { sheetId: 'kz-2025-proj-1', from: '2025-07-01' })).map(
      (r) => r.amount,
    )
    expect(amounts).toEqual(['0.1', '0.2', '411.810'])
  })

  it('refuses floats and non-decimal strings, writing nothing', async () => {
    const { db, entry } = await worldWithData()
    const before = await db.spending.count()
    const audits = await db.audit.count()
    const bad: unknown[] = [
      0.30000000000000004,
      0.3,
      '0.30000000000000004',
      'abc',
      '1e3',
      '-1',
      '1,000',
      ' 1',
      '',
      '.5',
      'NaN',
    ]
    for (const amount of bad) {
      const entryData = { sheetId: 'kz-2025-proj-1', date: '2025-07-01', amount } as unknown as NewSpending
      await expect(addSpending(db, entry, entryData), String(amount)).rejects.toBeInstanceOf(ValidationError)
    }
    await expect(
      updateSpending(db, entry, 'x-001', { amount: 0.3 as unknown as string }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-07-01', value: 2 as unknown as string }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-02-30', value: '2' }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.spending.count()).toBe(before)
    expect(await db.audit.count()).toBe(audits)
    expect((await db.spending.get('x-001'))?.amount).toBe('50.00')
  })
})

import { describe, expect, it } from 'vitest'
import { ValidationError } from '@/db/errors'
import { addSpending, listSpending, type NewSpending, updateSpending } from '@/db/spending'
import { worldWithData } from './helpers'

// The sheet kz-2025-proj-1 holds one spending entry: 50.00 万元 on 2025-06-30 (helpers.ts).
const SHEET = 'kz-2025-proj-1'

describe('refunds (冲减) in the database', () => {
  it('stores a negative amount with its reason', async () => {
    const { db, entry } = await worldWithData()
    const saved = await addSpending(db, entry, {
      sheetId: SHEET,
      date: '2025-07-01',
      amount: '-12.34',
      reason: '退回多付款',
    })
    expect(saved.entry).toMatchObject({ amount: '-12.34', reason: '退回多付款' })
    expect((await listSpending(db, { sheetId: SHEET })).map((r) => r.amount)).toEqual(['50.00', '-12.34'])
  })

  it('refuses a refund without a reason, naming the reason field', async () => {
    const { db, entry } = await worldWithData()
    const refund = { sheetId: SHEET, date: '2025-07-01', amount: '-1' } as NewSpending
    await expect(addSpending(db, entry, refund)).rejects.toMatchObject({ field: 'spending.reason' })
    await expect(addSpending(db, entry, { ...refund, reason: '\u200b ' })).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(addSpending(db, entry, { ...refund, amount: '-0', reason: 'x' })).rejects.toBeInstanceOf(
      ValidationError,
    )
  })

  it('refuses what takes the running total below zero, on add and on a correction', async () => {
    const { db, entry } = await worldWithData()
    const before = await db.spending.count()
    // 50.00 − 50.01 = −0.01 on 07-01.
    await expect(
      addSpending(db, entry, { sheetId: SHEET, date: '2025-07-01', amount: '-50.01', reason: '更正' }),
    ).rejects.toBeInstanceOf(ValidationError)
    // A refund dated before the spending it returns: 0 − 10 = −10 on 06-01.
    await expect(
      addSpending(db, entry, { sheetId: SHEET, date: '2025-06-01', amount: '-10', reason: '更正' }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.spending.count()).toBe(before)

    // 50.00 − 50.00 = 0 is allowed; then lowering the 50.00 to 49.99 would leave −0.01: refused.
    await addSpending(db, entry, { sheetId: SHEET, date: '2025-07-01', amount: '-50.00', reason: '全额退回' })
    await expect(updateSpending(db, entry, 'x-001', { amount: '49.99' })).rejects.toBeInstanceOf(
      ValidationError,
    )
    expect((await db.spending.get('x-001'))?.amount).toBe('50.00')
  })
})

import { describe, expect, it } from 'vitest'
import {
  checkAmount,
  checkDate,
  checkRunningTotal,
  checkValue,
  validateEntry,
  validateSpending,
} from '@/domain/entry'
import type { Target } from '@/domain/types'

const times: { target: Target } = { target: { op: '>=', value: '4', unit: '次' } }
const rate: { target: Target } = { target: { op: '=', value: '100', unit: '%' } }
const money: { target: Target } = { target: { op: '>=', value: '50', unit: '万元' } }
const qualitative: { target: Target } = { target: { op: 'qualitative', text: '有效提升' } }

describe('checkValue', () => {
  it.each([
    ['3', '3'],
    ['３', '3'],
    [' 12 ', '12'],
    ['27,000', '27000'],
    ['027', '27'],
    ['3次', '3'],
    ['0', '0'],
  ])('reads %j of a count as %j', (typed, value) => {
    expect(checkValue(typed, times)).toEqual({ ok: true, value })
  })

  it.each([
    ['-1', 'negative'],
    ['－2', 'negative'],
    ['abc', 'notNumber'],
    ['1e3', 'notNumber'],
    ['3家', 'notNumber'],
    ['', 'valueRequired'],
    ['1.5', 'notWhole'],
    ['1234567890123456', 'tooLarge'],
  ])('refuses %j for a count: %s', (typed, code) => {
    const r = checkValue(typed, times)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem).toMatchObject({ field: 'value', code })
  })

  it('refuses a rate over 100 % but takes 100 and 99.5 %', () => {
    expect(checkValue('100.5', rate)).toMatchObject({ ok: false, problem: { code: 'overHundred' } })
    expect(checkValue('100', rate)).toEqual({ ok: true, value: '100' })
    expect(checkValue('99.5%', rate)).toEqual({ ok: true, value: '99.5' })
  })

  it('keeps money to 6 places exactly, trailing zeros included', () => {
    expect(checkValue('0.10', money)).toEqual({ ok: true, value: '0.10' })
    expect(checkValue('12.345678', money)).toEqual({ ok: true, value: '12.345678' })
    expect(checkValue('12.3456789', money)).toMatchObject({
      ok: false,
      problem: { code: 'tooManyPlaces', params: { max: 6 } },
    })
  })

  it('refuses any value for a 定性 indicator', () => {
    expect(checkValue('1', qualitative)).toMatchObject({ ok: false, problem: { code: 'qualitative' } })
  })
})

describe('checkDate', () => {
  it('takes a date of the year up to today', () => {
    expect(checkDate('2025-03-01', 2025, '2026-01-10')).toEqual({ ok: true, date: '2025-03-01' })
    expect(checkDate('2025-12-31', 2025, '2025-12-31')).toEqual({ ok: true, date: '2025-12-31' })
  })
  it.each([
    ['', 'dateRequired'],
    ['2025-02-29', 'dateInvalid'],
    ['2025/03/01', 'dateInvalid'],
    ['2024-12-31', 'dateOutsideYear'],
    ['2026-01-01', 'dateOutsideYear'],
    ['2025-06-02', 'dateInFuture'],
  ])('refuses %j: %s', (typed, code) => {
    const r = checkDate(typed, 2025, '2025-06-01')
    expect(r).toMatchObject({ ok: false, problem: { field: 'date', code } })
  })
  it('knows 2024 was a leap year', () => {
    expect(checkDate('2024-02-29', 2024, '2024-12-31').ok).toBe(true)
  })
})

describe('validateEntry', () => {
  it('reports every wrong field at once', () => {
    const r = validateEntry(
      { indicator: { id: 'd-i1', ...times }, date: '2024-01-01', value: '-1' },
      2025,
      '2025-06-01',
    )
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'date', code: 'dateOutsideYear', params: { year: 2025 } },
        { field: 'value', code: 'negative', params: undefined },
      ],
    })
  })
  it('asks for an indicator and refuses a locked one', () => {
    expect(
      validateEntry({ indicator: null, date: '2025-01-01', value: '1' }, 2025, '2025-06-01'),
    ).toMatchObject({
      ok: false,
      problems: [{ field: 'indicator', code: 'indicatorRequired' }],
    })
    expect(
      validateEntry(
        { indicator: { id: 'x', locked: true, ...times }, date: '2025-01-01', value: '1' },
        2025,
        '2025-06-01',
      ),
    ).toMatchObject({ ok: false, problems: [{ code: 'locked' }] })
  })
  it('gives the entry to store', () => {
    expect(
      validateEntry(
        { indicator: { id: 'd-i1', ...times }, date: '2025-03-05', value: '２' },
        2025,
        '2025-06-01',
      ),
    ).toEqual({
      ok: true,
      entry: { indicatorId: 'd-i1', date: '2025-03-05', value: '2' },
    })
  })
})

describe('spending amounts', () => {
  it('keeps 万元 to the yuan and below: six places (0.000001 万元 = 0.01 元), not seven', () => {
    expect(checkAmount('37.24', '万元')).toEqual({ ok: true, amount: '37.24' })
    expect(checkAmount('37.245', '万元')).toEqual({ ok: true, amount: '37.245' })
    expect(checkAmount('1000000.234567', '万元')).toEqual({ ok: true, amount: '1000000.234567' })
    expect(checkAmount('0.1234567', '万元')).toMatchObject({
      ok: false,
      problem: { code: 'tooManyPlaces', params: { max: 6 } },
    })
    expect(checkAmount('12.345', '元')).toMatchObject({
      ok: false,
      problem: { code: 'tooManyPlaces', params: { max: 2 } },
    })
  })
  it('reads a refund as a negative amount, in either unit: −1234 元 = −0.1234 万元', () => {
    expect(checkAmount('-12.34', '万元')).toEqual({ ok: true, amount: '-12.34' })
    expect(checkAmount('－1234', '元')).toEqual({ ok: true, amount: '-0.1234' })
    expect(checkAmount('-0', '万元')).toEqual({ ok: true, amount: '0' })
  })
  it('asks a refund for its reason (冲减原因), blank or invisible text is none', () => {
    const refund = { date: '2025-04-01', amount: '-12.34', unit: '万元' as const }
    expect(validateSpending(refund, 2025, '2025-12-31')).toMatchObject({
      ok: false,
      problems: [{ field: 'reason', code: 'refundReasonRequired' }],
    })
    expect(validateSpending({ ...refund, reason: ' \u200b ' }, 2025, '2025-12-31')).toMatchObject({
      ok: false,
    })
    expect(validateSpending({ ...refund, reason: ' 退回多付款 ' }, 2025, '2025-12-31')).toEqual({
      ok: true,
      entry: { date: '2025-04-01', amount: '-12.34', reason: '退回多付款' },
    })
    // A positive amount keeps no reason, even if one was typed.
    expect(validateSpending({ ...refund, amount: '5', reason: 'x' }, 2025, '2025-12-31')).toEqual({
      ok: true,
      entry: { date: '2025-04-01', amount: '5' },
    })
  })
  it('refuses a refund that takes the running total below zero, naming the lowest total', () => {
    const spent = [
      { id: 'a', date: '2025-03-01', amount: '400' },
      { id: 'b', date: '2025-05-01', amount: '10' },
    ]
    // 400 − 12.34 = 387.66 ≥ 0: fine.
    expect(checkRunningTotal(spent, { date: '2025-04-01', amount: '-12.34' })).toBeNull()
    // 400 − 400.01 = −0.01 on 04-01, although the 05-01 entry would bring it back to 9.99.
    expect(checkRunningTotal(spent, { date: '2025-04-01', amount: '-400.01' })).toEqual({
      field: 'amount',
      code: 'refundBeyondSpent',
      params: { total: '-0.01' },
    })
    // Before any spending: 0 − 1 = −1.
    expect(checkRunningTotal(spent, { date: '2025-01-01', amount: '-1' })?.params).toEqual({ total: '-1' })
    // Correcting entry a from 400 to 5 leaves 5, then −12.34 → −7.34.
    const withRefund = [...spent, { id: 'r', date: '2025-04-01', amount: '-12.34' }]
    expect(checkRunningTotal(withRefund, { id: 'a', date: '2025-03-01', amount: '5' })?.params).toEqual({
      total: '-7.34',
    })
  })
  it('converts 元 to 万元 exactly: 1234.56 元 = 0.123456 万元', () => {
    expect(checkAmount('1234.56', '元')).toEqual({ ok: true, amount: '0.123456' })
    expect(checkAmount('500000', '元')).toEqual({ ok: true, amount: '50' })
  })
  it('checks date and amount together', () => {
    expect(
      validateSpending({ date: '2025-13-01', amount: 'x', unit: '万元' }, 2025, '2025-12-31'),
    ).toMatchObject({
      ok: false,
      problems: [{ code: 'dateInvalid' }, { code: 'notNumber' }],
    })
  })
})

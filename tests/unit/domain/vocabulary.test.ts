import { describe, expect, it } from 'vitest'
import {
  deviationSchema,
  indicatorSchema,
  judgementSchema,
  scoringSchema,
  sheetSchema,
} from '@/domain/exchange/schema'
import { resolveProfile } from '@/domain/scoring/profile'
import {
  DEFAULT_PROFILE,
  DEVIATION_CAUSES,
  LIKELIHOODS,
  MEASURES,
  PROFILE_CHOICES,
  SHEET_KINDS,
  SHEET_STATUSES,
  TIERS,
} from '@/domain/vocabulary'

/** The values a zod enum accepts, through any .optional(). */
function options(schema: unknown): unknown[] {
  let s = schema as { options?: unknown[]; unwrap?: () => unknown }
  while (!s.options && s.unwrap) s = s.unwrap() as typeof s
  return s.options ?? []
}

describe('the exchange schema takes its enums from the vocabulary', () => {
  it('tiers, causes and likelihoods', () => {
    expect(TIERS).toEqual(['达成', '部分达成', '未达成'])
    expect(options(judgementSchema.shape.tier)).toEqual([...TIERS])
    expect(DEVIATION_CAUSES).toEqual(['经费保障', '制度保障', '人员保障', '硬件保障', '其他'])
    expect(options(deviationSchema.shape.cause)).toEqual([...DEVIATION_CAUSES])
    expect(LIKELIHOODS).toEqual(['确定能', '有可能', '完全不可能'])
    expect(options(deviationSchema.shape.likelihood)).toEqual([...LIKELIHOODS])
  })

  it('sheet kinds, statuses and measures', () => {
    expect(options(sheetSchema.shape.kind)).toEqual([...SHEET_KINDS])
    expect(options(sheetSchema.shape.status)).toEqual([...SHEET_STATUSES])
    expect(options(indicatorSchema.shape.measure)).toEqual([...MEASURES])
  })

  it('every text choice of the scoring profile', () => {
    for (const key of ['budgetBasis', 'reverse', 'satisfaction', 'rounding', 'timeProgress'] as const)
      expect(options(scoringSchema.shape[key])).toEqual([...PROFILE_CHOICES[key]])
  })
})

describe('the profile choices and their defaults', () => {
  it('defaults are the first choice of each list, as the exchange format says', () => {
    expect(DEFAULT_PROFILE).toMatchObject({
      budgetBasis: 'adjusted',
      budgetCap: true,
      reverse: 'linear',
      satisfaction: 'target',
      rounding: 'cent',
      timeProgress: 'month',
    })
    for (const key of Object.keys(PROFILE_CHOICES) as (keyof typeof PROFILE_CHOICES)[])
      expect(DEFAULT_PROFILE[key]).toBe(PROFILE_CHOICES[key][0])
  })

  it('resolveProfile keeps a listed choice and replaces an unlisted one by the default', () => {
    expect(resolveProfile({ reverse: 'ratio', rounding: 'up' as never })).toMatchObject({
      reverse: 'ratio',
      rounding: 'cent',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { resolveProfile } from '@/domain/scoring'
import { DEFAULT_PROFILE, type ScoringProfile } from '@/domain/types'

describe('resolveProfile', () => {
  it('fills every key from the defaults', () => {
    expect(resolveProfile({})).toEqual(DEFAULT_PROFILE)
    expect(resolveProfile(undefined)).toEqual(DEFAULT_PROFILE)
  })

  it('keeps given keys', () => {
    const custom: ScoringProfile = {
      budgetWeight: 20,
      budgetBasis: 'initial',
      budgetCap: false,
      reverse: 'ratio',
      satisfaction: 'rate',
      rounding: 'whole',
      grades: [80, 70, 60],
      overshootWarn: 1.2,
      timeProgress: 'day',
      tierBands: [
        [80, 100],
        [50, 80],
        [0, 50],
      ],
      roundingMode: 'down',
      budgetRounding: 'cent',
    }
    expect(resolveProfile(custom)).toEqual(custom)
  })

  it('replaces malformed values by the default', () => {
    const bad = {
      rounding: 'tenth',
      grades: [90, 80],
      budgetWeight: -5,
      budgetCap: 'yes',
    } as unknown as Partial<ScoringProfile>
    expect(resolveProfile(bad)).toEqual(DEFAULT_PROFILE)
  })
})

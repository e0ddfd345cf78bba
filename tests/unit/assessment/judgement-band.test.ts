import { describe, expect, it } from 'vitest'
import { judgementScoreProblem, overrideScoreProblem, tierBand } from '@/domain/assessment'

describe('the band of a 定性 judgement, checked as the assessor types', () => {
  it('gives each tier its share of the weight', () => {
    // weight 20: 达成 0.8 × 20 = 16 … 20; 部分达成 12 … 16; 未达成 0 … 12
    expect(tierBand('达成', 20)).toEqual({ low: '16', high: '20' })
    expect(tierBand('部分达成', 20)).toEqual({ low: '12', high: '16' })
    expect(tierBand('未达成', 20)).toEqual({ low: '0', high: '12' })
    // weight 15: 达成 12 … 15
    expect(tierBand('达成', 15)).toEqual({ low: '12', high: '15' })
  })

  it('refuses a score outside the band, inclusive bounds accepted', () => {
    expect(judgementScoreProblem('达成', 20, '15.99')).toBe('outOfBand')
    expect(judgementScoreProblem('达成', 20, '16')).toBeNull()
    expect(judgementScoreProblem('达成', 20, '20')).toBeNull()
    expect(judgementScoreProblem('达成', 20, '20.01')).toBe('outOfBand')
    expect(judgementScoreProblem('部分达成', 20, '18')).toBe('outOfBand')
    expect(judgementScoreProblem('未达成', 20, '12.5')).toBe('outOfBand')
    expect(judgementScoreProblem('未达成', 20, '0')).toBeNull()
  })

  it('refuses what is not a score', () => {
    expect(judgementScoreProblem('达成', 20, ' ')).toBe('empty')
    expect(judgementScoreProblem('达成', 20, '18分')).toBe('notNumber')
    expect(judgementScoreProblem('达成', 20, '-1')).toBe('notNumber')
    expect(judgementScoreProblem('达成', 20, '17.123')).toBe('notNumber')
  })

  it('keeps an override within the effective weight', () => {
    expect(overrideScoreProblem('16.67', '16.67')).toBeNull()
    expect(overrideScoreProblem('16.67', '16.68')).toBe('outOfBand')
    expect(overrideScoreProblem('10.00', '')).toBe('empty')
  })
})

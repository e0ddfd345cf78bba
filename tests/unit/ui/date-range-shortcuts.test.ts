import { describe, expect, it } from 'vitest'
import { rangeOf } from '@/ui/date-range-shortcuts'

describe('rangeOf', () => {
  it('本月 of a leap February ends on the 29th', () =>
    expect(rangeOf('thisMonth', '2024-02-10')).toEqual(['2024-02-01', '2024-02-29']))
  it('上月 in January is the previous December', () =>
    expect(rangeOf('lastMonth', '2025-01-15')).toEqual(['2024-12-01', '2024-12-31']))
  it('本季度 of 5 August is July–September', () =>
    expect(rangeOf('thisQuarter', '2025-08-05')).toEqual(['2025-07-01', '2025-09-30']))
  it('本年', () => expect(rangeOf('thisYear', '2025-08-05')).toEqual(['2025-01-01', '2025-12-31']))
})

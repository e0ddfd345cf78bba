// Beijing time for this file: set before any Date is made (Node rereads TZ when it is assigned).
process.env.TZ = 'Asia/Shanghai'

import { describe, expect, it } from 'vitest'
import { formatDate, formatTime } from '@/ui/format-time'

describe('formatTime', () => {
  it('runs in Beijing time (otherwise the cases below prove nothing)', () => {
    expect(new Date('2025-03-01T06:05:00.000Z').getHours()).toBe(14)
  })

  it('shows a stored UTC timestamp in local time, not the stored text cut', () => {
    // 06:05 UTC is 14:05 in Beijing; the old cut showed "2025-03-01 06:05".
    expect(formatTime('2025-03-01T06:05:00.000Z')).toBe('2025-03-01 14:05')
    expect(formatTime('2025-03-01T06:05:09.000Z', true)).toBe('2025-03-01 14:05:09')
  })

  it('moves to the next local day after 16:00 UTC', () => {
    expect(formatTime('2025-02-28T17:30:00.000Z')).toBe('2025-03-01 01:30')
    expect(formatDate('2025-12-31T16:00:00.000Z')).toBe('2026-01-01')
  })

  it('leaves text that is not a timestamp as it is', () => {
    expect(formatTime('unknown')).toBe('unknown')
  })
})

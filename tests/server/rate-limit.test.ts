// The sliding window itself, with a clock the test moves.
import { describe, expect, it } from 'vitest'
import { LoginRateLimit } from '../../server/auth/rate-limit'

describe('LoginRateLimit', () => {
  it('5 failures per login lock it for 15 minutes after the first of them, then it opens again', () => {
    let now = 1_000_000
    const limit = new LoginRateLimit({ windowMs: 900_000, maxPerLogin: 5, maxPerIp: 20 }, () => now)
    for (let i = 0; i < 5; i++) {
      expect(limit.retryAfter('a', 'ip')).toBe(0)
      limit.fail('a', 'ip')
      now += 60_000 // one a minute: failures at 0, 1, 2, 3, 4 min
    }
    // now = 5 min; the oldest failure (0 min) leaves the window at 15 min: wait 10 min.
    expect(limit.retryAfter('a', 'ip')).toBe(600_000)
    now += 600_000
    expect(limit.retryAfter('a', 'ip')).toBe(0)
  })

  it('20 failures from one address lock that address for every login', () => {
    const now = 0
    const limit = new LoginRateLimit({ windowMs: 900_000, maxPerLogin: 5, maxPerIp: 20 }, () => now)
    for (let i = 0; i < 20; i++) limit.fail(`user${i}`, '10.0.0.9')
    expect(limit.retryAfter('someone-new', '10.0.0.9')).toBe(900_000)
    expect(limit.retryAfter('someone-new', '10.0.0.8')).toBe(0)
  })

  it('a success clears the login’s count (logins are compared without case)', () => {
    const limit = new LoginRateLimit({ windowMs: 900_000, maxPerLogin: 2, maxPerIp: 20 }, () => 0)
    limit.fail('Zhang', 'ip')
    limit.succeed('zhang')
    limit.fail('ZHANG', 'ip')
    expect(limit.retryAfter('zhang', 'ip')).toBe(0)
    limit.fail('zhang', 'ip')
    expect(limit.retryAfter('zhang', 'ip')).toBe(900_000)
  })
})

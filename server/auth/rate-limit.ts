// Failed sign-ins counted per login and per client address in a sliding window. In memory: one
// server process per database is the supported setup; a restart forgets the counts.
export interface RateLimitOptions {
  windowMs: number
  maxPerLogin: number
  maxPerIp: number
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { windowMs: 15 * 60_000, maxPerLogin: 5, maxPerIp: 20 }

export class LoginRateLimit {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs
    const list = (this.failures.get(key) ?? []).filter((t) => t > since)
    if (list.length) this.failures.set(key, list)
    else this.failures.delete(key)
    return list
  }

  /** Milliseconds until a sign-in may be tried again, or 0 when it may be tried now. */
  retryAfter(login: string, ip: string): number {
    const checks: [string, number][] = [
      [`login:${login.toLowerCase()}`, this.options.maxPerLogin],
      [`ip:${ip}`, this.options.maxPerIp],
    ]
    let wait = 0
    for (const [key, max] of checks) {
      const list = this.recent(key)
      if (list.length >= max)
        wait = Math.max(wait, list[list.length - max]! + this.options.windowMs - this.now())
    }
    return wait
  }

  fail(login: string, ip: string): void {
    for (const key of [`login:${login.toLowerCase()}`, `ip:${ip}`]) {
      this.failures.set(key, [...this.recent(key), this.now()])
    }
  }

  succeed(login: string): void {
    this.failures.delete(`login:${login.toLowerCase()}`)
  }
}

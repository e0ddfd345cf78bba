// A listening device: on each SSE `change` it pulls since its last seq (one pull at a time, once more
// if an event came during it) and notes when each row id first reached it.
import type { Device } from './api-client'

export class Follower {
  lastSeq = 0
  readonly seenAt = new Map<string, bigint>()
  private pulling = false
  private again = false
  private waiters = new Map<string, () => void>()
  private stopStream: (() => void) | null = null
  errors = 0

  constructor(
    readonly device: Device,
    readonly year: number,
  ) {}

  async start(since: number): Promise<void> {
    this.lastSeq = since
    this.stopStream = await this.device.listen(() => void this.catchUp())
  }

  stop(): void {
    this.stopStream?.()
  }

  /** Resolves when `id` has been pulled (at most `timeoutMs`). */
  waitFor(id: string, timeoutMs: number): Promise<boolean> {
    if (this.seenAt.has(id)) return Promise.resolve(true)
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiters.delete(id)
        resolve(false)
      }, timeoutMs)
      this.waiters.set(id, () => {
        clearTimeout(t)
        resolve(true)
      })
    })
  }

  async catchUp(): Promise<void> {
    if (this.pulling) {
      this.again = true
      return
    }
    this.pulling = true
    try {
      do {
        this.again = false
        for (let i = 0; i < 100; i++) {
          const page = await this.device.pull(this.lastSeq, { year: this.year })
          const at = process.hrtime.bigint()
          for (const c of page.changes) {
            if (!this.seenAt.has(c.id)) this.seenAt.set(c.id, at)
            const w = this.waiters.get(c.id)
            if (w) {
              this.waiters.delete(c.id)
              w()
            }
          }
          this.lastSeq = Math.max(this.lastSeq, page.next)
          if (!page.more) break
        }
      } while (this.again)
    } catch {
      this.errors++
    } finally {
      this.pulling = false
    }
  }
}

// User-timing marks around the expensive steps (reading a package, scoring it), so that the
// benchmark (bench/browser-measures.ts) and the browser's performance panel can see where time goes.
// A performance.measure costs microseconds; nothing else reads them.

/** Runs `fn` and records its duration as a performance measure called `name`. */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now()
  const out = fn()
  performance.measure(name, { start })
  return out
}

/** Awaits `fn` and records the time until it settles as a performance measure called `name`. */
export async function timedAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await fn()
  } finally {
    performance.measure(name, { start })
  }
}

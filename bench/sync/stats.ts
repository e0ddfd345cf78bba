// Median, p95 and range of a set of timings.
export interface Summary {
  n: number
  median: number
  p95: number
  min: number
  max: number
}

export function summarise(xs: number[]): Summary {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
  const mid = s.length >> 1
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
  return { n: s.length, median, p95: at(0.95), min: s[0]!, max: s[s.length - 1]! }
}

export const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
export const now = () => process.hrtime.bigint()

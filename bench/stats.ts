// Several runs of one measure, summarised the way the report prints them.
export interface Stats {
  median: number
  min: number
  max: number
  runs: number[]
}

export function stats(runs: number[]): Stats {
  const sorted = [...runs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs }
}

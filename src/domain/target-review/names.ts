// Duplicate and near-duplicate indicator names: 开展职工文体活动 beside 开展职工文体活动次数.

/** The name without its unit in brackets, spaces and punctuation, full-width folded. */
export function comparableName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\([^)]*\)$/, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
}

function bigrams(text: string): string[] {
  const grams: string[] = []
  for (let i = 0; i + 2 <= text.length; i++) grams.push(text.slice(i, i + 2))
  return grams
}

/** Dice coefficient of the two names' two-character windows, 0…1 (each window counted once per occurrence). */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(comparableName(a))
  const y = bigrams(comparableName(b))
  if (x.length === 0 || y.length === 0) return comparableName(a) === comparableName(b) ? 1 : 0
  const pool = new Map<string, number>()
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1)
  let common = 0
  for (const g of x) {
    const n = pool.get(g) ?? 0
    if (n > 0) {
      common++
      pool.set(g, n - 1)
    }
  }
  return (2 * common) / (x.length + y.length)
}

// A reviewer may accept a finding with a reason; the finding stays, marked, so the reason is seen.
import type { Acceptance, ReviewFinding } from './types'

export function withAcceptances(
  findings: readonly ReviewFinding[],
  accepted: readonly Acceptance[],
): ReviewFinding[] {
  const byKey = new Map(accepted.map((a) => [a.key, a]))
  return findings.map((f) => {
    const a = byKey.get(f.key)
    return a ? { ...f, accepted: a } : f
  })
}

/** Findings nobody has accepted yet: what the submit step asks about. */
export const openFindings = (findings: readonly ReviewFinding[]) => findings.filter((f) => !f.accepted)

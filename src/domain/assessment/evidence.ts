// 佐证资料: an indicator whose evidence column asks for something should have at least one file,
// attached to one of its entries or to the indicator itself.
import type { Indicator, ProgressEntry } from '../types'

/** Column texts that ask for nothing. */
const NO_EVIDENCE = new Set(['', '无', '—', '-', '/', '／'])

export function asksForEvidence(indicator: Pick<Indicator, 'evidence'>): boolean {
  return !NO_EVIDENCE.has((indicator.evidence ?? '').trim())
}

/**
 * True when the indicator asks for evidence and none of its entries, nor the indicator, carries an
 * attachment. `attachedOwners` holds the ids of entries and indicators that have one.
 */
export function evidenceMissing(
  indicator: Pick<Indicator, 'id' | 'evidence'>,
  entries: readonly Pick<ProgressEntry, 'id'>[],
  attachedOwners: ReadonlySet<string>,
): boolean {
  if (!asksForEvidence(indicator)) return false
  if (attachedOwners.has(indicator.id)) return false
  return !entries.some((entry) => attachedOwners.has(entry.id))
}

// An exchange file read as the app's import takes it: besides the format's own checks, every amount
// must be one the database can store (checks/amount-limits.ts), so that the command line's validate
// and score refuse what the app's import refuses, with the same rule (issue 16).
import { checkAmountLimits } from './checks'
import { readPackage, type ReadResult } from './read'

export function readStorablePackage(input: unknown): ReadResult {
  const read = readPackage(input)
  if (!read.ok) return read
  const beyond = checkAmountLimits(read.pkg)
  return beyond.length === 0 ? read : { ok: false, issues: [...beyond, ...read.issues] }
}

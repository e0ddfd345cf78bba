import type { Issue } from './issues'
import { readPackage } from './read'

/** Every problem of an exchange file (text or parsed value), errors and warnings, with its place. */
export function validatePackage(input: unknown): Issue[] {
  return readPackage(input).issues
}

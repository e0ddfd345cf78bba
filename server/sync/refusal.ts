// A change the database (or the server) refused, with the refusal code the client is shown.
import { reason, REASONS, type Reason, type ReasonCode } from '../errors'

export class Refusal extends Error {
  constructor(
    readonly code: ReasonCode,
    readonly detail = '',
  ) {
    super(code)
  }
}

/** The refusal behind an error from PostgreSQL, or null when it is not one (a bug or an outage). */
export function refusalOf(e: unknown): Reason | null {
  if (e instanceof Refusal) return reason(e.code)
  const err = e as { code?: string; message?: string }
  switch (err.code) {
    case 'P0001': // pl_refuse: the message is the code
      return Object.hasOwn(REASONS, err.message ?? '') ? reason(err.message as ReasonCode) : reason('invalid')
    case '42501': // a row-level security policy or a missing grant
      return reason('forbidden')
    case '23505': // the id exists in a unit this account cannot see
      return reason('forbidden')
    case '22P02': // invalid text representation (a year that is not a number)
    case '22007': // invalid datetime format (deletedAt)
    case '22008':
    case '22003':
    case '23502':
      return reason('invalid')
    default:
      return null
  }
}

import { v7 as uuidv7 } from 'uuid'

/** A new primary key: time-ordered UUIDv7, globally unique so rows can sync between devices later. */
export function newId(): string {
  return uuidv7()
}

// Optional per-profile PIN: PBKDF2-SHA256 (WebCrypto, or pure JS on plain HTTP: ./hashing), only
// salt + hash + iterations stored. A guard against mistakes on a shared computer, not encryption (docs/security.md).
import type { LedgerDb } from './database'
import { RecordNotFoundError, PermissionError, ValidationError } from './errors'
import { pbkdf2Sha256 } from './hashing'
import { authorize } from './permissions'
import type { Actor, PinRecord, ProfileRow } from './rows'
import { patchRow, writeTx } from './write'

export const PIN_ITERATIONS = 210_000
const SALT_BYTES = 16
const HASH_BITS = 256

export async function hashPin(
  pin: string,
  salt: Uint8Array = randomSalt(),
  iterations = PIN_ITERATIONS,
): Promise<PinRecord> {
  const hash = await derive(pin, salt, iterations)
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) }
}

export async function checkPin(record: PinRecord, pin: string): Promise<boolean> {
  const expected = fromBase64(record.hash)
  const actual = await derive(pin, fromBase64(record.salt), record.iterations)
  return sameBytes(expected, actual)
}

export function assertPinShape(pin: unknown): asserts pin is string {
  if (typeof pin === 'string' && pin.length >= 4 && pin.length <= 64) return
  throw new ValidationError('pin', {
    zh: 'PIN 长度须为 4–64 个字符。',
    en: 'A PIN must be 4 to 64 characters long.',
  })
}

/** An admin may set anyone's PIN; everyone else only their own. */
export async function setPin(db: LedgerDb, actor: Actor, profileId: string, pin: string): Promise<void> {
  assertPinShape(pin)
  // Hash before the transaction: a hashing await inside it would let IndexedDB commit early.
  const record = await hashPin(pin)
  await writeTx(db, async () => {
    const who = await selfOrAdmin(db, actor, profileId)
    await patchRow<ProfileRow>(db, who, 'profiles', profileId, { pin: record })
  })
}

export async function clearPin(db: LedgerDb, actor: Actor, profileId: string): Promise<void> {
  await writeTx(db, async () => {
    const who = await selfOrAdmin(db, actor, profileId)
    await patchRow<ProfileRow>(db, who, 'profiles', profileId, { pin: null })
  })
}

/** False for a wrong PIN and for a profile without one: there is nothing to match. */
export async function verifyPin(db: LedgerDb, profileId: string, pin: string): Promise<boolean> {
  const profile = await db.profiles.get(profileId)
  if (!profile || profile.deletedAt) throw new RecordNotFoundError('profiles', profileId)
  if (!profile.pin || typeof pin !== 'string') return false
  return checkPin(profile.pin, pin)
}

async function selfOrAdmin(db: LedgerDb, actor: Actor, profileId: string): Promise<Actor> {
  const target = await db.profiles.get(profileId)
  if (!target || target.deletedAt) throw new RecordNotFoundError('profiles', profileId)
  if (actor.id === profileId) {
    const self = await db.profiles.get(actor.id)
    if (self && !self.deletedAt) return { id: self.id, name: self.name, role: self.role }
    throw new PermissionError('pin', null)
  }
  return authorize(db, actor, 'profile.manage')
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  return pbkdf2Sha256(new TextEncoder().encode(pin.normalize('NFC')), salt, iterations, HASH_BITS / 8)
}

function randomSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES))
}

/** Compares every byte whatever the first difference, so timing says little. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

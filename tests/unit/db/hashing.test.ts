// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hashPin } from '@/db/pin'
import { pbkdf2Sha256, sha256, toHex, webCryptoSubtle } from '@/db/hashing'

const utf8 = (s: string) => new TextEncoder().encode(s)
// Both paths must give the published test vectors: WebCrypto (secure context) and the pure-JS
// fallback used on plain HTTP, where crypto.subtle is undefined.
const paths = [
  ['WebCrypto', webCryptoSubtle()],
  ['pure JS (no crypto.subtle)', undefined],
] as const

describe.each(paths)('hashing through %s', (_name, subtle) => {
  it('SHA-256 of "abc" is the FIPS 180-2 example digest', async () => {
    expect(toHex(await sha256(utf8('abc'), subtle))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('SHA-256 of no bytes is the well-known empty digest', async () => {
    expect(toHex(await sha256(new Uint8Array(0), subtle))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
  })

  it('PBKDF2-HMAC-SHA256 ("password", "salt") matches the RFC 7914-style vectors for 1 and 2 rounds', async () => {
    expect(toHex(await pbkdf2Sha256(utf8('password'), utf8('salt'), 1, 32, subtle))).toBe(
      '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b',
    )
    expect(toHex(await pbkdf2Sha256(utf8('password'), utf8('salt'), 2, 32, subtle))).toBe(
      'ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43',
    )
  })
})

describe('a PIN hashed without crypto.subtle', () => {
  it('is the same record WebCrypto makes, so a PIN set over HTTP checks over HTTPS and back', async () => {
    const salt = new Uint8Array(16).fill(7)
    const withSubtle = await hashPin('2468', salt, 1000)
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!
    // Plain HTTP: the crypto object is there (getRandomValues works), its subtle is not.
    Object.defineProperty(globalThis, 'crypto', {
      value: { getRandomValues: (a: Uint8Array) => a },
      configurable: true,
    })
    try {
      expect(webCryptoSubtle()).toBeUndefined()
      const withoutSubtle = await hashPin('2468', salt, 1000)
      expect(withoutSubtle).toEqual(withSubtle)
    } finally {
      Object.defineProperty(globalThis, 'crypto', original)
    }
  })
})

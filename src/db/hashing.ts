// SHA-256 and PBKDF2-SHA256 for PINs, evidence files and backup checksums. WebCrypto's
// crypto.subtle exists only in a secure context (HTTPS or localhost); an intranet served over plain
// HTTP has none, so the same hashes then come from @noble/hashes (audited, pure JS), loaded on
// demand. Both give identical bytes: stored PINs and checksums stay valid whichever ran.

type Subtle = Pick<SubtleCrypto, 'digest' | 'importKey' | 'deriveBits'>

/** WebCrypto where the page may use it; undefined on plain HTTP (and in old workers). */
export function webCryptoSubtle(): Subtle | undefined {
  return globalThis.crypto?.subtle
}

export async function sha256(data: Uint8Array, subtle = webCryptoSubtle()): Promise<Uint8Array> {
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>))
  const { sha256: pure } = await import('@noble/hashes/sha2')
  return pure(data)
}

export async function pbkdf2Sha256(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  bytes: number,
  subtle = webCryptoSubtle(),
): Promise<Uint8Array> {
  if (subtle) {
    const key = await subtle.importKey('raw', password as Uint8Array<ArrayBuffer>, 'PBKDF2', false, [
      'deriveBits',
    ])
    const bits = await subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
      key,
      bytes * 8,
    )
    return new Uint8Array(bits)
  }
  const [{ pbkdf2Async }, { sha256: pure }] = await Promise.all([
    import('@noble/hashes/pbkdf2'),
    import('@noble/hashes/sha2'),
  ])
  // The async variant yields to the page between rounds, so 210,000 iterations do not freeze it.
  return pbkdf2Async(pure, password, salt, { c: iterations, dkLen: bytes })
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

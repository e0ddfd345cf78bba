// @vitest-environment node
// The .zip exchange bundle: evidence travels with its entries, is re-hashed on the way in, and a
// hostile archive is refused before it is inflated.
import './browser-globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@/db/attachments'
import { exportBundleContent } from '@/db/exchange-bundle'
import { addProgress } from '@/db/progress'
import { importPackage } from '@/db/import-package'
import { inspectExchangeFile } from '@/db/import-preview'
import { readBundle, writeBundle } from '@/domain/exchange/bundle'
import { readPackage } from '@/domain/exchange'
import { writePackage } from '@/domain/exchange/write'
import { world, worldWithData } from '../db/helpers'

const photo = (text: string, name: string) => ({ file: new Blob([text], { type: 'image/jpeg' }), name })

async function bundleWithTwoPhotos() {
  const w = await worldWithData()
  await addProgress(w.db, w.admin, { indicatorId: 'p1-i1', date: '2025-04-01', value: '1' }, [
    photo('photo-one', '现场1.jpg'),
    photo('photo-two', '现场2.jpg'),
  ])
  const { pkg, files } = await exportBundleContent(w.db)
  return { pkg, files, zip: writeBundle(JSON.stringify(writePackage(pkg)), files) }
}

async function storedHashes(db: Awaited<ReturnType<typeof world>>['db']): Promise<string[]> {
  const blobs = await db.attachmentBlobs.toArray()
  return (await Promise.all(blobs.map((b) => sha256Hex(b.blob)))).sort()
}

describe('the exchange bundle', () => {
  it('carries two photos to a fresh database, the same bytes by sha256, and skips them the second time', async () => {
    const { zip, pkg } = await bundleWithTwoPhotos()
    expect(pkg.attachments).toHaveLength(2)
    const fresh = await world()
    const found = await inspectExchangeFile(fresh.db, fresh.admin, zip, 'x.zip')
    expect(found.ok).toBe(true)
    if (!found.ok) return
    expect(found.evidence).toEqual({ carried: 2, missing: 0 })
    const result = await importPackage(fresh.db, found.pkg, fresh.admin, { files: found.files! })
    expect(result.evidence).toEqual({ added: 2, skipped: 0 })
    const expected = [
      await sha256Hex(new Blob(['photo-one'])),
      await sha256Hex(new Blob(['photo-two'])),
    ].sort()
    expect(await storedHashes(fresh.db)).toEqual(expected)
    const again = await importPackage(fresh.db, found.pkg, fresh.admin, { files: found.files! })
    expect(again.evidence).toEqual({ added: 0, skipped: 2 })
    expect(await fresh.db.attachmentBlobs.count()).toBe(2)
  })

  it('refuses a tampered file with a clear message and writes nothing', async () => {
    const { pkg, files } = await bundleWithTwoPhotos()
    const [sha] = [...files.keys()]
    const tampered = new Map(files).set(sha!, strToU8('not the photo'))
    const zip = writeBundle(JSON.stringify(writePackage(pkg)), tampered)
    const fresh = await world()
    const found = await inspectExchangeFile(fresh.db, fresh.admin, zip, 'x.zip')
    expect(found.ok).toBe(false)
    if (!found.ok) expect(found.message.zh).toContain('sha256 不符')
    await expect(importPackage(fresh.db, pkg, fresh.admin, { files: tampered })).rejects.toThrow(/sha256/)
    expect(await fresh.db.progress.count()).toBe(0)
    expect(await fresh.db.attachmentMeta.count()).toBe(0)
  })

  it('says how many files a bundle lacks', async () => {
    const { pkg, files } = await bundleWithTwoPhotos()
    const [sha] = [...files.keys()]
    const fewer = new Map(files)
    fewer.delete(sha!)
    const fresh = await world()
    const found = await inspectExchangeFile(
      fresh.db,
      fresh.admin,
      writeBundle(JSON.stringify(writePackage(pkg)), fewer),
      'x.zip',
    )
    expect(found.ok && found.evidence).toEqual({ carried: 1, missing: 1 })
  })

  it('refuses an archive over the size or entry limit before inflating it', () => {
    // 3 MB of zeros deflates to a few KB: the declared size is what counts.
    const zip = zipSync({
      'package.json': strToU8('{}'),
      [`files/${'a'.repeat(64)}`]: new Uint8Array(3_000_000),
    })
    const big = readBundle(zip, { maxBytes: 2_000_000, maxEntries: 10 })
    expect(big.ok === false && big.problem).toBe('tooLarge')
    const many = readBundle(zip, { maxBytes: 10_000_000, maxEntries: 1 })
    expect(many.ok === false && many.problem).toBe('tooMany')
    expect(readBundle(zip, { maxBytes: 10_000_000, maxEntries: 10 }).ok).toBe(true)
  })

  it('checks attachments in the package: reference, sha256, size', () => {
    const base = { format: 'perf-ledger', version: 1, units: [], sheets: [], progress: [] }
    const att = {
      id: 'a1',
      entryId: 'nope',
      name: 'x.jpg',
      type: 'image/jpeg',
      size: 3,
      sha256: 'a'.repeat(64),
    }
    const missing = readPackage(JSON.stringify({ ...base, attachments: [att] }))
    expect(missing.ok).toBe(false)
    expect(missing.issues.map((i) => [i.code, i.path])).toEqual([
      ['missingReference', 'attachments[0].entryId'],
    ])
    const upper = readPackage(JSON.stringify({ ...base, attachments: [{ ...att, sha256: 'A'.repeat(64) }] }))
    expect(upper.issues[0]?.path).toBe('attachments[0].sha256')
    const half = readPackage(JSON.stringify({ ...base, attachments: [{ ...att, size: 1.5 }] }))
    expect(half.issues[0]?.path).toBe('attachments[0].size')
  })

  it('is scored by the command line from its package.json', async () => {
    const { zip } = await bundleWithTwoPhotos()
    const file = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'x.zip')
    writeFileSync(file, zip)
    const root = fileURLToPath(new URL('../../../', import.meta.url))
    const run = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'score', file, '--json'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    const out = JSON.parse(run.stdout) as {
      sheets: { id: string; indicators: { id: string; actual: string }[] }[]
    }
    // e-001 (1) and the new entry (1): cumulative 2 for p1-i1.
    expect(out.sheets[0]!.indicators.find((i) => i.id === 'p1-i1')!.actual).toBe('2')
  })
})

// What the pull writes goes through the rest of the database's machinery: the sheet digests
// (their middleware) stay true, and evidence bytes come with the first open.
import { afterEach, describe, expect, it } from 'vitest'
import { getAttachmentBlob } from '@/db/attachments'
import { yearPackage } from '@/db/dashboard-queries'
import { addEvidence } from '@/db/evidence'
import { setMissingBlobSource } from '@/db/attachments'
import { SyncApi } from '@/db/sync/api'
import { useServerForMissingBlobs } from '@/db/sync/blob-fetch'
import type { SyncClient } from '@/db/sync/client'
import { worldWithData } from '../helpers'
import { fakeServer } from './fake-server'
import { clientOn, connect } from './helpers'

let clients: SyncClient[] = []
afterEach(() => {
  for (const c of clients) c.close()
  clients = []
  setMissingBlobSource(null)
})

describe('pulled writes', () => {
  it('a pulled progress change forgets the sheet digest, so the comparison reads the new value', async () => {
    const { db } = await worldWithData()
    const server = fakeServer()
    const client = await connect(db, server)
    clients.push(client)
    await client.request()
    // The comparison's read builds the digest…
    expect((await yearPackage(db, 2025)).progress.find((e) => e.id === 'e-001')?.value).toBe('1')
    expect(await db.sheetDigests.count()).toBe(1)
    // …another device changes the entry, and this one pulls it.
    server.write('progress', { ...server.rows.get('progress/e-001')!.row, value: '6' })
    await client.request()
    expect(await db.sheetDigests.count()).toBe(0)
    expect((await yearPackage(db, 2025)).progress.find((e) => e.id === 'e-001')?.value).toBe('6')
    const [digest] = await db.sheetDigests.toArray()
    expect(digest.progress.map((e) => [e.id, e.value])).toEqual([['e-001', '6']])
  })

  it('evidence: the bytes go up before the meta row, and a device without them fetches them on open', async () => {
    const server = fakeServer()
    const phone = await worldWithData()
    const c1 = await connect(phone.db, server)
    clients.push(c1)
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' })
    const [meta] = await addEvidence(phone.db, c1.actor()!, 'progress', 'e-001', [
      { file: photo, name: '现场.jpg' },
    ])
    await c1.request()
    expect(server.blobs.has(meta.sha256)).toBe(true)
    expect(server.rows.get(`attachmentMeta/${meta.id}`)!.row.sha256).toBe(meta.sha256)

    const desk = await worldWithData()
    const c2 = clientOn(desk.db, server)
    clients.push(c2)
    await c2.confirm(await c2.signIn('http://fake', 'zhang', 'pw'))
    await c2.request()
    expect(await desk.db.attachmentMeta.get(meta.id)).toBeDefined()
    expect(await desk.db.attachmentBlobs.get(meta.id)).toBeUndefined()
    const api = new SyncApi({ base: 'http://fake', token: 'tok', fetch: server.fetch })
    useServerForMissingBlobs(() => api)
    const opened = await getAttachmentBlob(desk.db, meta.id)
    expect(new Uint8Array(await opened!.arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    )
    // Kept: it opens offline afterwards.
    server.offline = true
    expect((await getAttachmentBlob(desk.db, meta.id))!.size).toBe(7)
  })

  it('bytes the server does not hash to the meta row’s sha256 are not kept', async () => {
    const server = fakeServer()
    const phone = await worldWithData()
    const c1 = await connect(phone.db, server)
    clients.push(c1)
    const [meta] = await addEvidence(phone.db, c1.actor()!, 'progress', 'e-001', [
      { file: new Blob(['%PDF-1.4 真'], { type: 'application/pdf' }), name: 'a.pdf' },
    ])
    await c1.request()
    server.blobs.set(meta.sha256, new Blob(['tampered']))
    const desk = await worldWithData()
    const c2 = await connect(desk.db, server)
    clients.push(c2)
    await c2.request()
    useServerForMissingBlobs(() => new SyncApi({ base: 'http://fake', token: 'tok', fetch: server.fetch }))
    expect(await getAttachmentBlob(desk.db, meta.id)).toBeUndefined()
    expect(await desk.db.attachmentBlobs.get(meta.id)).toBeUndefined()
  })
})

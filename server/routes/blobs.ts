// Evidence bytes, content-addressed: PUT and GET /api/blobs/<sha256>. The server re-hashes what it
// is given, limits the size and accepts only the app's evidence types, read from the content
// (src/domain/files/sniff-type.ts). Reading needs a visible attachmentMeta row with that hash.
import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { MIME, sniffType } from '../../src/domain/files/sniff-type'
import { requireAccount } from '../auth/current-account'
import { httpError } from '../errors'

export const MAX_BLOB_BYTES = 20 * 1024 * 1024
const HASH = /^[0-9a-f]{64}$/
const WRITERS = new Set(['entry', 'admin', 'reviewer'])

export async function blobRoutes(app: FastifyInstance): Promise<void> {
  // Raw bytes whatever the Content-Type says: the type is read from the content.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_BLOB_BYTES }, (_req, body, done) =>
    done(null, body),
  )

  app.put('/api/blobs/:sha256', { bodyLimit: MAX_BLOB_BYTES }, async (req, reply) => {
    const account = await requireAccount(req)
    const { sha256 } = req.params as { sha256: string }
    if (!HASH.test(sha256)) throw httpError(400, 'hash_mismatch')
    if (!WRITERS.has(account.role)) throw httpError(403, 'forbidden')
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw httpError(400, 'hash_mismatch')
    const kind = sniffType(bytes)
    if (!kind) throw httpError(415, 'type_not_allowed')
    await app.db.asAccount(account.id, async (c) => {
      // Not ON CONFLICT: that would have to read the existing row, which the policy may hide.
      await c.query('savepoint blob')
      try {
        await c.query('insert into blobs (sha256, type, size, bytes) values ($1, $2, $3, $4)', [
          sha256,
          MIME[kind],
          bytes.length,
          bytes,
        ])
      } catch (e) {
        if ((e as { code?: string }).code !== '23505') throw e
        await c.query('rollback to savepoint blob') // already stored: the same bytes, by their hash
      }
    })
    return reply.code(204).send()
  })

  app.get('/api/blobs/:sha256', async (req, reply) => {
    const account = await requireAccount(req)
    const { sha256 } = req.params as { sha256: string }
    if (!HASH.test(sha256)) throw httpError(404, 'not_found')
    const blob = await app.db.asAccount(account.id, async (c) => {
      const { rows } = await c.query<{ type: string; bytes: Buffer }>(
        'select type, bytes from blobs where sha256 = $1',
        [sha256],
      )
      return rows[0] ?? null
    })
    if (!blob) throw httpError(404, 'not_found')
    return reply
      .type(blob.type)
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(blob.bytes)
  })
}

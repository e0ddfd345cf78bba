// POST /api/sync/push and GET /api/sync/pull (docs/sync-protocol.md).
import type { FastifyInstance } from 'fastify'
import { requireAccount } from '../auth/current-account'
import { httpError } from '../errors'
import { MAX_CHANGES } from '../sync/change'
import { DEFAULT_PULL, MAX_PULL, pull } from '../sync/pull'
import { push } from '../sync/push'

function intParam(v: unknown, fallback: number): number {
  if (v === undefined || v === '') return fallback
  const n = Number(v)
  if (!Number.isSafeInteger(n) || n < 0) throw httpError(400, 'bad_request')
  return n
}

export async function syncRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/sync/push', async (req) => {
    const account = await requireAccount(req)
    const body = req.body as { changes?: unknown } | null
    if (!Array.isArray(body?.changes)) throw httpError(400, 'bad_request')
    if (body.changes.length > MAX_CHANGES) throw httpError(413, 'too_many_changes')
    return push(app.db, account, body.changes, req.log)
  })

  app.get('/api/sync/pull', async (req) => {
    const account = await requireAccount(req)
    const q = req.query as Record<string, string | undefined>
    const units = q.units ? q.units.split(',').filter(Boolean) : null
    return pull(app.db, account, {
      since: intParam(q.since, 0),
      limit: Math.min(Math.max(intParam(q.limit, DEFAULT_PULL), 1), MAX_PULL),
      year: q.year ? intParam(q.year, 0) : null,
      units,
    })
  })
}

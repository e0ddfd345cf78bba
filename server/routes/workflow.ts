// Approval up the tree, called directly (push routes the same status changes here too):
// POST /api/workflow/sheets/:id/{submit|return|lock|unlock}, POST /api/workflow/overrides,
// GET /api/workflow/sheets/:id/history.
import type { FastifyInstance } from 'fastify'
import { requireAccount } from '../auth/current-account'
import { HttpError, httpError } from '../errors'
import { refusalOf } from '../sync/refusal'

const ACTIONS = {
  submit: { sql: 'select sheet_submit($1) as row', reason: false },
  return: { sql: 'select sheet_return($1, $2) as row', reason: true },
  lock: { sql: 'select sheet_lock($1) as row', reason: false },
  unlock: { sql: 'select sheet_unlock($1, $2) as row', reason: true },
} as const

const STATUS_OF_CODE: Record<string, number> = { not_found: 404, forbidden: 403 }

/** A refusal from the database as an HTTP answer (409 for state conflicts). */
function asHttp(e: unknown): never {
  const why = refusalOf(e)
  if (!why) throw e
  throw new HttpError(
    STATUS_OF_CODE[why.code] ?? (why.code === 'invalid' || why.code === 'reason_required' ? 400 : 409),
    why,
  )
}

export async function workflowRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/workflow/sheets/:id/:action', async (req) => {
    const account = await requireAccount(req)
    const { id, action } = req.params as { id: string; action: string }
    if (!Object.hasOwn(ACTIONS, action)) throw httpError(404, 'not_found')
    const a = ACTIONS[action as keyof typeof ACTIONS]
    const reason = (req.body as { reason?: unknown } | null)?.reason
    const params = a.reason ? [id, typeof reason === 'string' ? reason : null] : [id]
    return app.db
      .asAccount(account.id, async (c) => (await c.query<{ row: unknown }>(a.sql, params)).rows[0]!.row)
      .catch(asHttp)
  })

  app.post('/api/workflow/overrides', async (req) => {
    const account = await requireAccount(req)
    const b = (req.body ?? {}) as { indicatorId?: unknown; score?: unknown; reason?: unknown; id?: unknown }
    if (typeof b.indicatorId !== 'string') throw httpError(400, 'bad_request')
    const score = b.score == null ? null : String(b.score)
    return app.db
      .asAccount(account.id, async (c) => {
        const { rows } = await c.query<{ row: unknown }>('select set_override($1, $2, $3, $4) as row', [
          b.indicatorId,
          score,
          typeof b.reason === 'string' ? b.reason : null,
          typeof b.id === 'string' ? b.id : null,
        ])
        return rows[0]!.row
      })
      .catch(asHttp)
  })

  app.get('/api/workflow/sheets/:id/history', async (req) => {
    const account = await requireAccount(req)
    const { id } = req.params as { id: string }
    return app.db.asAccount(account.id, async (c) => {
      const { rows } = await c.query(
        `select at, action, from_status as "from", to_status as "to", reason, account_name as "accountName",
                actor_role as "actorRole", actor_unit_id as "actorUnitId", actor_unit_name as "actorUnitName"
         from sheet_history($1)`,
        [id],
      )
      return rows
    })
  })
}

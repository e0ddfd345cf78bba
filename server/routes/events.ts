// GET /api/sync/events: Server-Sent Events, `event: change` with the latest seq the account may see,
// and a `: ping` comment every 25 s so proxies keep the connection open.
import type { FastifyInstance } from 'fastify'
import { requestToken, requireAccount } from '../auth/current-account'
import { sessionAccount } from '../auth/sessions'

const PING_MS = 25_000

export async function eventRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/sync/events', async (req, reply) => {
    const account = await requireAccount(req)
    reply.hijack()
    const res = reply.raw
    // Subscribed before the headers go out: a client that has the headers gets every later change.
    const unsubscribe = await app.hub.subscribe(
      account.id,
      (seq) => res.write(`event: change\ndata: ${JSON.stringify({ seq })}\n\n`),
      () => res.end(),
    )
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    })
    res.write('retry: 3000\n: connected\n\n')
    // Each ping also checks the session: a signed-out or expired session stops receiving events.
    const token = requestToken(req)
    const ping = setInterval(() => {
      void (token ? sessionAccount(app.db, token) : Promise.resolve(null))
        .catch(() => account)
        .then((still) => (still ? res.write(': ping\n\n') : res.end()))
    }, PING_MS)
    const stop = () => {
      clearInterval(ping)
      unsubscribe()
    }
    // The response's close (not the request's, which fires once the request is read) is the client leaving.
    if (res.destroyed) stop()
    else res.on('close', stop)
  })
}

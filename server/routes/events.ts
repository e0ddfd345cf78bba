// GET /api/sync/events: Server-Sent Events, `event: change` with the latest seq the account may see,
// and a `: ping` comment every 25 s so proxies keep the connection open.
import type { FastifyInstance } from 'fastify'
import { requireAccount } from '../auth/current-account'

const PING_MS = 25_000

export async function eventRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/sync/events', async (req, reply) => {
    const account = await requireAccount(req)
    reply.hijack()
    const res = reply.raw
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    })
    res.write('retry: 3000\n: connected\n\n')
    const ping = setInterval(() => res.write(': ping\n\n'), PING_MS)
    const unsubscribe = await app.hub.subscribe(
      account.id,
      (seq) => res.write(`event: change\ndata: ${JSON.stringify({ seq })}\n\n`),
      () => res.end(),
    )
    const stop = () => {
      clearInterval(ping)
      unsubscribe()
    }
    // The response's close (not the request's, which fires once the request is read) is the client leaving.
    if (res.destroyed) stop()
    else res.on('close', stop)
  })
}

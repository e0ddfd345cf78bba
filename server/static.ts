// The built app (dist/, from `npm run build`) from the same origin as the API; any other path that
// is not under /api gets index.html, so the app's own routes survive a reload.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { reason } from './errors'

export async function staticApp(app: FastifyInstance, dir: string): Promise<void> {
  const root = resolve(dir)
  const built = existsSync(resolve(root, 'index.html'))
  if (built) await app.register(fastifyStatic, { root, wildcard: false, preCompressed: false })
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply.code(404).send({ error: reason('not_found') })
    }
    if (!built) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send('应用尚未构建：请先运行 npm run build。\nThe app is not built: run npm run build first.\n')
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html')
  })
}

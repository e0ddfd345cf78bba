// The HTTP server: the API under /api and the built app, from one Fastify instance.
import Fastify, { type FastifyInstance } from 'fastify'
import type { ServerConfig } from './config'
import { Database } from './db/database'
import { HttpError, reason } from './errors'
import { ChangeHub } from './sync/change-hub'
import { authRoutes } from './routes/auth'
import { blobRoutes } from './routes/blobs'
import { eventRoutes } from './routes/events'
import { healthRoutes } from './routes/health'
import { syncRoutes } from './routes/sync'
import { workflowRoutes } from './routes/workflow'
import { staticApp } from './static'

declare module 'fastify' {
  interface FastifyInstance {
    db: Database
    hub: ChangeHub
    config: ServerConfig
  }
}

export interface AppOptions {
  logger?: boolean
}

export async function buildApp(config: ServerConfig, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    https: config.tls ? { cert: config.tls.cert, key: config.tls.key } : null,
    trustProxy: process.env.TRUST_PROXY === '1',
    bodyLimit: 8 * 1024 * 1024,
  }) as unknown as FastifyInstance
  const db = new Database(config.databaseUrl)
  const hub = new ChangeHub(config.databaseUrl, db)
  app.decorate('db', db)
  app.decorate('hub', hub)
  app.decorate('config', config)
  app.addHook('onClose', async () => {
    await hub.close()
    await db.close()
  })

  // An empty JSON body (a POST /api/auth/logout sent with a JSON content type) is no body, not an error.
  const json = app.getDefaultJsonParser('error', 'ignore')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) =>
    body === '' ? done(null, null) : json(req, body as string, done),
  )

  app.setErrorHandler((error, req, reply) => {
    if (error instanceof HttpError) {
      for (const [k, v] of Object.entries(error.headers)) reply.header(k, v)
      return reply.code(error.status).send({ error: error.reason })
    }
    const status = (error as { statusCode?: number }).statusCode
    if (status === 413) return reply.code(413).send({ error: reason('too_large') })
    if (status === 415) return reply.code(415).send({ error: reason('type_not_allowed') })
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: { ...reason('bad_request'), en: (error as Error).message } })
    }
    req.log.error(error)
    return reply.code(500).send({ error: reason('internal') })
  })

  await app.register(healthRoutes)
  await app.register(authRoutes)
  await app.register(syncRoutes)
  await app.register(eventRoutes)
  await app.register(workflowRoutes)
  await app.register(blobRoutes)
  await staticApp(app, config.staticDir)
  return app
}

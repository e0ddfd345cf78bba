// The server's settings, all from the environment, so one build runs anywhere (docs/server.md).
import { readFileSync } from 'node:fs'

export interface ServerConfig {
  databaseUrl: string
  port: number
  host: string
  /** PEM certificate and key: HTTPS when both are given. */
  tls: { cert: Buffer; key: Buffer } | null
  /** The built app (npm run build); served when present. */
  staticDir: string
  sessionHours: number
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL ?? ''
  if (!databaseUrl)
    throw new Error('DATABASE_URL is not set (e.g. postgres://perf_app:…@127.0.0.1:5432/perf_ledger)')
  const certFile = env.TLS_CERT
  const keyFile = env.TLS_KEY
  if (Boolean(certFile) !== Boolean(keyFile)) throw new Error('TLS_CERT and TLS_KEY go together')
  return {
    databaseUrl,
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    tls: certFile && keyFile ? { cert: readFileSync(certFile), key: readFileSync(keyFile) } : null,
    staticDir: env.STATIC_DIR ?? 'dist',
    sessionHours: Number(env.SESSION_HOURS ?? 12),
  }
}

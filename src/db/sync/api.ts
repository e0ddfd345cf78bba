// The unit server's HTTP API as the client uses it (docs/sync-protocol.md). The session token goes
// as a bearer header, so the app may be served from another origin than the server; the server's
// cookie (same origin) works as well, and is what the event stream relies on.
import type { Account, PullPage, PushChange, PushResult, ServerError } from './types'

/** The server answered with an error status; `error` is its bilingual reason when it sent one. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: ServerError,
  ) {
    super(`HTTP ${status} ${error.code}: ${error.en}`)
  }

  /** Read by the app's error text (components/common/use-error-text.ts). */
  get bilingual(): { zh: string; en: string } {
    return { zh: this.error.zh, en: this.error.en }
  }
}

/** The server could not be reached (offline, wrong address, server down). */
export class SyncOfflineError extends Error {
  readonly bilingual = {
    zh: '连接不上服务器：请检查地址和网络。',
    en: 'The server cannot be reached: check the address and the network.',
  }
}

export interface SyncApiOptions {
  /** Where the server is, e.g. https://ledger.example.org (no trailing /api). '' = this origin. */
  base: string
  token?: string
  fetch?: typeof fetch
}

export function normaliseBase(address: string): string {
  return address
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api$/, '')
}

export class SyncApi {
  readonly base: string
  token: string | undefined
  private readonly fetchImpl: typeof fetch

  constructor(options: SyncApiOptions) {
    this.base = normaliseBase(options.base)
    this.token = options.token
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args))
  }

  url(path: string): string {
    return `${this.base}/api${path}`
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    if (this.token) headers.set('Authorization', `Bearer ${this.token}`)
    let response: Response
    try {
      response = await this.fetchImpl(this.url(path), { ...init, headers, credentials: 'include' })
    } catch (e) {
      throw new SyncOfflineError(e instanceof Error ? e.message : String(e))
    }
    if (!response.ok) throw new SyncHttpError(response.status, await errorOf(response))
    return response
  }

  private async json<T>(
    path: string,
    body?: unknown,
    method = body === undefined ? 'GET' : 'POST',
  ): Promise<T> {
    const response = await this.request(path, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return (await response.json()) as T
  }

  async login(login: string, password: string): Promise<{ token: string; account: Account }> {
    const answer = await this.json<{ token: string; account: Account }>('/auth/login', { login, password })
    this.token = answer.token
    return answer
  }

  async logout(): Promise<void> {
    await this.request('/auth/logout', { method: 'POST' })
  }

  me(): Promise<{ account: Account; units: Record<string, unknown>[] }> {
    return this.json('/auth/me')
  }

  push(deviceId: string, changes: PushChange[]): Promise<{ results: PushResult[]; seq: number }> {
    return this.json('/sync/push', { deviceId, changes })
  }

  pull(q: { since: number; limit?: number; year?: number; units?: readonly string[] }): Promise<PullPage> {
    const params = new URLSearchParams({ since: String(q.since) })
    if (q.limit) params.set('limit', String(q.limit))
    if (q.year !== undefined) params.set('year', String(q.year))
    if (q.units?.length) params.set('units', q.units.join(','))
    return this.json(`/sync/pull?${params}`)
  }

  async putBlob(sha256: string, blob: Blob): Promise<void> {
    await this.request(`/blobs/${sha256}`, {
      method: 'PUT',
      headers: { 'Content-Type': blob.type || 'application/octet-stream' },
      body: blob,
    })
  }

  async getBlob(sha256: string): Promise<Blob> {
    return (await this.request(`/blobs/${sha256}`)).blob()
  }

  eventsUrl(): string {
    return this.url('/sync/events')
  }
}

async function errorOf(response: Response): Promise<ServerError> {
  try {
    const body = (await response.json()) as { error?: Partial<ServerError> }
    if (body.error?.code) {
      return {
        code: body.error.code,
        zh: body.error.zh ?? body.error.code,
        en: body.error.en ?? body.error.code,
      }
    }
  } catch {
    // Not JSON: described by the status below.
  }
  return {
    code: `http_${response.status}`,
    zh: `服务器返回 ${response.status}`,
    en: `The server answered ${response.status}`,
  }
}

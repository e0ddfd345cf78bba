// One device's connection to its unit server: signs in, runs the first upload, and then keeps the
// local tables and the server in step — a round (a push, then a pull) on each trigger (triggers.ts:
// local writes, server events, coming back online, a timer). One round at a time: a trigger during
// a round asks for one more round after it.
import type { LedgerDb } from '../database'
import { SyncApi, SyncHttpError, SyncOfflineError } from './api'
import { accountActor, becomeAccount, leaveAccount } from './author'
import { commitFirstUpload, previewFirstUpload, type UploadPreview } from './first-upload'
import { pullOnce, type Pulled } from './pull'
import { pushOnce } from './push'
import { setRecording } from './recording'
import { browserEventSource, startTriggers, type EventSourceLike } from './triggers'
import {
  clearConnection,
  deviceId,
  readConnection,
  SYNC_KEYS,
  writeSyncValue,
  type Connection,
} from './state'
import { OUTBOX_TABLE, REJECTS_TABLE, type Account, type ServerError, type SyncRejectRow } from './types'

export type SyncPhase = 'off' | 'synced' | 'syncing' | 'offline' | 'error'

export interface SyncStatus {
  phase: SyncPhase
  account: Account | null
  server: string
  pending: number
  rejected: number
  /** The last error the server gave, when phase is 'error'. */
  error: ServerError | null
}

export interface SyncClientOptions {
  /** The year pulled (the session's current year). */
  year: () => number
  onStatus?: (status: SyncStatus) => void
  /** After a pull brought rows (the app re-reads what is not live, such as the unit list). */
  onPulled?: (pulled: Pulled) => void
  fetch?: typeof fetch
  /** Injected by tests; the browser's EventSource otherwise (none in Node). */
  eventSource?: ((url: string) => EventSourceLike) | null
  debounceMs?: number
  intervalMs?: number
}

export class SyncClient {
  private api: SyncApi | null = null
  private connection: Connection | null = null
  private status: SyncStatus = {
    phase: 'off',
    account: null,
    server: '',
    pending: 0,
    rejected: 0,
    error: null,
  }
  private running: Promise<void> | null = null
  private again = false
  private stopTriggers: (() => void) | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private retryMs = 0

  constructor(
    private readonly db: LedgerDb,
    private readonly options: SyncClientOptions,
  ) {}

  get state(): SyncStatus {
    return this.status
  }

  /** The signed-in API while connected (evidence bytes are fetched through it). */
  get serverApi(): SyncApi | null {
    return this.api
  }

  private set(patch: Partial<SyncStatus>) {
    this.status = { ...this.status, ...patch }
    this.options.onStatus?.(this.status)
  }

  private async counts(): Promise<void> {
    const [pending, rejected] = await Promise.all([
      this.db.table(OUTBOX_TABLE).count(),
      this.db.table(REJECTS_TABLE).count(),
    ])
    this.set({ pending, rejected })
  }

  /** At start-up: picks the saved connection up again, if there is one. */
  async resume(): Promise<boolean> {
    const saved = await readConnection(this.db)
    if (!saved) return false
    this.connection = saved
    this.api = new SyncApi({ base: saved.server, token: saved.token, fetch: this.options.fetch })
    setRecording(this.db, true)
    this.set({ account: saved.account, server: saved.server, phase: 'syncing' })
    this.live()
    await this.counts()
    this.request()
    return true
  }

  /** Signs in and works out the first upload; nothing is kept until `confirm`. */
  async signIn(
    server: string,
    login: string,
    password: string,
  ): Promise<UploadPreview & { api: SyncApi; token: string }> {
    const api = new SyncApi({ base: server, fetch: this.options.fetch })
    const { token, account } = await api.login(login, password)
    const preview = await previewFirstUpload(this.db, api, account)
    return { ...preview, api, token }
  }

  /** Keeps the connection, makes the account the author, queues the upload and starts syncing. */
  async confirm(pending: UploadPreview & { api: SyncApi; token: string }): Promise<Account> {
    const { account, api, token } = pending
    // On before the upload is worked out: an edit made meanwhile is then in the outbox or the upload.
    setRecording(this.db, true)
    try {
      await commitFirstUpload(this.db, pending)
      await Promise.all([
        writeSyncValue(this.db, SYNC_KEYS.server, api.base),
        writeSyncValue(this.db, SYNC_KEYS.account, account),
        writeSyncValue(this.db, SYNC_KEYS.token, token),
      ])
      await becomeAccount(this.db, account)
    } catch (e) {
      // Not connected after all: nothing may be recorded for a server this device does not use.
      setRecording(this.db, false)
      await clearConnection(this.db).catch(() => undefined)
      throw e
    }
    this.api = api
    this.connection = { server: api.base, account, token }
    this.set({ account, server: api.base, phase: 'syncing', error: null })
    this.live()
    await this.counts()
    this.request()
    return account
  }

  /** A preview the user did not confirm: the session on the server ends. */
  async cancel(pending: { api: SyncApi }): Promise<void> {
    await pending.api.logout().catch(() => undefined)
  }

  /**
   * Signs out: stops syncing and returns to the local profiles. Changes not yet sent stay in the
   * outbox (they go with the next sign-in to the same server); nothing local is removed.
   */
  async signOut(): Promise<string | undefined> {
    this.stopLive()
    await this.running
    setRecording(this.db, false)
    await this.api?.logout().catch(() => undefined)
    const accountId = this.connection?.account.id
    await clearConnection(this.db)
    this.api = null
    this.connection = null
    this.set({ phase: 'off', account: null, server: '', error: null })
    return accountId ? leaveAccount(this.db, accountId) : undefined
  }

  actor() {
    return this.connection ? accountActor(this.connection.account) : null
  }

  /** Asks for a round (coalesced with one that is running). */
  request(): Promise<void> {
    if (!this.api) return Promise.resolve()
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = this.rounds().finally(() => (this.running = null))
    return this.running
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false
      await this.round()
    } while (this.again && this.api)
  }

  private async round(): Promise<void> {
    const api = this.api
    if (!api) return
    this.set({ phase: 'syncing' })
    try {
      await pushOnce(this.db, api, await deviceId(this.db))
      const pulled = await pullOnce(this.db, api, this.options.year())
      if (pulled.count > 0) this.options.onPulled?.(pulled)
      await this.counts()
      this.retryMs = 0
      this.set({ phase: 'synced', error: null })
    } catch (e) {
      await this.counts()
      if (e instanceof SyncOfflineError) {
        this.set({ phase: 'offline' })
        this.retryLater()
      } else if (e instanceof SyncHttpError) this.set({ phase: 'error', error: e.error })
      else this.set({ phase: 'error', error: { code: 'client', zh: String(e), en: String(e) } })
    }
  }

  /**
   * Unreachable: tries again after 1 s, then 2, 4 … up to the timer's 30 s. The `online` event may
   * come before the network really is back, and the event stream may still be waiting to retry.
   */
  private retryLater() {
    if (!this.stopTriggers || this.retryTimer) return
    this.retryMs = Math.min(this.retryMs ? this.retryMs * 2 : 1000, this.options.intervalMs ?? 30_000)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.request()
    }, this.retryMs)
  }

  /** The triggers: local writes, server events, coming back online, a timer. */
  private live() {
    this.stopLive()
    if (!this.api) return
    this.stopTriggers = startTriggers(this.db, {
      openEvents: this.options.eventSource !== undefined ? this.options.eventSource : browserEventSource(),
      eventsUrl: this.api.eventsUrl(),
      debounceMs: this.options.debounceMs ?? 50,
      intervalMs: this.options.intervalMs ?? 30_000,
      round: () => void this.request(),
      recorded: () => void this.counts(),
      wentOffline: () => this.set({ phase: 'offline' }),
    })
  }

  private stopLive() {
    this.stopTriggers?.()
    this.stopTriggers = null
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.retryMs = 0
  }

  async rejects(): Promise<SyncRejectRow[]> {
    return await this.db.table<SyncRejectRow>(REJECTS_TABLE).orderBy('at').reverse().toArray()
  }

  async dismissRejects(): Promise<void> {
    await this.db.table(REJECTS_TABLE).clear()
    await this.counts()
  }

  /** Stops everything without signing out (the page is closing, or a test ends). */
  close() {
    this.stopLive()
    setRecording(this.db, false)
  }
}

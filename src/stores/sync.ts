import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import { getDb } from '@/db/database'
import { listProfiles } from '@/db/profiles'
import {
  SYNCED_TABLES,
  SyncClient,
  useServerForMissingBlobs,
  type SyncApi,
  type SyncRejectRow,
  type SyncStatus,
  type UploadPreview,
} from '@/db/sync'
import { useSessionStore } from './session'

type Pending = UploadPreview & { api: SyncApi; token: string }

/** The connection to the unit server, for the settings card and the header badge (src/db/sync/ does the work). */
export const useSyncStore = defineStore('sync', () => {
  const session = useSessionStore()
  const status = ref<SyncStatus>({
    phase: 'off',
    account: null,
    server: '',
    pending: 0,
    rejected: 0,
    error: null,
  })
  const preview = shallowRef<Pending | null>(null)
  const rejects = ref<SyncRejectRow[]>([])
  let client: SyncClient | null = null
  let started: Promise<void> | null = null

  function theClient(): SyncClient {
    client ??= new SyncClient(getDb(), {
      year: () => session.year,
      onStatus: (s) => (status.value = s),
      // Units are read once at start-up: a pull may bring new ones (a county's, for the prefecture).
      onPulled: ({ tables }) => {
        if (tables.has('units') || tables.has('sheets')) void session.refreshUnits()
      },
    })
    return client
  }

  /** The account's profile is the acting one (the db layer re-reads it on every write). */
  async function actAsCurrent(id: string | undefined) {
    await session.refreshProfiles()
    const profile = id ? (await listProfiles(getDb())).find((p) => p.id === id) : undefined
    if (profile) session.profile = profile
  }

  /** Once, when the app is ready: picks a saved connection up again. */
  function start(): Promise<void> {
    started ??= (async () => {
      const c = theClient()
      useServerForMissingBlobs(() => c.serverApi)
      await c.resume()
    })()
    return started
  }

  watch(
    () => session.year,
    () => void client?.request(),
  )

  async function signIn(server: string, login: string, password: string): Promise<UploadPreview> {
    const pending = await theClient().signIn(server, login, password)
    preview.value = pending
    return pending
  }

  async function confirm(): Promise<void> {
    const pending = preview.value
    if (!pending) return
    const c = theClient()
    const account = await c.confirm(pending)
    preview.value = null
    await actAsCurrent(account.id)
    await session.refreshUnits()
  }

  async function cancel(): Promise<void> {
    if (preview.value) await theClient().cancel(preview.value)
    preview.value = null
  }

  async function signOut(): Promise<void> {
    const next = await theClient().signOut()
    await actAsCurrent(next)
  }

  async function loadRejects() {
    rejects.value = await theClient().rejects()
  }

  async function dismissRejects() {
    await theClient().dismissRejects()
    rejects.value = []
  }

  function syncNow() {
    return theClient().request()
  }

  return {
    tables: SYNCED_TABLES,
    status,
    preview,
    rejects,
    start,
    signIn,
    confirm,
    cancel,
    signOut,
    loadRejects,
    dismissRejects,
    syncNow,
  }
})

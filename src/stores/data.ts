import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import {
  type BackupFile,
  countData,
  createBackup,
  type DataCounts,
  isEmptyData,
  readBackupFile,
  restoreBackup,
} from '@/db/backup'
import { type BackupStatus, getBackupStatus, setBackupReminderDays } from '@/db/backup-settings'
import { getDb } from '@/db/database'
import { exportPackage } from '@/db/export-package'
import type { Bilingual } from '@/db/errors'
import { listImportHistory, type ImportHistoryEntry } from '@/db/import-history'
import type { ImportResult } from '@/db/import-package'
import { liveQuery } from '@/db/live-query'
import { isQuotaError, StorageFullError } from '@/db/storage'
import {
  type PersistState,
  requestPersistentStorage,
  storageState,
  type StorageState,
} from '@/db/storage-persist'
import { backupReminder } from '@/domain/backup/reminder'
import type { UnitAnswer } from '@/domain/exchange/import-scope'
import type { Resolution } from '@/domain/exchange/merge-plan'
import { exchangeImporter, type ExchangeInspection } from '@/services/exchange-importer'
import { useSessionStore } from './session'
import { timedAsync } from '@/services/timing'

export type { BackupFile, DataCounts } from '@/db/backup'
export type { ExchangeInspection } from '@/services/exchange-importer'
export type { ExchangePreview, NewUnit } from '@/workers/exchange-import-session'
export type { SheetSealLine } from '@/db/import-preview'

export type ExportScope = 'unitYear' | 'unitTree' | 'all'

export interface Download {
  blob: Blob
  fileName: string
  /** Evidence files of the exported entries: in a .zip bundle they travel, a plain .json leaves them out. */
  evidence?: number
}

/** Long-running work shown as a progress bar: rows done of total. */
export interface TaskProgress {
  task: 'backup' | 'restore' | 'import'
  done: number
  total: number
}

/** A full disk during a write becomes one clear message; the transaction has already rolled back. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (e) {
    throw isQuotaError(e) ? new StorageFullError() : e
  }
}

function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`
}

/** Keeps ids safe in file names on every system. */
const fileSafe = (s: string) => s.replace(/[^\w.-]+/g, '_')

/** Backup, restore, exchange files, storage: keeping the data safe and moving it between units. */
export const useDataStore = defineStore('data', () => {
  const session = useSessionStore()
  const status = ref<BackupStatus | null>(null)
  const storage = ref<StorageState | null>(null)
  const persistAnswer = ref<PersistState | null>(null)
  const counts = shallowRef<DataCounts | null>(null)
  const progress = ref<TaskProgress | null>(null)
  const now = ref(new Date())

  const reminder = computed(() =>
    status.value
      ? backupReminder({
          lastBackupAt: status.value.lastBackupAt,
          dataSince: status.value.dataSince,
          days: status.value.reminderDays,
          now: now.value,
        })
      : null,
  )

  // Live: a backup made in another tab clears the reminder here too.
  const subscription = liveQuery(() => getBackupStatus(getDb())).subscribe({
    next: (value) => {
      status.value = value
      now.value = new Date()
    },
  })
  onScopeDispose(() => subscription.unsubscribe())

  /** Re-reads the counts and the storage figures shown on the Data page. */
  async function refresh() {
    history.value = await listImportHistory(getDb())
    counts.value = await timedAsync('data:counts', () => countData(getDb()))
    storage.value = await storageState()
  }

  /** Builds the backup file of the whole database and records the time for the reminder. */
  async function makeBackup(): Promise<Download> {
    progress.value = { task: 'backup', done: 0, total: 0 }
    try {
      const { blob } = await createBackup(getDb(), session.profile!, (done, total) => {
        progress.value = { task: 'backup', done, total }
      })
      return { blob, fileName: `perf-ledger-backup-${stamp()}.json` }
    } finally {
      progress.value = null
    }
  }

  /** Checks a backup file (checksum included) and what a restore would replace. Writes nothing. */
  async function openBackup(file: Blob) {
    const backup = await readBackupFile(file)
    const current = await countData(getDb())
    return { backup, current, empty: isEmptyData(current) }
  }

  /** Replaces the whole database with the backup, then reloads who and what the app is showing. */
  async function restore(backup: BackupFile): Promise<DataCounts> {
    progress.value = { task: 'restore', done: 0, total: 0 }
    try {
      const restored = await guarded(() =>
        restoreBackup(getDb(), session.profile!, backup, {
          onProgress: (done, total) => (progress.value = { task: 'restore', done, total }),
        }),
      )
      await session.start()
      await refresh()
      return restored
    } finally {
      progress.value = null
    }
  }

  // The exchange import runs in a worker, started when the first file is picked.
  let importer: ReturnType<typeof exchangeImporter> | null = null
  onScopeDispose(() => importer?.stop())

  const choices = (unitAnswers: Record<string, UnitAnswer> = {}) => ({
    asUnit: session.unitId || null,
    unitAnswers,
  })

  /** Reads an exchange file and checks its import, away from the page: one message, or a summary. Writes nothing. */
  async function inspectExchange(file: Blob & { name?: string }): Promise<ExchangeInspection> {
    importer ??= exchangeImporter()
    return importer.inspect(file, session.profile!, choices())
  }

  /** The file last inspected, checked again with the user's answers to its unit questions. */
  async function replanExchange(unitAnswers: Record<string, UnitAnswer>): Promise<ExchangeInspection> {
    return importer!.replan(session.profile!, choices(unitAnswers))
  }

  /** The result of the last import on this page, shown until the next file is picked. */
  const lastImport = shallowRef<{ file: string; result: ImportResult; hints: Bilingual[] } | null>(null)
  const history = shallowRef<ImportHistoryEntry[]>([])

  /** Imports the file last inspected with the user's choice for each conflict and question; all or nothing. */
  async function importExchange(
    file: string,
    resolutions: Record<string, Resolution>,
    unitAnswers: Record<string, UnitAnswer>,
    keepDuplicates: boolean,
  ): Promise<ImportResult> {
    const start = performance.now()
    progress.value = { task: 'import', done: 0, total: 0 }
    try {
      const { result, hints } = await importer!.run(
        session.profile!,
        choices(unitAnswers),
        resolutions,
        keepDuplicates,
        (done, total) => {
          progress.value = { task: 'import', done, total }
        },
      )
      lastImport.value = { file, result, hints }
      performance.measure('import:write', { start })
      // The import is done once it is written; the header's units and the counts follow.
      void afterImport()
      return result
    } finally {
      progress.value = null
    }
  }

  async function afterImport() {
    const start = performance.now()
    try {
      await session.refreshUnits()
      await refresh()
      performance.measure('import:refresh', { start })
      await askPersistence()
    } catch (e) {
      console.error('after import:', e)
    }
  }

  /** Forgets the file of a preview the user cancelled. */
  function forgetExchange() {
    importer?.forget()
  }

  /**
   * The exchange file of the current unit and year, the unit with its subordinate units, or
   * everything: a plain .json (evidence metadata only), or with `bundle` a .zip that carries the
   * evidence files too.
   */
  async function exportExchange(scope: ExportScope, bundle = false): Promise<Download> {
    const where =
      scope === 'all'
        ? {}
        : scope === 'unitTree'
          ? { unitId: session.unitId, includeSubunits: true, year: session.year }
          : { unitId: session.unitId, year: session.year }
    // Whose file it is: the receiving unit's import reads it (docs/exchange-format.md, `sentBy`).
    const name = session.profile?.name
    const query = session.unitId
      ? { ...where, sentBy: { unitId: session.unitId, ...(name ? { profileName: name } : {}) } }
      : where
    const base =
      scope === 'all'
        ? `perf-ledger-all-${stamp()}`
        : `perf-ledger-${fileSafe(session.unitId)}-${session.year}${scope === 'unitTree' ? '-tree' : ''}-${stamp()}`
    const { writePackage } = await import('@/domain/exchange/write')
    if (bundle) {
      // On demand: the zip writer stays out of the page's first bundle.
      const [{ exportBundleContent }, { writeBundle }] = await Promise.all([
        import('@/db/exchange-bundle'),
        import('@/domain/exchange/bundle'),
      ])
      const { pkg, files } = await exportBundleContent(getDb(), query)
      const zip = writeBundle(JSON.stringify(writePackage(pkg), null, 2), files)
      return {
        blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        fileName: `${base}.zip`,
        evidence: pkg.attachments?.length ?? 0,
      }
    }
    const pkg = await exportPackage(getDb(), query)
    const text = JSON.stringify(writePackage(pkg), null, 2)
    return {
      blob: new Blob([text], { type: 'application/json' }),
      fileName: `${base}.json`,
      evidence: pkg.attachments?.length ?? 0,
    }
  }

  /** 0 turns the reminder off. */
  async function setReminderDays(days: number) {
    await setBackupReminderDays(getDb(), session.profile!, days)
  }

  /** Asks the browser to keep the data (persistent storage) and remembers its answer. */
  async function askPersistence(): Promise<PersistState> {
    persistAnswer.value = await requestPersistentStorage()
    storage.value = await storageState()
    return persistAnswer.value
  }

  return {
    status,
    reminder,
    storage,
    persistAnswer,
    counts,
    progress,
    refresh,
    makeBackup,
    openBackup,
    restore,
    inspectExchange,
    replanExchange,
    importExchange,
    lastImport,
    history,
    forgetExchange,
    exportExchange,
    setReminderDays,
    askPersistence,
  }
})

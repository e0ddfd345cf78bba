// How much room the browser gives the database, and a clear error when it runs out.
import { LedgerError } from './errors'

export interface StorageEstimate {
  /** Bytes used by this site (all its storage, not only IndexedDB). */
  usage: number
  /** Bytes the browser would allow in total. */
  quota: number
}

/** null where the browser cannot tell (old browsers, some private modes). */
export async function estimateStorage(): Promise<StorageEstimate | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null
  try {
    // eslint-disable-next-line compat/compat -- detected above; Safari 14 has none and gets null
    const { usage, quota } = await navigator.storage.estimate()
    return usage === undefined || quota === undefined ? null : { usage, quota }
  } catch {
    return null
  }
}

export class StorageFullError extends LedgerError {
  constructor() {
    super('storage-full', {
      zh: '设备存储空间已满，本次内容（记录和附件）均未保存。请删除不需要的文件或导出备份后清理，再重试。',
      en: 'The device storage is full; nothing of this entry (record or files) was saved. Free some space or export a backup and clean up, then try again.',
    })
  }
}

/** IndexedDB reports a full disk as QuotaExceededError, which Dexie may wrap (AbortError → inner). */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError') return true
    e = e.inner as typeof e
  }
  return false
}

/** Runs a write; a full disk becomes a StorageFullError (the transaction has already rolled back). */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError()
    throw e
  }
}

// Persistent storage: without it the browser may clear this site's data when the disk runs low.
// Chromium grants it silently (to installed or often-used sites) and never asks; Firefox asks.
import { estimateStorage, type StorageEstimate } from './storage'

export type PersistState = 'granted' | 'not-granted' | 'unsupported'

export interface StorageState {
  persist: PersistState
  estimate: StorageEstimate | null
}

function storageManager(): StorageManager | null {
  const storage =
    // eslint-disable-next-line compat/compat -- detected here; Safari 14 and plain HTTP have none
    typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined)
  return storage && typeof storage.persisted === 'function' ? storage : null
}

export async function storageState(): Promise<StorageState> {
  const manager = storageManager()
  const persist: PersistState = !manager
    ? 'unsupported'
    : (await manager.persisted().catch(() => false))
      ? 'granted'
      : 'not-granted'
  return { persist, estimate: await estimateStorage() }
}

/** Asks the browser to keep this site's data; says what it granted. */
export async function requestPersistentStorage(): Promise<PersistState> {
  const manager = storageManager()
  if (!manager || typeof manager.persist !== 'function') return 'unsupported'
  if (await manager.persisted().catch(() => false)) return 'granted'
  return (await manager.persist().catch(() => false)) ? 'granted' : 'not-granted'
}

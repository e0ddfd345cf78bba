// The sync client's public face, for the store and the components.
export { SyncApi, SyncHttpError, SyncOfflineError, normaliseBase } from './api'
export { useServerForMissingBlobs } from './blob-fetch'
export { SyncClient, type SyncPhase, type SyncStatus } from './client'
export type { UploadPreview } from './first-upload'
export { SYNCED_TABLES, type Account, type SyncRejectRow, type SyncedTable } from './types'

// Evidence that came from the server as a meta row only: its bytes are fetched the first time
// someone opens it and kept in attachmentBlobs, so it opens offline afterwards.
import { setMissingBlobSource, sha256Hex } from '../attachments'
import type { LedgerDb } from '../database'
import type { AttachmentBlobRow, AttachmentMetaRow } from '../rows'
import type { SyncApi } from './api'

export async function fetchMissingBlob(
  db: LedgerDb,
  api: SyncApi,
  meta: AttachmentMetaRow,
): Promise<Blob | undefined> {
  const fetched = await api.getBlob(meta.sha256)
  // Kept only when it is what the meta row says: a wrong file is never shown as the evidence.
  if ((await sha256Hex(fetched)) !== meta.sha256) return undefined
  const blob = fetched.type ? fetched : new Blob([fetched], { type: meta.type })
  const now = new Date().toISOString()
  const row: AttachmentBlobRow = {
    id: meta.id,
    unitId: meta.unitId,
    blob,
    createdAt: now,
    updatedAt: now,
    updatedBy: meta.updatedBy,
    deletedAt: null,
  }
  await db.attachmentBlobs.put(row)
  return blob
}

/** While connected, missing bytes come from `api` (null: none are fetched). */
export function useServerForMissingBlobs(api: () => SyncApi | null): void {
  setMissingBlobSource(async (db, meta) => {
    const current = api()
    if (!current) return undefined
    try {
      return await fetchMissingBlob(db, current, meta)
    } catch {
      return undefined // offline or not on the server: shown as missing, as before
    }
  })
}

import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { deleteAttachment, getAttachmentBlob } from '@/db/attachments'
import { getDb } from '@/db/database'
import { addEvidence, type EvidenceUpload } from '@/db/evidence'
import { can } from '@/db/permissions'
import type { AttachmentOwnerKind } from '@/db/rows'
import { getSetting, setSetting } from '@/db/settings'
import { estimateStorage, type StorageEstimate } from '@/db/storage'
import {
  checkEvidenceFile,
  DEFAULT_EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_BYTES_KEY,
  type EvidenceKind,
} from '@/domain/files'
import { useSessionStore } from './session'

/** A file checked and ready to attach: its type is the one read from its content. */
export interface PreparedFile extends EvidenceUpload {
  key: string
  kind: EvidenceKind
  size: number
}

export interface RefusedFile {
  name: string
  code: 'tooLarge' | 'typeNotAllowed' | 'empty' | 'heic'
}

let counter = 0

/** Evidence files (佐证资料): the size limit, checks by content, storage left, and file actions. */
export const useEvidenceStore = defineStore('evidence', () => {
  const session = useSessionStore()
  const maxBytes = ref(DEFAULT_EVIDENCE_MAX_BYTES)
  const storage = ref<StorageEstimate | null>(null)
  const canSetLimit = computed(() => !!session.profile && can(session.profile.role, 'settings.write'))

  /** Reads the size limit setting and the storage estimate. */
  async function load() {
    const saved = await getSetting<number>(getDb(), EVIDENCE_MAX_BYTES_KEY)
    if (typeof saved === 'number' && saved > 0) maxBytes.value = saved
    await refreshStorage()
  }

  /** Asks the browser how much room is used and left. */
  async function refreshStorage() {
    storage.value = await estimateStorage()
  }

  /** Changes the per-file limit (administrators only; the db layer checks). */
  async function setMaxBytes(bytes: number) {
    await setSetting(getDb(), session.profile!, EVIDENCE_MAX_BYTES_KEY, bytes)
    maxBytes.value = bytes
  }

  /** Checks size and content type; accepted files get their real type, refused ones a reason. */
  async function prepare(files: { file: Blob; name: string }[]) {
    const accepted: PreparedFile[] = []
    const refused: RefusedFile[] = []
    for (const { file, name } of files) {
      const check = await checkEvidenceFile(
        file,
        maxBytes.value,
        async () => new Uint8Array(await file.arrayBuffer()),
      )
      if (!check.ok) refused.push({ name, code: check.code })
      else
        accepted.push({
          key: `f${++counter}`,
          name,
          kind: check.kind,
          size: file.size,
          file: new Blob([file], { type: check.mime }),
        })
    }
    return { accepted, refused }
  }

  /** Attaches more files to an existing entry, all in one transaction. */
  async function attach(ownerKind: AttachmentOwnerKind, ownerId: string, files: EvidenceUpload[]) {
    const saved = await addEvidence(getDb(), session.profile!, ownerKind, ownerId, files)
    await refreshStorage()
    return saved
  }

  /** Removes a file (soft delete, audited). */
  async function remove(id: string) {
    await deleteAttachment(getDb(), session.profile!, id)
  }

  /** The stored content, for preview and download. */
  async function blob(id: string) {
    return getAttachmentBlob(getDb(), id)
  }

  return { maxBytes, storage, canSetLimit, load, refreshStorage, setMaxBytes, prepare, attach, remove, blob }
})

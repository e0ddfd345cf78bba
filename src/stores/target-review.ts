import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getDb } from '@/db/database'
import { listLibrarySources } from '@/db/indicator-library'
import { can } from '@/db/permissions'
import { acceptFinding, getReviewSettings, listAcceptances, withdrawAcceptance } from '@/db/target-review'
import { buildLibrary, type LibraryEntry } from '@/domain/indicator-library'
import { DEFAULT_REVIEW_SETTINGS, type Acceptance, type ReviewSettings } from '@/domain/target-review'
import { useSessionStore } from './session'

/** The target review's stored parts for the sheet being edited, and the indicator library. */
export const useTargetReviewStore = defineStore('targetReview', () => {
  const session = useSessionStore()
  const sheetId = ref('')
  const acceptances = shallowRef<Acceptance[]>([])
  const settings = shallowRef<ReviewSettings>(DEFAULT_REVIEW_SETTINGS)
  const library = shallowRef<LibraryEntry[]>([])
  const canAccept = computed(() => !!session.profile && can(session.profile.role, 'review.accept'))

  /** Reads the acceptances of `id` and the review settings. */
  async function open(id: string) {
    sheetId.value = id
    const db = getDb()
    const [list, stored] = await Promise.all([listAcceptances(db, id), getReviewSettings(db)])
    if (sheetId.value === id) acceptances.value = list
    settings.value = stored
  }

  async function accept(key: string, reason: string) {
    await acceptFinding(getDb(), session.profile!, sheetId.value, key, reason)
    acceptances.value = await listAcceptances(getDb(), sheetId.value)
  }

  async function withdraw(key: string) {
    await withdrawAcceptance(getDb(), session.profile!, sheetId.value, key)
    acceptances.value = await listAcceptances(getDb(), sheetId.value)
  }

  /** Every indicator the database holds, grouped (read when the library is opened). */
  async function loadLibrary() {
    library.value = buildLibrary(await listLibrarySources(getDb()))
  }

  return { sheetId, acceptances, settings, library, canAccept, open, accept, withdraw, loadLibrary }
})

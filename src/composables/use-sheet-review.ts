import { computed, watch, type Ref } from 'vue'
import { reviewSheet, withAcceptances } from '@/domain/target-review'
import type { Sheet } from '@/domain/types'
import { useTargetReviewStore } from '@/stores/target-review'

/** The target review (目标审核) of a sheet as edited: live findings, each with its acceptance if any. */
export function useSheetReview(sheetId: () => string, draft: Ref<Sheet | null>) {
  const store = useTargetReviewStore()
  watch(sheetId, (id) => void store.open(id), { immediate: true })
  const findings = computed(() =>
    draft.value ? withAcceptances(reviewSheet(draft.value, store.settings), store.acceptances) : [],
  )
  return { findings, store }
}

// The province's comparison page: every unit of the year, ranked, arriving slice by slice from a
// worker (workers/province.worker.ts) while the page shows the rows it has.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ComparisonRow } from '@/domain/dashboard'
import {
  sortComparison,
  type ComparisonSortKey,
  type SortDirection,
} from '@/domain/dashboard/comparison-sort'
import type { ProvinceMessage, ProvinceRequest } from '@/workers/province-follower'

export const useProvinceStore = defineStore('province', () => {
  const rows = shallowRef<ComparisonRow[]>([])
  const done = ref(0)
  const total = ref(0)
  const error = ref('')
  const sortKey = ref<ComparisonSortKey>('score')
  const direction = ref<SortDirection>('desc')
  let worker: Worker | null = null
  let current = { year: 0, asOf: '', read: -1 }

  const sorted = computed(() => sortComparison(rows.value, sortKey.value, direction.value))
  const complete = computed(() => total.value > 0 && done.value >= total.value)

  function onMessage(event: MessageEvent<ProvinceMessage>) {
    const message = event.data
    if (!message.ok) {
      error.value = message.message
      return
    }
    const reply = message.reply
    if (reply.year !== current.year || reply.asOf !== current.asOf) return
    // A new read (something was written) starts again; its first slice replaces the old rows.
    const fresh = reply.read !== current.read
    current.read = reply.read
    rows.value = fresh ? reply.rows : rows.value.concat(reply.rows)
    done.value = reply.done
    total.value = reply.total
    if (reply.done >= reply.total) performance.mark('province:complete')
    else if (fresh) performance.mark('province:first')
  }

  /** Starts (or restarts) following every unit of `year` as of `asOf`. */
  function follow(year: number, asOf: string) {
    if (!worker) {
      worker = new Worker(new URL('../workers/province.worker.ts', import.meta.url), { type: 'module' })
      worker.addEventListener('message', onMessage)
      worker.addEventListener('error', (event) => (error.value = event.message))
    }
    if (current.year === year && current.asOf === asOf) return
    current = { year, asOf, read: -1 }
    rows.value = []
    done.value = 0
    total.value = 0
    worker.postMessage({ year, asOf } satisfies ProvinceRequest)
  }

  /** Ends the worker (the page left the screen). */
  function stop() {
    worker?.terminate()
    worker = null
    current = { year: 0, asOf: '', read: -1 }
    rows.value = []
  }

  /** Sorts by `key`; the same key again turns the direction round. */
  function sortBy(key: ComparisonSortKey) {
    if (sortKey.value === key) direction.value = direction.value === 'desc' ? 'asc' : 'desc'
    else {
      sortKey.value = key
      direction.value = 'desc'
    }
  }

  return { rows, sorted, done, total, complete, error, sortKey, direction, follow, stop, sortBy }
})

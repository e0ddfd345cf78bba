// The menu's to-do badge reads this number; components/layout/TodoCounter.vue (loaded after the first
// paint, with the data it needs) keeps it up to date, so the shell carries no more than a ref.
import { ref } from 'vue'

export const todoCount = ref(0)

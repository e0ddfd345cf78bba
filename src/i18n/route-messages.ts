// A page's message groups load with its route, so only the shell's are in the first load.
import type { RouteLocationNormalized, Router } from 'vue-router'
import { currentLocale, ensureGroups } from './index'

declare module 'vue-router' {
  interface RouteMeta {
    /** Message groups (src/locales/<locale>/<group>.json) the page uses beyond the shell's. */
    messages?: string[]
  }
}

const groupsOf = (to: RouteLocationNormalized) => to.matched.flatMap((r) => r.meta.messages ?? [])

/**
 * Started before the route's component chunk is fetched and awaited once it is in, so the two
 * downloads run side by side and the page never renders raw keys. Install before `app.use(router)`,
 * whose first navigation must already wait for them.
 */
export function loadMessagesWithRoutes(router: Router): void {
  router.beforeEach((to) => {
    ensureGroups(currentLocale(), groupsOf(to)).catch(() => undefined)
  })
  router.beforeResolve((to) => ensureGroups(currentLocale(), groupsOf(to)))
}

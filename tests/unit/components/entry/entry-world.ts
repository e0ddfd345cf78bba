// What an entry form needs around it in a mount test: a fresh fake-indexeddb database with the
// small package and a 填报人, a fresh Pinia whose session is on that unit-year, Element Plus and
// the app's i18n with every message group. The test file itself points getDb() at `world.db` (vi.mock must sit there).
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import type { LedgerDb } from '@/db/database'
import { importPackage } from '@/db/import-package'
import { asActor, createProfile, ensureFirstAdmin } from '@/db/profiles'
import type { Profile } from '@/db/rows'
import { i18n, loadAllGroups } from '@/i18n'
import { useLedgerStore } from '@/stores/ledger'
import { useSessionStore } from '@/stores/session'
import { freshDb, smallPackage } from '../../db/helpers'

export interface EntryWorld {
  db: LedgerDb
  clerk: Profile
  pinia: ReturnType<typeof createPinia>
}

/** Opens `db` with the small package (unit kz-fed, 2025) and signs a 填报人 in. */
export async function entryWorld(db: LedgerDb = freshDb()): Promise<EntryWorld> {
  const admin = asActor(await ensureFirstAdmin(db))
  await importPackage(db, smallPackage(), admin)
  const clerk = await createProfile(db, admin, { name: '张三', role: 'entry' })
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore()
  session.profile = clerk
  session.unitId = 'kz-fed'
  session.year = 2025
  await useLedgerStore().loaded()
  // Outside the router no page loads its message groups: all of them, so the forms show no raw keys.
  await loadAllGroups()
  return { db, clerk, pinia }
}

export function mountForm(component: Component, world: EntryWorld, props: Record<string, unknown> = {}) {
  return mount(component, {
    props,
    global: { plugins: [world.pinia, i18n, ElementPlus] },
    attachTo: document.body,
  })
}

/** Waits until `check` holds: the stores follow the database through liveQuery, a few ticks late. */
export async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await flushPromises()
    if (await check()) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`timed out waiting for ${what}`)
}

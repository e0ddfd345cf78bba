import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { getDb } from '@/db/database'
import { PermissionError } from '@/db/errors'
import { setPin } from '@/db/pin'
import { createProfile, ensureFirstAdmin, listProfiles, login, startActing, startingProfile } from '@/db/profiles'
import type { Profile, Role } from '@/db/rows'
import { getSetting, setSetting, SETTING_KEYS } from '@/db/settings'
import { listSheets, listYears } from '@/db/sheets'
import { readStartup, topUnit } from '@/db/startup'
import { createUnit, listUnits, updateUnit } from '@/db/units'
import type { Unit } from '@/domain/types'
import { timedAsync } from '@/services/timing'

/** The saved year when the unit has sheets in it, otherwise its latest year (or this year). */
function yearToOpen(years: readonly number[], saved: number | undefined): number {
  return saved !== undefined && years.includes(saved) ? saved : (years.at(-1) ?? new Date().getFullYear())
}

/** Where the built-in 2025 targets come from: the same exchange file a user could import. */
const BUILT_IN_PACKAGE = `${import.meta.env.BASE_URL}samples/kizilsu-zgh-2025.json`
/** The disclosure the built-in targets were taken from: its budget tables 表1–表11 come with them. */
const BUILT_IN_DISCLOSURE = `${import.meta.env.BASE_URL}samples/kizilsu-zgh-2025-disclosure.json`

/** Who is working, on which unit and year. Everything else reads these. */
export const useSessionStore = defineStore('session', () => {
  const status = ref<'loading' | 'ready' | 'error'>('loading')
  const error = ref('')
  const profiles = ref<Profile[]>([])
  const profile = ref<Profile | null>(null)
  /** A saved profile with a PIN the app did not start as: the header asks for its PIN. */
  const pinNeeded = ref<Profile | null>(null)
  const units = ref<Unit[]>([])
  const unitId = ref('')
  const years = ref<number[]>([])
  const year = ref(new Date().getFullYear())

  const unit = computed(() => units.value.find((u) => u.id === unitId.value) ?? null)

  /** Opens the database, creates the first administrator and loads the built-in data on a first visit. */
  async function start() {
    status.value = 'loading'
    const began = performance.now()
    // Fetched while the database opens: it reads the unit-year below.
    const ledgerModule = import('./ledger')
    ledgerModule.catch(() => undefined) // awaited below, where a failure counts
    try {
      const db = getDb()
      await timedAsync('db:open', () => db.open())
      let state = await readStartup(db)
      const admin = state.profiles.find((p) => p.role === 'admin') ?? (await ensureFirstAdmin(db))
      if (state.units.length === 0) {
        // The disclosure is optional: without it the targets load and its page says it has none.
        const disclosure = fetch(BUILT_IN_DISCLOSURE).then(
          (r) => (r.ok ? (r.json() as Promise<unknown>) : null),
          () => null,
        )
        const response = await fetch(BUILT_IN_PACKAGE)
        if (!response.ok) throw new Error(`${BUILT_IN_PACKAGE}: HTTP ${response.status}`)
        // Loaded only on a first visit: the exchange reader and its schema stay out of the first bundle.
        const { seedIfEmpty } = await import('@/db/seed')
        const doc = await disclosure.catch(() => null)
        await seedIfEmpty(db, await response.json(), admin, doc ? [doc] : [])
      }
      if (state.units.length === 0 || !state.profiles.includes(admin)) state = await readStartup(db)
      profiles.value = state.profiles
      // The db layer holds who acts; a saved profile with a PIN waits for it (the header asks).
      const starting = startingProfile(state.profiles, state.savedProfileId)
      startActing(db, starting.acting)
      profile.value = starting.acting ?? starting.ask ?? admin
      pinNeeded.value = starting.ask
      units.value = state.units
      unitId.value = state.unitId
      // The unit in use is explicit: once chosen (here, on a first visit) it is remembered, so that
      // units a file brings in later never change the unit the app opens on.
      if (state.unitId && !state.unitSaved && starting.acting) {
        await setSetting(db, profile.value, SETTING_KEYS.currentUnitId, state.unitId)
      }
      years.value = state.years
      year.value = yearToOpen(state.years, state.savedYear)
      // The unit-year it opens on is read now, while nothing else runs, so that the overview draws
      // its figures in the same render as the rest of the page rather than in a second one after
      // a read squeezed between rendering tasks.
      await (await ledgerModule).useLedgerStore().loaded()
      performance.measure('session:start', { start: began })
      status.value = 'ready'
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      status.value = 'error'
    }
  }

  async function refreshProfiles() {
    profiles.value = await listProfiles(getDb())
    // A renamed or re-roled acting profile is shown (and acts) as it is now stored.
    profile.value = profiles.value.find((p) => p.id === profile.value?.id) ?? profile.value
  }

  /** Re-reads the units and the current unit's years (after an import added some). */
  async function refreshUnits() {
    units.value = await listUnits(getDb())
    const keep = units.value.some((u) => u.id === unitId.value) ? unitId.value : topUnit(units.value)
    const savedYear = year.value
    await selectUnit(keep)
    if (years.value.includes(savedYear)) year.value = savedYear
  }

  async function selectUnit(id: string) {
    const db = getDb()
    unitId.value = id
    years.value = id ? await listYears(db, id) : []
    year.value = yearToOpen(years.value, await getSetting<number>(db, SETTING_KEYS.currentYear))
  }

  // Saved before the screen changes: a reload right after the pick opens on it.
  async function setUnit(id: string) {
    await setSetting(getDb(), profile.value!, SETTING_KEYS.currentUnitId, id)
    await selectUnit(id)
  }

  async function setYear(value: number) {
    year.value = value
    await setSetting(getDb(), profile.value!, SETTING_KEYS.currentYear, value)
  }

  /** Switches the acting profile; false when its PIN does not match. */
  async function switchProfile(id: string, pin?: string): Promise<boolean> {
    try {
      profile.value = await login(getDb(), id, pin)
      pinNeeded.value = null
      return true
    } catch (e) {
      if (e instanceof PermissionError) return false
      throw e
    }
  }

  /** Adds a local profile (administrators only; the db layer checks). */
  async function addProfile(name: string, role: Role, pin?: string) {
    const db = getDb()
    const created = await createProfile(db, profile.value!, { name, role })
    if (pin) await setPin(db, profile.value!, created.id, pin)
    await refreshProfiles()
  }

  /** Adds a unit, under `parentId` when given (administrators only; the db layer checks). */
  async function addUnit(name: string, parentId: string | null) {
    const created = await createUnit(getDb(), profile.value!, { name, parentId })
    units.value = await listUnits(getDb())
    return created
  }

  /** Renames a unit or places it under another (administrators only). */
  async function editUnit(id: string, changes: { name?: string; parentId?: string | null }) {
    await updateUnit(getDb(), profile.value!, id, changes)
    units.value = await listUnits(getDb())
  }

  /** Sheets of the current unit and year, for pages that only list them. */
  async function sheetsNow() {
    return listSheets(getDb(), { unitId: unitId.value, year: year.value })
  }

  return {
    status,
    error,
    profiles,
    profile,
    pinNeeded,
    units,
    unit,
    unitId,
    years,
    year,
    start,
    setUnit,
    setYear,
    switchProfile,
    sheetsNow,
    refreshProfiles,
    refreshUnits,
    addProfile,
    addUnit,
    editUnit,
  }
})

// What the app reads before its first screen, in one read transaction: who may be working, the
// saved preferences, the units and the years of the unit it opens on. One transaction instead of
// six sequential ones, because every round trip here delays the first render.
import type { LedgerDb } from './database'
import { listProfiles } from './profiles'
import type { Profile, UnitRow } from './rows'
import { SETTING_KEYS } from './settings'
import { listYears } from './sheets'
import { listUnits } from './units'

export interface StartupState {
  /** Live profiles, oldest first. */
  profiles: Profile[]
  savedProfileId?: string
  /** Live units, by name. */
  units: UnitRow[]
  /**
   * The saved unit when it is still live, otherwise the first top unit by name (a unit with no live
   * parent: the prefecture, not one of the counties a file brought in); '' when there are none.
   */
  unitId: string
  /** Whether `unitId` is the one saved (false: chosen here, for the caller to remember). */
  unitSaved: boolean
  /** Years with a live sheet of that unit, ascending. */
  years: number[]
  savedYear?: number
}

/** Everything session.start needs, read at once: the reads of the first round trip run side by side. */
export function readStartup(db: LedgerDb): Promise<StartupState> {
  const keys = [SETTING_KEYS.currentProfileId, SETTING_KEYS.currentUnitId, SETTING_KEYS.currentYear]
  return db.transaction('r', [db.profiles, db.settings, db.units, db.sheets], async () => {
    const [profiles, settings, units] = await Promise.all([
      listProfiles(db),
      db.settings.bulkGet(keys),
      listUnits(db),
    ])
    const [profileId, savedUnit, savedYear] = settings.map((row) =>
      row && !row.deletedAt ? row.value : undefined,
    )
    const saved = units.some((u) => u.id === savedUnit)
    const unitId = saved ? (savedUnit as string) : topUnit(units)
    return {
      unitSaved: saved,
      profiles,
      savedProfileId: typeof profileId === 'string' ? profileId : undefined,
      units,
      unitId,
      years: unitId ? await listYears(db, unitId) : [],
      savedYear: typeof savedYear === 'number' ? savedYear : undefined,
    }
  })
}

/** The first unit by name without a live parent ('' when there are none). */
export function topUnit(units: readonly Pick<UnitRow, 'id' | 'parentId'>[]): string {
  const ids = new Set(units.map((u) => u.id))
  return (units.find((u) => !u.parentId || !ids.has(u.parentId)) ?? units[0])?.id ?? ''
}

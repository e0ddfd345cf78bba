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
  /** The saved unit when it is still live, otherwise the first by name ('' when there are none). */
  unitId: string
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
    const unitId = units.some((u) => u.id === savedUnit) ? (savedUnit as string) : (units[0]?.id ?? '')
    return {
      profiles,
      savedProfileId: typeof profileId === 'string' ? profileId : undefined,
      units,
      unitId,
      years: unitId ? await listYears(db, unitId) : [],
      savedYear: typeof savedYear === 'number' ? savedYear : undefined,
    }
  })
}

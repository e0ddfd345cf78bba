import { computed } from 'vue'
import { indicatorUnit, isLoggable } from '@/domain/entry'
import { indicatorTargetLabel, type IndicatorScore } from '@/domain/scoring'
import type { Measure, Sheet, Target } from '@/domain/types'
import { isFrozen } from '@/domain/vocabulary'
import { useLedgerStore } from '@/stores/ledger'

export interface IndicatorChoice {
  id: string
  name: string
  sheetId: string
  sheetName: string
  sheetKind: Sheet['kind']
  target: Target | null
  targetLabel: string
  unit: string
  measure: Measure
  /** Nothing may be logged: the sheet is submitted or locked. */
  locked: boolean
  /** Frozen because it waits for its reviewer (not locked). */
  submitted: boolean
  loggable: boolean
}

/** The current year's indicators as the entry forms offer them, with the engine's reading of each. */
export function useIndicatorChoices() {
  const ledger = useLedgerStore()
  const sheets = computed(() => ledger.pkg?.sheets ?? [])
  const choices = computed<IndicatorChoice[]>(() =>
    sheets.value.flatMap((sheet) =>
      sheet.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        sheetId: sheet.id,
        sheetName: sheet.name,
        sheetKind: sheet.kind,
        target: i.target,
        targetLabel: indicatorTargetLabel(i),
        unit: indicatorUnit(i),
        measure: i.measure,
        locked: isFrozen(sheet.status),
        submitted: sheet.status === 'submitted',
        loggable: isLoggable(i),
      })),
    ),
  )
  const byId = computed(() => new Map(choices.value.map((c) => [c.id, c])))
  const scoreById = computed(() => {
    const map = new Map<string, IndicatorScore>()
    for (const s of ledger.scores?.sheets ?? []) for (const i of s.indicators) map.set(i.id, i)
    return map
  })
  return { sheets, choices, byId, scoreById }
}

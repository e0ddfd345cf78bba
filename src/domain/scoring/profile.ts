// A sheet stores only the profile keys that differ from the national defaults.
import { DEFAULT_PROFILE, PROFILE_CHOICES, type ScoringProfile, type TierBandList } from '../vocabulary'

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback
}

function grades(value: unknown): [number, number, number] {
  if (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every((g) => typeof g === 'number' && Number.isFinite(g))
  ) {
    return [value[0], value[1], value[2]]
  }
  return [...DEFAULT_PROFILE.grades]
}

function isBand(band: unknown): band is [number, number] {
  return (
    Array.isArray(band) &&
    band.length === 2 &&
    band.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100) &&
    band[0] <= band[1]
  )
}

/** Three bands of per cents within 0–100, each low ≤ high; anything else gives the national bands. */
function tierBands(value: unknown): TierBandList {
  if (Array.isArray(value) && value.length === 3 && value.every(isBand)) {
    return value.map(([lo, hi]) => [lo, hi]) as TierBandList
  }
  return DEFAULT_PROFILE.tierBands.map(([lo, hi]) => [lo, hi]) as TierBandList
}

/** The full profile: given keys win, missing or malformed keys take DEFAULT_PROFILE's value. */
export function resolveProfile(partial: Partial<ScoringProfile> | undefined): ScoringProfile {
  const p: Partial<Record<keyof ScoringProfile, unknown>> = partial ?? {}
  const d = DEFAULT_PROFILE
  const rounding = oneOf(p.rounding, PROFILE_CHOICES.rounding, d.rounding)
  return {
    budgetWeight: positiveNumber(p.budgetWeight, d.budgetWeight),
    budgetBasis: oneOf(p.budgetBasis, PROFILE_CHOICES.budgetBasis, d.budgetBasis),
    budgetCap: typeof p.budgetCap === 'boolean' ? p.budgetCap : d.budgetCap,
    reverse: oneOf(p.reverse, PROFILE_CHOICES.reverse, d.reverse),
    satisfaction: oneOf(p.satisfaction, PROFILE_CHOICES.satisfaction, d.satisfaction),
    rounding,
    grades: grades(p.grades),
    overshootWarn: positiveNumber(p.overshootWarn, d.overshootWarn),
    timeProgress: oneOf(p.timeProgress, PROFILE_CHOICES.timeProgress, d.timeProgress),
    tierBands: tierBands(p.tierBands),
    roundingMode: oneOf(p.roundingMode, PROFILE_CHOICES.roundingMode, d.roundingMode),
    // The budget line follows the indicators unless the profile prints it apart.
    budgetRounding: oneOf(p.budgetRounding, PROFILE_CHOICES.budgetRounding, rounding),
  }
}

// A sheet stores only the profile keys that differ from the national defaults.
import { DEFAULT_PROFILE, PROFILE_CHOICES, type ScoringProfile } from '../vocabulary'

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

/** The full profile: given keys win, missing or malformed keys take DEFAULT_PROFILE's value. */
export function resolveProfile(partial: Partial<ScoringProfile> | undefined): ScoringProfile {
  const p: Partial<Record<keyof ScoringProfile, unknown>> = partial ?? {}
  const d = DEFAULT_PROFILE
  return {
    budgetWeight: positiveNumber(p.budgetWeight, d.budgetWeight),
    budgetBasis: oneOf(p.budgetBasis, PROFILE_CHOICES.budgetBasis, d.budgetBasis),
    budgetCap: typeof p.budgetCap === 'boolean' ? p.budgetCap : d.budgetCap,
    reverse: oneOf(p.reverse, PROFILE_CHOICES.reverse, d.reverse),
    satisfaction: oneOf(p.satisfaction, PROFILE_CHOICES.satisfaction, d.satisfaction),
    rounding: oneOf(p.rounding, PROFILE_CHOICES.rounding, d.rounding),
    grades: grades(p.grades),
    overshootWarn: positiveNumber(p.overshootWarn, d.overshootWarn),
    timeProgress: oneOf(p.timeProgress, PROFILE_CHOICES.timeProgress, d.timeProgress),
  }
}

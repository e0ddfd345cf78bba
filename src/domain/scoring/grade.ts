import type { ScoringProfile } from '../types'
import type { Decimal } from '../decimal'

export type Grade = '优' | '良' | '中' | '差'

/** 优 ≥ grades[0], 良 ≥ grades[1], 中 ≥ grades[2], else 差. */
export function gradeOf(total: Decimal, grades: ScoringProfile['grades']): Grade {
  if (total.gte(grades[0])) return '优'
  if (total.gte(grades[1])) return '良'
  if (total.gte(grades[2])) return '中'
  return '差'
}

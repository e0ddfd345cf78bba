// 实际完成情况 per yearly goal: stored as the sheet's extra key `goalOutcomes` (a list beside `goals`).
import type { Sheet } from '../types'

export const GOAL_OUTCOMES_KEY = 'goalOutcomes'

/** The stored outcome texts, one per goal ('' where none was written). */
export function goalOutcomesOf(sheet: Pick<Sheet, 'goals'>): string[] {
  const stored = (sheet as unknown as Record<string, unknown>)[GOAL_OUTCOMES_KEY]
  const list = Array.isArray(stored) ? stored : []
  return sheet.goals.map((_, i) => (typeof list[i] === 'string' ? (list[i] as string) : ''))
}

/** The comment a reviewer left when sending the sheet back; stored as the extra key `reviewComment`. */
export interface ReviewComment {
  text: string
  by: string
  at: string
}

export const REVIEW_COMMENT_KEY = 'reviewComment'

export function reviewCommentOf(sheet: object): ReviewComment | null {
  const c = (sheet as Record<string, unknown>)[REVIEW_COMMENT_KEY] as
    Partial<ReviewComment> | null | undefined
  return c && typeof c.text === 'string' && c.text.trim() !== ''
    ? { text: c.text, by: String(c.by ?? ''), at: String(c.at ?? '') }
    : null
}

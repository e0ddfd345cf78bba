// Who may do what. The UI may hide buttons with `can`, but every write function checks
// `authorize` itself, so a hidden button is never the only guard.
import { actingProfileId, assertActing } from './acting-profile'
import type { LedgerDb } from './database'
import { PermissionError } from './errors'
import type { Actor, Role } from './rows'

export const ROLES: readonly Role[] = ['entry', 'admin', 'leader', 'reviewer']

export const ROLE_LABELS: Readonly<Record<Role, { zh: string; en: string }>> = {
  entry: { zh: '录入员', en: 'Data entry' },
  admin: { zh: '管理员', en: 'Administrator' },
  leader: { zh: '领导', en: 'Leader' },
  reviewer: { zh: '审核', en: 'Reviewer' },
}

export const PERMISSIONS = {
  /** Log, correct, delete and restore progress entries. */
  'progress.write': ['entry', 'admin'],
  'spending.write': ['entry', 'admin'],
  /** Evidence (佐证资料) for entries, indicators and assessments. */
  'attachment.write': ['entry', 'admin', 'reviewer'],
  /** Sheets and indicators: targets, weights, budget, goals. */
  'target.edit': ['admin'],
  'unit.edit': ['admin'],
  /** draft → submitted */
  'sheet.submit': ['entry', 'admin'],
  /** submitted → draft by its owner, before the review (audited) */
  'sheet.withdraw': ['entry', 'admin'],
  /** submitted → draft (sent back for changes) */
  'sheet.return': ['admin', 'reviewer'],
  /** → locked */
  'sheet.lock': ['reviewer'],
  /** locked → draft/submitted, reason required */
  'sheet.unlock': ['reviewer'],
  /** Self-assessment: tier judgements of 定性 indicators and deviation reasons. */
  'assessment.self': ['entry', 'admin'],
  /** Score overrides and not-applicable marks. */
  'assessment.review': ['reviewer'],
  'notApplicable.set': ['admin', 'reviewer'],
  /** Accept a target-review (目标审核) finding with a reason. */
  'review.accept': ['admin', 'reviewer'],
  'profile.manage': ['admin'],
  'settings.write': ['admin'],
  /** Per-device preferences (locale, current unit/year): anyone. */
  'settings.preference': ['entry', 'admin', 'leader', 'reviewer'],
  'package.import': ['admin'],
} as const satisfies Record<string, readonly Role[]>

export type Action = keyof typeof PERMISSIONS

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role)
}

/**
 * Checks `action` against the actor's stored profile (not the role the caller claims) and
 * returns the trusted actor. The actor must be the profile acting (./acting-profile), with the
 * role it has. Call inside the write transaction.
 */
export async function authorize(db: LedgerDb, actor: Actor, action: Action): Promise<Actor> {
  assertActing(db, actor)
  const profile = await db.profiles.get(actor.id)
  if (!profile || profile.deletedAt) {
    throw new PermissionError(action, null, {
      zh: '当前用户不存在或已停用。',
      en: 'The acting profile does not exist or has been removed.',
    })
  }
  if (actingProfileId(db) !== undefined && profile.role !== actor.role) {
    throw new PermissionError(action, profile.role, {
      zh: '操作人的角色与其用户资料不符，已拒绝。',
      en: "The actor's role does not match its profile; refused.",
    })
  }
  if (!can(profile.role, action))
    throw new PermissionError(action, profile.role, roleMessage(profile.role, action))
  return { id: profile.id, name: profile.name, role: profile.role }
}

function roleMessage(role: Role, action: Action) {
  const label = ROLE_LABELS[role]
  return {
    zh: `“${label.zh}”角色无权执行此操作（${action}）。`,
    en: `The ${label.en} role may not do this (${action}).`,
  }
}

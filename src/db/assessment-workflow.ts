// The self-assessment's review path: submit (only a form with nothing missing), send back with a
// comment, lock, unlock with a reason; and the 实际完成情况 texts of the yearly goals. Everything
// runs in one audited write transaction, like every other write.
import {
  assessmentForm,
  blockers,
  GOAL_OUTCOMES_KEY,
  readiness,
  REVIEW_COMMENT_KEY,
  type ReadinessItem,
  type ReviewComment,
} from '@/domain/assessment'
import type {
  Deviation,
  Judgement,
  LedgerPackage,
  NotApplicable,
  Override,
  Sheet,
  SheetStatus,
} from '@/domain/types'
import { nowIso } from './audit'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { listIndicators } from './indicators'
import { assertSheetOpen, liveSheet } from './locks'
import { authorize } from './permissions'
import { listProgress } from './progress'
import type { Actor, AttachmentMetaRow, AuditRow, SheetRow } from './rows'
import { computeSealWithParts } from './seal'
import { listSpending } from './spending'
import { assertText } from './validate'
import { live, patchRow, writeTx } from './write'

/** A submit or lock refused because the form still misses something; `items` lists what. */
export class NotReadyError extends ValidationError {
  readonly items: readonly ReadinessItem[]

  constructor(items: readonly ReadinessItem[]) {
    const list = (goal: string) =>
      items
        .slice(0, 5)
        .map((i) => i.name ?? `${goal} ${i.goal}`)
        .join('、')
    const more = items.length > 5
    super('readiness', {
      zh: `自评表尚未填完（${items.length} 项）：${list('目标')}${more ? ' 等' : ''}。请先补齐评定、偏差原因和实际完成情况。`,
      en: `The self-assessment is not complete (${items.length} items): ${list('goal').replaceAll('、', ', ')}${more ? ' …' : ''}. Add the judgements, deviation reasons and goal outcomes first.`,
    })
    this.items = items
  }
}

function statusError(zh: string, en: string): ValidationError {
  return new ValidationError('status', { zh, en })
}

/** Live attachment metadata of a sheet (never the Blobs), for the evidence check. */
export async function listSheetAttachments(db: LedgerDb, sheetId: string): Promise<AttachmentMetaRow[]> {
  return (await db.attachmentMeta.where('sheetId').equals(sheetId).toArray()).filter(live)
}

/**
 * What still blocks the sheet's form at year end: the stored rows as a one-sheet package, through the
 * domain's assessmentForm (the screen's form is the same function). Call inside a transaction or not.
 */
export async function sheetReadiness(db: LedgerDb, sheetId: string): Promise<ReadinessItem[]> {
  const row = await liveSheet(db, sheetId)
  const indicators = await listIndicators(db, sheetId)
  const progress = await listProgress(db, { sheetId })
  const spending = await listSpending(db, { sheetId })
  const assessments = (await db.assessments.where('sheetId').equals(sheetId).toArray()).filter(live)
  const attachments = await listSheetAttachments(db, sheetId)

  const ofKind = <T>(kind: string) => assessments.filter((a) => a.kind === kind) as unknown as T[]
  const pkg: LedgerPackage = {
    format: 'perf-ledger',
    version: 1,
    units: [],
    sheets: [{ ...row, indicators } as unknown as Sheet],
    progress,
    spending,
    judgements: ofKind<Judgement>('judgement'),
    overrides: ofKind<Override>('override'),
    notApplicable: ofKind<NotApplicable>('notApplicable'),
    deviations: ofKind<Deviation>('deviation'),
  }
  const form = assessmentForm(pkg, sheetId, { attachedOwners: new Set(attachments.map((a) => a.ownerId)) })
  return form ? readiness(form) : []
}

/** draft → submitted (录入员/管理员); refused with NotReadyError while anything required is missing. */
export async function submitSheet(db: LedgerDb, actor: Actor, sheetId: string): Promise<SheetRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'sheet.submit')
    const sheet = await liveSheet(db, sheetId)
    if (sheet.status !== 'draft')
      throw statusError('只有草稿状态的自评表可以提交。', 'Only a draft can be submitted.')
    const missing = blockers(await sheetReadiness(db, sheetId))
    if (missing.length) throw new NotReadyError(missing)
    return patchRow<SheetRow>(db, who, 'sheets', sheetId, { status: 'submitted' satisfies SheetStatus })
  })
}

/** submitted → draft with the reviewer's comment (管理员/审核), kept on the sheet and in the audit log. */
export async function returnSheet(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  comment: string,
): Promise<SheetRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'sheet.return')
    assertText(comment, 'comment')
    const sheet = await liveSheet(db, sheetId)
    if (sheet.status !== 'submitted')
      throw statusError('只有已提交的自评表可以退回。', 'Only a submitted sheet can be sent back.')
    const review: ReviewComment = { text: comment.trim(), by: who.name, at: nowIso() }
    return patchRow<SheetRow>(
      db,
      who,
      'sheets',
      sheetId,
      { status: 'draft' satisfies SheetStatus, [REVIEW_COMMENT_KEY]: review },
      { reason: comment.trim() },
    )
  })
}

/** submitted → draft by its owner (录入员/管理员) before the reviewer acts; audited, with the reason if given. */
export async function withdrawSheet(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  reason?: string,
): Promise<SheetRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'sheet.withdraw')
    const sheet = await liveSheet(db, sheetId)
    if (sheet.status !== 'submitted')
      throw statusError('只有已提交的自评表可以撤回。', 'Only a submitted sheet can be withdrawn.')
    const why = reason?.trim() ? reason.trim() : undefined
    return patchRow<SheetRow>(db, who, 'sheets', sheetId, { status: 'draft' satisfies SheetStatus }, {
      action: 'withdraw',
      ...(why !== undefined && { reason: why }),
    })
  })
}

/** submitted → locked (审核 only); the form is checked once more, since a submitted sheet can still change. */
export async function lockSheet(db: LedgerDb, actor: Actor, sheetId: string): Promise<SheetRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'sheet.lock')
    const sheet = await liveSheet(db, sheetId)
    if (sheet.status !== 'submitted')
      throw statusError('只有已提交的自评表可以审核锁定。', 'Only a submitted sheet can be locked.')
    const missing = blockers(await sheetReadiness(db, sheetId))
    if (missing.length) throw new NotReadyError(missing)
    // Sealed in the same transaction: nothing can land between the hash and the lock.
    const sealed = await computeSealWithParts(db, sheet)
    return patchRow<SheetRow>(db, who, 'sheets', sheetId, { status: 'locked' satisfies SheetStatus }, {
      seal: sealed?.seal,
      sealParts: sealed?.parts,
    })
  })
}

/** locked → draft (审核 only), with a reason that goes into the audit log. */
export async function unlockSheet(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  reason: string,
): Promise<SheetRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'sheet.unlock')
    assertText(reason, 'reason')
    const sheet = await liveSheet(db, sheetId)
    if (sheet.status !== 'locked') throw statusError('该自评表未锁定。', 'The sheet is not locked.')
    return patchRow<SheetRow>(
      db,
      who,
      'sheets',
      sheetId,
      { status: 'draft' satisfies SheetStatus },
      { reason: reason.trim() },
    )
  })
}

/** 实际完成情况 of each yearly goal (one text per goal, '' for none); part of the self-assessment. */
export async function saveGoalOutcomes(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  outcomes: readonly string[],
): Promise<SheetRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'assessment.self')
    const sheet = await assertSheetOpen(db, sheetId)
    if (
      !Array.isArray(outcomes) ||
      outcomes.length !== sheet.goals.length ||
      outcomes.some((o) => typeof o !== 'string')
    ) {
      throw new ValidationError(GOAL_OUTCOMES_KEY, {
        zh: `实际完成情况须与年度目标一一对应（${sheet.goals.length} 条文字）。`,
        en: `Give one outcome text per yearly goal (${sheet.goals.length}).`,
      })
    }
    return patchRow<SheetRow>(db, who, 'sheets', sheetId, { [GOAL_OUTCOMES_KEY]: [...outcomes] })
  })
}

export interface StatusChange {
  at: string
  actorName: string
  actorRole: AuditRow['actorRole']
  from: SheetStatus | null
  to: SheetStatus
  reason?: string
}

/** The sheet's status history from the audit log, oldest first. */
export async function listStatusHistory(db: LedgerDb, sheetId: string): Promise<StatusChange[]> {
  const rows = await db.audit.where('[table+rowId]').equals(['sheets', sheetId]).toArray()
  return rows
    .filter((r) => {
      const before = (r.before as { status?: SheetStatus } | null)?.status ?? null
      const after = (r.after as { status?: SheetStatus } | null)?.status
      return after !== undefined && before !== after && (r.action === 'update' || r.action === 'withdraw')
    })
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1))
    .map((r) => ({
      at: r.at,
      actorName: r.actorName,
      actorRole: r.actorRole,
      from: (r.before as { status?: SheetStatus } | null)?.status ?? null,
      to: (r.after as { status: SheetStatus }).status,
      reason: r.reason,
    }))
}

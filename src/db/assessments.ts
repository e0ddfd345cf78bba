// Year-end assessment records: at most one live row per indicator and kind. Saving again
// updates that row (audited before/after); clearing soft-deletes it.
import { judgementProblem, overrideProblem, type RecordProblem } from '@/domain/assessment'
import { resolveProfile, type TierBands } from '@/domain/scoring'
import type { Deviation, Judgement, NotApplicable, Override } from '@/domain/types'
import { DEVIATION_CAUSES, LIKELIHOODS, TIERS } from '@/domain/vocabulary'
import { newId } from '@/domain/ids'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { openIndicator } from './locks'
import { authorize, type Action } from './permissions'
import type { Actor, AssessmentKind, AssessmentRow, IndicatorRow } from './rows'
import { assertDecimal, assertId, assertOneOf, assertText } from './validate'
import { insertRow, live, patchRow, restoreRow, softDeleteRow, writeTx, type NewRow } from './write'

/** The domain's lists, still offered here for the callers that import them from the db. */
export { DEVIATION_CAUSES, LIKELIHOODS, TIERS }

const PERMISSION: Record<AssessmentKind, Action> = {
  judgement: 'assessment.self',
  deviation: 'assessment.self',
  override: 'assessment.review',
  notApplicable: 'notApplicable.set',
}

export async function listAssessments(db: LedgerDb, sheetId: string): Promise<AssessmentRow[]> {
  return (await db.assessments.where('sheetId').equals(sheetId).toArray()).filter(live)
}

export async function findAssessment(
  db: LedgerDb,
  indicatorId: string,
  kind: AssessmentKind,
): Promise<AssessmentRow | undefined> {
  const rows = await db.assessments.where('[indicatorId+kind]').equals([indicatorId, kind]).toArray()
  return rows.find(live) ?? rows[0]
}

export function validateAssessment(
  kind: AssessmentKind,
  rec: Judgement | Override | NotApplicable | Deviation,
  ind?: Pick<IndicatorRow, 'name' | 'weight' | 'target'>,
  bands?: TierBands,
) {
  assertId(rec.indicatorId, 'indicatorId')
  if (kind === 'judgement') {
    const j = rec as Judgement
    assertOneOf(j.tier, TIERS, 'tier')
    assertDecimal(j.score, 'score')
    if (ind) refuse(judgementProblem(j, ind, bands))
  } else if (kind === 'override') {
    const o = rec as Override
    assertDecimal(o.score, 'score')
    assertText(o.reason, 'reason')
    if (ind) refuse(overrideProblem(o, ind))
  } else if (kind === 'notApplicable') {
    assertText((rec as NotApplicable).reason, 'reason')
  } else {
    const d = rec as Deviation
    assertOneOf(d.cause, DEVIATION_CAUSES, 'cause')
    assertText(d.text, 'text')
    if (d.likelihood !== undefined) assertOneOf(d.likelihood, LIKELIHOODS, 'likelihood')
  }
}

/** The domain's verdict on the record as the db's refusal; a judgement on a quantity is the tier's fault. */
function refuse(problem: RecordProblem | null) {
  if (!problem) return
  const field = problem.code === 'judgementNotQualitative' ? 'tier' : problem.field
  throw new ValidationError(field, { zh: problem.zh, en: problem.en })
}

export function assessmentRowFrom(
  kind: AssessmentKind,
  rec: Judgement | Override | NotApplicable | Deviation,
  ind: IndicatorRow,
  id: string = newId(),
  bands?: TierBands,
): NewRow<AssessmentRow> {
  validateAssessment(kind, rec, ind, bands)
  return { ...rec, id, kind, sheetId: ind.sheetId, unitId: ind.unitId } as NewRow<AssessmentRow>
}

/** The domain fields of a record, for saving over an existing row. */
function fieldsOf(kind: AssessmentKind, rec: Record<string, unknown>): Record<string, unknown> {
  const keys: Record<AssessmentKind, string[]> = {
    judgement: ['tier', 'score', 'note'],
    override: ['score', 'reason'],
    notApplicable: ['reason'],
    deviation: ['cause', 'text', 'likelihood'],
  }
  return Object.fromEntries(keys[kind].map((k) => [k, rec[k]]))
}

/** The reviewer's overrides and not-applicable marks are the review itself: allowed on a submitted sheet. */
function duringReview(who: Actor, kind: AssessmentKind): boolean {
  return who.role === 'reviewer' && (kind === 'override' || kind === 'notApplicable')
}

async function save(
  db: LedgerDb,
  actor: Actor,
  kind: AssessmentKind,
  rec: Judgement | Override | NotApplicable | Deviation,
): Promise<AssessmentRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, PERMISSION[kind])
    const ind = await openIndicator(db, rec.indicatorId, { review: duringReview(who, kind) })
    // A judgement is checked against the bands of its sheet's profile.
    const bands = resolveProfile((await db.sheets.get(ind.sheetId))?.scoring).tierBands
    const existing = await findAssessment(db, rec.indicatorId, kind)
    if (!existing) {
      return insertRow<AssessmentRow>(
        db,
        who,
        'assessments',
        assessmentRowFrom(kind, rec, ind, newId(), bands),
      )
    }
    validateAssessment(kind, rec, ind, bands)
    if (existing.deletedAt) await restoreRow(db, who, 'assessments', existing.id)
    const reason = kind === 'override' || kind === 'notApplicable' ? (rec as Override).reason : undefined
    return patchRow<AssessmentRow>(
      db,
      who,
      'assessments',
      existing.id,
      fieldsOf(kind, rec as unknown as Record<string, unknown>),
      { reason },
    )
  })
}

export const saveJudgement = (db: LedgerDb, actor: Actor, j: Judgement) =>
  save(db, actor, 'judgement', j) as Promise<AssessmentRow & { kind: 'judgement' }>
export const saveOverride = (db: LedgerDb, actor: Actor, o: Override) =>
  save(db, actor, 'override', o) as Promise<AssessmentRow & { kind: 'override' }>
export const setNotApplicable = (db: LedgerDb, actor: Actor, n: NotApplicable) =>
  save(db, actor, 'notApplicable', n) as Promise<AssessmentRow & { kind: 'notApplicable' }>
export const saveDeviation = (db: LedgerDb, actor: Actor, d: Deviation) =>
  save(db, actor, 'deviation', d) as Promise<AssessmentRow & { kind: 'deviation' }>

/** Removes the indicator's record of this kind (soft delete); e.g. takes back a not-applicable mark. */
export async function clearAssessment(
  db: LedgerDb,
  actor: Actor,
  indicatorId: string,
  kind: AssessmentKind,
  reason?: string,
): Promise<void> {
  await writeTx(db, async () => {
    const who = await authorize(db, actor, PERMISSION[kind])
    await openIndicator(db, indicatorId, { review: duringReview(who, kind) })
    const existing = await findAssessment(db, indicatorId, kind)
    if (existing && live(existing)) await softDeleteRow(db, who, 'assessments', existing.id, reason)
  })
}

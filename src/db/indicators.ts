import type { Indicator } from '@/domain/types'
import { newId } from '@/domain/ids'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { assertSheetOpen, liveIndicator } from './locks'
import { authorize } from './permissions'
import type { Actor, IndicatorRow } from './rows'
import { assertDecimal, assertId, assertOneOf, assertTarget, assertText, assertWeight } from './validate'
import { insertRow, live, patchRow, softDeleteRow, writeTx, type NewRow } from './write'

export async function listIndicators(db: LedgerDb, sheetId: string): Promise<IndicatorRow[]> {
  const rows = await db.indicators
    .where('[sheetId+order]')
    .between([sheetId, -Infinity], [sheetId, Infinity])
    .toArray()
  return rows.filter(live)
}

export function validateIndicator(ind: Indicator, field = 'indicator'): void {
  assertId(ind.id, `${field}.id`)
  assertText(ind.name, `${field}.name`)
  if (typeof ind.level1 !== 'string' || typeof ind.level2 !== 'string') {
    throw new ValidationError(`${field}.level1`, {
      zh: '一级、二级指标必须是文字。',
      en: 'level1 and level2 must be text.',
    })
  }
  assertTarget(ind.target, `${field}.target`)
  if (typeof ind.targetText !== 'string') {
    throw new ValidationError(`${field}.targetText`, {
      zh: '缺少指标值原文。',
      en: 'targetText (the published 指标值) is missing.',
    })
  }
  assertWeight(ind.weight, `${field}.weight`)
  assertOneOf(ind.measure, ['cumulative', 'latest'] as const, `${field}.measure`)
  for (const [i, m] of (ind.plan ?? []).entries()) {
    if (!Number.isInteger(m.month) || m.month < 1 || m.month > 12) {
      throw new ValidationError(`${field}.plan[${i}].month`, {
        zh: '计划月份须为 1–12。',
        en: 'A plan month must be 1 to 12.',
      })
    }
    assertDecimal(m.value, `${field}.plan[${i}].value`)
  }
}

export function indicatorRowFrom(
  ind: Indicator,
  sheetId: string,
  unitId: string,
  order: number,
): NewRow<IndicatorRow> {
  validateIndicator(ind)
  return { ...ind, sheetId, unitId, order }
}

/** Appends an indicator at the end of its sheet (or at `order`). */
export async function addIndicator(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  input: Omit<Indicator, 'id'> & { id?: string },
  order?: number,
): Promise<IndicatorRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'target.edit')
    const sheet = await assertSheetOpen(db, sheetId)
    const position =
      order ?? (await listIndicators(db, sheetId)).reduce((max, r) => Math.max(max, r.order + 1), 0)
    return insertRow<IndicatorRow>(
      db,
      who,
      'indicators',
      indicatorRowFrom({ ...input, id: input.id ?? newId() }, sheet.id, sheet.unitId, position),
    )
  })
}

const FIXED = new Set(['sheetId'])

/** Partial update of an indicator's target fields; `order` moves it within the sheet. */
export async function updateIndicator(
  db: LedgerDb,
  actor: Actor,
  id: string,
  changes: Partial<Omit<IndicatorRow, 'id' | 'sheetId' | 'unitId'>>,
): Promise<IndicatorRow> {
  for (const key of Object.keys(changes)) {
    if (FIXED.has(key))
      throw new ValidationError(key, { zh: `字段 ${key} 不能修改。`, en: `${key} cannot be changed.` })
  }
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'target.edit')
    const ind = await liveIndicator(db, id)
    await assertSheetOpen(db, ind.sheetId)
    return patchRow<IndicatorRow>(db, who, 'indicators', id, changes, {
      validate: (after) => validateIndicator(after),
    })
  })
}

export async function deleteIndicator(
  db: LedgerDb,
  actor: Actor,
  id: string,
  reason?: string,
): Promise<void> {
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'target.edit')
    const ind = await liveIndicator(db, id)
    await assertSheetOpen(db, ind.sheetId)
    await softDeleteRow(db, who, 'indicators', id, reason)
  })
}

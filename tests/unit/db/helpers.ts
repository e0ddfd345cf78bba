import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { type LedgerDb, openLedgerDb } from '@/db/database'
import { saveJudgement } from '@/db/assessments'
import { importPackage } from '@/db/import-package'
import { asActor, createProfile, ensureFirstAdmin } from '@/db/profiles'
import { addProgress } from '@/db/progress'
import type { Actor } from '@/db/rows'
import { createSheet } from '@/db/sheets'
import { addSpending } from '@/db/spending'
import { createUnit } from '@/db/units'
import type { LedgerPackage } from '@/domain/types'
import { yearOfEntries } from '../fixtures/built-in'

let counter = 0

/** Passed explicitly: Dexie may be loaded before any global fake-indexeddb is installed. */
export const FAKE_IDB = { indexedDB, IDBKeyRange }

export function freshDb(): LedgerDb {
  return openLedgerDb(`test-${process.pid}-${Date.now()}-${counter++}`, { dexie: FAKE_IDB })
}

export interface World {
  db: LedgerDb
  admin: Actor
  entry: Actor
  leader: Actor
  reviewer: Actor
}

/** A fresh database with one profile per role. */
export async function world(): Promise<World> {
  const db = freshDb()
  const admin = asActor(await ensureFirstAdmin(db))
  const entry = asActor(await createProfile(db, admin, { name: '张三', role: 'entry' }))
  const leader = asActor(await createProfile(db, admin, { name: '李局长', role: 'leader' }))
  const reviewer = asActor(await createProfile(db, admin, { name: '王审核', role: 'reviewer' }))
  return { db, admin, entry, leader, reviewer }
}

/** A normalised package shaped like the built-in sample, small enough to read at a glance. */
export function smallPackage(): LedgerPackage {
  return {
    format: 'perf-ledger',
    version: 1,
    units: [{ id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null }],
    sheets: [
      {
        id: 'kz-2025-proj-1',
        unitId: 'kz-fed',
        year: 2025,
        kind: 'project',
        name: '2025年预算工会经费',
        owner: '罗菲菲',
        goals: ['上解区总工会经费'],
        budget: { initial: '100.00', adjusted: '100.00' },
        funds: { fiscal: '100.00', other: '0.00' },
        scoring: {},
        indicators: [
          {
            id: 'p1-i1',
            level1: '产出指标',
            level2: '数量指标',
            name: '划拨工会经费次数',
            target: { op: '>=', value: '1', unit: '次' },
            targetText: '＞=1次',
            weight: 15,
            rule: '按照正常比例赋分',
            measure: 'cumulative',
          },
          {
            id: 'p1-i6',
            level1: '效益指标',
            level2: '社会效益指标',
            name: '提升公共服务质量',
            target: { op: 'qualitative', text: '有效提升' },
            targetText: '有效提升',
            weight: 20,
            rule: '按评判等级赋分',
            measure: 'latest',
          },
        ],
      },
    ],
    progress: [
      { id: 'e-001', indicatorId: 'p1-i1', date: '2025-03-01', value: '1', note: '首次划拨', by: '张三' },
    ],
    spending: [
      {
        id: 'x-001',
        sheetId: 'kz-2025-proj-1',
        date: '2025-06-30',
        amount: '50.00',
        note: '上缴自治区总工会',
      },
    ],
    judgements: [{ indicatorId: 'p1-i6', tier: '达成', score: '18' }],
    overrides: [],
    notApplicable: [],
    deviations: [],
  }
}

export async function worldWithData(): Promise<World> {
  const w = await world()
  await importPackage(w.db, smallPackage(), w.admin)
  return w
}

/**
 * The built-in sheets and a year of entries (yearOfEntries), written through the ordinary write
 * functions (each audited), as people using the app would have written them.
 */
export async function yearWorld(): Promise<World> {
  const w = await world()
  const pkg = yearOfEntries()
  for (const unit of pkg.units) await createUnit(w.db, w.admin, unit)
  for (const sheet of pkg.sheets) await createSheet(w.db, w.admin, sheet)
  for (const entry of pkg.progress) await addProgress(w.db, w.entry, entry)
  for (const entry of pkg.spending) await addSpending(w.db, w.entry, entry)
  for (const judgement of pkg.judgements) await saveJudgement(w.db, w.entry, judgement)
  return w
}

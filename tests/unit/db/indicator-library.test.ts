// The library over a real database: the seed's 2025 indicators with what was logged, another
// unit's file, and a 2025 indicator copied into a 2026 sheet with 2025's actual as 上年完成值.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { listLibrarySources } from '@/db/indicator-library'
import { addProgress } from '@/db/progress'
import { seedIfEmpty } from '@/db/seed'
import { buildLibrary, indicatorFromLibrary, searchLibrary } from '@/domain/indicator-library'
import { createSheet } from '@/db/sheets'
import { createUnit } from '@/db/units'
import { world } from './helpers'

const SAMPLE = readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')

async function seeded() {
  const w = await world()
  await seedIfEmpty(w.db, SAMPLE, w.admin)
  // 文体活动: 2 + 3 = 5 by year end (cumulative); 满意度 readings 93 then 96 (latest counts).
  for (const [indicatorId, date, value] of [
    ['d-i1', '2025-03-10', '2'],
    ['d-i1', '2025-09-01', '3'],
    ['p1-i7', '2025-06-30', '93'],
    ['p1-i7', '2025-12-20', '96'],
  ] as const)
    await addProgress(w.db, w.entry, { indicatorId, date, value })
  return w
}

describe('indicator library', () => {
  it('holds every indicator with its year, target and year-end actual', async () => {
    const { db } = await seeded()
    const lib = buildLibrary(await listLibrarySources(db))
    expect(lib).toHaveLength(13)
    const sports = lib.find((e) => e.name === '开展职工文体活动（次）')!
    expect(sports.years).toEqual([
      expect.objectContaining({
        year: 2025,
        target: '＞=4 次',
        actual: '5次',
        unitName: '克孜勒苏柯尔克孜自治州总工会',
      }),
    ])
    expect(lib.find((e) => e.name === '职工群众满意度')!.years[0]!.actual).toBe('96%')
    // 定性: nothing to add up.
    expect(lib.find((e) => e.name === '提升公共服务质量')!.years[0]!.actual).toBeNull()
  })

  it('searches by words and by level', async () => {
    const { db } = await seeded()
    const lib = buildLibrary(await listLibrarySources(db))
    // Every word must occur: 工会 is in the unit's name, so 经费 decides; four names carry it.
    expect(
      searchLibrary(lib, { words: '工会 经费' })
        .map((e) => e.name)
        .sort(),
    ).toEqual(
      ['上缴州总工会工会经费', '上缴自治区工会经费及时率', '上缴自治区总工会经费', '划拨工会经费次数'].sort(),
    )
    expect(searchLibrary(lib, { words: '经费', level2: '时效' }).map((e) => e.name)).toEqual([
      '上缴自治区工会经费及时率',
    ])
    expect(searchLibrary(lib, { level1: '履职效能' })).toHaveLength(6)
  })

  it('groups the same indicator of several years and units, newest first', async () => {
    const { db, admin } = await seeded()
    const unit = await createUnit(db, admin, { name: '阿图什市总工会', parentId: 'kz-fed' })
    await createSheet(db, admin, {
      unitId: unit.id,
      year: 2026,
      kind: 'department',
      name: '部门整体（2026年）',
      goals: [],
      budget: { initial: '10', adjusted: '10' },
      funds: { fiscal: '10', other: '0' },
      scoring: {},
      indicators: [
        {
          level1: '履职效能',
          level2: '数量指标',
          name: '开展职工文体活动(次)',
          target: { op: '>=', value: '6', unit: '次' },
          targetText: '≥6次',
          weight: 90,
          measure: 'cumulative',
        },
      ],
    })
    const lib = buildLibrary(await listLibrarySources(db))
    const sports = lib.find((e) => e.name.startsWith('开展职工文体活动'))!
    expect(sports.years.map((y) => [y.year, y.unitName, y.target])).toEqual([
      [2026, '阿图什市总工会', '≥6次'],
      [2025, '克孜勒苏柯尔克孜自治州总工会', '＞=4 次'],
    ])
  })

  it('copies a 2025 indicator for a 2026 sheet with 2025’s actual as 上年完成值', async () => {
    const { db } = await seeded()
    const lib = buildLibrary(await listLibrarySources(db))
    const sports = lib.find((e) => e.name === '开展职工文体活动（次）')!
    const copy = indicatorFromLibrary(sports, 2026, 'new-1')
    expect(copy).toMatchObject({
      id: 'new-1',
      name: '开展职工文体活动（次）',
      targetText: '＞=4 次',
      lastYear: '5次',
      weight: 15,
    })
    // For a 2027 sheet there is no 2026 actual: no 上年完成值 is made up.
    expect(indicatorFromLibrary(sports, 2027, 'new-2').lastYear).toBeUndefined()
  })
})

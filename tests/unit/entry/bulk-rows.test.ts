import { describe, expect, it } from 'vitest'
import { looseDate, matchIndicator, readBulkRows, type BulkCandidate } from '@/domain/entry'

const candidates: BulkCandidate[] = [
  { id: 'd-i1', name: '开展职工文体活动（次）', target: { op: '>=', value: '4', unit: '次' } },
  { id: 'd-i3', name: '开展劳动和技能竞赛（次）', target: { op: '>=', value: '4', unit: '次' } },
  { id: 'p1-i2', name: '资金使用合规率', target: { op: '=', value: '100', unit: '%' } },
  { id: 'p1-i6', name: '提升公共服务质量', target: { op: 'qualitative', text: '有效提升' } },
  { id: 'x-1', name: '已锁定指标', target: { op: '>=', value: '1', unit: '次' }, locked: true },
]

describe('looseDate', () => {
  it.each([
    ['2025/3/1', '2025-03-01'],
    ['2025.03.01', '2025-03-01'],
    ['2025年3月1日', '2025-03-01'],
    ['2025-03-01', '2025-03-01'],
    ['三月一日', '三月一日'],
  ])('%s → %s', (typed, iso) => expect(looseDate(typed)).toBe(iso))
})

describe('matchIndicator', () => {
  it('finds by id, by name, and by name without the unit note', () => {
    expect(matchIndicator('d-i3', candidates)).toMatchObject({ ok: true, indicator: { id: 'd-i3' } })
    expect(matchIndicator('开展职工文体活动（次）', candidates)).toMatchObject({
      ok: true,
      indicator: { id: 'd-i1' },
    })
    expect(matchIndicator('开展职工文体活动', candidates)).toMatchObject({
      ok: true,
      indicator: { id: 'd-i1' },
    })
    expect(matchIndicator('开展职工文体活动(次)', candidates)).toMatchObject({
      ok: true,
      indicator: { id: 'd-i1' },
    })
  })
  it('does not guess', () => {
    expect(matchIndicator('文体活动', candidates)).toEqual({ ok: false, code: 'indicatorUnknown' })
    const twins = [...candidates, { ...candidates[0]!, id: 'other' }]
    expect(matchIndicator('开展职工文体活动（次）', twins)).toEqual({ ok: false, code: 'indicatorAmbiguous' })
  })
})

describe('readBulkRows', () => {
  const text = [
    '日期\t指标\t数值\t备注',
    '2025/3/1\t开展职工文体活动\t1\t三八妇女节活动',
    '',
    '2025-03-15\td-i3\t2',
    '2024-12-31\t开展职工文体活动\t1\t',
    '2025-03-20\t资金使用合规率\t120\t',
    '2025-03-21\t提升公共服务质量\t1',
    '2025-03-22\t不存在的指标\t1',
    '2025-03-23\t已锁定指标\t1',
    '2025-03-24\t开展职工文体活动',
  ].join('\r\n')
  const rows = readBulkRows(text, candidates, 2025, '2025-12-31')

  it('skips the header and blank lines and keeps line numbers', () => {
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5, 6, 7, 8, 9, 10])
  })
  it('reads good rows whole', () => {
    expect(rows[0]).toMatchObject({
      date: '2025-03-01',
      indicatorId: 'd-i1',
      value: '1',
      note: '三八妇女节活动',
      problems: [],
    })
    expect(rows[1]).toMatchObject({ indicatorId: 'd-i3', value: '2', note: '', problems: [] })
  })
  it('gives each bad row its problem', () => {
    const codes = rows.slice(2).map((r) => r.problems.map((p) => p.code))
    expect(codes).toEqual([
      ['dateOutsideYear'],
      ['overHundred'],
      ['qualitative'],
      ['indicatorUnknown'],
      ['locked'],
      ['tooFewCells', 'valueRequired'],
    ])
  })
  it('splits on runs of spaces when there are no tabs', () => {
    const [row] = readBulkRows('2025-04-01  d-i1  3  春季运动会', candidates, 2025, '2025-12-31')
    expect(row).toMatchObject({ indicatorId: 'd-i1', value: '3', note: '春季运动会', problems: [] })
  })
  it('keeps a quoted note with a line break in its row and reads 3月5日 and serials in the sheet year', () => {
    const text = '3月5日\td-i1\t3\t"春季运动会\n第二场"\n45722\td-i1\t1\t'
    const rows = readBulkRows(text, candidates, 2025, '2025-12-31')
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({
      date: '2025-03-05',
      value: '3',
      note: '春季运动会\n第二场',
      problems: [],
    })
    // 45722 is one day after 45721 (2025-03-05)
    expect(rows[1]).toMatchObject({ date: '2025-03-06', value: '1', problems: [] })
  })
})

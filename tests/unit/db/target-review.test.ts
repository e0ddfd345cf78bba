import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { listAudit } from '@/db/audit'
import { getBudgetDisclosure } from '@/db/budget-disclosures'
import { PermissionError, ValidationError } from '@/db/errors'
import { seedIfEmpty } from '@/db/seed'
import { setSetting } from '@/db/settings'
import {
  acceptFinding,
  getReviewSettings,
  listAcceptances,
  REVIEW_SETTINGS_KEY,
  withdrawAcceptance,
} from '@/db/target-review'
import { world } from './helpers'

const SAMPLE = readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')
const DISCLOSURE = JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025-disclosure.json', 'utf8')) as {
  unitId: string
  year: number
  text: string
}

describe('target review acceptances', () => {
  it('a reviewer accepts a finding with a reason; stored, audited, replaced, withdrawn', async () => {
    const { db, reviewer } = await world()
    const a = await acceptFinding(
      db,
      reviewer,
      'kz-2025-proj-1',
      'belowLastYear:p1-i1',
      ' 每年划拨一次，法定 ',
    )
    expect(a).toMatchObject({ key: 'belowLastYear:p1-i1', reason: '每年划拨一次，法定', by: '王审核' })
    await acceptFinding(db, reviewer, 'kz-2025-proj-1', 'weightSplit:output', '成本指标按上级要求设置')
    await acceptFinding(
      db,
      reviewer,
      'kz-2025-proj-1',
      'belowLastYear:p1-i1',
      '工会法规定按月划拨，全年一次汇总',
    )
    const list = await listAcceptances(db, 'kz-2025-proj-1')
    expect(list.map((x) => [x.key, x.reason])).toEqual([
      ['weightSplit:output', '成本指标按上级要求设置'],
      ['belowLastYear:p1-i1', '工会法规定按月划拨，全年一次汇总'],
    ])
    const audit = (await listAudit(db, { limit: 100 })).filter((r) => r.table === 'settings')
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'update']))
    expect(audit).toHaveLength(3)
    await withdrawAcceptance(db, reviewer, 'kz-2025-proj-1', 'weightSplit:output')
    expect((await listAcceptances(db, 'kz-2025-proj-1')).map((x) => x.key)).toEqual(['belowLastYear:p1-i1'])
  })

  it('refuses an empty reason and a role that may not review', async () => {
    const { db, reviewer, entry } = await world()
    await expect(acceptFinding(db, reviewer, 's', 'noBenefit', '  ')).rejects.toBeInstanceOf(ValidationError)
    await expect(acceptFinding(db, entry, 's', 'noBenefit', '理由')).rejects.toBeInstanceOf(PermissionError)
    expect(await listAcceptances(db, 's')).toEqual([])
  })

  it('reads the settings over the defaults', async () => {
    const { db, admin } = await world()
    expect((await getReviewSettings(db)).split).toEqual({ output: 50, benefit: 30, satisfaction: 10 })
    await setSetting(db, admin, REVIEW_SETTINGS_KEY, { tolerance: 10, split: { output: 60 } })
    expect(await getReviewSettings(db)).toMatchObject({
      tolerance: 10,
      minSatisfaction: 80,
      split: { output: 60, benefit: 30 },
    })
  })
})

describe('the built-in unit’s disclosure', () => {
  it('the seed data is the disclosure’s own text (tests/fixtures)', () => {
    expect(DISCLOSURE.text).toBe(readFileSync('tests/fixtures/kizilsu-zgh-2025-disclosure.txt', 'utf8'))
    expect([DISCLOSURE.unitId, DISCLOSURE.year]).toEqual(['kz-fed', 2025])
  })

  it('is stored with the seed; a malformed one is skipped and the targets still load', async () => {
    const { db, admin } = await world()
    await seedIfEmpty(db, SAMPLE, admin, [DISCLOSURE])
    expect((await getBudgetDisclosure(db, 'kz-fed', 2025))?.text).toBe(DISCLOSURE.text)
    const other = await world()
    expect(await seedIfEmpty(other.db, SAMPLE, other.admin, [{ unitId: 'kz-fed' }])).toEqual({ seeded: true })
    expect(await getBudgetDisclosure(other.db, 'kz-fed', 2025)).toBeUndefined()
  })
})

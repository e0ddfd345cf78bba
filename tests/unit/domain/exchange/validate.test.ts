import { describe, expect, it } from 'vitest'
import { readPackage, validatePackage, writePackage, type Issue } from '@/domain/exchange'
import { minimalWire, type Wire } from './helpers'

const found = (issues: Issue[]) => issues.map((i) => [i.level, i.code, i.path])

function issuesOf(change: (wire: Wire) => void): Issue[] {
  const wire = minimalWire()
  change(wire)
  return validatePackage(wire)
}

describe('validatePackage', () => {
  it('finds nothing in a sound package', () => {
    expect(validatePackage(minimalWire())).toEqual([])
    expect(readPackage(minimalWire()).ok).toBe(true)
  })

  it('lists unreadable text as one error', () => {
    expect(found(validatePackage('not json'))).toEqual([['error', 'notJson', '']])
  })

  describe('ids and references', () => {
    it('finds duplicate ids of units, sheets, indicators across the file, and entries', () => {
      const issues = issuesOf((w) => {
        w.units.push({ id: 'u1', name: '重复', parentId: null })
        w.sheets.push({
          ...structuredClone(w.sheets[0]),
          indicators: [structuredClone(w.sheets[0].indicators[0])],
        })
        w.progress = [
          { id: 'e1', indicatorId: 'i1', date: '2025-01-01', value: '1' },
          { id: 'e1', indicatorId: 'i1', date: '2025-02-01', value: '1' },
        ]
        w.spending = [
          { id: 'x1', sheetId: 's1', date: '2025-01-01', amount: '1' },
          { id: 'x1', sheetId: 's1', date: '2025-01-02', amount: '1' },
        ]
      })
      expect(found(issues).filter(([, code]) => code === 'duplicateId')).toEqual([
        ['error', 'duplicateId', 'units[1].id'],
        ['error', 'duplicateId', 'sheets[1].id'],
        ['error', 'duplicateId', 'sheets[1].indicators[0].id'],
        ['error', 'duplicateId', 'progress[1].id'],
        ['error', 'duplicateId', 'spending[1].id'],
      ])
    })

    it('finds references to missing units, sheets and indicators', () => {
      const issues = issuesOf((w) => {
        w.units[0].parentId = 'nobody'
        w.sheets[0].unitId = 'u9'
        w.progress = [{ id: 'e1', indicatorId: 'i9', date: '2025-01-01', value: '1' }]
        w.spending = [{ id: 'x1', sheetId: 's9', date: '2025-01-01', amount: '1' }]
        w.judgements = [{ indicatorId: 'i8', tier: '达成', score: '1' }]
        w.overrides = [{ indicatorId: 'i7', score: '1', reason: '复核' }]
        w.notApplicable = [{ indicatorId: 'i6', reason: '取消' }]
        w.deviations = [{ indicatorId: 'i5', cause: '其他', text: '…' }]
      })
      expect(found(issues)).toEqual([
        ['error', 'missingReference', 'units[0].parentId'],
        ['error', 'missingReference', 'sheets[0].unitId'],
        ['error', 'missingReference', 'spending[0].sheetId'],
        ['error', 'missingReference', 'progress[0].indicatorId'],
        ['error', 'missingReference', 'judgements[0].indicatorId'],
        ['error', 'missingReference', 'overrides[0].indicatorId'],
        ['error', 'missingReference', 'notApplicable[0].indicatorId'],
        ['error', 'missingReference', 'deviations[0].indicatorId'],
      ])
    })

    it('refuses two judgements of one indicator', () => {
      const issues = issuesOf((w) => {
        w.judgements = [
          { indicatorId: 'i3', tier: '达成', score: '18' },
          { indicatorId: 'i3', tier: '达成', score: '19' },
        ]
      })
      expect(found(issues)).toEqual([['error', 'duplicateEntry', 'judgements[1].indicatorId']])
    })
  })

  describe('judgements (weight 20: 达成 16–20, 部分达成 12–16, 未达成 0–12)', () => {
    it.each([
      ['达成', '16', true],
      ['达成', '20', true],
      ['达成', '15.99', false],
      ['达成', '20.01', false],
      ['部分达成', '12', true],
      ['部分达成', '16', true],
      ['部分达成', '16.5', false],
      ['未达成', '0', true],
      ['未达成', '12', true],
      ['未达成', '12.01', false],
      ['未达成', '-1', false],
    ])('%s %s → valid: %s', (tier, score, valid) => {
      const issues = issuesOf((w) => {
        w.judgements = [{ indicatorId: 'i3', tier, score }]
      })
      expect(found(issues)).toEqual(valid ? [] : [['error', 'judgementOutOfBand', 'judgements[0].score']])
    })

    it('refuses a judgement on a quantitative indicator', () => {
      const issues = issuesOf((w) => {
        w.judgements = [{ indicatorId: 'i1', tier: '达成', score: '45' }]
      })
      expect(found(issues)).toEqual([['error', 'judgementNotQualitative', 'judgements[0].indicatorId']])
    })
  })

  describe('overrides and exclusions', () => {
    it('demands a reason', () => {
      const issues = issuesOf((w) => {
        w.overrides = [{ indicatorId: 'i1', score: '40', reason: '  ' }]
        w.notApplicable = [{ indicatorId: 'i2', reason: '' }]
      })
      expect(found(issues)).toEqual([
        ['error', 'missingReason', 'overrides[0].reason'],
        ['error', 'missingReason', 'notApplicable[0].reason'],
      ])
    })

    it.each([
      ['0', true],
      ['50', true],
      ['50.01', false],
      ['-0.5', false],
    ])('override score %s of weight 50 → valid: %s', (score, valid) => {
      const issues = issuesOf((w) => {
        w.overrides = [{ indicatorId: 'i1', score, reason: '复核调整' }]
      })
      expect(found(issues)).toEqual(valid ? [] : [['error', 'overrideOutOfRange', 'overrides[0].score']])
    })
  })

  describe('values and dates', () => {
    it('refuses negative amounts and values', () => {
      const issues = issuesOf((w) => {
        w.sheets[0].budget.initial = '-1'
        w.sheets[0].funds = { fiscal: '101', other: '-1' }
        w.sheets[0].indicators[0].target = { op: '>=', value: '-4', unit: '次' }
        w.progress = [{ id: 'e1', indicatorId: 'i1', date: '2025-01-01', value: '-2' }]
        w.spending = [{ id: 'x1', sheetId: 's1', date: '2025-01-01', amount: -0.01 }]
      })
      expect(found(issues).filter(([level]) => level === 'error')).toEqual([
        ['error', 'negative', 'sheets[0].budget.initial'],
        ['error', 'negative', 'sheets[0].funds.other'],
        ['error', 'negative', 'sheets[0].indicators[0].target.value'],
        ['error', 'negative', 'progress[0].value'],
        ['error', 'negative', 'spending[0].amount'],
      ])
    })

    it('accepts a refund (negative amount) with its reason, and nets it', () => {
      const issues = issuesOf((w) => {
        w.spending = [
          { id: 'x1', sheetId: 's1', date: '2025-03-01', amount: '400' },
          { id: 'x2', sheetId: 's1', date: '2025-04-01', amount: '-12.34', reason: '退回多付款' },
        ]
      })
      expect(found(issues).filter(([level]) => level === 'error')).toEqual([])
    })

    it('refuses a refund without a reason, or one that takes the running total below zero', () => {
      const noReason = issuesOf((w) => {
        w.spending = [
          { id: 'x1', sheetId: 's1', date: '2025-03-01', amount: '400' },
          { id: 'x2', sheetId: 's1', date: '2025-04-01', amount: '-12.34', reason: ' \u200b' },
        ]
      })
      expect(found(noReason).filter(([level]) => level === 'error')).toEqual([
        ['error', 'negative', 'spending[1].amount'],
      ])
      // 0 − 5 on 03-01 before the 400 of 03-02: −5 on that day.
      const below = issuesOf((w) => {
        w.spending = [
          { id: 'x1', sheetId: 's1', date: '2025-03-02', amount: '400' },
          { id: 'x2', sheetId: 's1', date: '2025-03-01', amount: '-5', reason: '更正' },
        ]
      })
      const refused = below.filter((i) => i.level === 'error')
      expect(found(refused)).toEqual([['error', 'refundBeyondSpent', 'spending']])
      expect(refused[0]!.message.zh).toContain('-5 万元')
    })

    it('refuses dates that are not YYYY-MM-DD or lie outside the sheet year', () => {
      const issues = issuesOf((w) => {
        w.progress = [
          { id: 'e1', indicatorId: 'i1', date: '2025/03/01', value: '1' },
          { id: 'e2', indicatorId: 'i1', date: '2025-02-30', value: '1' },
          { id: 'e3', indicatorId: 'i1', date: '2024-12-31', value: '1' },
          { id: 'e4', indicatorId: 'i1', date: '2025-12-31', value: '1' },
        ]
        w.spending = [{ id: 'x1', sheetId: 's1', date: '2026-01-01', amount: '1' }]
      })
      expect(found(issues)).toEqual([
        ['error', 'badDate', 'progress[0].date'],
        ['error', 'badDate', 'progress[1].date'],
        ['error', 'dateOutsideYear', 'progress[2].date'],
        ['error', 'dateOutsideYear', 'spending[0].date'],
      ])
    })

    it('refuses a reading over 100 for a % indicator read as latest', () => {
      const issues = issuesOf((w) => {
        w.progress = [
          { id: 'e1', indicatorId: 'i2', date: '2025-03-01', value: '100' },
          { id: 'e2', indicatorId: 'i2', date: '2025-04-01', value: '100.5' },
          { id: 'e3', indicatorId: 'i1', date: '2025-04-01', value: '150' },
        ]
      })
      expect(found(issues)).toEqual([['error', 'readingOver100', 'progress[1].value']])
    })
  })

  describe('warnings', () => {
    it('warns when weights do not add up to 90 (or 100 minus the budget weight)', () => {
      expect(found(issuesOf((w) => (w.sheets[0].indicators[0].weight = 40)))).toEqual([
        ['warning', 'weightsNot90', 'sheets[0].indicators'],
      ])
      expect(found(issuesOf((w) => (w.sheets[0].scoring = { budgetWeight: 20 })))).toEqual([
        ['warning', 'weightsNot90', 'sheets[0].indicators'],
      ])
      expect(
        found(
          issuesOf((w) => {
            w.sheets[0].scoring = { budgetWeight: 20 }
            w.sheets[0].indicators[0].weight = 40
          }),
        ),
      ).toEqual([])
    })

    it('warns about arithmetic that does not add up', () => {
      const issues = issuesOf((w) => {
        w.sheets[0].funds = { fiscal: '90.00', other: '9.99', fiscalFromUpper: '0', fiscalOwnLevel: '90.01' }
        w.sheets[0].budget = {
          initial: '100',
          adjusted: '100',
          basic: '60',
          project: '40.01',
          personnel: '50',
          publicUse: '10',
        }
      })
      expect(found(issues)).toEqual([
        ['warning', 'sumMismatch', 'sheets[0].budget.adjusted'],
        ['warning', 'sumMismatch', 'sheets[0].budget.adjusted'],
        ['warning', 'sumMismatch', 'sheets[0].funds.fiscal'],
      ])
      expect(issues[0]!.message.zh).toContain('99.99')
    })

    it('warns about a goal no indicator measures', () => {
      const issues = issuesOf((w) => {
        w.sheets[0].goals = [
          '全年开展培训 4 次，提升服务质量。',
          '为 300 户困难家庭送温暖。',
          '完善档案管理制度。',
        ]
      })
      expect(found(issues)).toEqual([
        ['warning', 'goalWithoutIndicator', 'sheets[0].goals[1]'],
        ['warning', 'goalWithoutIndicator', 'sheets[0].goals[2]'],
      ])
    })
  })

  describe('speaks like a colleague about real tables', () => {
    it('does not count budget amounts in a goal as promised quantities', () => {
      const issues = issuesOf((w) => {
        w.sheets[0].goals = ['安排资金 30 万元，全年开展培训 4 次。', '项目资金 2026400 元，保障服务质量。']
      })
      expect(found(issues)).toEqual([])
    })

    it('calls a weight-0 "/" row not applicable, not an unreadable target', () => {
      const issues = issuesOf((w) => {
        w.sheets[0].indicators.push({
          id: 'i4',
          level1: '成本指标',
          level2: '经济成本指标',
          name: '成本',
          target: '/',
          weight: 0,
        })
      })
      expect(found(issues)).toEqual([['warning', 'notApplicableRow', 'sheets[0].indicators[3].target']])
      expect(issues[0]!.message.zh).toContain('不适用')
    })

    it('accepts a judgement on a target worded outside any vocabulary (合规, 好)', () => {
      const wire = minimalWire()
      wire.sheets[0].indicators[2].target = '合规'
      wire.sheets[0].indicators.push({
        id: 'i4',
        level1: '效益指标',
        level2: '社会效益指标',
        name: '作风',
        target: '好',
        weight: 0,
      })
      wire.judgements = [
        { indicatorId: 'i3', tier: '达成', score: '18' },
        { indicatorId: 'i4', tier: '达成', score: '0' },
      ]
      const result = readPackage(wire)
      expect(result.ok).toBe(true)
      expect(found(result.issues)).toEqual([])
      expect(result.ok && result.pkg.sheets[0]!.indicators[2]!.target).toEqual({
        op: 'qualitative',
        text: '合规',
      })
    })

    it('flags an empty target, reads it as qualitative', () => {
      const result = readPackage(
        (() => {
          const w = minimalWire()
          w.sheets[0].indicators[2].target = ''
          return w
        })(),
      )
      expect(found(result.issues)).toEqual([['warning', 'emptyTarget', 'sheets[0].indicators[2].target']])
      expect(result.ok && result.pkg.sheets[0]!.indicators[2]!.target).toEqual({
        op: 'qualitative',
        text: '',
      })
    })

    it('reads a bare "3%" by indicator.direction and warns when a comparator contradicts it', () => {
      const w = minimalWire()
      w.sheets[0].indicators[1] = {
        ...w.sheets[0].indicators[1],
        name: '差错率',
        target: '3%',
        direction: 'reverse',
      }
      w.sheets[0].indicators[0].direction = 'reverse' // "≥4次" against 反向
      const result = readPackage(w)
      expect(result.ok && result.pkg.sheets[0]!.indicators[1]!.target).toEqual({
        op: '<=',
        value: '3',
        unit: '%',
      })
      expect(found(result.issues)).toEqual([
        ['warning', 'againstDirection', 'sheets[0].indicators[0].target'],
      ])
    })

    it('writes direction and reads it back', () => {
      const w = minimalWire()
      w.sheets[0].indicators[1] = { ...w.sheets[0].indicators[1], target: '3%', direction: 'reverse' }
      const first = readPackage(w)
      if (!first.ok) throw new Error('not read')
      const again = readPackage(JSON.parse(JSON.stringify(writePackage(first.pkg))) as Wire)
      expect(again.ok && again.pkg.sheets[0]!.indicators[1]).toMatchObject({
        direction: 'reverse',
        target: { op: '<=', value: '3', unit: '%' },
        targetText: '3%',
      })
    })
  })

  it('keeps readable packages with errors out: ok is false', () => {
    const wire = minimalWire()
    wire.judgements = [{ indicatorId: 'i3', tier: '达成', score: '1' }]
    const result = readPackage(wire)
    expect(result.ok).toBe(false)
    expect(found(result.issues)).toEqual([['error', 'judgementOutOfBand', 'judgements[0].score']])
  })
})

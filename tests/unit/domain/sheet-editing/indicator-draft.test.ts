import { describe, expect, it } from 'vitest'
import { blankIndicator, indicatorWrites, moveItem, withTargetText } from '@/domain/sheet-editing'

describe('indicator drafts', () => {
  it('reads the target as it is typed and lets the measure follow a % unit', () => {
    const typed = withTargetText(blankIndicator('a'), '≥ 95%')
    expect(typed).toMatchObject({ target: { op: '>=', value: '95', unit: '%' }, measure: 'latest' })
    expect(withTargetText(typed, '约五次')).toMatchObject({
      target: null,
      targetText: '约五次',
      measure: 'cumulative',
    })
    // a measure chosen by hand is kept
    expect(withTargetText({ ...typed, measure: 'cumulative' }, '=100%').measure).toBe('cumulative')
  })

  it('moves a row, and refuses to move past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
  })

  it('turns an edited list into the fewest writes', () => {
    const a = { ...blankIndicator('a'), name: 'A', weight: 10 }
    const b = { ...blankIndicator('b'), name: 'B', weight: 20 }
    const c = { ...blankIndicator('c'), name: 'C', weight: 30 }
    const n = { ...blankIndicator('n'), name: 'N' }
    const writes = indicatorWrites([a, b, c], [{ ...c, weight: 35 }, a, n])
    expect(writes).toEqual({
      added: [{ indicator: n, order: 2 }],
      changed: [
        { id: 'c', changes: { weight: 35, order: 0 } },
        { id: 'a', changes: { order: 1 } },
      ],
      removed: ['b'],
    })
  })
})

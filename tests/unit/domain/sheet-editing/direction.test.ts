// 正向/反向 set by hand in the editor: a bare "3%" is read again, and the engine scores what it reads.
import { describe, expect, it } from 'vitest'
import { scoreSheet } from '@/domain/scoring'
import { blankIndicator, withDirection, withTargetText } from '@/domain/sheet-editing'
import { data, entry, sheet } from '../scoring/fixtures'

const bare = {
  ...withTargetText(blankIndicator('r', '效益指标', '经济效益指标'), '3%'),
  name: '调整率',
  weight: 10,
}

describe('withDirection', () => {
  it('reads a bare 3% as =, ≤ (反向) or ≥ (正向), and back to = when cleared', () => {
    expect(bare.target).toEqual({ op: '=', value: '3', unit: '%' })
    const reverse = withDirection(bare, 'reverse')
    expect(reverse).toMatchObject({ direction: 'reverse', target: { op: '<=', value: '3', unit: '%' } })
    expect(withDirection(bare, 'forward').target).toEqual({ op: '>=', value: '3', unit: '%' })
    const cleared = withDirection(reverse, undefined)
    expect('direction' in cleared).toBe(false)
    expect(cleared.target).toEqual({ op: '=', value: '3', unit: '%' })
  })

  it('the engine scores the direction: actual 4.5 against ≤ 3 % linear gives 10 × (2 × 3 − 4.5) / 3 = 5.00', () => {
    const reverse = withDirection(bare, 'reverse')
    const logs = data({ progress: [entry('r', '2025-06-30', '4.5')] })
    const s = sheet([reverse], { budget: { initial: '0', adjusted: '0' } })
    expect(scoreSheet(s, logs, '2025-12-31').indicators[0]!.score).toBe('5.00')
    // As "=" (no direction) 4.5 ≥ 3 meets the target: full 10.00.
    const plain = sheet([bare], { budget: { initial: '0', adjusted: '0' } })
    expect(scoreSheet(plain, logs, '2025-12-31').indicators[0]!.score).toBe('10.00')
  })
})

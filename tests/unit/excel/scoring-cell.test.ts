// The 评分设置 cell of the targets workbook carries the variant keys and reads them back.
import { describe, expect, it } from 'vitest'
import { scoringFrom, scoringText } from '@/excel/targets-layout'
import type { ScoringProfile } from '@/domain/types'

describe('the scoring cell', () => {
  it('writes and reads tierBands, roundingMode and budgetRounding', () => {
    const scoring: Partial<ScoringProfile> = {
      tierBands: [
        [80, 100],
        [50, 80],
        [0, 50],
      ],
      roundingMode: 'down',
      budgetRounding: 'whole',
    }
    const text = scoringText(scoring)
    expect(text).toBe('tierBands=80,100/50,80/0,50；roundingMode=down；budgetRounding=whole')
    expect(scoringFrom(text)).toEqual(scoring)
    expect(scoringFrom('tierBands=80,100/50')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { mergedRowSpans } from '@/ui/table-spans'

const rows = [
  { l1: '产出指标', l2: '数量指标' },
  { l1: '产出指标', l2: '质量指标' },
  { l1: '产出指标', l2: '时效指标' },
  { l1: '成本指标', l2: '经济成本指标' },
  { l1: '成本指标', l2: '经济成本指标' },
  { l1: '效益指标', l2: '社会效益指标' },
  { l1: '满意度指标', l2: '满意度指标' },
]

describe('mergedRowSpans', () => {
  it('merges the 一级 and 二级 cells as the published project table does', () => {
    const [level1, level2] = mergedRowSpans(rows, [(r) => r.l1, (r) => r.l2])
    expect(level1).toEqual([3, 0, 0, 2, 0, 1, 1])
    expect(level2).toEqual([1, 1, 1, 2, 0, 1, 1])
  })

  it('does not merge an inner cell across a change of the outer one', () => {
    const [, inner] = mergedRowSpans(
      [
        { a: 'x', b: '数量指标' },
        { a: 'y', b: '数量指标' },
      ],
      [(r) => r.a, (r) => r.b],
    )
    expect(inner).toEqual([1, 1])
  })

  it('gives nothing for no rows', () => {
    expect(mergedRowSpans([], [(r: { a: string }) => r.a])).toEqual([[]])
  })
})

// A parsed sheet in the corpus's terms: the fields a reader must get right, nothing else.
import type { PastedTables } from '@/domain/paste'
import type { Indicator } from '@/domain/types'
import type { Row } from './expected'

export function rowOf(i: Indicator): Row {
  const t = i.target
  if (!t) return [i.level1, i.level2, i.name, null, '', '', i.weight]
  if (t.op === 'qualitative') return [i.level1, i.level2, i.name, '定性', t.text, '', i.weight]
  return [i.level1, i.level2, i.name, t.op, t.value, t.unit, i.weight]
}

export function sheetsOf(parsed: PastedTables) {
  return parsed.sheets.map((s) => ({
    kind: s.kind,
    name: s.name,
    year: s.year,
    budget: s.budget.adjusted,
    rows: s.indicators.map(rowOf),
  }))
}

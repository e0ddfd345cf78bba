// Small builders for engine tests.
import type {
  Indicator,
  Judgement,
  LedgerPackage,
  NotApplicable,
  Override,
  ProgressEntry,
  Sheet,
  SpendingEntry,
} from '@/domain/types'
import type { SheetData } from '@/domain/scoring'

let counter = 0

export function indicator(over: Partial<Indicator> & { id: string }): Indicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name: over.id,
    target: { op: '>=', value: '10', unit: '次' },
    targetText: '',
    weight: 10,
    measure: 'cumulative',
    ...over,
  }
}

export function sheet(indicators: Indicator[], over: Partial<Sheet> = {}): Sheet {
  return {
    id: 's1',
    unitId: 'u1',
    year: 2025,
    kind: 'project',
    name: '测试项目',
    goals: [],
    budget: { initial: '100', adjusted: '100' },
    funds: { fiscal: '100', other: '0' },
    scoring: {},
    indicators,
    ...over,
  }
}

export function entry(indicatorId: string, date: string, value: string): ProgressEntry {
  return { id: `e${++counter}`, indicatorId, date, value }
}

export function spend(date: string, amount: string, sheetId = 's1'): SpendingEntry {
  return { id: `x${++counter}`, sheetId, date, amount }
}

export interface Logs {
  progress?: ProgressEntry[]
  spending?: SpendingEntry[]
  judgements?: Judgement[]
  overrides?: Override[]
  notApplicable?: NotApplicable[]
}

export function data(logs: Logs = {}): SheetData {
  const progress = new Map<string, ProgressEntry[]>()
  for (const e of logs.progress ?? [])
    progress.set(e.indicatorId, [...(progress.get(e.indicatorId) ?? []), e])
  return {
    progress,
    spending: logs.spending ?? [],
    judgements: new Map((logs.judgements ?? []).map((j) => [j.indicatorId, j])),
    overrides: new Map((logs.overrides ?? []).map((o) => [o.indicatorId, o])),
    notApplicable: new Map((logs.notApplicable ?? []).map((n) => [n.indicatorId, n])),
  }
}

export function pkg(sheets: Sheet[], logs: Logs = {}): LedgerPackage {
  return {
    format: 'perf-ledger',
    version: 1,
    units: [{ id: 'u1', name: '测试单位', parentId: null }],
    sheets,
    progress: logs.progress ?? [],
    spending: logs.spending ?? [],
    judgements: logs.judgements ?? [],
    overrides: logs.overrides ?? [],
    notApplicable: logs.notApplicable ?? [],
    deviations: [],
  }
}

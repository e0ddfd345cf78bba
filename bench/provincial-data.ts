// Synthetic data at provincial scale, the same on every machine for a given seed: 200 units × 2 years ×
// 2 sheets × 10 indicators, 200,000 progress entries, 20,000 spending entries, and 2,000 small evidence
// files (the exchange format carries no attachments, so these travel separately, see browser-measures).
import type {
  Indicator,
  Judgement,
  LedgerPackage,
  ProgressEntry,
  Sheet,
  SpendingEntry,
  Unit,
} from '../src/domain/types'

export const SCALE = {
  units: 200,
  years: [2024, 2025],
  indicatorsPerSheet: 10,
  progress: 200_000,
  spending: 20_000,
  attachments: 2_000,
} as const

export interface Scale {
  units: number
  years: readonly number[]
  indicatorsPerSheet: number
  progress: number
  spending: number
  attachments: number
}

/** A province: 2,000 units (issue 20's comparison), one year, 100 progress entries a sheet, no evidence files. */
export const PROVINCE_SCALE: Scale = {
  units: 2_000,
  years: [2025],
  indicatorsPerSheet: 10,
  progress: 400_000,
  spending: 40_000,
  attachments: 0,
}

/** The prefecture union the built-in data already holds: listed unchanged so the import skips it. */
export const TOP_UNIT: Unit = { id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null }

/** mulberry32: small, fast, and the same numbers on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const unitId = (u: number) => `u${String(u).padStart(3, '0')}`
export const sheetId = (u: number, year: number, kind: 'dept' | 'proj') => `${unitId(u)}-${year}-${kind}`

const COUNTIES = [
  '阿图什市',
  '阿克陶县',
  '阿合奇县',
  '乌恰县',
  '州直机关',
  '州教育',
  '州卫健',
  '州交通',
  '州住建',
  '州农业',
]

export interface AttachmentSpec {
  id: string
  /** The progress entry it is evidence for. */
  ownerId: string
  name: string
  /** Deterministic file content, 1–4 KB. */
  bytes: Uint8Array
}

export interface ProvincialData {
  pkg: LedgerPackage
  attachments: AttachmentSpec[]
}

/** Weights sum to 90: the budget line carries the other 10 of 100. */
const WEIGHTS = [10, 10, 10, 10, 10, 10, 10, 10, 5, 5]

function indicatorsFor(sid: string, rnd: () => number): Indicator[] {
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))
  return WEIGHTS.map((weight, k): Indicator => {
    const id = `${sid}-i${k}`
    const base = { id, weight, level1: '产出指标', level2: '数量指标', name: `指标${k + 1}（${sid}）` }
    if (k === 9)
      return {
        ...base,
        level1: '效益指标',
        level2: '社会效益指标',
        name: `职工获得感提升（${sid}）`,
        target: { op: 'qualitative', text: '有效提升' },
        targetText: '有效提升',
        measure: 'cumulative',
      }
    if (k === 8)
      return {
        ...base,
        level1: '满意度指标',
        level2: '服务对象满意度',
        target: { op: '>=', value: '95', unit: '%' },
        targetText: '>=95%',
        measure: 'latest',
        rule: '满意度赋分',
      }
    if (k === 7)
      return {
        ...base,
        level2: '质量指标',
        target: { op: '=', value: '100', unit: '%' },
        targetText: '=100%',
        measure: 'latest',
      }
    if (k === 6) {
      const value = String(int(50, 500))
      return {
        ...base,
        level2: '成本指标',
        target: { op: '<=', value, unit: '万元' },
        targetText: `<=${value}万元`,
        measure: 'cumulative',
      }
    }
    const value = String(int(20, 400))
    const plan =
      k === 0
        ? [3, 6, 9, 12].map((month, q) => ({ month, value: String((Number(value) * (q + 1)) / 4) }))
        : undefined
    return {
      ...base,
      target: { op: '>=', value, unit: '次' },
      targetText: `>=${value}次`,
      measure: 'cumulative',
      ...(plan ? { plan } : {}),
    }
  })
}

const pad = (n: number) => String(n).padStart(2, '0')

export function generateProvincialData(seed: number, scale: Scale = SCALE): ProvincialData {
  const rnd = prng(seed)
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))
  const cents = (max: number) => `${int(0, max)}.${pad(int(0, 99))}`
  const dateIn = (year: number) => `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`

  const units = [TOP_UNIT]
  const sheets: Sheet[] = []
  for (let u = 0; u < scale.units; u++) {
    // Ten county-level unions under the prefecture, the rest under them.
    const parentId = u < 10 ? TOP_UNIT.id : unitId(u % 10)
    const name = u < 10 ? `${COUNTIES[u]}总工会` : `${COUNTIES[u % 10]}基层工会 ${unitId(u)}`
    units.push({ id: unitId(u), name, parentId })
    for (const year of scale.years) {
      for (const kind of ['dept', 'proj'] as const) {
        const id = sheetId(u, year, kind)
        const budget = cents(kind === 'dept' ? 900 : 300)
        sheets.push({
          id,
          unitId: unitId(u),
          year,
          kind: kind === 'dept' ? 'department' : 'project',
          name: kind === 'dept' ? `${year}年部门整体支出绩效目标` : `${year}年工会经费项目`,
          goals: ['保障职工权益，开展职工服务活动'],
          budget: { initial: budget, adjusted: budget },
          funds: { fiscal: budget, other: '0.00' },
          scoring: {},
          indicators: indicatorsFor(id, rnd),
        })
      }
    }
  }

  const measured = sheets.map((s) => s.indicators.filter((i) => i.target?.op !== 'qualitative'))
  const progress: ProgressEntry[] = []
  const perSheet = scale.progress / sheets.length
  sheets.forEach((sheet, s) => {
    for (let n = 0; n < perSheet; n++) {
      const ind = measured[s]![int(0, measured[s]!.length - 1)]!
      const value =
        ind.measure === 'latest'
          ? String(int(80, 100))
          : ind.target?.op === '<='
            ? cents(2)
            : String(int(1, 3))
      progress.push({
        id: `${sheet.id}-e${n}`,
        indicatorId: ind.id,
        date: dateIn(sheet.year),
        value,
        by: '填报员',
      })
    }
  })
  const spending: SpendingEntry[] = []
  const spendPerSheet = scale.spending / sheets.length
  for (const sheet of sheets)
    for (let n = 0; n < spendPerSheet; n++)
      spending.push({
        id: `${sheet.id}-x${n}`,
        sheetId: sheet.id,
        date: dateIn(sheet.year),
        amount: cents(3),
      })

  const judgements: Judgement[] = sheets
    .filter((_, s) => s % 2 === 0)
    .map((s) => ({ indicatorId: s.indicators[9]!.id, tier: '达成' as const, score: '4.5' }))

  const attachments: AttachmentSpec[] = []
  const step = Math.floor(progress.length / Math.max(1, scale.attachments))
  for (let a = 0; a < scale.attachments; a++) {
    const size = int(1024, 4096)
    const bytes = new Uint8Array(size)
    for (let b = 0; b < size; b++) bytes[b] = int(0, 255)
    attachments.push({ id: `att-${a}`, ownerId: progress[a * step]!.id, name: `签到表-${a}.jpg`, bytes })
  }

  const pkg: LedgerPackage = {
    format: 'perf-ledger',
    version: 1,
    units,
    sheets,
    progress,
    spending,
    judgements,
    overrides: [],
    notApplicable: [],
    deviations: [],
  }
  return { pkg, attachments }
}

/** The exchange file's text: exported files carry no targetText (the reader derives it). */
export function exchangeText(pkg: LedgerPackage): string {
  return JSON.stringify({
    ...pkg,
    exportedAt: '2025-12-31T18:00:00+08:00',
    sheets: pkg.sheets.map((s) => ({ ...s, indicators: s.indicators.map(({ targetText: _t, ...i }) => i) })),
  })
}

/**
 * The data set as one exchange file per year: the app refuses exchange files over 20 MB
 * (MAX_EXCHANGE_BYTES) and the whole set is about 25 MB, so a prefecture would send it year by year.
 */
export function splitByYear(pkg: LedgerPackage): { year: number; pkg: LedgerPackage }[] {
  return SCALE.years.map((year) => {
    const sheets = pkg.sheets.filter((s) => s.year === year)
    const sheetIds = new Set(sheets.map((s) => s.id))
    const indicatorIds = new Set(sheets.flatMap((s) => s.indicators.map((i) => i.id)))
    return {
      year,
      pkg: {
        ...pkg,
        sheets,
        progress: pkg.progress.filter((e) => indicatorIds.has(e.indicatorId)),
        spending: pkg.spending.filter((e) => sheetIds.has(e.sheetId)),
        judgements: pkg.judgements.filter((j) => indicatorIds.has(j.indicatorId)),
      },
    }
  })
}

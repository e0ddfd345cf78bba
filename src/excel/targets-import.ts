// Reads a 绩效目标表 workbook (the export or the filled template) into sheets. Every problem is
// reported with its worksheet, row and column; the caller imports nothing while any remains.
import { notAWorkbook } from '@/domain/files/not-a-workbook'
import { STORED_DECIMAL } from '@/domain/stored-decimal'
import { fromSpreadsheetText } from '@/domain/spreadsheet-safe'
import { parseTarget } from '@/domain/target-text'
import { defaultMeasure } from '@/domain/sheet-editing'
import type { Indicator, Sheet } from '@/domain/types'
import type { Cell, CellValue, Worksheet } from 'exceljs'
import {
  INDICATOR_COLUMNS,
  LABELS,
  measureFrom,
  moneyDetailFrom,
  planFrom,
  scoringFrom,
  TITLE,
  type IndicatorColumnKey,
} from './targets-layout'

export interface WorkbookProblem {
  worksheet: string
  row: number
  /** Column letter, e.g. "G". */
  column: string
  /** What the column or label is called on the form. */
  field: string
  message: { zh: string; en: string }
}

export interface TargetsWorkbook {
  /** Like the paste parser's: `unitId` "" and placeholder ids, for the caller to replace. */
  sheets: Sheet[]
  unitName?: string
  problems: WorkbookProblem[]
}

export async function readTargetsWorkbook(data: ArrayBuffer | Uint8Array): Promise<TargetsWorkbook> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const problems: WorkbookProblem[] = []
  const wrong = notAWorkbook(data instanceof Uint8Array ? data : new Uint8Array(data))
  if (wrong)
    return { sheets: [], problems: [{ worksheet: '', row: 0, column: '', field: '', message: wrong }] }
  try {
    await workbook.xlsx.load(data as ArrayBuffer)
  } catch {
    problems.push({
      worksheet: '',
      row: 0,
      column: '',
      field: '',
      message: {
        zh: '文件不是有效的 Excel 工作簿（.xlsx）。',
        en: 'The file is not a valid Excel workbook (.xlsx).',
      },
    })
    return { sheets: [], problems }
  }
  const sheets: Sheet[] = []
  let unitName: string | undefined
  let projects = 0
  for (const ws of workbook.worksheets) {
    const kind = kindOf(text(ws.getCell(1, 1)))
    if (!kind) continue
    const read = readWorksheet(ws, kind, kind === 'project' ? `p${projects + 1}` : 'd')
    if (!read) continue
    if (kind === 'project') projects++
    unitName ??= read.unitName || undefined
    problems.push(...read.problems)
    sheets.push({
      ...read.sheet,
      id: kind === 'project' ? `${read.sheet.year}-proj-${projects}` : `${read.sheet.year}-dept`,
    })
  }
  if (sheets.length === 0 && problems.length === 0) {
    problems.push({
      worksheet: '',
      row: 1,
      column: 'A',
      field: '',
      message: {
        zh: '没有找到以“绩效目标表”为标题（A1 单元格）且已填写的工作表。',
        en: 'No filled worksheet titled …绩效目标表 (cell A1) was found.',
      },
    })
  }
  return { sheets, ...(unitName && { unitName }), problems }
}

function kindOf(title: string): Sheet['kind'] | null {
  const t = title.replace(/\s+/g, '')
  if (t === TITLE.project || (t.endsWith('绩效目标表') && t.includes('项目'))) return 'project'
  if (t === TITLE.department || (t.endsWith('绩效目标表') && /部门|整体|单位/.test(t))) return 'department'
  return null
}

function readWorksheet(
  ws: Worksheet,
  kind: Sheet['kind'],
  prefix: string,
): { sheet: Sheet; unitName: string; problems: WorkbookProblem[] } | null {
  const problems: WorkbookProblem[] = []
  const problem = (row: number, col: number, field: string, zh: string, en: string) =>
    problems.push({ worksheet: ws.name, row, column: letter(col), field, message: { zh, en } })

  const labels = new Map<string, { row: number; col: number; value: string }>()
  const goals: string[] = []
  let headerRow = 0
  for (let r = 2; r <= ws.rowCount; r++) {
    const a = compact(text(ws.getCell(r, 1)))
    if (a === '一级指标') {
      headerRow = r
      break
    }
    if (a === LABELS.goals) {
      const goal = text(ws.getCell(r, 3))
      if (goal) goals.push(goal)
      continue
    }
    if (a) labels.set(a, { row: r, col: 3, value: text(ws.getCell(r, 3)) })
    const f = compact(text(ws.getCell(r, 6)))
    if (f && f !== a) labels.set(f, { row: r, col: 8, value: text(ws.getCell(r, 8)) })
  }
  const get = (label: string) => labels.get(compact(label))

  const name = get(LABELS.name[kind])?.value ?? get(LABELS.name.project)?.value ?? ''
  const yearText = text(ws.getCell(2, 1))
  const yearMatch = /(\d{4})\s*年/.exec(yearText)

  const columns = headerRow ? headerColumns(ws, headerRow) : new Map<IndicatorColumnKey, number>()
  const indicators = headerRow ? readIndicators(ws, headerRow, columns, prefix, problem) : []
  // An untouched sheet of the template: skipped, not reported.
  if (!name && indicators.length === 0) return null

  if (!headerRow) {
    problem(
      1,
      1,
      '一级指标',
      '没有找到指标表头（“一级指标”所在行）。',
      'No indicator header row (一级指标) was found.',
    )
  } else {
    for (const key of ['name', 'targetText', 'weight'] as const) {
      if (!columns.has(key)) {
        const header = INDICATOR_COLUMNS.find((c) => c.key === key)!.header
        problem(headerRow, 1, header, `表头缺少“${header}”列。`, `The header lacks the column ${header}.`)
      }
    }
  }
  if (!name) {
    const at = get(LABELS.name[kind])
    problem(at?.row ?? 4, 3, LABELS.name[kind], `没有填写${LABELS.name[kind]}。`, 'The sheet name is empty.')
  }
  if (!yearMatch)
    problem(2, 1, '年度', '第 2 行没有写年度，如“（2026年）”。', 'Row 2 has no year, e.g. （2026年）.')

  const money = (label: string, field: string): string => {
    const at = get(label)
    const value = (at?.value ?? '').replace(/,/g, '')
    if (STORED_DECIMAL.test(value)) return value
    problem(
      at?.row ?? 0,
      at?.col ?? 3,
      label,
      value === '' ? `没有填写${label}。` : `${label}“${value}”不是金额（非负数字，最多 6 位小数）。`,
      value === '' ? `${field} is empty.` : `${field} "${value}" is not an amount.`,
    )
    return '0'
  }
  const budget: Sheet['budget'] = {
    initial: money(LABELS.initial, 'Initial budget'),
    adjusted: money(LABELS.adjusted, 'Adjusted budget'),
  }
  const funds: Sheet['funds'] = {
    fiscal: money(LABELS.fiscal, 'Fiscal funds'),
    other: money(LABELS.other, 'Other funds'),
  }
  const detail = get(LABELS.moneyDetail)
  const extras = moneyDetailFrom(detail?.value ?? '')
  if (extras === null) {
    problem(
      detail!.row,
      3,
      LABELS.moneyDetail,
      '资金明细应写成“基本支出 311.81；人员经费 306.77”。',
      'Write the amounts as "基本支出 311.81；人员经费 306.77".',
    )
  } else for (const e of extras) (e.group === 'budget' ? budget : funds)[e.key] = e.value

  const scoringAt = get(LABELS.scoring)
  const scoring = scoringFrom(scoringAt?.value ?? '')
  if (scoring === null) {
    problem(
      scoringAt!.row,
      3,
      LABELS.scoring,
      '评分设置无法识别；不需要调整时请写“默认”。',
      'The scoring settings cannot be read; write 默认 for the defaults.',
    )
  }

  const owner = get(LABELS.owner)?.value ?? ''
  const contact = get(LABELS.contact)?.value ?? ''
  return {
    unitName: get(LABELS.unit)?.value ?? '',
    problems,
    sheet: {
      id: '',
      unitId: '',
      year: yearMatch ? Number(yearMatch[1]) : 0,
      kind,
      name,
      ...(owner && { owner }),
      ...(contact && { contact }),
      goals,
      budget,
      funds,
      scoring: scoring ?? {},
      indicators,
    },
  }
}

function headerColumns(ws: Worksheet, row: number): Map<IndicatorColumnKey, number> {
  const columns = new Map<IndicatorColumnKey, number>()
  for (let col = 1; col <= ws.columnCount; col++) {
    const header = compact(text(ws.getCell(row, col)))
    const known = INDICATOR_COLUMNS.find((c) => c.header === header)
    if (known && !columns.has(known.key)) columns.set(known.key, col)
  }
  return columns
}

function readIndicators(
  ws: Worksheet,
  headerRow: number,
  columns: Map<IndicatorColumnKey, number>,
  prefix: string,
  problem: (row: number, col: number, field: string, zh: string, en: string) => void,
): Indicator[] {
  const indicators: Indicator[] = []
  let level1 = ''
  let level2 = ''
  const header = (key: IndicatorColumnKey) => INDICATOR_COLUMNS.find((c) => c.key === key)!.header
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const cell = (key: IndicatorColumnKey) => {
      const col = columns.get(key)
      return col ? text(ws.getCell(r, col)) : ''
    }
    const at = (key: IndicatorColumnKey) => columns.get(key) ?? 1
    const own = INDICATOR_COLUMNS.filter((c) => c.key !== 'level1' && c.key !== 'level2').map((c) =>
      cell(c.key),
    )
    const ownLevel1 = cell('level1')
    const ownLevel2 = cell('level2')
    if (ownLevel1 && ownLevel1 !== level1) level2 = ''
    if (ownLevel1) level1 = ownLevel1
    if (ownLevel2) level2 = ownLevel2
    if (own.every((v) => v === '')) continue // a blank row, or one holding only its levels

    const name = cell('name')
    if (!name)
      problem(r, at('name'), header('name'), '没有填写三级指标名称。', 'The indicator name is empty.')
    const targetText = cell('targetText')
    const { target, problem: targetProblem } = parseTarget(targetText)
    if (targetProblem) {
      problem(
        r,
        at('targetText'),
        header('targetText'),
        `指标值无法识别：${targetProblem.zh}`,
        `The target cannot be read: ${targetProblem.en}`,
      )
    }
    const weightText = cell('weight').normalize('NFKC')
    const weight = Number(weightText)
    if (!/^\d+(\.\d+)?$/.test(weightText) || weight > 100) {
      problem(
        r,
        at('weight'),
        header('weight'),
        weightText === '' ? '没有填写分值。' : `分值“${weightText}”不是 0–100 之间的数字。`,
        weightText === ''
          ? 'The weight is empty.'
          : `The weight "${weightText}" is not a number from 0 to 100.`,
      )
    }
    const measureText = cell('measure')
    const measure = measureText === '' ? defaultMeasure({ target }) : measureFrom(measureText)
    if (measure === null) {
      problem(
        r,
        at('measure'),
        header('measure'),
        `计量方式只能填“累计”或“最新读数”，不能是“${measureText}”。`,
        `The measure must be 累计 or 最新读数, not "${measureText}".`,
      )
    }
    const plan = planFrom(cell('plan'))
    if (plan === null) {
      problem(
        r,
        at('plan'),
        header('plan'),
        '分月计划应写成“6月:2；12月:4”。',
        'Write the plan as "6月:2；12月:4".',
      )
    }
    const optional = (key: 'basis' | 'lastYear' | 'rule' | 'evidence') =>
      cell(key) ? { [key]: cell(key) } : {}
    indicators.push({
      id: `${prefix}-i${indicators.length + 1}`,
      level1,
      level2,
      name,
      target,
      targetText,
      weight: Number.isFinite(weight) ? weight : 0,
      ...optional('rule'),
      measure: measure ?? 'cumulative',
      ...optional('basis'),
      ...optional('lastYear'),
      ...optional('evidence'),
      ...(plan && plan.length > 0 && { plan }),
    })
  }
  return indicators
}

/** A cell's text as a person reads it; merged cells give their master's value. */
function text(cell: Cell): string {
  return fromSpreadsheetText(valueText(cell.value).trim())
}

function valueText(v: CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if ('richText' in v) return v.richText.map((t) => t.text).join('')
  if ('result' in v) return v.result === undefined ? '' : valueText(v.result as CellValue)
  if ('text' in v) return String(v.text)
  return ''
}

const compact = (s: string) => s.replace(/\s+/g, '')

function letter(col: number): string {
  let s = ''
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

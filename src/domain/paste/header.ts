// The block above the indicator rows: unit, contact, project name, year, goals and money.
import { dec, fmtMoney, sum } from '../decimal'
import { joinProse } from './pieces'
import { GOAL_LABELS, HEADER_LABELS } from './vocabulary'

export interface TableHeader {
  unitName?: string
  owner?: string
  contact?: string
  projectName?: string
  year?: number
  goals: string[]
  /** The amounts were printed in 元 and are given here in 万元. */
  convertedFromYuan?: true
  /** 万元 (converted when printed in 元). */
  money: {
    total?: string
    fiscal?: string
    fiscalFromUpper?: string
    fiscalOwnLevel?: string
    other?: string
  }
}

const UNIT_LINE =
  /^(部门名称|单位名称|预算单位|项目主管部门|主管部门|填报单位|实施单位|项目执行单位|执行单位)\s*(?:[（(]盖章[)）])?\s*(.+)$/
const PROJECT_LINE = /^项目名称\s*(.+?)\s*(?:(?:项目)?负责人\s*(\S+))?$/
const OWNER_LINE = /^(?:项目)?负责人\s*(\S+)/
const CONTACT_LINE = /(?:部门)?联系人\s*(\S+)(?:\s*联系电话\s*([\d-]+))?/
const PHONE_LINE = /^联系电话\s*([\d-]+)/
/** "（2025年）", "(2021年)", "（2020年度）", "2019年度)" on its own line. */
const YEAR = /[（(]\s*((?:19|20)\d{2})\s*年度?\s*[)）]|^[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$/
/** "金额单位：元", "单位:元": the amounts are in 元, not 万元. */
const IN_YUAN = /(?:金额)?单位\s*[:：]?\s*[（(]?元[)）]?(?![\u3400-\u9fff])/

/**
 * Labels a header line may run together with their values and with each other
 * ("项目主管部门青山区教育局项目执行单位青山一中"): each starts a line of its own.
 */
const RUN_TOGETHER =
  /(项目主管部门|项目执行单位|主管部门|执行单位|实施单位|项目负责人|负责人|联系电话|联系人|项目属性|项目期限|项目类别|金额单位|年度资金总额|年度预算总额|年度预算|资金总额|预算总额|单位(?=\s*[:：]))/g
const STARTS_WITH_LABEL =
  /^(项目名称|项目主管部门|主管部门|项目执行单位|执行单位|实施单位|部门名称|单位名称|预算单位|填报单位|项目负责人|负责人|联系人|联系电话|项目属性|项目期限)/

/** A header line split where another label begins; prose (goals, money lines) is left alone. */
function splitLabels(line: string): string[] {
  if (!STARTS_WITH_LABEL.test(line)) return [line]
  return line
    .replace(RUN_TOGETHER, (label, _l, at: number) => (at === 0 ? label : `\n${label}`))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

/** Labels that may stand alone on their line, their value on the next ("项目名称" / "职工书屋"). */
const VALUE_LABELS =
  /^(部门名称|单位名称|预算单位|主管部门|实施单位|部门联系人|联系人|联系电话|项目名称|项目负责人|负责人)$/

const LABEL_COLON =
  /(部门名称|单位名称|预算单位|主管部门|实施单位|联系人|联系电话|项目名称|负责人|资金总额|预算总额|年度预算|财政拨款|财政资金|其他资金|上级安排|本级安排)\s*[:：]\s*/g

/**
 * The header lines in one spelling: cell separators ("|", tabs) and a colon after a label become
 * spaces, and a label alone on its line is joined to the value on the next.
 */
export function normalizeHeaderLines(lines: readonly string[]): string[] {
  const plain = lines.map((l) =>
    l
      .replace(/[|｜\t]+/g, ' ')
      .replace(LABEL_COLON, '$1 ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  const split = plain.flatMap(splitLabels)
  const out: string[] = []
  for (let i = 0; i < split.length; i++) {
    const line = split[i]!
    if (!VALUE_LABELS.test(line)) {
      out.push(line)
      continue
    }
    let j = i + 1
    while (j < split.length && split[j] === '') j++
    const next = split[j]
    if (next !== undefined && !HEADER_LABELS.test(next) && !GOAL_LABELS.test(next)) {
      out.push(`${line} ${next}`)
      i = j
    } else out.push(line)
  }
  return out
}

export function readHeader(rawLines: readonly string[]): TableHeader {
  const header: TableHeader = { goals: [], money: {} }
  const lines = normalizeHeaderLines(rawLines)
  lines.forEach((raw) => {
    const line = raw.trim()
    const unit = UNIT_LINE.exec(line)
    if (unit && !header.unitName) header.unitName = unit[2]!.trim()
    const project = PROJECT_LINE.exec(line)
    if (project) {
      header.projectName = project[1]
      if (project[2]) header.owner = project[2]
    }
    const owner = OWNER_LINE.exec(line)
    if (owner && !header.owner) header.owner = owner[1]
    const phone = PHONE_LINE.exec(line)
    if (phone && !header.contact) header.contact = phone[1]
    const contact = CONTACT_LINE.exec(line)
    if (contact && !header.owner) {
      header.owner = contact[1]
      if (contact[2]) header.contact = contact[2]
    }
    const year = YEAR.exec(line)
    if (year && header.year === undefined) header.year = Number(year[1] ?? year[2])
  })
  header.goals = readGoals(rawLines.map((l) => l.replace(/[|｜\t]+/g, ' ')))
  const inYuan = lines.some((l) => IN_YUAN.test(l))
  header.money = readMoney(lines, inYuan)
  if (inYuan && Object.keys(header.money).length > 0) header.convertedFromYuan = true
  return header
}

/** The goal text runs from its label to the next label; "目标 1." … "目标 6." split it. */
function readGoals(lines: readonly string[]): string[] {
  const start = lines.findIndex((l) => GOAL_LABELS.test(l.trim()))
  if (start < 0) return []
  const label = GOAL_LABELS.exec(lines[start]!.trim())![0]
  const body: string[] = [
    lines[start]!.trim()
      .slice(label.length)
      .replace(/^\s*[:：]\s*/, ''),
  ]
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (HEADER_LABELS.test(line) || GOAL_LABELS.test(line)) break
    body.push(line)
  }
  const text = joinProse(body)
  const marks = [...text.matchAll(/目标\s*\d+\s*[.．、]/g)].map((m) => m.index)
  if (marks.length < 2) return text ? [text] : []
  if (marks[0] !== 0) marks.unshift(0)
  return marks.map((at, k) => text.slice(at, marks[k + 1]).trim()).filter(Boolean)
}

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)`

/** Labels broken across lines ("其中：财政拨" / "款") are rejoined before the amounts are read. */
function readMoney(lines: readonly string[], inYuan: boolean): TableHeader['money'] {
  const text = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/([\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '$1')
  const amount = (label: string) => {
    const m = new RegExp(`(?:${label})[^\\d]{0,12}?${AMOUNT}`).exec(text)
    if (!m) return undefined
    const printed = m[1]!.replace(/,/g, '')
    return inYuan ? toWan(printed) : printed
  }
  const money: TableHeader['money'] = {}
  const upper = amount('上级安排')
  const own = amount('本级安排')
  const fiscal =
    upper !== undefined || own !== undefined
      ? fmtMoney(sum([upper ?? '0', own ?? '0']))
      : amount('财政拨款|财政资金')
  const other = amount('其他资金')
  const total = amount('年度预算总额|年度资金总额|预算总额|资金总额|年度预算|项目资金|预算金额|预算数')
  if (upper !== undefined) money.fiscalFromUpper = upper
  if (own !== undefined) money.fiscalOwnLevel = own
  if (fiscal !== undefined) money.fiscal = fiscal
  if (other !== undefined) money.other = other
  // A department form often prints no total: it is what the sources add up to.
  if (total !== undefined) money.total = total
  else if (fiscal !== undefined && other !== undefined) money.total = fmtMoney(dec(fiscal).plus(other))
  return money
}

/** 元 → 万元, exact: 2026400 → "202.64". */
export function toWan(yuan: string): string {
  return fmtMoney(dec(yuan).div(10000))
}

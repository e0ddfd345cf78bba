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
  /** 万元, as printed. */
  money: {
    total?: string
    fiscal?: string
    fiscalFromUpper?: string
    fiscalOwnLevel?: string
    other?: string
  }
}

const UNIT_LINE = /^(部门名称|单位名称|预算单位|主管部门|实施单位)\s*(?:[（(]盖章[)）])?\s*(.+)$/
const PROJECT_LINE = /^项目名称\s*(.+?)\s*(?:(?:项目)?负责人\s*(\S+))?$/
const OWNER_LINE = /^(?:项目)?负责人\s*(\S+)/
const CONTACT_LINE = /(?:部门)?联系人\s*(\S+)(?:\s*联系电话\s*([\d-]+))?/
const PHONE_LINE = /^联系电话\s*([\d-]+)/
const YEAR = /[（(]\s*(\d{4})\s*年\s*[)）]/

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
  const out: string[] = []
  for (let i = 0; i < plain.length; i++) {
    const line = plain[i]!
    if (!VALUE_LABELS.test(line)) {
      out.push(line)
      continue
    }
    let j = i + 1
    while (j < plain.length && plain[j] === '') j++
    const next = plain[j]
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
    if (year && header.year === undefined) header.year = Number(year[1])
  })
  header.goals = readGoals(rawLines.map((l) => l.replace(/[|｜\t]+/g, ' ')))
  header.money = readMoney(lines)
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
function readMoney(lines: readonly string[]): TableHeader['money'] {
  const text = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/([\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '$1')
  const amount = (label: string) => {
    const m = new RegExp(`(?:${label})[^\\d]{0,12}?${AMOUNT}`).exec(text)
    return m ? m[1]!.replace(/,/g, '') : undefined
  }
  const money: TableHeader['money'] = {}
  const upper = amount('上级安排')
  const own = amount('本级安排')
  const fiscal =
    upper !== undefined || own !== undefined
      ? fmtMoney(sum([upper ?? '0', own ?? '0']))
      : amount('财政拨款|财政资金')
  const other = amount('其他资金')
  const total = amount('年度预算总额|年度资金总额|预算总额|资金总额|年度预算')
  if (upper !== undefined) money.fiscalFromUpper = upper
  if (own !== undefined) money.fiscalOwnLevel = own
  if (fiscal !== undefined) money.fiscal = fiscal
  if (other !== undefined) money.other = other
  // A department form often prints no total: it is what the sources add up to.
  if (total !== undefined) money.total = total
  else if (fiscal !== undefined && other !== undefined) money.total = fmtMoney(dec(fiscal).plus(other))
  return money
}

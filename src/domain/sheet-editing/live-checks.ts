// What an administrator editing a sheet must see at once: the weight total against 100 − budget
// weight, duplicate names, unreadable targets, goals no indicator measures. The exchange file's own
// checks (validatePackage) do the work; this file only points each finding at a row or a goal.
import { sum } from '../decimal'
import { validatePackage, writePackage, type Issue } from '../exchange'
import { resolveProfile } from '../scoring'
import type { LedgerPackage, Sheet } from '../types'

export interface LiveCheck {
  level: 'error' | 'warning'
  code: Issue['code'] | 'duplicateName' | 'emptyName' | 'noIndicators'
  /** Index of the indicator or goal concerned; absent for the sheet as a whole. */
  indicator?: number
  goal?: number
  message: { zh: string; en: string }
}

export interface SheetChecks {
  /** Sum of the indicator weights, exact ("90", "87.5"). */
  weightTotal: string
  /** What the weights should add up to: 100 − budget weight. */
  expectedWeight: number
  weightsOk: boolean
  checks: LiveCheck[]
}

const PLACEHOLDER = '（未填）'

export function checkSheet(sheet: Sheet): SheetChecks {
  const expectedWeight = 100 - resolveProfile(sheet.scoring).budgetWeight
  const total = sum(sheet.indicators.map((i) => (Number.isFinite(i.weight) ? i.weight : 0)))
  const checks = [...exchangeChecks(sheet), ...nameChecks(sheet)]
  if (sheet.indicators.length === 0) {
    checks.push({
      level: 'warning',
      code: 'noIndicators',
      message: { zh: '还没有任何绩效指标。', en: 'The sheet has no indicator yet.' },
    })
  }
  return { weightTotal: total.toFixed(), expectedWeight, weightsOk: total.eq(expectedWeight), checks }
}

function exchangeChecks(sheet: Sheet): LiveCheck[] {
  // Empty names are reported below; a placeholder keeps the file readable so the other checks run.
  const pkg: LedgerPackage = {
    format: 'perf-ledger',
    version: 1,
    units: [{ id: 'unit', name: 'unit', parentId: null }],
    sheets: [
      {
        ...sheet,
        unitId: 'unit',
        name: sheet.name.trim() || PLACEHOLDER,
        indicators: sheet.indicators.map((ind) => ({ ...ind, name: ind.name.trim() || PLACEHOLDER })),
      },
    ],
    progress: [],
    spending: [],
    judgements: [],
    overrides: [],
    notApplicable: [],
    deviations: [],
  }
  return validatePackage(writePackage(pkg)).map((issue) => {
    const ind = /^sheets\[0\]\.indicators\[(\d+)\]/.exec(issue.path)
    const goal = /^sheets\[0\]\.goals\[(\d+)\]/.exec(issue.path)
    return {
      level: issue.level,
      code: issue.code,
      ...(ind && { indicator: Number(ind[1]) }),
      ...(goal && { goal: Number(goal[1]) }),
      message: issue.message,
    }
  })
}

function nameChecks(sheet: Sheet): LiveCheck[] {
  const checks: LiveCheck[] = []
  const seen = new Map<string, number>()
  sheet.indicators.forEach((ind, i) => {
    const name = ind.name.trim()
    if (name === '') {
      checks.push({
        level: 'error',
        code: 'emptyName',
        indicator: i,
        message: { zh: `第 ${i + 1} 行没有指标名称。`, en: `Row ${i + 1} has no indicator name.` },
      })
      return
    }
    const first = seen.get(name)
    if (first === undefined) seen.set(name, i)
    else {
      checks.push({
        level: 'warning',
        code: 'duplicateName',
        indicator: i,
        message: {
          zh: `第 ${i + 1} 行“${name}”与第 ${first + 1} 行重名。`,
          en: `Row ${i + 1} "${name}" has the same name as row ${first + 1}.`,
        },
      })
    }
  })
  return checks
}

// 定性 judgements score inside their tier's band; overrides and exclusions carry a reason.
import { judgementProblem, overrideProblem } from '../../assessment/record-rules'
import { resolveProfile } from '../../scoring/profile'
import type { LedgerPackage } from '../../types'
import { hasVisibleText } from '../../visible-text'
import { error, type Issue } from '../issues'
import type { PackageIndex } from './package-index'

export function checkJudgements(pkg: LedgerPackage, index: PackageIndex): Issue[] {
  const issues: Issue[] = []
  pkg.judgements.forEach((j, i) => {
    const place = index.indicators.get(j.indicatorId)
    if (!place) return
    const path = `judgements[${i}]`
    const problem = judgementProblem(j, place.indicator, resolveProfile(place.sheet.scoring).tierBands)
    if (problem) issues.push(error(`${path}.${problem.field}`, problem.code, problem.zh, problem.en))
  })

  pkg.overrides.forEach((o, i) => {
    const path = `overrides[${i}]`
    if (!hasVisibleText(o.reason)) issues.push(missingReason(`${path}.reason`))
    const place = index.indicators.get(o.indicatorId)
    if (!place) return
    const problem = overrideProblem(o, place.indicator)
    if (problem) issues.push(error(`${path}.${problem.field}`, problem.code, problem.zh, problem.en))
  })

  pkg.notApplicable.forEach((n, i) => {
    if (!hasVisibleText(n.reason)) issues.push(missingReason(`notApplicable[${i}].reason`))
  })
  pkg.deviations.forEach((d, i) => {
    if (!hasVisibleText(d.text)) issues.push(missingReason(`deviations[${i}].text`))
  })
  return issues
}

function missingReason(path: string): Issue {
  return error(
    path,
    'missingReason',
    '必须填写理由（只有空白或不可见字符不算）。',
    'A reason is required (blank or invisible characters alone do not count).',
  )
}

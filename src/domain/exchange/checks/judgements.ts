// 定性 judgements score inside their tier's band; overrides and exclusions carry a reason.
import { judgementProblem, overrideProblem } from '../../assessment/record-rules'
import { resolveProfile } from '../../scoring/profile'
import type { LedgerPackage } from '../../types'
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
    if (o.reason.trim() === '') issues.push(missingReason(`${path}.reason`))
    const place = index.indicators.get(o.indicatorId)
    if (!place) return
    const problem = overrideProblem(o, place.indicator)
    if (problem) issues.push(error(`${path}.${problem.field}`, problem.code, problem.zh, problem.en))
  })

  pkg.notApplicable.forEach((n, i) => {
    if (n.reason.trim() === '') issues.push(missingReason(`notApplicable[${i}].reason`))
  })
  return issues
}

function missingReason(path: string): Issue {
  return error(path, 'missingReason', '必须填写理由。', 'A reason is required.')
}

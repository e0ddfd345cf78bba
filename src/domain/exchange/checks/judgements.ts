// 定性 judgements score inside their tier's band; overrides and exclusions carry a reason.
import { dec, type Decimal } from '../../decimal'
import type { LedgerPackage, Tier } from '../../types'
import { error, type Issue } from '../issues'
import type { PackageIndex } from './package-index'

/** Share of the indicator's weight a tier may score, bounds inclusive (财预〔2020〕10号). */
export const TIER_BANDS: Readonly<Record<Tier, readonly [string, string]>> = {
  达成: ['0.8', '1'],
  部分达成: ['0.6', '0.8'],
  未达成: ['0', '0.6'],
}

export function checkJudgements(pkg: LedgerPackage, index: PackageIndex): Issue[] {
  const issues: Issue[] = []
  pkg.judgements.forEach((j, i) => {
    const place = index.indicators.get(j.indicatorId)
    if (!place) return
    const path = `judgements[${i}]`
    if (place.indicator.target?.op !== 'qualitative') {
      issues.push(
        error(
          `${path}.indicatorId`,
          'judgementNotQualitative',
          `指标“${place.indicator.name}”不是定性指标，不能按评判等级赋分。`,
          `Indicator "${place.indicator.name}" is not qualitative and cannot be judged by tier.`,
        ),
      )
      return
    }
    const [low, high] = TIER_BANDS[j.tier].map((share) => dec(share).times(place.indicator.weight))
    const score = dec(j.score)
    if (score.lt(low!) || score.gt(high!)) {
      issues.push(
        error(
          `${path}.score`,
          'judgementOutOfBand',
          `“${j.tier}”的得分应在 ${plain(low!)}–${plain(high!)} 之间，实际为 ${j.score}。`,
          `A "${j.tier}" score must lie between ${plain(low!)} and ${plain(high!)}; it is ${j.score}.`,
        ),
      )
    }
  })

  pkg.overrides.forEach((o, i) => {
    const path = `overrides[${i}]`
    if (o.reason.trim() === '') issues.push(missingReason(`${path}.reason`))
    const place = index.indicators.get(o.indicatorId)
    if (!place) return
    const score = dec(o.score)
    if (score.lt(0) || score.gt(place.indicator.weight)) {
      issues.push(
        error(
          `${path}.score`,
          'overrideOutOfRange',
          `调整后的得分应在 0–${place.indicator.weight} 之间，实际为 ${o.score}。`,
          `An overridden score must lie between 0 and ${place.indicator.weight}; it is ${o.score}.`,
        ),
      )
    }
  })

  pkg.notApplicable.forEach((n, i) => {
    if (n.reason.trim() === '') issues.push(missingReason(`notApplicable[${i}].reason`))
  })
  return issues
}

function missingReason(path: string): Issue {
  return error(path, 'missingReason', '必须填写理由。', 'A reason is required.')
}

function plain(d: Decimal): string {
  return d.toFixed()
}

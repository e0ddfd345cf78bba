// Ids must be unique and every reference must name something in the file.
import type { LedgerPackage } from '../../types'
import { error, type Issue } from '../issues'
import type { PackageIndex } from './package-index'

interface Keyed {
  id: string
  path: string
}

export function checkReferences(pkg: LedgerPackage, index: PackageIndex): Issue[] {
  const issues: Issue[] = []
  const duplicates = (what: { zh: string; en: string }, items: Keyed[]) => {
    const seen = new Map<string, string>()
    for (const { id, path } of items) {
      const first = seen.get(id)
      if (first === undefined) seen.set(id, path)
      else {
        issues.push(
          error(
            `${path}.id`,
            'duplicateId',
            `${what.zh}编号“${id}”重复（首次出现于 ${first}）。`,
            `Duplicate ${what.en} id "${id}" (first at ${first}).`,
          ),
        )
      }
    }
  }
  duplicates(
    { zh: '单位', en: 'unit' },
    pkg.units.map((u, i) => ({ id: u.id, path: `units[${i}]` })),
  )
  duplicates(
    { zh: '目标表', en: 'sheet' },
    pkg.sheets.map((s, i) => ({ id: s.id, path: `sheets[${i}]` })),
  )
  duplicates(
    { zh: '指标', en: 'indicator' },
    pkg.sheets.flatMap((s, i) =>
      s.indicators.map((ind, j) => ({ id: ind.id, path: `sheets[${i}].indicators[${j}]` })),
    ),
  )
  duplicates(
    { zh: '进度记录', en: 'progress entry' },
    pkg.progress.map((e, i) => ({ id: e.id, path: `progress[${i}]` })),
  )
  duplicates(
    { zh: '支出记录', en: 'spending entry' },
    pkg.spending.map((e, i) => ({ id: e.id, path: `spending[${i}]` })),
  )

  const missing = (path: string, kind: { zh: string; en: string }, id: string) =>
    issues.push(
      error(
        path,
        'missingReference',
        `引用的${kind.zh}“${id}”在文件中不存在。`,
        `No ${kind.en} "${id}" in the file.`,
      ),
    )
  const unit = { zh: '单位', en: 'unit' }
  const sheet = { zh: '目标表', en: 'sheet' }
  const indicator = { zh: '指标', en: 'indicator' }

  pkg.units.forEach((u, i) => {
    if (u.parentId !== null && !index.unitIds.has(u.parentId))
      missing(`units[${i}].parentId`, unit, u.parentId)
  })
  pkg.sheets.forEach((s, i) => {
    if (!index.unitIds.has(s.unitId)) missing(`sheets[${i}].unitId`, unit, s.unitId)
  })
  pkg.spending.forEach((e, i) => {
    if (!index.sheets.has(e.sheetId)) missing(`spending[${i}].sheetId`, sheet, e.sheetId)
  })
  const perIndicator: [string, { indicatorId: string }[]][] = [
    ['progress', pkg.progress],
    ['judgements', pkg.judgements],
    ['overrides', pkg.overrides],
    ['notApplicable', pkg.notApplicable],
    ['deviations', pkg.deviations],
  ]
  for (const [list, entries] of perIndicator) {
    entries.forEach((e, i) => {
      if (!index.indicators.has(e.indicatorId)) missing(`${list}[${i}].indicatorId`, indicator, e.indicatorId)
    })
  }

  // One judgement, override or not-applicable finding per indicator: two would leave the score ambiguous.
  for (const [list, entries] of perIndicator.slice(1, 4)) {
    const seen = new Set<string>()
    entries.forEach((e, i) => {
      if (seen.has(e.indicatorId)) {
        issues.push(
          error(
            `${list}[${i}].indicatorId`,
            'duplicateEntry',
            `指标“${e.indicatorId}”在 ${list} 中出现多次。`,
            `Indicator "${e.indicatorId}" appears more than once in ${list}.`,
          ),
        )
      }
      seen.add(e.indicatorId)
    })
  }
  return issues
}

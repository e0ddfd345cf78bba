// Ids must be unique and every reference must name something in the file.
import type { LedgerPackage } from '../../types'
import { error, type Issue } from '../issues'
import type { PackageIndex } from './package-index'

export function checkReferences(pkg: LedgerPackage, index: PackageIndex): Issue[] {
  const issues: Issue[] = []
  /** Paths are built only for the duplicates: files hold hundreds of thousands of entries. */
  const duplicates = (
    what: { zh: string; en: string },
    ids: readonly string[],
    pathOf: (k: number) => string,
  ) => {
    if (new Set(ids).size === ids.length) return // the usual case, found in one built-in call
    const seen = new Map<string, number>()
    ids.forEach((id, k) => {
      const first = seen.get(id)
      if (first === undefined) seen.set(id, k)
      else {
        issues.push(
          error(
            `${pathOf(k)}.id`,
            'duplicateId',
            `${what.zh}编号“${id}”重复（首次出现于 ${pathOf(first)}）。`,
            `Duplicate ${what.en} id "${id}" (first at ${pathOf(first)}).`,
          ),
        )
      }
    })
  }
  const idsOf = (list: readonly { id: string }[]) => list.map((e) => e.id)
  duplicates({ zh: '单位', en: 'unit' }, idsOf(pkg.units), (k) => `units[${k}]`)
  duplicates({ zh: '目标表', en: 'sheet' }, idsOf(pkg.sheets), (k) => `sheets[${k}]`)
  const indicatorPaths = pkg.sheets.flatMap((s, i) =>
    s.indicators.map((_, j) => `sheets[${i}].indicators[${j}]`),
  )
  duplicates(
    { zh: '指标', en: 'indicator' },
    pkg.sheets.flatMap((s) => idsOf(s.indicators)),
    (k) => indicatorPaths[k]!,
  )
  duplicates({ zh: '进度记录', en: 'progress entry' }, idsOf(pkg.progress), (k) => `progress[${k}]`)
  duplicates({ zh: '支出记录', en: 'spending entry' }, idsOf(pkg.spending), (k) => `spending[${k}]`)
  const attachments = pkg.attachments ?? []
  duplicates({ zh: '佐证文件', en: 'attachment' }, idsOf(attachments), (k) => `attachments[${k}]`)

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

  // Evidence belongs to an entry of the file: a progress or a spending entry.
  if (attachments.length > 0) {
    const entries = new Set([...idsOf(pkg.progress), ...idsOf(pkg.spending)])
    const entry = { zh: '进度或支出记录', en: 'progress or spending entry' }
    attachments.forEach((a, i) => {
      if (!entries.has(a.entryId)) missing(`attachments[${i}].entryId`, entry, a.entryId)
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

// Text that does not show what it holds: zero-width, control and bidirectional-override characters
// in names, ids and notes are kept (they are the sender's text) but flagged, and two ids that look
// the same on screen while differing in such characters are flagged as look-alikes (issue 16).
import type { LedgerPackage } from '../../types'
import { hasHiddenCharacters, hiddenCodePoints, visibleKey } from '../../visible-text'
import { warning, type Issue } from '../issues'

/** Enough to find them all in a file; beyond this one more line says how many were left out. */
const MAX_LISTED = 50

export function checkHiddenText(pkg: LedgerPackage): Issue[] {
  const found: Issue[] = []
  let more = 0
  // The path is kept as a list of steps and written out only for a text that holds something: a
  // file has hundreds of thousands of entries, and nearly none of them do.
  const steps: (string | number)[] = []
  const pathOf = () =>
    steps.reduce<string>(
      (path, step) => (typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step),
      '',
    )
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (!hasHiddenCharacters(value)) return
      if (found.length >= MAX_LISTED) more++
      else found.push(hiddenAt(pathOf(), hiddenCodePoints(value)))
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        steps.push(i)
        visit(value[i])
        steps.pop()
      }
    } else if (value && typeof value === 'object')
      for (const k in value) {
        if (!Object.prototype.hasOwnProperty.call(value, k)) continue
        steps.push(k)
        visit((value as Record<string, unknown>)[k])
        steps.pop()
      }
  }
  visit(pkg)
  if (more > 0)
    found.push(
      warning(
        '',
        'hiddenCharacters',
        `另有 ${more} 处文字含不可见字符。`,
        `${more} more texts hold invisible characters.`,
      ),
    )
  return [...found, ...lookalikeIds(pkg)]
}

function hiddenAt(path: string, codes: string[]): Issue {
  return warning(
    path,
    'hiddenCharacters',
    `含不可见或改变文字方向的字符（${codes.join('、')}），显示时已去除；请核对原文。`,
    `Holds invisible or direction-changing characters (${codes.join(', ')}), left out when shown; check the source.`,
  )
}

function lookalikeIds(pkg: LedgerPackage): Issue[] {
  const lists: [string, readonly { id: string }[]][] = [
    ['units', pkg.units],
    ['sheets', pkg.sheets],
    ...pkg.sheets.map((s, i) => [`sheets[${i}].indicators`, s.indicators] as [string, { id: string }[]]),
    ['progress', pkg.progress],
    ['spending', pkg.spending],
  ]
  const issues: Issue[] = []
  for (const [list, rows] of lists) {
    // Only rows whose id holds something hidden can look like another: the usual file costs one test per id.
    if (!rows.some((r) => hasHiddenCharacters(r.id) || r.id !== r.id.normalize('NFKC'))) continue
    const byKey = new Map<string, number>()
    rows.forEach((r, k) => {
      const key = visibleKey(r.id)
      const first = byKey.get(key)
      if (first === undefined) byKey.set(key, k)
      else if (rows[first]!.id !== r.id)
        issues.push(
          warning(
            `${list}[${k}].id`,
            'lookalikeId',
            `编号“${key}”与 ${list}[${first}] 的编号看起来相同，只差不可见字符。`,
            `The id "${key}" looks the same as that of ${list}[${first}]; they differ only in invisible characters.`,
          ),
        )
    })
  }
  return issues
}

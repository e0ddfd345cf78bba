// The built-in sample with hostile text put into every free-text field: HTML that would run
// script if it were rendered as markup, and spreadsheet formulas.
import { readFileSync } from 'node:fs'

export const HOSTILE_TEXTS = {
  script: '<script>window.__pwned = 1</script>',
  markup: '<img src=x onerror="window.__pwned=1">',
  formula: '=HYPERLINK("http://example.invalid","点我")',
  plusFormula: "+cmd|' /C calc'!A0",
  atFormula: "@SUM(1+1)*cmd|' /C calc'!A0",
} as const

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Paths of every free-text field that was replaced, and the file's bytes. */
export function hostileSample(text: string): { bytes: Uint8Array; fields: string[] } {
  const pkg = JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')) as Json
  const fields: string[] = []
  const put = (obj: Json, key: string, path: string) => {
    obj[key] = `${text}${typeof obj[key] === 'string' ? obj[key] : ''}`
    fields.push(path)
  }
  pkg.units.forEach((u: Json, i: number) => put(u, 'name', `units[${i}].name`))
  pkg.sheets.forEach((s: Json, i: number) => {
    for (const k of ['name', 'owner', 'contact']) put(s, k, `sheets[${i}].${k}`)
    s.goals.forEach((_: string, g: number) => put(s.goals, String(g), `sheets[${i}].goals[${g}]`))
    s.indicators.forEach((ind: Json, j: number) => {
      for (const k of ['level1', 'level2', 'name', 'rule', 'basis', 'lastYear', 'evidence'])
        put(ind, k, `sheets[${i}].indicators[${j}].${k}`)
    })
  })
  const ind = pkg.sheets[0].indicators[0].id
  const sheet = pkg.sheets[0].id
  pkg.progress = [{ id: 'h-e1', indicatorId: ind, date: '2025-03-01', value: '1', note: text, by: text }]
  pkg.spending = [{ id: 'h-x1', sheetId: sheet, date: '2025-06-30', amount: '1', note: text }]
  pkg.overrides = []
  pkg.notApplicable = [{ indicatorId: pkg.sheets[0].indicators[1].id, reason: text }]
  pkg.deviations = [{ indicatorId: ind, cause: '其他', text }]
  fields.push(
    'progress[0].note',
    'progress[0].by',
    'spending[0].note',
    'notApplicable[0].reason',
    'deviations[0].text',
  )
  return { bytes: new TextEncoder().encode(JSON.stringify(pkg)), fields }
}

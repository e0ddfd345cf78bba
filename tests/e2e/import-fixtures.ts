// Exchange files of county unions for the import-*.spec.ts browser tests (issue 15): each county's
// department sheet is a copy of the prefecture's, with the ids a county's own database would give
// it. Two counties set up from the same template use the same ids: ids are unique only per file.
import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'

export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export const PREFECTURE = '克孜勒苏柯尔克孜自治州总工会'
export const sample = () => JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')) as Json

/** A county's file: its unit under the prefecture (listed, as files did before references), one sheet, its entries. */
export function countyFile(
  unit: { id: string; name: string },
  entries: { id: string; value: string; note?: string; date?: string }[],
  ids = { sheet: 'county-2025-dept', indicator: 'ci' },
): Json {
  const pkg = sample()
  const sheet = JSON.parse(JSON.stringify(pkg.sheets[0])) as Json
  sheet.id = ids.sheet
  sheet.unitId = unit.id
  sheet.name = `${unit.name}部门整体绩效目标`
  sheet.indicators = sheet.indicators.map((i: Json, k: number) => ({ ...i, id: `${ids.indicator}-${k + 1}` }))
  pkg.units.push({ id: unit.id, name: unit.name, parentId: pkg.units[0].id })
  pkg.sheets = [sheet]
  pkg.progress = entries.map((e) => ({
    id: e.id,
    indicatorId: sheet.indicators[0].id,
    date: e.date ?? '2025-03-01',
    value: e.value,
    note: e.note ?? '职工运动会',
  }))
  return pkg
}

export const asFile = (pkg: Json) => Buffer.from(JSON.stringify(pkg))

export async function pickFile(page: Page, name: string, pkg: Json) {
  await page
    .getByLabel('选择交换文件…')
    .setInputFiles({ name, mimeType: 'application/json', buffer: asFile(pkg) })
  await expect(page.getByRole('region', { name: '导入预览' })).toBeVisible()
}

/** Picks the file and imports it as previewed; resolves when the result panel shows. */
export async function importFile(page: Page, name: string, pkg: Json) {
  await pickFile(page, name, pkg)
  await page.getByRole('region', { name: '导入预览' }).getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('import-result')).toBeVisible()
}

/** The "all data" export, downloaded and parsed: what the database holds, as a file carries it. */
export async function exportAll(page: Page): Promise<Json> {
  await page.getByRole('radio', { name: '全部数据' }).check({ force: true })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ])
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as Json
}

/** Progress entries of a unit in an export, as value and note. */
export function entriesOf(pkg: Json, unitId: string): string[] {
  const sheets = new Set(pkg.sheets.filter((s: Json) => s.unitId === unitId).map((s: Json) => s.id))
  const indicators = new Set(
    pkg.sheets
      .filter((s: Json) => sheets.has(s.id))
      .flatMap((s: Json) => s.indicators.map((i: Json) => i.id)),
  )
  return pkg.progress
    .filter((e: Json) => indicators.has(e.indicatorId))
    .map((e: Json) => `${e.value} ${e.note ?? ''}`.trim())
    .sort()
}

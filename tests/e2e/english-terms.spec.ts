import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// In English the official grade words stay (they are printed on the forms) with their translation beside them.
test('English shows grades as 差 Poor, not a bare Chinese character', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('perf-ledger.locale', 'en-US'))
  await page.goto('/#/')
  // Nothing logged in the built-in data: every sheet scores 0.00, grade 差.
  const grades = page.getByTestId('sheet-grade')
  await expect(grades.first()).toHaveText('差 Poor')
  expect(await grades.allTextContents()).not.toContain('差')
})

/**
 * Official terms kept in Chinese, each with the translation that must stand in the same text (grades,
 * 佐证资料 kinds, 赋分规则, 指标值来源, the money unit when it is not after a number).
 */
const OFFICIAL = new Map<string, RegExp>([
  ['优', /优 Excellent/],
  ['良', /良 Good/],
  ['中', /中 Fair/],
  ['差', /差 Poor/],
  ['工作资料', /Work records \(工作资料\)/],
  ['原始凭证', /Original vouchers \(原始凭证\)/],
  ['说明材料', /Written explanation \(说明材料\)/],
  ['按照正常比例赋分', /Proportional to completion \(按照正常比例赋分\)/],
  ['按评判等级赋分', /By the judged tier \(按评判等级赋分\)/],
  ['满意度赋分', /By the satisfaction rate \(满意度赋分\)/],
  ['计划标准', /Plan standard \(计划标准\)/],
  ['预算支出标准', /Budget spending standard \(预算支出标准\)/],
  ['万元', /10k yuan, 万元/],
  ['草稿', /草稿 \(draft\)/],
])

// The main pages in English: Chinese only in the unit's own data (names, indicator texts, targets and
// their units) and in official terms that carry their translation in the same text.
const DATA_STRINGS = (() => {
  const pkg = JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')) as Json
  // 佐证资料 kinds, 赋分规则 and 指标值来源 such as 计划标准 are official words, not names: they must
  // be translated (OFFICIAL above); the unit's own wording (2025 年工作要点) is data.
  const strings: string[] = []
  const walk = (v: unknown) => {
    // 万元 stays data only after a number (50万元), where the unit's target wrote it.
    if (typeof v === 'string' && !OFFICIAL.has(v.trim())) strings.push(v.trim().replace(/万元$/, ''))
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(pkg.units)
  walk(pkg.sheets)
  // The first profile's name, the language's own name in the language menu.
  return [...strings, '管理员', '中文（简体）']
})()
const DATA_BY_LENGTH = [...new Set(DATA_STRINGS)].sort((a, b) => b.length - a.length)
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Han runs of a visible text that are neither data nor a translated official term. */
function leftovers(full: string): string[] {
  const out: string[] = []
  // The data's own strings (a goal, an indicator's name) go first, longest first, each replaced by as
  // many word joiners (U+2060, never in the data); then what is left.
  let text = full
  for (const s of DATA_BY_LENGTH)
    if (s.length > 1 && text.includes(s)) text = text.split(s).join('\u2060'.repeat(s.length))
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const run = m[0]
    const before = text.slice(0, m.index)
    // An official term with its own translation beside it ("差 Poor", "Work records (工作资料)").
    if (OFFICIAL.get(run)?.test(full)) continue
    // The money unit after an amount (50万元, ≥ 50 万元) is the figure's own unit.
    if ((run === '万元' || run === '元') && /[\d\u2060]\s*$/.test(before)) continue
    const inData = DATA_STRINGS.some((s) => s.includes(run))
    // A single character passes only as a unit after a number (4次, 27000人) or next to data it belongs to.
    if (inData && (run.length > 1 || /[\d（(“\u2060]\s*$/.test(before) || DATA_STRINGS.includes(run)))
      continue
    out.push(`${run} in “${full.slice(0, 80)}”`)
  }
  return out
}

test('the main pages in English leave Chinese only in names and in translated official terms', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.addInitScript(() => localStorage.setItem('perf-ledger.locale', 'en-US'))
  await page.setViewportSize({ width: 1440, height: 900 })
  const found: string[] = []
  for (const path of [
    '/#/',
    '/#/targets',
    '/#/entry',
    '/#/entry?tab=spending',
    '/#/monitor',
    '/#/assessment',
    '/#/assessment/kz-2025-proj-1',
    '/#/assessment/kz-2025-dept',
    '/#/data',
    '/#/settings',
    '/#/screen',
  ]) {
    await page.goto(path)
    await expect(page.locator('h1:visible').first()).toBeVisible({ timeout: 15_000 })
    // The page's own groups of messages and the charts' labels arrive after the heading.
    await page.waitForTimeout(1500)
    const texts = await page.evaluate(() => {
      const seen: string[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement
        const v = (n.textContent ?? '').trim()
        if (!el || !v || el.closest('script,style') || el.getClientRects().length === 0) continue
        if (getComputedStyle(el).visibility === 'hidden') continue
        seen.push(el.closest('td,th,li,p,label,button,h1,h2,h3,dd,span')?.textContent?.trim() ?? v)
      }
      for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]'))
        for (const a of ['aria-label', 'title', 'placeholder']) {
          const v = el.getAttribute(a)
          if (v) seen.push(v)
        }
      return [...new Set(seen)]
    })
    for (const text of texts) for (const left of leftovers(text)) found.push(`${path}: ${left}`)
    // Data beside a label: the label must say what the data is, in English.
    if (path === '/#/targets' && (await page.getByText('Read as 有效提升').count()))
      found.push(`${path}: “Read as 有效提升” does not say what it was read as`)
  }
  expect([...new Set(found)]).toEqual([])
})

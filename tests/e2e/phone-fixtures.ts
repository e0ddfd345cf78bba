// Shared steps and measurements of the phone tests (issue 19 items 4–6): a 375 px touch screen,
// entries logged through the 填报 page as a person would.
import { expect, type Locator, type Page } from '@playwright/test'

export const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }

/** Picks an indicator on the quick form by typing part of its name. */
export async function chooseIndicator(page: Page, search = '观摩', option = /开展集体协商观摩/) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(search)
  await page.getByRole('option', { name: option }).click()
}

/** A picture to attach: the top of the screen as it is. */
export const photo = (page: Page) => page.screenshot({ clip: { x: 0, y: 0, width: 375, height: 300 } })

/** Logs one progress entry on the quick form (填报进度 tab open). */
export async function logEntry(page: Page, search: string, option: RegExp, date: string, value: string) {
  await chooseIndicator(page, search, option)
  await page.getByLabel('日期').fill(date)
  await page.getByLabel('数值').fill(value)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-result')).toContainText(date)
}

/**
 * Whether a piece of content can really be read: brought into view by scrolling the page only (never a
 * table's own sideways scroller: a person does not find content there), its box inside the screen's
 * width, its text not cut by its box, and not covered (the element at its centre is itself or inside it:
 * a pinned 操作 column lies over the cells under it).
 */
export async function readable(target: Locator) {
  await target.waitFor()
  return target.evaluate((el) => {
    const main = document.getElementById('main')!
    const before = el.getBoundingClientRect()
    main.scrollTop += before.top - window.innerHeight / 2
    const r = el.getBoundingClientRect()
    const inside =
      r.left >= 0 && r.right <= window.innerWidth + 0.5 && r.top >= 0 && r.bottom <= window.innerHeight
    const notCut = el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
    const uncovered = !!hit && (hit === el || el.contains(hit))
    return { inside, notCut, uncovered, text: el.textContent?.trim() ?? '' }
  })
}

export async function expectReadable(target: Locator) {
  expect(await readable(target), await target.evaluate((el) => el.outerHTML.slice(0, 200))).toMatchObject({
    inside: true,
    notCut: true,
    uncovered: true,
  })
}

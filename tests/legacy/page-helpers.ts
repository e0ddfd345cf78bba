// Small waits and actions for puppeteer-core 5 (the last to drive Chromium 86), which has no
// role or label locators: elements are found by CSS and by their visible text.
import type { ElementHandle, Page } from 'puppeteer-core'

const TIMEOUT = 60_000

/** Waits until an element matching `selector` shows `text` (or any text when omitted), and returns it. */
export async function waitForText(page: Page, selector: string, text = ''): Promise<ElementHandle> {
  const handle = await page.waitForFunction(
    (sel: string, want: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)].find(
        // Rendered (fixed boxes such as messages have no offsetParent, so client rects are asked).
        (el) => el.getClientRects().length > 0 && el.innerText.includes(want),
      ),
    { timeout: TIMEOUT },
    selector,
    text,
  )
  return handle.asElement() as ElementHandle
}

export async function clickText(page: Page, selector: string, text: string): Promise<void> {
  await (await waitForText(page, selector, text)).click()
}

/** Types into an input as a person would (Vue's v-model listens to the input events). */
export async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector, { visible: true, timeout: TIMEOUT })
  await page.click(selector, { clickCount: 3 })
  await page.keyboard.press('Backspace')
  await page.type(selector, value)
}

/** A native date input takes its digits in the locale's order: set its value and fire the events instead. */
export async function setDate(page: Page, selector: string, isoDate: string): Promise<void> {
  await page.waitForSelector(selector, { visible: true, timeout: TIMEOUT })
  await page.$eval(
    selector,
    (el, value) => {
      const input = el as HTMLInputElement
      input.value = value as string
      input.dispatchEvent(new Event('input', { bubbles: true }))
      input.dispatchEvent(new Event('change', { bubbles: true }))
    },
    isoDate,
  )
}

/** Opens a hash route and waits until the app has rendered something for it. */
export async function open(page: Page, url: string, selector: string, text = ''): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle0' })
  await waitForText(page, selector, text)
}

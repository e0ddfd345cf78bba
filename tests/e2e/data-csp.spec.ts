import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

/** Every page the router knows, read from its source so that new pages are covered without editing this test. */
const routes = [...readFileSync('src/router/index.ts', 'utf8').matchAll(/path: '(\/[^']*)'/g)]
  .map((m) => m[1])
  .filter((p) => !p.includes('(') && !p.includes(':'))
  .concat(['/assessment/kz-2025-dept', '/targets/kz-2025-dept'])

test('the Content-Security-Policy holds on every page: no violation, no console error', async ({ page }) => {
  const problems: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;((window as unknown as { __csp: string[] }).__csp ??= []).push(
        `${e.violatedDirective} ${e.blockedURI}`,
      )
    })
  })
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`))

  const csp = await (await page.request.get('/')).text()
  expect(csp).toContain('http-equiv="Content-Security-Policy"')
  expect(csp).not.toContain('unsafe-eval')

  for (const route of routes) {
    await page.goto(`/#${route}`)
    await expect(page.locator('#app')).not.toBeEmpty()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
    expect(violations, route).toEqual([])
  }
  expect(routes.length).toBeGreaterThanOrEqual(10)
  // The listener works and the policy bites: an injected inline script is refused and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inline = 1'
    document.body.append(script)
    return (window as unknown as { __inline?: number }).__inline ?? 'refused'
  })
  expect(ran).toBe('refused')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.[0] ?? ''))
    .toContain('script-src')
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('inline script')))
  expect(problems).toEqual([])
})

// Issue 15, case 8 (the console half): patching the Pinia session store's profile to the 审核
// profile must neither lock nor unlock a sheet without the reviewer's PIN, nor put the reviewer's
// name in the history. The db layer holds the acting profile (src/db/acting-profile.ts).
import { expect, test, type Page } from '@playwright/test'
import {
  addProfile,
  fillOutcomes,
  importEntries,
  projectYear,
  readStored,
  submitForm,
  switchProfile,
} from './integrity-fixtures'

const SHEET = 'kz-2025-proj-1'
const ME = '当前用户: 管理员'
const REVIEWER = '当前用户: 王审核'

/** From the console: the session store's profile pointed at another profile, then a store action. */
function attack(page: Page, profileName: string, action: 'lock' | 'unlock') {
  return page.evaluate(
    async ({ profileName, action, sheet }) => {
      type Store = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
      const app = (document.querySelector('#app') as unknown as { __vue_app__: Store }).__vue_app__
      const pinia = app.config.globalProperties.$pinia as Store
      const session = pinia._s.get('session') as Store
      session.profile = (session.profiles as Store[]).find((p) => p.name === profileName)
      const assessment = pinia._s.get('assessment') as Store
      try {
        if (assessment.sheetId !== sheet) throw new Error(`open on ${assessment.sheetId}`)
        if (action === 'unlock') await assessment.unlock('控制台解锁')
        else await assessment.lock()
        return 'done'
      } catch (e) {
        return (e as { bilingual?: { zh: string } }).bilingual?.zh ?? String(e)
      }
    },
    { profileName, action, sheet: SHEET },
  )
}

test('the session store patched to the reviewer in the console neither locks nor unlocks, and logs nothing as the reviewer', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const who = page.getByRole('button', { name: /当前用户/ })
  await addProfile(page, '王审核', '审核', '2468')
  await importEntries(page, 'project-year.json', projectYear())
  await page.goto(`/#/assessment/${SHEET}`)
  await fillOutcomes(page, 1)
  await submitForm(page)

  // 1. As 管理员, the store says 王审核: locking the submitted sheet is refused, nothing changes.
  expect(await attack(page, '王审核', 'lock')).toContain('操作人不是当前登录的用户')
  await page.reload()
  await expect(who).toHaveAccessibleName(ME)
  expect((await readStored(page, SHEET)).status).toBe('submitted')

  // 2. The reviewer, with the PIN, locks it: the honest path works.
  await switchProfile(page, /王审核/, '2468')
  await expect(who).toHaveAccessibleName(REVIEWER)
  await page.getByRole('button', { name: '审核并锁定' }).click()
  await expect(page.getByText('此表已审核锁定')).toBeVisible()

  // 3. Back as 管理员 (no PIN), the console attack on the lock: refused, still locked.
  await switchProfile(page, /管理员/)
  await expect(who).toHaveAccessibleName(ME)
  const refused = await attack(page, '王审核', 'unlock')
  expect(refused).toContain('操作人不是当前登录的用户')
  await page.reload()
  await expect(page.getByText('此表已审核锁定')).toBeVisible()
  const stored = await readStored(page, SHEET)
  expect(stored.status).toBe('locked')
  // The history: the reviewer's one lock, nothing more under the reviewer's name for this sheet.
  const reviewers = stored.audit.filter((a) => a.actorName === '王审核' && a.rowId === SHEET)
  expect(reviewers).toHaveLength(1)
  expect(stored.audit.some((a) => a.reason === '控制台解锁')).toBe(false)
})

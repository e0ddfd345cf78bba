import { expect, test } from '@playwright/test'

test('an administrator adds a data-entry user with a PIN; switching needs that PIN', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByLabel('姓名').fill('张三')
  await page.getByRole('combobox', { name: '角色' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '录入员' }).click()
  await page.getByLabel('PIN（可选，4 位以上）').fill('2468')
  await page.getByRole('button', { name: '添加用户' }).click()
  await expect(page.getByRole('cell', { name: '张三' })).toBeVisible()

  const userMenu = page.getByRole('button', { name: /当前用户/ })
  await userMenu.click()
  await page.getByRole('menuitem', { name: /张三/ }).click()
  await page.getByRole('dialog').getByRole('textbox').fill('0000')
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'OK' })
    .or(page.getByRole('dialog').getByRole('button', { name: '确定' }))
    .click()
  await expect(page.getByText('PIN 不正确，未切换用户。')).toBeVisible()
  await expect(userMenu).toHaveAccessibleName('当前用户: 管理员')

  await userMenu.click()
  await page.getByRole('menuitem', { name: /张三/ }).click()
  await page.getByRole('dialog').getByRole('textbox').fill('2468')
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'OK' })
    .or(page.getByRole('dialog').getByRole('button', { name: '确定' }))
    .click()
  await expect(userMenu).toHaveAccessibleName('当前用户: 张三')

  // The db layer, not only the UI, refuses: a data-entry user may not add users.
  await page.getByLabel('姓名').fill('李四')
  await page.getByRole('button', { name: '添加用户' }).click()
  await expect(page.getByText(/无权/)).toBeVisible()
  await expect(page.getByLabel('姓名')).toHaveValue('李四')

  // After a reload the saved profile is not taken on trust: its PIN is asked for (issue 15).
  await page.reload()
  const ask = page.getByRole('dialog').filter({ hasText: '请输入 张三 的 PIN' })
  await expect(ask).toBeVisible()
  await expect(page.getByRole('button', { name: /当前用户/ })).toHaveAccessibleName('当前用户: 管理员')
  await ask.getByRole('textbox').fill('2468')
  await ask.getByRole('button', { name: 'OK' }).or(ask.getByRole('button', { name: '确定' })).click()
  await expect(page.getByRole('button', { name: /当前用户/ })).toHaveAccessibleName('当前用户: 张三')
})

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { forgeBackup, rowsOf } from '../unit/bad-input/forged-backup'

// Bad restores and imports in the browser (issue 16): each gets one message, and every IndexedDB
// store holds exactly what it held before.

/** Every object store of the app's database, each row as JSON (a Blob shows as its size and type). */
async function allStores(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('perf-ledger')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const out: Record<string, unknown[]> = {}
    for (const name of Array.from(db.objectStoreNames).sort()) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll()
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    }
    db.close()
    return JSON.stringify(out, (_k, v: unknown) => (v instanceof Blob ? `blob ${v.size} ${v.type}` : v))
  })
}

async function backupText(page: Page): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '备份全部数据' }).click()
  const file = join(mkdtempSync(join(tmpdir(), 'pl-bad-')), 'backup.json')
  await (await download).saveAs(file)
  return readFileSync(file, 'utf8')
}

const pickBackup = (page: Page, buffer: Buffer) =>
  page
    .getByLabel('选择备份文件…')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer })
/** Picks the backup (its checksum passes) and asks for the restore, where the rows are checked. */
async function restore(page: Page, buffer: Buffer) {
  await pickBackup(page, buffer)
  const checked = page.getByRole('region', { name: '已检查的备份' })
  await checked.getByRole('button', { name: '替换为备份…' }).click()
  await page
    .getByRole('dialog', { name: '用备份替换当前全部数据？' })
    .getByRole('button', { name: '删除并恢复' })
    .click()
}

const pickExchange = (page: Page, name: string, buffer: Buffer) =>
  page.getByLabel('选择交换文件…').setInputFiles({ name, mimeType: 'application/json', buffer })

test('restores of edited, re-checksummed and reformatted backups are refused; nothing changes', async ({
  page,
}) => {
  await page.goto('/#/data')
  await expect(page.getByRole('button', { name: '备份全部数据' })).toBeEnabled()
  const good = await backupText(page)
  const before = await allStores(page)
  // The restore's refusal, not the toast that the backup was made.
  const alert = page.locator('.el-alert[role="alert"]')
  await expect(page.getByTestId('checksum-note')).toContainText('校验值只能发现文件损坏，不能发现有人改动')

  // The first-visit data has no entries: a sheet of a unit that is not there.
  const orphan = forgeBackup(good, (c) => (rowsOf(c, 'sheets')[0]!.unitId = 'nowhere'))
  await restore(page, Buffer.from(await orphan.arrayBuffer()))
  await expect(alert).toContainText('备份中 sheets 表第 1 行')
  await expect(alert).toContainText('整个备份未恢复')
  expect(await allStores(page)).toBe(before)

  const role = forgeBackup(good, (c) => (rowsOf(c, 'profiles')[0]!.role = 'superuser'))
  await restore(page, Buffer.from(await role.arrayBuffer()))
  await expect(alert).toContainText('profiles 表第 1 行')
  expect(await allStores(page)).toBe(before)

  await pickBackup(page, Buffer.from(JSON.stringify(JSON.parse(good), null, 2)))
  await expect(alert).toContainText('已被重新排版')
  expect(await allStores(page)).toBe(before)

  const extra = forgeBackup(good, (c) => {
    c.data.tables.push({ name: 'evil', schema: 'id', rowCount: 0 })
    c.data.data.push({ tableName: 'evil', inbound: true, rows: [] })
  })
  await restore(page, Buffer.from(await extra.arrayBuffer()))
  await expect(alert).toContainText('备份中有本程序没有的数据表“evil”')
  await expect(alert).not.toContainText('does not exist')
  expect(await allStores(page)).toBe(before)
})

test('exchange files with a unit loop, or a backup given as one, are refused; nothing changes', async ({
  page,
}) => {
  await page.goto('/#/data')
  await expect(page.getByRole('button', { name: '备份全部数据' })).toBeEnabled()
  const good = await backupText(page)
  const before = await allStores(page)
  await pickExchange(page, 'backup.json', Buffer.from(good))
  await expect(page.getByText('这是备份文件，不是数据交换文件')).toBeVisible()
  expect(await allStores(page)).toBe(before)
  await pickExchange(page, 'loop.json', readFileSync('tests/fixtures/bad-input/units-mutual-parents.json'))
  await expect(page.getByText(/单位的上级关系成环/)).toBeVisible()
  expect(await allStores(page)).toBe(before)
})

// @vitest-environment happy-dom
// Page message groups load on demand; a language switch loads every group already in use.
import { describe, expect, it } from 'vitest'
import { ensureGroups, i18n, setLocale } from '@/i18n'

const { t, te } = i18n.global

describe('message groups', () => {
  it('has the shell groups from the start and a page group only once it is ensured', async () => {
    expect(t('entry.bin.empty')).toBe('entry.bin.empty')
    expect(te('entry.bin.empty')).toBe(false)
    await ensureGroups('zh-CN', ['entry'])
    expect(t('entry.bin.empty')).toBe('回收站是空的')
  })

  it('switching language loads the groups in use in the new language', async () => {
    await setLocale('en-US')
    expect(t('entry.bin.empty')).toBe('The recycle bin is empty')
    await setLocale('zh-CN')
    expect(t('entry.bin.empty')).toBe('回收站是空的')
  })

  it('an unknown group is an error, not a silent gap', async () => {
    await expect(ensureGroups('zh-CN', ['noSuchGroup'])).rejects.toThrow('zh-CN/noSuchGroup')
  })
})

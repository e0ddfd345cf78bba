// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { createI18n } from 'vue-i18n'
import { useBilingual } from '@/composables/use-bilingual'
import { useErrorText } from '@/composables/use-error-text'

const refusal = Object.assign(new Error('The sheet is locked'), {
  bilingual: { zh: '该表已锁定', en: 'The sheet is locked' },
})

/** A component that shows what the two composables give for the same texts. */
const Probe = defineComponent(() => {
  const { pick } = useBilingual()
  const errorText = useErrorText()
  return () =>
    h('p', `${pick({ zh: '达成', en: 'Met' })}|${errorText(refusal)}|${errorText(new Error('plain'))}`)
})

describe('useBilingual', () => {
  it('picks Chinese by default and English when the interface is English', async () => {
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: {} })
    const wrapper = mount(Probe, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('达成|该表已锁定|plain')
    i18n.global.locale.value = 'en-US'
    await nextTick()
    expect(wrapper.text()).toBe('Met|The sheet is locked|plain')
    wrapper.unmount()
  })
})

// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import BaseChart from '@/components/charts/BaseChart.vue'

describe('BaseChart', () => {
  it('hides the drawing from screen readers and offers the table instead', async () => {
    const wrapper = mount(BaseChart, {
      props: {
        option: {
          xAxis: { type: 'category', data: ['1月'] },
          yAxis: { type: 'value' },
          series: [{ type: 'line', data: [1] }],
        },
        label: '预算执行率与序时进度',
        tableSummary: '以表格查看',
        height: '200px',
      },
      slots: { default: () => h('table', [h('tr', [h('td', '20.00%')])]) },
      attachTo: document.body,
    })
    const figure = wrapper.get('figure')
    expect(figure.attributes('aria-label')).toBe('预算执行率与序时进度')
    expect(wrapper.get('.chart__canvas').attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('details summary').text()).toBe('以表格查看')
    expect(wrapper.get('details td').text()).toBe('20.00%')
    wrapper.unmount()
  })

  it('keeps the table for screen readers only on the wall display', () => {
    const wrapper = mount(BaseChart, {
      props: { option: {}, label: '图', tableHidden: true, theme: 'dark' },
      slots: { default: () => h('table', [h('tr', [h('td', 'x')])]) },
    })
    expect(wrapper.find('details').exists()).toBe(false)
    expect(wrapper.get('.chart__sr-only td').text()).toBe('x')
    wrapper.unmount()
  })
})

import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ScrollX from './ScrollX.vue'

function sized(el: Element, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(el, 'scrollWidth', { configurable: true, value: scrollWidth })
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: clientWidth })
}

describe('ScrollX', () => {
  it('is a plain box, out of the tab order, while its content fits', () => {
    const wrapper = mount(ScrollX, { props: { label: 'Heatmap' }, slots: { default: '<table />' } })

    const box = wrapper.get('div.scroll-x')
    expect(box.find('table').exists()).toBe(true)
    expect(box.attributes('tabindex')).toBeUndefined()
    expect(box.attributes('role')).toBeUndefined()
    expect(box.attributes('aria-label')).toBeUndefined()
  })

  it('becomes a named, focusable region once its content is wider than the box', async () => {
    const wrapper = mount(ScrollX, { props: { label: 'Heatmap' }, slots: { default: '<table />' } })
    sized(wrapper.element, 900, 320)

    // Measured again on each update (and on resize where ResizeObserver exists).
    await wrapper.setProps({ label: 'Wall index by team pair' })

    const box = wrapper.get('div.scroll-x')
    expect(box.attributes('tabindex')).toBe('0')
    expect(box.attributes('role')).toBe('region')
    expect(box.attributes('aria-label')).toBe('Wall index by team pair')

    sized(wrapper.element, 320, 320)
    await wrapper.setProps({ label: 'Heatmap' })
    expect(wrapper.get('div.scroll-x').attributes('tabindex')).toBeUndefined()
  })
})

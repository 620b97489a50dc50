import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ImportProgress from './ImportProgress.vue'

describe('ImportProgress', () => {
  it('says how many bytes of the file are sent, then that the server is importing', async () => {
    const wrapper = mount(ImportProgress, {
      props: { bytes: { loaded: 512 * 1024, total: 2 * 1024 * 1024 } },
    })
    expect(wrapper.text()).toBe('Uploading the file: 512 KB of 2.0 MB (25%) 25%')
    const bar = wrapper.get('progress')
    expect(bar.attributes('value')).toBe(String(512 * 1024))
    expect(bar.attributes('max')).toBe(String(2 * 1024 * 1024))
    expect(wrapper.get(`#${bar.attributes('aria-labelledby')}`).text()).toContain('25%')

    await wrapper.setProps({ bytes: { loaded: 2 * 1024 * 1024, total: 2 * 1024 * 1024 } })
    expect(wrapper.text()).toContain('Sent the file; the server is importing it…')
  })

  it('shows rows processed of all rows, and which part is uploading', () => {
    const wrapper = mount(ImportProgress, {
      props: {
        rows: { done: 1000, total: 2345 },
        bytes: { loaded: 10, total: 100 },
        part: 'part 3 of 5',
      },
    })
    const bars = wrapper.findAll('progress')
    expect(bars[0]!.attributes('value')).toBe('1000')
    expect(bars[0]!.attributes('max')).toBe('2345')
    expect(wrapper.text()).toContain('Rows processed: 1,000 of 2,345')
    expect(wrapper.text()).toContain('Uploading part 3 of 5: 10 bytes of 100 bytes (10%)')
  })
})

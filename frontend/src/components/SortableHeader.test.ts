import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SortableHeader from './SortableHeader.vue'

function header(sort: { field: string; direction: 'asc' | 'desc' } | null) {
  const table = document.createElement('tr')
  return mount(SortableHeader, {
    props: { field: 'title', label: 'Title', sort },
    attachTo: table,
  })
}

describe('SortableHeader', () => {
  it('is a column header holding a button, reachable by keyboard', () => {
    const wrapper = header(null)
    expect(wrapper.element.tagName).toBe('TH')
    expect(wrapper.attributes('scope')).toBe('col')
    const button = wrapper.get('button')
    expect(button.attributes('type')).toBe('button')
    expect(button.text()).toContain('Title')
    expect(button.attributes('tabindex')).toBeUndefined()
    wrapper.unmount()
  })

  it('says which way the list is sorted only on the sorted column', () => {
    expect(header(null).attributes('aria-sort')).toBeUndefined()
    expect(header({ field: 'status', direction: 'asc' }).attributes('aria-sort')).toBeUndefined()
    expect(header({ field: 'title', direction: 'asc' }).attributes('aria-sort')).toBe('ascending')
    expect(header({ field: 'title', direction: 'desc' }).attributes('aria-sort')).toBe('descending')
  })

  it('asks for its field when clicked (Enter and Space click a button)', async () => {
    const wrapper = header({ field: 'title', direction: 'asc' })
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('sort')).toEqual([['title']])
  })
})

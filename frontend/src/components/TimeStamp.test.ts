import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TimeStamp from './TimeStamp.vue'

describe('TimeStamp', () => {
  it('writes the time in the app format, with the UTC instant as datetime and tooltip', () => {
    const wrapper = mount(TimeStamp, { props: { at: '2026-11-30T14:05:30.250Z' } })

    const time = wrapper.get('time')
    expect(time.text()).toBe('30 Nov 2026, 14:05')
    expect(time.attributes('datetime')).toBe('2026-11-30T14:05:30Z')
    expect(time.attributes('title')).toBe('2026-11-30T14:05:30Z (UTC)')
  })

  it('writes only the date when asked, a calendar date as it is', () => {
    expect(mount(TimeStamp, { props: { at: '2026-11-30T14:05:00Z', dateOnly: true } }).text()).toBe(
      '30 Nov 2026',
    )
    const date = mount(TimeStamp, { props: { at: '2024-12-01', dateOnly: true } }).get('time')
    expect(date.text()).toBe('1 Dec 2024')
    expect(date.attributes('datetime')).toBe('2024-12-01')
  })

  it('shows the empty text, and no <time>, without a valid value', () => {
    expect(mount(TimeStamp, { props: { at: null } }).html()).toBe('<span>—</span>')
    const never = mount(TimeStamp, { props: { at: 'garbage', empty: 'Never' } })
    expect(never.find('time').exists()).toBe(false)
    expect(never.text()).toBe('Never')
  })
})

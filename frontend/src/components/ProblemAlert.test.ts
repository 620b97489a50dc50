import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import ProblemAlert from './ProblemAlert.vue'

describe('ProblemAlert', () => {
  it('separates the title from the detail by a space', () => {
    const error = new ApiError(400, {
      title: 'Invalid request',
      detail: 'from: must not be after to',
    })
    const wrapper = mount(ProblemAlert, { props: { error } })

    expect(wrapper.get('[role="alert"]').text()).toBe('Invalid request from: must not be after to')
  })

  it('shows nothing without an error, and the title once when the detail repeats it', () => {
    expect(mount(ProblemAlert, { props: { error: null } }).html()).toBe('<!--v-if-->')
    const same = new ApiError(404, { title: 'Not found', detail: 'Not found' })
    expect(mount(ProblemAlert, { props: { error: same } }).text()).toBe('Not found')
  })
})

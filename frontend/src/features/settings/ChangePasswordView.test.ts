import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { getCsrfToken, setCsrfToken } from '@/api/http'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, mockFetch, problem } from '@/test/mockFetch'
import ChangePasswordView from './ChangePasswordView.vue'

async function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/settings/password')
  const wrapper = mount(ChangePasswordView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper']

async function fill(wrapper: Wrapper, current: string, next: string, again = next) {
  await wrapper.get('#pw-current').setValue(current)
  await wrapper.get('#pw-new').setValue(next)
  await wrapper.get('#pw-confirm').setValue(again)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('ChangePasswordView', () => {
  it('flags every empty field at once and sends nothing', async () => {
    const { calls } = mockFetch([])
    const { wrapper } = await mountView()

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(calls).toHaveLength(0)
    expect(wrapper.get('#pw-current-error').text()).toBe('Enter your current password.')
    expect(wrapper.get('#pw-new-error').text()).toBe('Enter a new password.')
    expect(wrapper.get('#pw-confirm-error').text()).toBe('Enter the new password again.')
  })

  it('checks length, difference and the repeated password in the browser', async () => {
    const { calls } = mockFetch([])
    const { wrapper } = await mountView()

    await fill(wrapper, 'old-password-1', 'short', 'shorter')
    expect(wrapper.get('#pw-new-error').text()).toBe('Use at least 12 characters.')
    expect(wrapper.get('#pw-confirm-error').text()).toBe('Does not match the new password.')

    await fill(wrapper, 'old-password-1', 'old-password-1')
    expect(wrapper.get('#pw-new-error').text()).toBe(
      'Choose a password that differs from the current one.',
    )
    expect(calls).toHaveLength(0)
  })

  it('shows the server’s answer under the field it names', async () => {
    mockFetch([
      {
        method: 'PUT',
        url: '/api/me/password',
        respond: () =>
          problem(400, {
            title: 'Invalid request',
            detail: 'currentPassword: is not your current password',
            errors: [{ field: 'currentPassword', message: 'is not your current password' }],
          }),
      },
    ])
    const { wrapper, router } = await mountView()

    await fill(wrapper, 'wrong-password-1', 'a-brand-new-password')

    expect(wrapper.get('#pw-current-error').text()).toBe('is not your current password')
    expect(wrapper.get('#pw-current').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(useAuthStore().me).not.toBeNull()
    expect(router.currentRoute.value.name).toBe('change-password')
  })

  it('on success signs out here too and sends the user to sign in again', async () => {
    setCsrfToken('csrf-123')
    const { calls } = mockFetch([
      {
        method: 'PUT',
        url: '/api/me/password',
        respond: () => new Response(null, { status: 204 }),
      },
    ])
    const { wrapper, router } = await mountView()

    await fill(wrapper, 'old-password-1', 'a-brand-new-password')

    expect(calls[0]!.body).toEqual({
      currentPassword: 'old-password-1',
      newPassword: 'a-brand-new-password',
    })
    expect(calls[0]!.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(useAuthStore().me).toBeNull()
    expect(getCsrfToken()).toBeNull()
    // The login page is loaded lazily: wait for the navigation to land.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'), { timeout: 5000 })
    expect(router.currentRoute.value.query).toEqual({ changed: 'password' })
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { getCsrfToken, setCsrfToken } from '@/api/http'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import LoginView from './LoginView.vue'

async function mountLogin(path = '/login') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(LoginView, { global: { plugins: [router] } })
  return { wrapper, router }
}

async function signIn(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper']) {
  await wrapper.get('#login-name').setValue('admin')
  await wrapper.get('#login-password').setValue('secret-password')
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('LoginView', () => {
  it('says the password was changed when sent here after changing it', async () => {
    mockFetch([])
    const { wrapper } = await mountLogin('/login?changed=password')

    expect(wrapper.get('[role="status"]').text()).toBe(
      'Password changed — sign in with your new password',
    )
  })

  it('says the credentials are wrong on 401', async () => {
    mockFetch([
      {
        method: 'POST',
        url: '/api/auth/login',
        respond: () => problem(401, { title: 'Unauthorized', detail: 'Bad credentials' }),
      },
    ])
    const { wrapper, router } = await mountLogin()

    await signIn(wrapper)

    expect(wrapper.get('[role="alert"]').text()).toBe('Wrong login or password.')
    expect(router.currentRoute.value.name).toBe('login')
    expect(useAuthStore().me).toBeNull()
  })

  it('tells how long to wait when locked out (429)', async () => {
    mockFetch([
      {
        method: 'POST',
        url: '/api/auth/login',
        respond: () => problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '900' }),
      },
    ])
    const { wrapper } = await mountLogin()

    await signIn(wrapper)

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Too many failed attempts, try again in 15 minutes.',
    )
  })

  it('loads /api/me after signing in and goes to the redirect target', async () => {
    const { calls } = mockFetch([
      {
        method: 'POST',
        url: '/api/auth/login',
        respond: () => json(200, { accessToken: 'jwt', expiresIn: 3600, user: admin }),
      },
      { method: 'GET', url: '/api/me', respond: () => json(200, admin) },
    ])
    const { wrapper, router } = await mountLogin('/login?redirect=/teams/platform-sre')

    await signIn(wrapper)

    expect(calls[0]?.body).toEqual({ login: 'admin', password: 'secret-password' })
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/auth/login',
      'GET /api/me',
    ])
    expect(getCsrfToken()).toBe('csrf-123')
    expect(useAuthStore().me?.displayName).toBe('Ada Admin')
    // The target page loads lazily, slowly on a busy machine: wait up to 10 s, not the default 1 s.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/teams/platform-sre'), {
      timeout: 10000,
    })
  })

  it('ignores a redirect to another site', async () => {
    mockFetch([
      {
        method: 'POST',
        url: '/api/auth/login',
        respond: () => json(200, { accessToken: 'jwt', expiresIn: 3600, user: admin }),
      },
      { method: 'GET', url: '/api/me', respond: () => json(200, admin) },
    ])
    const { wrapper, router } = await mountLogin('/login?redirect=//evil.example')

    await signIn(wrapper)

    // The target page loads lazily, slowly on a busy machine: wait up to 10 s, not the default 1 s.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/'), { timeout: 10000 })
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import { createAppRouter } from '@/router'
import { createAuthStore, installUnauthorizedRedirect } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'

function setup() {
  const auth = createAuthStore()
  const router = createAppRouter(createMemoryHistory(), auth)
  return { auth, router }
}

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken(null)
})

describe('router guard', () => {
  it('sends a signed-out user to /login with the path to come back to', async () => {
    mockFetch([{ method: 'GET', url: '/api/me', respond: () => problem(401, {}) }])
    const { router, auth } = setup()

    await router.push('/teams/platform-sre?tab=history')

    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/teams/platform-sre?tab=history')
    expect(auth.me).toBeNull()
  })

  it('lets a signed-in user through and asks /api/me only once', async () => {
    const { calls } = mockFetch([
      { method: 'GET', url: '/api/me', respond: () => json(200, admin) },
    ])
    const { router } = setup()

    await router.push('/teams')
    await router.push('/users')

    expect(router.currentRoute.value.name).toBe('users')
    expect(calls).toHaveLength(1)
  })

  it('keeps viewers out of admin pages but lets them read teams and the history of records', async () => {
    mockFetch([
      { method: 'GET', url: '/api/me', respond: () => json(200, { ...admin, role: 'VIEWER' }) },
    ])
    const { router } = setup()

    await router.push('/users')
    expect(router.currentRoute.value.name).toBe('forbidden')

    await router.push('/admin/connectors')
    expect(router.currentRoute.value.name).toBe('forbidden')

    await router.push('/admin/connectors/7')
    expect(router.currentRoute.value.name).toBe('forbidden')

    await router.push('/audit')
    expect(router.currentRoute.value.name).toBe('audit')

    await router.push('/teams')
    expect(router.currentRoute.value.name).toBe('teams')
  })

  it('takes members from / to their court and keeps the dashboard at /dashboard', async () => {
    mockFetch([
      { method: 'GET', url: '/api/me', respond: () => json(200, { ...admin, role: 'MEMBER' }) },
    ])
    const { router } = setup()

    await router.push('/')
    expect(router.currentRoute.value.name).toBe('court')
    expect(router.currentRoute.value.path).toBe('/court')

    await router.push('/dashboard')
    expect(router.currentRoute.value.name).toBe('dashboard')

    // A link to the dashboard with its filters keeps them.
    await router.push('/?team=web&bucket=week')
    expect(router.currentRoute.value.fullPath).toBe('/dashboard?team=web&bucket=week')

    await router.push('/digest')
    expect(router.currentRoute.value.name).toBe('digest')

    await router.push('/admin/notifications')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('keeps the dashboard at / for admins and viewers', async () => {
    mockFetch([
      { method: 'GET', url: '/api/me', respond: () => json(200, { ...admin, role: 'VIEWER' }) },
    ])
    const { router } = setup()

    await router.push('/')
    expect(router.currentRoute.value.name).toBe('dashboard')
    expect(router.currentRoute.value.path).toBe('/')

    await router.push('/court')
    expect(router.currentRoute.value.name).toBe('court')

    await router.push('/admin/notifications/3')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('opens the notification pages to admins', async () => {
    mockFetch([{ method: 'GET', url: '/api/me', respond: () => json(200, admin) }])
    const { router } = setup()

    await router.push('/')
    expect(router.currentRoute.value.name).toBe('dashboard')

    await router.push('/admin/notifications')
    expect(router.currentRoute.value.name).toBe('notifications')

    await router.push('/admin/notifications/3')
    expect(router.currentRoute.value.name).toBe('notification-channel')
    expect(router.currentRoute.value.params.id).toBe('3')
  })

  it('shows the login page without a session', async () => {
    mockFetch([{ method: 'GET', url: '/api/me', respond: () => problem(401, {}) }])
    const { router } = setup()

    await router.push('/login')

    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBeUndefined()
  })

  it('routes to /login when a later call answers 401', async () => {
    mockFetch([
      { method: 'GET', url: '/api/me', respond: () => json(200, admin) },
      { method: 'GET', url: '/api/teams/x', respond: () => problem(401, {}) },
    ])
    const { router, auth } = setup()
    installUnauthorizedRedirect(router, auth)
    await router.push('/tokens')

    const { http } = await import('@/api/http')
    await http.get('/api/teams/x').catch(() => undefined)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))

    expect(router.currentRoute.value.query.redirect).toBe('/tokens')
    expect(auth.me).toBeNull()
  })

  it('has a not-found page for unknown paths', async () => {
    mockFetch([{ method: 'GET', url: '/api/me', respond: () => json(200, admin) }])
    const { router } = setup()

    await router.push('/no/such/page')

    expect(router.currentRoute.value.name).toBe('not-found')
  })
})

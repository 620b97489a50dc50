import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '@/App.vue'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(App, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('App shell', () => {
  it('shows the product, navigation and the signed-in user', async () => {
    useAuthStore().setMe({ ...admin, role: 'MEMBER' })
    const empty = { items: [], page: 0, size: 50, total: 0 }
    mockFetch([
      { method: 'GET', url: /^\/api\/(incidents|teams)\?/, respond: () => json(200, empty) },
      { method: 'GET', url: '/api/contributing-factors', respond: () => json(200, []) },
    ])

    const wrapper = await mountAt('/incidents')

    expect(wrapper.get('header').text()).toContain('Wallbreaker')
    const nav = wrapper.get('nav[aria-label="Main"]')
    expect(nav.findAll('a').map((a) => a.text())).toEqual([
      'Dashboard',
      'Incidents',
      'Action items',
      'Requests',
      'Shadow systems',
      'Teams',
      'Audit',
    ])
    expect(wrapper.get('.account').text()).toContain('Ada Admin')
    expect(wrapper.get('.account').text()).toContain('MEMBER')
    expect(wrapper.get('h1').text()).toBe('Incidents')
    expect(wrapper.text()).toContain('No incidents recorded yet.')
  })

  it('offers Users and Connectors to admins only', async () => {
    useAuthStore().setMe(admin)
    // The dashboard's reports do not matter here; answer them so nothing reaches the network.
    mockFetch([{ method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) }])

    const wrapper = await mountAt('/')

    const nav = wrapper.get('nav[aria-label="Main"]')
    expect(nav.text()).toContain('Users')
    expect(nav.get('a[href="/admin/connectors"]').text()).toBe('Connectors')
  })

  it('hides the shell on the login page', async () => {
    const wrapper = await mountAt('/login')

    expect(wrapper.find('header').exists()).toBe(false)
    expect(wrapper.find('h1').text()).toBe('Sign in')
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '@/App.vue'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin } from '@/test/mockFetch'

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

    const wrapper = await mountAt('/incidents')

    expect(wrapper.get('header').text()).toContain('Wallbreaker')
    const nav = wrapper.get('nav[aria-label="Main"]')
    expect(nav.findAll('a').map((a) => a.text())).toEqual([
      'Dashboard',
      'Incidents',
      'Requests',
      'Shadow systems',
      'Teams',
      'Audit',
    ])
    expect(wrapper.get('.account').text()).toContain('Ada Admin')
    expect(wrapper.get('.account').text()).toContain('MEMBER')
    expect(wrapper.text()).toContain('Coming soon')
  })

  it('offers Users to admins only', async () => {
    useAuthStore().setMe(admin)

    const wrapper = await mountAt('/')

    expect(wrapper.get('nav[aria-label="Main"]').text()).toContain('Users')
  })

  it('hides the shell on the login page', async () => {
    const wrapper = await mountAt('/login')

    expect(wrapper.find('header').exists()).toBe(false)
    expect(wrapper.find('h1').text()).toBe('Sign in')
  })
})

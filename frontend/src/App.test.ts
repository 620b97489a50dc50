import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '@/App.vue'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { COURT_REFRESH_MS, useCourtStore } from '@/stores/court'
import { aCourtItem } from '@/features/court/fixtures'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(App, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

/** `GET /api/me/court` answering `total` items (the count is what the badge shows). */
function courtRoute(total: () => number) {
  return {
    method: 'GET',
    url: '/api/me/court',
    respond: () =>
      json(200, {
        items: Array.from({ length: total() }, (_, i) => aCourtItem({ id: i + 1 })),
        total: total(),
      }),
  }
}

enableAutoUnmount(afterEach)

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  useCourtStore().clear()
})

describe('App shell', () => {
  it('shows the product, navigation and the signed-in user', async () => {
    useAuthStore().setMe({ ...admin, role: 'MEMBER' })
    const empty = { items: [], page: 0, size: 50, total: 0 }
    mockFetch([
      { method: 'GET', url: /^\/api\/(incidents|teams)\?/, respond: () => json(200, empty) },
      { method: 'GET', url: '/api/contributing-factors', respond: () => json(200, []) },
      courtRoute(() => 0),
    ])

    const { wrapper } = await mountAt('/incidents')

    expect(wrapper.get('header').text()).toContain('Wallbreaker')
    const nav = wrapper.get('nav[aria-label="Main"]')
    expect(nav.findAll('a').map((a) => a.text())).toEqual([
      'Your court',
      'Dashboard',
      'Incidents',
      'Action items',
      'Requests',
      'Shadow systems',
      'Teams',
      'Audit',
    ])
    expect(nav.find('details').exists()).toBe(false)
    expect(wrapper.get('.account').text()).toContain('Ada Admin')
    expect(wrapper.get('.account').text()).toContain('MEMBER')
    expect(wrapper.get('h1').text()).toBe('Incidents')
    expect(wrapper.text()).toContain('No incidents recorded yet.')
  })

  it('offers Users and Connectors to admins only', async () => {
    useAuthStore().setMe(admin)
    // The dashboard's reports do not matter here; answer them so nothing reaches the network.
    mockFetch([{ method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) }])

    const { wrapper } = await mountAt('/')

    const nav = wrapper.get('nav[aria-label="Main"]')
    expect(nav.text()).toContain('Users')
    expect(nav.get('a[href="/admin/connectors"]').text()).toBe('Connectors')
  })

  it('groups the admin pages in one menu that closes after a choice and on Escape', async () => {
    useAuthStore().setMe(admin)
    mockFetch([{ method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) }])
    const { wrapper, router } = await mountAt('/')

    const menu = wrapper.get('nav[aria-label="Main"] details.admin-menu')
    expect(menu.get('summary').text()).toBe('Admin')
    expect(menu.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Users', '/users'],
      ['Connectors', '/admin/connectors'],
      ['Notifications', '/admin/notifications'],
      ['OLA targets', '/ola-targets'],
    ])
    // Teams and the audit log are for everyone, so they stay in the bar.
    const bar = wrapper.findAll('nav[aria-label="Main"] > a').map((a) => a.text())
    expect(bar).toContain('Teams')
    expect(bar).toContain('Audit')

    const details = menu.element as HTMLDetailsElement
    details.open = true
    await menu.trigger('toggle')
    await menu.trigger('keydown', { key: 'Escape' })
    expect(details.open).toBe(false)

    details.open = true
    await menu.trigger('toggle')
    await router.push('/admin/notifications')
    await flushPromises()
    expect(details.open).toBe(false)
    expect(menu.get('summary').classes()).toContain('active')
  })

  it('offers every signed-in user their own pages in a menu under their name', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    mockFetch([{ method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) }])
    const { wrapper, router } = await mountAt('/')

    const menu = wrapper.get('.account details.account-menu')
    expect(menu.get('summary').text().replace(/\s+/g, ' ')).toBe('Your account: Ada Admin')
    // The bar cuts a long name short; the tooltip and the menu give it in full, with the role.
    expect(menu.get('summary').attributes('title')).toBe('Ada Admin')
    expect(menu.get('.menu-who').text().replace(/\s+/g, ' ')).toBe('Signed in as Ada Admin VIEWER')
    expect(menu.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Notification settings', '/settings/notifications'],
      ['API tokens', '/tokens'],
      ['Change password', '/settings/password'],
    ])
    expect(menu.get('summary').classes()).not.toContain('active')
    // Sign out is the menu's last entry, so the bar keeps one line at 1280 px.
    expect(menu.get('.menu > button').text()).toBe('Sign out')

    const details = menu.element as HTMLDetailsElement
    details.open = true
    await menu.trigger('toggle')
    await router.push('/settings/notifications')
    await flushPromises()
    expect(details.open).toBe(false)
    expect(menu.get('summary').classes()).toContain('active')
  })

  it('shows the count of what waits in the court in the nav, read again after navigation and every minute', async () => {
    useAuthStore().setMe({ ...admin, role: 'MEMBER', teams: ['web'] })
    let total = 2
    const { calls } = mockFetch([
      courtRoute(() => total),
      { method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) },
    ])
    const courtCalls = () => calls.filter((c) => c.url === '/api/me/court').length
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })

    const { wrapper, router } = await mountAt('/teams')

    const link = wrapper.get('nav a[href="/court"]')
    expect(link.attributes('aria-label')).toBe('Your court, 2 waiting')
    expect(link.get('.count').text()).toBe('2')
    expect(link.get('.count').attributes('aria-hidden')).toBe('true')
    expect(courtCalls()).toBe(1)

    total = 1
    await router.push('/incidents')
    await flushPromises()
    expect(courtCalls()).toBe(2)
    expect(wrapper.get('nav a[href="/court"]').attributes('aria-label')).toBe(
      'Your court, 1 waiting',
    )

    total = 0
    vi.advanceTimersByTime(COURT_REFRESH_MS)
    await flushPromises()
    expect(courtCalls()).toBe(3)
    const empty = wrapper.get('nav a[href="/court"]')
    expect(empty.attributes('aria-label')).toBe('Your court, nothing waiting')
    expect(empty.find('.count').exists()).toBe(false)
  })

  it('keeps the dashboard in the nav for members, at /dashboard, and marks it on / for others', async () => {
    useAuthStore().setMe(admin)
    mockFetch([{ method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) }])

    const { wrapper } = await mountAt('/')

    const dashboard = wrapper.get('nav a[href="/dashboard"]')
    expect(dashboard.text()).toBe('Dashboard')
    expect(dashboard.classes()).toContain('active')
  })

  it('marks Shadow systems on the discovery pages, which are tabs of its area', async () => {
    useAuthStore().setMe(admin)
    mockFetch([{ method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) }])

    const { wrapper, router } = await mountAt('/discovery/catalog')

    const shadow = wrapper.get('nav[aria-label="Main"] a[href="/shadow-systems"]')
    expect(shadow.classes()).toContain('active')
    const tabs = wrapper.get('nav[aria-label="Shadow systems"]')
    expect(tabs.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Registry', '/shadow-systems'],
      ['Discovery', '/discovery'],
      ['Catalog', '/discovery/catalog'],
      ['Inventories', '/discovery/inventories'],
    ])
    expect(tabs.get('a[aria-current="page"]').text()).toBe('Catalog')

    await router.push('/teams')
    await flushPromises()
    expect(wrapper.get('nav[aria-label="Main"] a[href="/shadow-systems"]').classes()).not.toContain(
      'active',
    )
  })

  describe('on a narrow screen', () => {
    async function mountNav(path = '/incidents') {
      useAuthStore().setMe(admin)
      mockFetch([{ method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) }])
      const router = createRouter({ history: createMemoryHistory(), routes })
      await router.push(path)
      const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
      await flushPromises()
      const toggle = wrapper.get('button.nav-toggle')
      return { wrapper, router, toggle }
    }
    const expanded = (toggle: { attributes: (name: string) => string | undefined }) =>
      toggle.attributes('aria-expanded')

    it('folds the navigation behind a Menu button that controls it', async () => {
      const { wrapper, toggle } = await mountNav()

      expect(toggle.text()).toBe('Menu')
      const panel = wrapper.get(`#${toggle.attributes('aria-controls')}`)
      expect(panel.find('nav[aria-label="Main"]').exists()).toBe(true)
      expect(panel.find('.account').exists()).toBe(true)
      expect(panel.find('.header-search').exists()).toBe(true)
      expect(expanded(toggle)).toBe('false')
      expect(wrapper.get('header').classes()).not.toContain('nav-open')

      await toggle.trigger('click')
      expect(expanded(toggle)).toBe('true')
      expect(wrapper.get('header').classes()).toContain('nav-open')

      await toggle.trigger('click')
      expect(expanded(toggle)).toBe('false')
    })

    it('closes on Escape and gives the focus back to the Menu button', async () => {
      const { wrapper, toggle } = await mountNav()
      await toggle.trigger('click')
      const link = wrapper.get('nav a[href="/teams"]')
      ;(link.element as HTMLElement).focus()

      await link.trigger('keydown', { key: 'Escape' })

      expect(expanded(toggle)).toBe('false')
      expect(document.activeElement).toBe(toggle.element)
    })

    it('closes an open Admin menu first on Escape, keeping the navigation open', async () => {
      const { wrapper, toggle } = await mountNav()
      await toggle.trigger('click')
      const menu = wrapper.get('details.admin-menu')
      ;(menu.element as HTMLDetailsElement).open = true
      await menu.trigger('toggle')

      await menu.get('a').trigger('keydown', { key: 'Escape' })

      expect((menu.element as HTMLDetailsElement).open).toBe(false)
      expect(expanded(toggle)).toBe('true')
    })

    it('closes after navigation and after a choice of link, also of the page shown', async () => {
      const { wrapper, router, toggle } = await mountNav()
      await toggle.trigger('click')
      await router.push('/teams')
      await flushPromises()
      expect(expanded(toggle)).toBe('false')

      await toggle.trigger('click')
      await wrapper.get('nav a[href="/teams"]').trigger('click')
      await flushPromises()
      expect(router.currentRoute.value.path).toBe('/teams')
      expect(expanded(toggle)).toBe('false')
    })

    it('says on the Menu button how much waits in the court', async () => {
      useAuthStore().setMe({ ...admin, role: 'MEMBER', teams: ['web'] })
      mockFetch([
        courtRoute(() => 3),
        { method: 'GET', url: /^\/api\//, respond: () => problem(404, {}) },
      ])
      const { wrapper } = await mountAt('/teams')

      const toggle = wrapper.get('button.nav-toggle')
      // Named "Menu, 3 waiting in your court"; the badge repeats the count for the eye only.
      expect(toggle.get('.visually-hidden').text()).toBe(', 3 waiting in your court')
      expect(toggle.get('.count').text()).toBe('3')
      expect(toggle.get('.count').attributes('aria-hidden')).toBe('true')
    })
  })

  it('hides the shell on the login page', async () => {
    const { wrapper } = await mountAt('/login')

    expect(wrapper.find('header').exists()).toBe(false)
    expect(wrapper.find('h1').text()).toBe('Sign in')
  })
})

import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { formatCount } from '@/lib/format'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { aSummary, TEAMS } from './fixtures'
import RequestsView from './RequestsView.vue'

const teamsRoute = {
  method: 'GET',
  url: /^\/api\/teams\?/,
  respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
}

async function mountAt(path: string, options: { attachTo?: HTMLElement } = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(RequestsView, { global: { plugins: [router] }, ...options })
  await flushPromises()
  return { wrapper, router }
}

function loadMoreButton(wrapper: VueWrapper) {
  return wrapper.findAll('button').find((b) => b.text() === 'Load more')
}

beforeEach(() => useAuthStore().setMe({ ...admin, role: 'MEMBER', teams: ['product-dev'] }))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('RequestsView (board)', () => {
  it('shows requests in state columns with a text ping-pong badge', async () => {
    const items = [
      aSummary({ id: 1, key: 'REQ-1', title: 'Logs please', state: 'OPEN', ageSeconds: 3 * 86400 }),
      aSummary({
        id: 2,
        key: 'REQ-2',
        title: 'Pull the cache table',
        state: 'WAITING_ON_REQUESTER',
        pingPong: true,
        bounces: 2,
      }),
      aSummary({
        id: 3,
        key: 'REQ-3',
        title: 'Old ask',
        state: 'DECLINED',
        outcome: 'DECLINED',
        leadTimeSeconds: 22 * 86400,
        closedAt: '2026-03-24T00:00:00Z',
      }),
    ]
    mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: '/api/requests?size=500',
        respond: () => json(200, { items, page: 0, size: 500, total: 3 }),
      },
    ])

    const { wrapper } = await mountAt('/requests?closed=true')

    const column = (name: string) =>
      wrapper.findAll('section.column').find((s) => s.get('h2').text().startsWith(name))!
    expect(column('Open').text()).toContain('REQ-1')
    expect(column('Open').text()).toContain('Product Dev → Operations')
    expect(column('Open').text()).toContain('Age 3 days')
    expect(column('Waiting on requester').text()).toContain('REQ-2')
    expect(column('Closed').text()).toContain('Lead time 3 weeks 1 day')
    expect(column('In progress').text()).toContain('None')

    const badges = wrapper.findAll('.badge-pingpong')
    expect(badges).toHaveLength(1)
    expect(badges[0]!.text()).toContain('Ping-pong')
    expect(badges[0]!.element.closest('article')!.textContent).toContain('REQ-2')
    expect(wrapper.get('a[href="/requests/2"]').text()).toContain('Pull the cache table')
  })

  it('sends the URL filters (as the dashboard links them) to the API', async () => {
    const { calls } = mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: /^\/api\/requests\?/,
        respond: () => json(200, { items: [], page: 0, size: 500, total: 0 }),
      },
    ])

    const { wrapper } = await mountAt(
      '/requests?requester=product-dev&responder=operations&openedFrom=2026-01-01&openedTo=2026-03-31&closed=true',
    )

    const call = calls.find((c) => c.url.startsWith('/api/requests'))!
    const params = new URL(call.url, 'http://x').searchParams
    expect(Object.fromEntries(params)).toEqual({
      requester: 'product-dev',
      responder: 'operations',
      openedFrom: '2026-01-01',
      openedTo: '2026-03-31',
      size: '500',
    })
    expect((wrapper.get('#f-responder').element as HTMLSelectElement).value).toBe('operations')
    expect((wrapper.get('#f-from').element as HTMLInputElement).value).toBe('2026-01-01')
  })

  it('puts a changed filter into the URL', async () => {
    mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: /^\/api\/requests\?/,
        respond: () => json(200, { items: [], page: 0, size: 500, total: 0 }),
      },
    ])
    const { wrapper, router } = await mountAt('/requests')

    await wrapper.get('#f-kind').setValue('LOG_ACCESS')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ kind: 'LOG_ACCESS' })
  })

  it('loads the next page with the same filters and adds its cards', async () => {
    const first = Array.from({ length: 500 }, (_, i) =>
      aSummary({ id: 1000 - i, key: `REQ-${1000 - i}`, kind: 'LOG_ACCESS' }),
    )
    const second = [
      aSummary({ id: 500, key: 'REQ-500', title: 'From the second page', kind: 'LOG_ACCESS' }),
      // Already on the first page (a request opened meanwhile pushed it down): shown once.
      aSummary({ id: 501, key: 'REQ-501', kind: 'LOG_ACCESS' }),
    ]
    const { calls } = mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: '/api/requests?size=500&kind=LOG_ACCESS&outcome=OPEN',
        respond: () => json(200, { items: first, page: 0, size: 500, total: 1234 }),
      },
      {
        method: 'GET',
        url: '/api/requests?size=500&kind=LOG_ACCESS&outcome=OPEN&page=1',
        respond: () => json(200, { items: second, page: 1, size: 500, total: 1234 }),
      },
    ])
    const { wrapper } = await mountAt('/requests?kind=LOG_ACCESS')
    const status = () => wrapper.get('[role="status"]')

    expect(status().text()).toBe(
      `Showing 500 of ${formatCount(1234)} matching open requests (newest first)`,
    )
    expect(wrapper.findAll('article')).toHaveLength(500)

    const clicked = loadMoreButton(wrapper)!.trigger('click')
    await nextTick()
    expect(loadMoreButton(wrapper)!.attributes('disabled')).toBeDefined()
    await clicked
    await flushPromises()

    expect(calls.filter((c) => c.url.startsWith('/api/requests')).map((c) => c.url)).toEqual([
      '/api/requests?size=500&kind=LOG_ACCESS&outcome=OPEN',
      '/api/requests?size=500&kind=LOG_ACCESS&outcome=OPEN&page=1',
    ])
    expect(wrapper.findAll('article')).toHaveLength(501)
    expect(wrapper.text()).toContain('From the second page')
    expect(status().text()).toBe(
      `Showing 501 of ${formatCount(1234)} matching open requests (newest first)`,
    )
    expect(loadMoreButton(wrapper)!.attributes('disabled')).toBeUndefined()
  })

  it('drops the button once the last page is in and moves focus to the count', async () => {
    const first = Array.from({ length: 500 }, (_, i) => aSummary({ id: 501 - i }))
    mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: '/api/requests?size=500&outcome=OPEN',
        respond: () => json(200, { items: first, page: 0, size: 500, total: 501 }),
      },
      {
        method: 'GET',
        url: '/api/requests?size=500&outcome=OPEN&page=1',
        respond: () => json(200, { items: [aSummary({ id: 1 })], page: 1, size: 500, total: 501 }),
      },
    ])
    const { wrapper } = await mountAt('/requests', { attachTo: document.body })

    await loadMoreButton(wrapper)!.trigger('click')
    await flushPromises()

    const status = wrapper.get('[role="status"]')
    expect(status.text()).toBe('501 open requests')
    expect(loadMoreButton(wrapper)).toBeUndefined()
    expect(document.activeElement).toBe(status.element)
    wrapper.unmount()
  })

  it('keeps the loaded cards and says so when the next page fails', async () => {
    const first = [aSummary({ id: 2, key: 'REQ-2' })]
    mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: '/api/requests?size=500&outcome=OPEN',
        respond: () => json(200, { items: first, page: 0, size: 500, total: 3 }),
      },
      {
        method: 'GET',
        url: '/api/requests?size=500&outcome=OPEN&page=1',
        respond: () => json(503, {}),
      },
    ])
    const { wrapper } = await mountAt('/requests')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Load more')!
      .trigger('click')
    await flushPromises()

    expect(wrapper.get('[role="alert"]').text()).toContain('Server error')
    expect(wrapper.findAll('article')).toHaveLength(1)
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Showing 1 of 3 open requests (newest first)',
    )
  })

  it('shows open work by default and closed work when asked, in the URL', async () => {
    const { calls } = mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: /^\/api\/requests\?/,
        respond: () => json(200, { items: [aSummary({ id: 1 })], page: 0, size: 500, total: 1 }),
      },
    ])
    const { wrapper, router } = await mountAt('/requests')
    const requestCalls = () => calls.filter((c) => c.url.startsWith('/api/requests'))

    expect(requestCalls().at(-1)?.url).toBe('/api/requests?size=500&outcome=OPEN')
    const titles = () => wrapper.findAll('section.column h2').map((h) => h.text())
    expect(titles()).toEqual(['Open (1)', 'In progress (0)', 'Waiting on requester (0)'])
    expect(wrapper.get('[role="status"]').text()).toBe('1 open request')

    const showClosed = wrapper
      .findAll('label')
      .find((l) => l.text() === 'Show closed')!
      .get('input')
    await showClosed.setValue(true)
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ closed: 'true' })
    expect(requestCalls().at(-1)?.url).toBe('/api/requests?size=500')
    expect(titles().at(-1)).toBe('Closed (fulfilled, declined, withdrawn) (0)')
    expect(wrapper.get('[role="status"]').text()).toBe('1 request')
  })

  it('asks the server for the chosen order and keeps it in the URL', async () => {
    const { calls } = mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: /^\/api\/requests\?/,
        respond: () => json(200, { items: [], page: 0, size: 500, total: 0 }),
      },
    ])
    const { wrapper, router } = await mountAt('/requests?kind=DEPLOY')

    await wrapper.get('#f-sort').setValue('bounces,desc')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ kind: 'DEPLOY', sort: 'bounces,desc' })
    expect(calls.filter((c) => c.url.startsWith('/api/requests')).at(-1)?.url).toBe(
      '/api/requests?size=500&kind=DEPLOY&outcome=OPEN&sort=bounces%2Cdesc',
    )

    // An order the board does not offer is the default, asked of the server as such.
    await router.push('/requests?sort=password,desc')
    await flushPromises()
    expect((wrapper.get('#f-sort').element as HTMLSelectElement).value).toBe('openedAt,desc')
    expect(calls.filter((c) => c.url.startsWith('/api/requests')).at(-1)?.url).toBe(
      '/api/requests?size=500&outcome=OPEN',
    )
  })
})

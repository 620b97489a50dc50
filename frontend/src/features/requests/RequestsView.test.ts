import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
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

function pageButton(wrapper: VueWrapper, label: 'Previous' | 'Next') {
  return wrapper
    .get('nav[aria-label="Request pages"]')
    .findAll('button')
    .find((b) => b.text() === label)!
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
        url: '/api/requests?page=0&size=100',
        respond: () => json(200, { items, page: 0, size: 100, total: 3 }),
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
        respond: () => json(200, { items: [], page: 0, size: 100, total: 0 }),
      },
    ])

    const { wrapper } = await mountAt(
      '/requests?requester=product-dev&responder=operations&openedFrom=2026-01-01&openedTo=2026-03-31&closed=true',
    )

    const call = calls.find((c) => c.url.startsWith('/api/requests'))!
    const params = new URL(call.url, 'http://x').searchParams
    // The pair's figures count closed requests too: so does the board it links to (no `open`).
    expect(Object.fromEntries(params)).toEqual({
      requester: 'product-dev',
      responder: 'operations',
      openedFrom: '2026-01-01',
      openedTo: '2026-03-31',
      page: '0',
      size: '100',
    })
    const showClosed = wrapper
      .findAll('label')
      .find((l) => l.text() === 'Show closed requests')!
      .get('input')
    expect((showClosed.element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.get('#f-responder').element as HTMLSelectElement).value).toBe('operations')
    expect((wrapper.get('#f-from').element as HTMLInputElement).value).toBe('2026-01-01')
  })

  it('puts a changed filter into the URL', async () => {
    mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: /^\/api\/requests\?/,
        respond: () => json(200, { items: [], page: 0, size: 100, total: 0 }),
      },
    ])
    const { wrapper, router } = await mountAt('/requests')

    await wrapper.get('#f-kind').setValue('LOG_ACCESS')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ kind: 'LOG_ACCESS' })
  })

  it('pages through the results with the page and size in the URL, and shows the total', async () => {
    const firstPage = Array.from({ length: 50 }, (_, i) =>
      aSummary({ id: 200 - i, key: `REQ-${200 - i}`, kind: 'LOG_ACCESS' }),
    )
    const secondPage = [
      aSummary({ id: 7, key: 'REQ-7', title: 'From the second page', kind: 'LOG_ACCESS' }),
    ]
    const { calls } = mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: '/api/requests?kind=LOG_ACCESS&open=true&page=0&size=50',
        respond: () => json(200, { items: firstPage, page: 0, size: 50, total: 51 }),
      },
      {
        method: 'GET',
        url: '/api/requests?kind=LOG_ACCESS&open=true&page=1&size=50',
        respond: () => json(200, { items: secondPage, page: 1, size: 50, total: 51 }),
      },
    ])
    const { wrapper, router } = await mountAt('/requests?kind=LOG_ACCESS&size=50', {
      attachTo: document.body,
    })
    const status = () => wrapper.get('[role="status"]')

    expect(status().text()).toBe('Showing 1–50 of 51 matching open requests (newest first)')
    expect(wrapper.findAll('article')).toHaveLength(50)
    expect(wrapper.get('section.column h2').text()).toBe('Open (50 on this page)')
    expect((wrapper.get('#f-size').element as HTMLSelectElement).value).toBe('50')
    expect(wrapper.get('nav[aria-label="Request pages"]').text()).toContain('1–50 of 51')

    await pageButton(wrapper, 'Next').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ kind: 'LOG_ACCESS', size: '50', page: '1' })
    expect(calls.filter((c) => c.url.startsWith('/api/requests')).map((c) => c.url)).toEqual([
      '/api/requests?kind=LOG_ACCESS&open=true&page=0&size=50',
      '/api/requests?kind=LOG_ACCESS&open=true&page=1&size=50',
    ])
    expect(wrapper.findAll('article')).toHaveLength(1)
    expect(wrapper.text()).toContain('From the second page')
    expect(status().text()).toBe('Showing 51–51 of 51 matching open requests (newest first)')
    // The new page's count has the focus (the button clicked may be far below it).
    expect(document.activeElement).toBe(status().element)
    expect(pageButton(wrapper, 'Next').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('goes back to the first page when a filter or the page size changes', async () => {
    const { calls } = mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: /^\/api\/requests\?/,
        respond: () => json(200, { items: [], page: 0, size: 100, total: 0 }),
      },
    ])
    const { wrapper, router } = await mountAt('/requests?page=3')
    const requestCalls = () => calls.filter((c) => c.url.startsWith('/api/requests'))
    expect(requestCalls().at(-1)?.url).toBe('/api/requests?open=true&page=3&size=100')

    await wrapper.get('#f-kind').setValue('DEPLOY')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ kind: 'DEPLOY' })
    expect(requestCalls().at(-1)?.url).toBe('/api/requests?kind=DEPLOY&open=true&page=0&size=100')

    await router.push('/requests?kind=DEPLOY&page=2')
    await flushPromises()
    await wrapper.get('#f-size').setValue('200')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ kind: 'DEPLOY', size: '200' })
    expect(requestCalls().at(-1)?.url).toBe('/api/requests?kind=DEPLOY&open=true&page=0&size=200')
  })

  it('shows open work by default and closed work when asked, in the URL', async () => {
    const { calls } = mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: /^\/api\/requests\?/,
        respond: () => json(200, { items: [aSummary({ id: 1 })], page: 0, size: 100, total: 1 }),
      },
    ])
    const { wrapper, router } = await mountAt('/requests')
    const requestCalls = () => calls.filter((c) => c.url.startsWith('/api/requests'))

    expect(requestCalls()).toHaveLength(1)
    expect(requestCalls()[0]!.url).toBe('/api/requests?open=true&page=0&size=100')
    const titles = () => wrapper.findAll('section.column h2').map((h) => h.text())
    expect(titles()).toEqual(['Open (1)', 'In progress (0)', 'Waiting on requester (0)'])
    expect(wrapper.get('[role="status"]').text()).toBe('1 open request')

    const showClosed = wrapper
      .findAll('label')
      .find((l) => l.text() === 'Show closed requests')!
      .get('input')
    expect((showClosed.element as HTMLInputElement).checked).toBe(false)
    await showClosed.setValue(true)
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ closed: 'true' })
    expect(requestCalls().at(-1)?.url).toBe('/api/requests?page=0&size=100')
    expect(titles().at(-1)).toBe('Closed (fulfilled, declined, withdrawn) (0)')
    expect(wrapper.get('[role="status"]').text()).toBe('1 request')
  })

  it('asks the server for the chosen order and keeps it in the URL', async () => {
    const { calls } = mockFetch([
      teamsRoute,
      {
        method: 'GET',
        url: /^\/api\/requests\?/,
        respond: () => json(200, { items: [], page: 0, size: 100, total: 0 }),
      },
    ])
    const { wrapper, router } = await mountAt('/requests?kind=DEPLOY')

    await wrapper.get('#f-sort').setValue('bounces,desc')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ kind: 'DEPLOY', sort: 'bounces,desc' })
    expect(calls.filter((c) => c.url.startsWith('/api/requests')).at(-1)?.url).toBe(
      '/api/requests?kind=DEPLOY&open=true&sort=bounces%2Cdesc&page=0&size=100',
    )

    // An order the board does not offer is the default, asked of the server as such.
    await router.push('/requests?sort=password,desc')
    await flushPromises()
    expect((wrapper.get('#f-sort').element as HTMLSelectElement).value).toBe('openedAt,desc')
    expect(calls.filter((c) => c.url.startsWith('/api/requests')).at(-1)?.url).toBe(
      '/api/requests?open=true&page=0&size=100',
    )
  })
})

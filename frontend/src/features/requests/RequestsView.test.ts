import { flushPromises, mount } from '@vue/test-utils'
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

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(RequestsView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
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

    const { wrapper } = await mountAt('/requests')

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
      '/requests?requester=product-dev&responder=operations&openedFrom=2026-01-01&openedTo=2026-03-31',
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
})

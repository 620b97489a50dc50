import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { anIncident, factors, page, someTeams } from './testFixtures'
import IncidentCreateView from './IncidentCreateView.vue'
import IncidentsView from './IncidentsView.vue'

const common = [
  {
    method: 'GET',
    url: '/api/teams?page=0&size=500',
    respond: () => json(200, page(someTeams)),
  },
  { method: 'GET', url: '/api/contributing-factors', respond: () => json(200, factors) },
]

async function mountAt(component: object, path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(component, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => {
  useAuthStore().setMe(admin)
})

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('IncidentsView', () => {
  it('renders a row per incident with human durations', async () => {
    mockFetch([
      ...common,
      {
        method: 'GET',
        url: '/api/incidents?page=0&size=50',
        respond: () =>
          json(
            200,
            page([
              anIncident(),
              anIncident({
                id: 8,
                key: 'INC-8',
                resolvedAt: null,
                timeToResolveSeconds: null,
                postmortemStatus: null,
              }),
            ]),
          ),
      },
    ])

    const { wrapper } = await mountAt(IncidentsView, '/incidents')

    const rows = wrapper.findAll('tbody tr').map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows[0]).toEqual([
      'INC-7',
      'Checkout down',
      'SEV1',
      'Resolved',
      '2 Mar 2026, 09:30',
      'Web Developers, Core Ops',
      '3 weeks 2 days',
      'Draft',
    ])
    expect(rows[1]?.[6]).toBe('Unresolved')
    expect(rows[1]?.[7]).toBe('Not started')
    expect(wrapper.get('tbody a').attributes('href')).toBe('/incidents/7')
    expect(wrapper.get('a[href="/incidents/new"]').text()).toBe('New incident')
  })

  it('writes the filters to the URL and asks the API with them', async () => {
    const { calls } = mockFetch([
      ...common,
      { method: 'GET', url: /^\/api\/incidents\?/, respond: () => json(200, page([])) },
    ])
    const { wrapper, router } = await mountAt(IncidentsView, '/incidents')

    await wrapper.get('#incident-filter-status').setValue('OPEN')
    await wrapper.get('#incident-filter-team').setValue('ops-core')
    await wrapper.get('#incident-filter-q').setValue('cache')
    await wrapper.get('#incident-filter-to').setValue('2026-03-31')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({
      status: 'OPEN',
      team: 'ops-core',
      q: 'cache',
      to: '2026-03-31',
    })
    const last = calls.filter((c) => c.url.startsWith('/api/incidents')).at(-1)
    expect(last?.url).toBe(
      '/api/incidents?status=OPEN&team=ops-core&q=cache&to=2026-04-01T00%3A00%3A00Z&page=0&size=50',
    )
    expect(wrapper.text()).toContain('No incidents match these filters.')
  })

  it('reads filters and page from the URL', async () => {
    const { calls } = mockFetch([
      ...common,
      { method: 'GET', url: /^\/api\/incidents\?/, respond: () => json(200, page([])) },
    ])
    const { wrapper } = await mountAt(IncidentsView, '/incidents?severity=SEV2&page=2')

    expect(calls.find((c) => c.url.startsWith('/api/incidents'))?.url).toBe(
      '/api/incidents?severity=SEV2&page=2&size=50',
    )
    expect((wrapper.get('#incident-filter-severity').element as HTMLSelectElement).value).toBe(
      'SEV2',
    )
  })

  it('sorts on the server from a column header and keeps the order when filtering', async () => {
    const { calls } = mockFetch([
      ...common,
      {
        method: 'GET',
        url: /^\/api\/incidents\?/,
        respond: () => json(200, page([anIncident()], 120)),
      },
    ])
    const { wrapper, router } = await mountAt(IncidentsView, '/incidents')
    const header = (label: string) =>
      wrapper.findAll('th').find((th) => th.text().startsWith(label))!
    const lastUrl = () => calls.filter((c) => c.url.startsWith('/api/incidents')).at(-1)?.url

    expect(header('Detected').attributes('aria-sort')).toBe('descending')
    expect(header('Teams').find('button').exists()).toBe(false)
    expect(wrapper.get('caption').text()).toBe('Incidents, sorted by Detected, descending')

    await header('Detected').get('button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ sort: 'detectedAt,asc' })
    expect(lastUrl()).toBe('/api/incidents?page=0&sort=detectedAt%2Casc&size=50')
    expect(header('Detected').attributes('aria-sort')).toBe('ascending')

    await header('Time to resolve').get('button').trigger('click')
    await flushPromises()
    expect(lastUrl()).toBe('/api/incidents?page=0&sort=timeToResolveSeconds%2Casc&size=50')

    await wrapper.get('#incident-filter-severity').setValue('SEV1')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      severity: 'SEV1',
      sort: 'timeToResolveSeconds,asc',
    })
    expect(lastUrl()).toBe(
      '/api/incidents?severity=SEV1&page=0&sort=timeToResolveSeconds%2Casc&size=50',
    )
  })

  it('hides "New incident" from viewers', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    mockFetch([
      ...common,
      { method: 'GET', url: /^\/api\/incidents\?/, respond: () => json(200, page([])) },
    ])
    const { wrapper } = await mountAt(IncidentsView, '/incidents')
    expect(wrapper.find('a[href="/incidents/new"]').exists()).toBe(false)
  })
})

describe('IncidentCreateView', () => {
  async function fill(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper']) {
    await wrapper.get('#new-incident-title').setValue('Checkout down')
    await wrapper.get('#new-incident-severity').setValue('SEV2')
    await wrapper.get('#new-incident-startedAt').setValue('2026-03-02T10:00')
    await wrapper.get('#new-incident-detectedAt').setValue('2026-03-02T09:30')
    await wrapper.get('input[type="checkbox"][value="ops-core"]').setValue(true)
    await wrapper.get('input[type="checkbox"][value="change"]').setValue(true)
    await wrapper.get('#new-incident-services').setValue('checkout, api,')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
  }

  it('shows the server message next to the field it names', async () => {
    const { calls } = mockFetch([
      ...common,
      {
        method: 'POST',
        url: '/api/incidents',
        respond: () =>
          problem(400, {
            title: 'Bad Request',
            detail: 'Invalid incident',
            errors: [{ field: 'detectedAt', message: 'must not be before startedAt' }],
          }),
      },
    ])
    const { wrapper } = await mountAt(IncidentCreateView, '/incidents/new')

    await fill(wrapper)

    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toEqual({
      title: 'Checkout down',
      severity: 'SEV2',
      status: 'OPEN',
      startedAt: '2026-03-02T10:00:00Z',
      detectedAt: '2026-03-02T09:30:00Z',
      rootCauseAt: null,
      mitigatedAt: null,
      resolvedAt: null,
      teams: ['ops-core'],
      services: ['checkout', 'api'],
      tags: [],
      contributingFactors: ['change'],
      summary: null,
    })
    const input = wrapper.get('#new-incident-detectedAt')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('new-incident-detectedAt-error')
    expect(wrapper.get('#new-incident-detectedAt-error').text()).toBe(
      'must not be before startedAt',
    )
    expect(wrapper.find('#new-incident-startedAt-error').exists()).toBe(false)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    // The user's input stays.
    expect((wrapper.get('#new-incident-title').element as HTMLInputElement).value).toBe(
      'Checkout down',
    )
  })

  it('names missing required fields without calling the server', async () => {
    const { calls } = mockFetch(common)
    const { wrapper } = await mountAt(IncidentCreateView, '/incidents/new')

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    expect(wrapper.get('#new-incident-title-error').text()).toBe('Required.')
    expect(wrapper.get('#new-incident-detectedAt-error').text()).toBe('Required.')
  })

  it('opens the new incident after creating it', async () => {
    mockFetch([
      ...common,
      { method: 'POST', url: '/api/incidents', respond: () => json(201, anIncident({ id: 42 })) },
    ])
    const { wrapper, router } = await mountAt(IncidentCreateView, '/incidents/new')
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined)

    await fill(wrapper)

    expect(push).toHaveBeenCalledWith('/incidents/42')
  })
})

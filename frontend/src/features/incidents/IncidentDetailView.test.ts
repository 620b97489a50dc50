import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { anActionItem, anIncident, factors, page, someTeams } from './testFixtures'
import ActionItemsView from './ActionItemsView.vue'
import IncidentDetailView from './IncidentDetailView.vue'

const linked = {
  id: 12,
  key: 'REQ-12',
  title: 'Read access to prod logs',
  requesterTeam: 'dev-web',
  responderTeam: 'ops-core',
  state: 'WAITING_ON_REQUESTER',
  leadTimeSeconds: null,
  ageSeconds: 15 * 86400,
  pingPong: true,
}

function detailRoutes(extra: Parameters<typeof mockFetch>[0] = []) {
  return [
    ...extra,
    { method: 'GET', url: '/api/incidents/7', respond: () => json(200, anIncident()) },
    { method: 'GET', url: '/api/teams?page=0&size=500', respond: () => json(200, page(someTeams)) },
    { method: 'GET', url: '/api/contributing-factors', respond: () => json(200, factors) },
    {
      method: 'GET',
      url: '/api/incidents/7/timeline',
      respond: () =>
        json(200, [
          {
            id: 2,
            at: '2026-03-02T12:00:00Z',
            text: 'Escalated to ops',
            kind: 'ESCALATION',
            recordedBy: 'admin',
            createdAt: '2026-03-03T00:00:00Z',
          },
          {
            id: 1,
            at: '2026-03-02T09:30:00Z',
            text: 'Alert fired',
            kind: 'DETECTION',
            recordedBy: 'admin',
            createdAt: '2026-03-03T00:00:00Z',
          },
        ]),
    },
    {
      method: 'GET',
      url: '/api/incidents/7/action-items?page=0&size=50',
      respond: () =>
        json(
          200,
          page([anActionItem(), anActionItem({ id: 12, title: 'Write runbook', overdue: false })]),
        ),
    },
    {
      method: 'GET',
      url: '/api/requests?incident=7&page=0&size=50',
      respond: () => json(200, page([linked])),
    },
    { method: 'GET', url: /^\/api\/audit\?/, respond: () => json(200, page([])) },
  ]
}

async function mountAt(component: object, path: string, props: Record<string, unknown> = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(component, { props, global: { plugins: [router] } })
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

describe('IncidentDetailView', () => {
  it('shows facts, wall time, the timeline in order, overdue items and linked requests', async () => {
    mockFetch(detailRoutes())
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })

    const text = wrapper.text()
    expect(text).toContain('≈3 weeks 1 day (71% of resolution time) waiting on cross-team requests')
    expect(text).toContain('3 weeks 2 days')
    expect(wrapper.findAll('.timeline li').map((li) => li.find('.what').text())).toEqual([
      'Alert fired',
      'Escalated to ops',
    ])
    const itemRows = wrapper.findAll('section[aria-labelledby="action-items-heading"] tbody tr')
    expect(itemRows[0]?.text()).toContain('Overdue')
    expect(itemRows[1]?.text()).not.toContain('Overdue')

    const requests = wrapper.get('section[aria-labelledby="linked-requests-heading"]')
    expect(requests.get('tbody a').attributes('href')).toBe('/requests/12')
    expect(requests.text()).toContain('Ping-pong')
    expect(requests.text()).toContain('Open for 2 weeks 1 day')
    expect(requests.get('a[href="/requests/new?incident=7"]').text()).toBe(
      'Open a cross-team request',
    )
  })

  it('sorts and pages the action items in URL keys of their own', async () => {
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'GET',
          url: /^\/api\/incidents\/7\/action-items\?.*sort=/,
          respond: () => json(200, page([anActionItem()], 60)),
        },
      ]),
    )
    const { wrapper, router } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })
    const section = () => wrapper.get('section[aria-labelledby="action-items-heading"]')
    const header = (label: string) =>
      section()
        .findAll('th')
        .find((th) => th.text().startsWith(label))!

    expect(header('Due date').attributes('aria-sort')).toBe('ascending')
    await header('Owner team').get('button').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ itemsSort: 'ownerTeam,asc' })
    expect(calls.filter((c) => c.url.startsWith('/api/incidents/7/action-items')).at(-1)?.url).toBe(
      '/api/incidents/7/action-items?page=0&sort=ownerTeam%2Casc&size=50',
    )
    expect(header('Owner team').attributes('aria-sort')).toBe('ascending')
    expect(section().text()).toContain('1 overdue on this page')
    expect(section().get('nav[aria-label="Action item pages"]').text()).toContain('1–50 of 60')
  })

  it('keeps the edit form input and explains a 409', async () => {
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'PUT',
          url: '/api/incidents/7',
          respond: () => problem(409, { title: 'Conflict', detail: 'Stale version' }),
        },
      ]),
    )
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })

    await wrapper.get('#edit-incident-title').setValue('Checkout down for EU')
    await wrapper.get('section[aria-labelledby="edit-incident-heading"] form').trigger('submit')
    await flushPromises()

    expect((calls.find((c) => c.method === 'PUT')?.body as { version: number }).version).toBe(3)
    const alert = wrapper.get('section[aria-labelledby="edit-incident-heading"] [role="alert"]')
    expect(alert.text()).toContain('changed by someone else')
    expect((wrapper.get('#edit-incident-title').element as HTMLInputElement).value).toBe(
      'Checkout down for EU',
    )
  })

  it('saves an action item inline with its version', async () => {
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'PUT',
          url: '/api/incidents/7/action-items/11',
          respond: () => json(200, anActionItem({ status: 'DONE', overdue: false, version: 1 })),
        },
      ]),
    )
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })

    await wrapper.get('#action-item-11-status').setValue('DONE')
    const row = wrapper.get('#action-item-11-status').element.closest('tr')!
    const save = [...row.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!
    save.click()
    await flushPromises()

    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      title: 'Add cache alerts',
      ownerTeam: 'ops-core',
      dueDate: '2026-04-01',
      status: 'DONE',
      version: 0,
    })
    const first = wrapper.findAll('section[aria-labelledby="action-items-heading"] tbody tr')[0]
    expect(first?.text()).not.toContain('Overdue')
  })
})

describe('ActionItemsView', () => {
  it('lists overdue items marked with the word Overdue and filters by team in the URL', async () => {
    const { calls } = mockFetch([
      {
        method: 'GET',
        url: '/api/teams?page=0&size=500',
        respond: () => json(200, page(someTeams)),
      },
      {
        method: 'GET',
        url: /^\/api\/action-items\?/,
        respond: () => json(200, page([anActionItem()])),
      },
    ])
    const { wrapper, router } = await mountAt(ActionItemsView, '/action-items')

    expect(calls.find((c) => c.url.startsWith('/api/action-items'))?.url).toBe(
      '/api/action-items?overdue=true&page=0&size=50',
    )
    const row = wrapper.get('tbody tr')
    expect(row.text()).toContain('INC-7')
    expect(row.text()).toContain('Add cache alerts')
    expect(row.get('.badge-overdue').text()).toBe('Overdue')
    expect(row.get('a').attributes('href')).toBe('/incidents/7')

    await wrapper.get('#action-items-team').setValue('ops-core')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ team: 'ops-core' })
    expect(calls.filter((c) => c.url.startsWith('/api/action-items')).at(-1)?.url).toBe(
      '/api/action-items?overdue=true&team=ops-core&page=0&size=50',
    )
  })
})

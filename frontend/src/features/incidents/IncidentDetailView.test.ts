import { DOMWrapper, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem, type FetchCall } from '@/test/mockFetch'
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
            version: 0,
          },
          {
            id: 1,
            at: '2026-03-02T09:30:00Z',
            text: 'Alert fired',
            kind: 'DETECTION',
            recordedBy: 'admin',
            createdAt: '2026-03-03T00:00:00Z',
            version: 0,
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
    { method: 'GET', url: '/api/audit/entity-types', respond: () => json(200, ENTITY_TYPES) },
  ]
}

const ENTITY_TYPES = [
  { slug: 'incident', label: 'Incident', adminOnly: false },
  { slug: 'timeline-entry', label: 'Timeline entry', adminOnly: false },
  { slug: 'action-item', label: 'Action item', adminOnly: false },
  { slug: 'postmortem', label: 'Postmortem', adminOnly: false },
]

/** The timeline entry "Escalated to ops" (id 2) as the server answers a correction of it. */
function escalation(overrides: Record<string, unknown> = {}) {
  return {
    id: 2,
    at: '2026-03-02T12:00:00Z',
    text: 'Escalated to ops',
    kind: 'ESCALATION',
    recordedBy: 'admin',
    createdAt: '2026-03-03T00:00:00Z',
    version: 1,
    ...overrides,
  }
}

const timelineSection = (wrapper: VueWrapper) =>
  wrapper.get('section[aria-labelledby="timeline-heading"]')
const buttonIn = (el: { findAll(selector: string): DOMWrapper<Element>[] }, text: string) =>
  el.findAll('button').find((b) => b.text() === text)
const auditCalls = (calls: FetchCall[]) => calls.filter((c) => c.url.startsWith('/api/audit?'))

async function mountAt(
  component: object,
  path: string,
  props: Record<string, unknown> = {},
  attachTo?: HTMLElement,
) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(component, { props, global: { plugins: [router] }, attachTo })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => {
  useAuthStore().setMe(admin)
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  useAuthStore().setMe(null)
  setCsrfToken(null)
  document.body.innerHTML = ''
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
    const pair = requests.get('tbody tr').findAll('td')[2]!.text().replace(/\s+/g, ' ')
    expect(pair).toBe('Web Developers → asked Core Ops')
    expect(requests.get('tbody tr').text()).toContain('Waiting on requester')
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

describe('IncidentDetailView: timeline entries', () => {
  it('corrects an entry inline with its version and reads the history again', async () => {
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'PUT',
          url: '/api/incidents/7/timeline/2',
          respond: () => json(200, escalation({ text: 'Escalated to core ops', kind: 'ACTION' })),
        },
      ]),
    )
    const { wrapper } = await mountAt(
      IncidentDetailView,
      '/incidents/7',
      { id: '7' },
      document.body,
    )
    const history = auditCalls(calls).length
    expect(auditCalls(calls)[0]!.url).toBe(
      '/api/audit?entityType=incident&entityId=7&includeChildren=true&page=0&size=50',
    )

    await wrapper.get('#timeline-2-edit').trigger('click')
    const text = wrapper.get('#timeline-2-edit-text')
    expect((text.element as HTMLInputElement).value).toBe('Escalated to ops')
    expect(document.activeElement).toBe(text.element)
    expect((wrapper.get('#timeline-2-edit-at').element as HTMLInputElement).value).toBe(
      '2026-03-02T12:00',
    )
    await text.setValue('Escalated to core ops')
    await wrapper.get('#timeline-2-edit-kind').setValue('ACTION')
    await wrapper.get('#timeline-2-edit-text').element.closest('form')!.requestSubmit()
    await flushPromises()

    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      at: '2026-03-02T12:00:00Z',
      kind: 'ACTION',
      text: 'Escalated to core ops',
      version: 0,
    })
    expect(wrapper.find('#timeline-2-edit-text').exists()).toBe(false)
    const second = timelineSection(wrapper).findAll('.timeline li')[1]!
    expect(second.get('.what').text()).toBe('Escalated to core ops')
    expect(second.get('.badge').text()).toBe('Action')
    expect(document.activeElement).toBe(wrapper.get('#timeline-2-edit').element)
    expect(auditCalls(calls).length).toBe(history + 1)
    wrapper.unmount()
  })

  it('shows the field the server names in a 400 next to it', async () => {
    mockFetch(
      detailRoutes([
        {
          method: 'PUT',
          url: '/api/incidents/7/timeline/2',
          respond: () =>
            problem(400, {
              title: 'Invalid request',
              errors: [{ field: 'at', message: 'must not be in the future' }],
            }),
        },
      ]),
    )
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })

    await wrapper.get('#timeline-2-edit').trigger('click')
    await wrapper.get('#timeline-2-edit-at').setValue('2036-03-02T12:00')
    await wrapper.get('#timeline-2-edit-text').element.closest('form')!.requestSubmit()
    await flushPromises()

    expect(wrapper.get('#timeline-2-edit-at-error').text()).toBe('must not be in the future')
    expect(wrapper.get('#timeline-2-edit-at').attributes('aria-invalid')).toBe('true')
    expect(timelineSection(wrapper).find('[role="alert"]').exists()).toBe(false)
  })

  it('never overwrites a newer version: a 409 keeps the edit and offers a reload', async () => {
    let timelineReads = 0
    mockFetch(
      detailRoutes([
        {
          method: 'PUT',
          url: '/api/incidents/7/timeline/2',
          respond: () => problem(409, { title: 'Conflict', detail: 'Timeline entry 2 changed' }),
        },
        {
          method: 'GET',
          url: '/api/incidents/7/timeline',
          respond: () => {
            timelineReads++
            return json(200, [escalation(timelineReads > 1 ? { text: 'Their text' } : {})])
          },
        },
      ]),
    )
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })

    await wrapper.get('#timeline-2-edit').trigger('click')
    await wrapper.get('#timeline-2-edit-text').setValue('My text')
    await wrapper.get('#timeline-2-edit-text').element.closest('form')!.requestSubmit()
    await flushPromises()

    const alert = timelineSection(wrapper).get('[role="alert"]')
    expect(alert.text()).toContain('Someone else changed or deleted this entry')
    expect((wrapper.get('#timeline-2-edit-text').element as HTMLInputElement).value).toBe('My text')

    await buttonIn(alert, 'Reload (discards your edit)')!.trigger('click')
    await flushPromises()
    expect(timelineReads).toBe(2)
    expect(wrapper.find('#timeline-2-edit-text').exists()).toBe(false)
    expect(timelineSection(wrapper).get('.what').text()).toBe('Their text')
  })

  it('deletes an entry once confirmed, with its version, and reads the history again', async () => {
    const confirm = vi
      .fn<(message: string) => boolean>(() => true)
      .mockReturnValueOnce(false)
      .mockReturnValue(true)
    vi.stubGlobal('confirm', confirm)
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'DELETE',
          url: '/api/incidents/7/timeline/1?version=0',
          respond: () => new Response(null, { status: 204 }),
        },
      ]),
    )
    const { wrapper } = await mountAt(
      IncidentDetailView,
      '/incidents/7',
      { id: '7' },
      document.body,
    )
    const history = auditCalls(calls).length
    const first = () => timelineSection(wrapper).findAll('.timeline li')[0]!

    await buttonIn(first(), 'Delete')!.trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(confirm.mock.calls[0]![0]).toContain('“Alert fired”')
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false)

    await buttonIn(first(), 'Delete')!.trigger('click')
    await flushPromises()

    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1)
    expect(
      timelineSection(wrapper)
        .findAll('.timeline .what')
        .map((w) => w.text()),
    ).toEqual(['Escalated to ops'])
    expect(timelineSection(wrapper).get('[role="status"]').text()).toBe(
      'Deleted the entry “Alert fired”.',
    )
    expect(document.activeElement).toBe(wrapper.get('#timeline-heading').element)
    expect(auditCalls(calls).length).toBe(history + 1)
    wrapper.unmount()
  })

  it('explains a stale delete (409) and reloads on request', async () => {
    vi.stubGlobal('confirm', () => true)
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'DELETE',
          url: '/api/incidents/7/timeline/1?version=0',
          respond: () => problem(409, { title: 'Conflict', detail: 'Timeline entry 1 changed' }),
        },
      ]),
    )
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })
    const first = () => timelineSection(wrapper).findAll('.timeline li')[0]!

    await buttonIn(first(), 'Delete')!.trigger('click')
    await flushPromises()

    const alert = first().get('[role="alert"]')
    expect(alert.text()).toContain('Reload the timeline to see it as it is now')
    expect(timelineSection(wrapper).findAll('.timeline li')).toHaveLength(2)
    const reads = calls.filter((c) => c.url === '/api/incidents/7/timeline').length
    await buttonIn(alert, 'Reload')!.trigger('click')
    await flushPromises()
    expect(calls.filter((c) => c.url === '/api/incidents/7/timeline').length).toBe(reads + 1)
    expect(first().find('[role="alert"]').exists()).toBe(false)
  })

  it('puts "At" back to now after adding an entry, and says now when come back to', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-30T10:00:20Z'))
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'POST',
          url: '/api/incidents/7/timeline',
          respond: (call) =>
            json(
              201,
              escalation({ id: 3, version: 0, ...(call.body as object), recordedBy: 'admin' }),
            ),
        },
      ]),
    )
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })
    const at = () => wrapper.get('#timeline-at').element as HTMLInputElement
    expect(at().value).toBe('2026-03-30T10:00')

    // The first entry happened earlier: typed in.
    await wrapper.get('#timeline-at').setValue('2026-03-30T08:45')
    await wrapper.get('#timeline-text').setValue('Customer reports started')
    vi.setSystemTime(new Date('2026-03-30T10:07:00Z'))
    await wrapper.get('form.add').trigger('submit')
    await flushPromises()

    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      at: '2026-03-30T08:45:00Z',
      kind: 'NOTE',
      text: 'Customer reports started',
    })
    // The next entry does not silently get the previous one's time.
    expect(at().value).toBe('2026-03-30T10:07')
    expect((wrapper.get('#timeline-text').element as HTMLInputElement).value).toBe('')

    // Coming back to the form later, it says now…
    vi.setSystemTime(new Date('2026-03-30T11:30:00Z'))
    await wrapper.get('#timeline-text').trigger('focusin')
    expect(at().value).toBe('2026-03-30T11:30')

    // …unless a time was typed into it.
    await wrapper.get('#timeline-at').setValue('2026-03-30T09:00')
    vi.setSystemTime(new Date('2026-03-30T12:00:00Z'))
    await wrapper.get('#timeline-text').trigger('focusin')
    expect(at().value).toBe('2026-03-30T09:00')
  })

  it('offers viewers no way to change the timeline or the action items', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    mockFetch(detailRoutes())
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })

    expect(timelineSection(wrapper).findAll('.timeline li')).toHaveLength(2)
    const items = wrapper.get('section[aria-labelledby="action-items-heading"]')
    for (const text of ['Edit', 'Delete', 'Save']) {
      expect(buttonIn(timelineSection(wrapper), text)).toBeUndefined()
      expect(buttonIn(items, text)).toBeUndefined()
    }
    expect(wrapper.find('form.add').exists()).toBe(false)
    // Owner teams by name, due dates as dates.
    const row = items.findAll('tbody tr')[0]!
    expect(row.text()).toContain('Core Ops')
    expect(row.text()).not.toContain('ops-core')
    expect(row.text()).toContain('1 Apr 2026')
  })
})

describe('IncidentDetailView: action items', () => {
  it('deletes an item once confirmed, with its version, and reads the list and history again', async () => {
    const confirm = vi.fn<(message: string) => boolean>(() => true)
    vi.stubGlobal('confirm', confirm)
    let deleted = false
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'DELETE',
          url: '/api/incidents/7/action-items/11?version=0',
          respond: () => {
            deleted = true
            return new Response(null, { status: 204 })
          },
        },
        {
          method: 'GET',
          url: '/api/incidents/7/action-items?page=0&size=50',
          respond: () =>
            json(
              200,
              page([
                ...(deleted ? [] : [anActionItem()]),
                anActionItem({ id: 12, title: 'Write runbook', overdue: false }),
              ]),
            ),
        },
      ]),
    )
    const { wrapper } = await mountAt(
      IncidentDetailView,
      '/incidents/7',
      { id: '7' },
      document.body,
    )
    const section = () => wrapper.get('section[aria-labelledby="action-items-heading"]')
    const history = auditCalls(calls).length

    const row = section().findAll('tbody tr')[0]!
    await buttonIn(row, 'Delete')!.trigger('click')
    await flushPromises()

    expect(confirm.mock.calls[0]![0]).toContain('“Add cache alerts”')
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1)
    expect(
      section()
        .findAll('tbody tr')
        .map((r) => r.text()),
    ).toEqual([expect.stringContaining('Write runbook')])
    expect(section().get('[role="status"]').text()).toBe(
      'Deleted the action item “Add cache alerts”.',
    )
    expect(document.activeElement).toBe(wrapper.get('#action-items-heading').element)
    expect(auditCalls(calls).length).toBe(history + 1)
    wrapper.unmount()
  })

  it('explains a stale delete (409) and reloads on request', async () => {
    vi.stubGlobal('confirm', () => true)
    const { calls } = mockFetch(
      detailRoutes([
        {
          method: 'DELETE',
          url: '/api/incidents/7/action-items/11?version=0',
          respond: () => problem(409, { title: 'Conflict', detail: 'Action item 11 changed' }),
        },
      ]),
    )
    const { wrapper } = await mountAt(IncidentDetailView, '/incidents/7', { id: '7' })
    const section = () => wrapper.get('section[aria-labelledby="action-items-heading"]')
    const reads = () =>
      calls.filter((c) => c.url.startsWith('/api/incidents/7/action-items?')).length

    await buttonIn(section().findAll('tbody tr')[0]!, 'Delete')!.trigger('click')
    await flushPromises()

    const alert = section().get('[role="alert"]')
    expect(alert.text()).toContain('Changed or deleted by someone else since you loaded it')
    expect(section().findAll('tbody tr')).toHaveLength(2)
    const before = reads()
    await buttonIn(alert, 'Reload')!.trigger('click')
    await flushPromises()
    expect(reads()).toBe(before + 1)
    expect(section().find('[role="alert"]').exists()).toBe(false)
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

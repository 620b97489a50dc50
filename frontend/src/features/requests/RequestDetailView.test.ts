import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { useCourtStore } from '@/stores/court'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { aRequest, TEAMS } from './fixtures'
import RequestDetailView from './RequestDetailView.vue'

const common = [
  {
    method: 'GET',
    url: /^\/api\/teams\?/,
    respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
  },
  {
    method: 'GET',
    url: /^\/api\/audit\?/,
    respond: () => json(200, { items: [], page: 0, size: 50, total: 0 }),
  },
  // An event may move the ball: the nav's "Your court" count is read again.
  { method: 'GET', url: '/api/me/court', respond: () => json(200, { items: [], total: 0 }) },
]

async function mountRequest(myTeams: string[]) {
  useAuthStore().setMe({ ...admin, role: 'MEMBER', teams: myTeams })
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/requests/1')
  const wrapper = mount(RequestDetailView, {
    props: { id: '1' },
    global: { plugins: [router] },
  })
  await flushPromises()
  return wrapper
}

const buttonTexts = (wrapper: Awaited<ReturnType<typeof mountRequest>>) =>
  wrapper.findAll('[aria-label="Events you can record"] button').map((b) => b.text())

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  useCourtStore().clear()
})

describe('RequestDetailView', () => {
  it('shows the figures, the court timeline and the events', async () => {
    const request = aRequest({
      pingPong: true,
      bounces: 1,
      handoffs: 2,
      flowEfficiency: 0.25,
      court: [
        { from: '2026-03-02T09:30:00Z', to: '2026-03-03T09:30:00Z', holder: 'operations' },
        { from: '2026-03-03T09:30:00Z', to: '2026-03-04T09:30:00Z', holder: 'product-dev' },
        { from: '2026-03-04T09:30:00Z', to: null, holder: 'operations' },
      ],
    })
    mockFetch([
      ...common,
      { method: 'GET', url: '/api/requests/1', respond: () => json(200, request) },
    ])

    const wrapper = await mountRequest(['operations'])

    expect(wrapper.get('h1').text()).toContain('REQ-1')
    expect(wrapper.get('.badge-pingpong').text()).toContain('Ping-pong')
    expect(wrapper.get('[aria-label="Figures"]').text()).toContain('25%')
    const segments = wrapper.findAll('[aria-label="Court timeline"] li')
    expect(segments).toHaveLength(3)
    expect(segments[1]!.classes()).toContain('side-requester')
    expect(segments[1]!.text()).toContain('Product Dev (requester): 1 day')
    expect(wrapper.get('ol.events').text()).toContain('Opened by Product Dev')
  })

  it('shows the description as the HTML the server rendered from its Markdown', async () => {
    const request = aRequest({
      description: 'Need **read** access to:\n\n- the cache logs',
      descriptionHtml:
        '<p>Need <strong>read</strong> access to:</p>\n<ul>\n<li>the cache logs</li>\n</ul>\n',
    })
    mockFetch([
      ...common,
      { method: 'GET', url: '/api/requests/1', respond: () => json(200, request) },
    ])

    const wrapper = await mountRequest(['operations'])

    const description = wrapper.get('section[aria-labelledby="description-heading"]')
    expect(description.get('h2').text()).toBe('Description')
    const body = description.get('.rendered-markdown')
    expect(body.get('strong').text()).toBe('read')
    expect(body.findAll('li').map((li) => li.text())).toEqual(['the cache logs'])
    expect(wrapper.text()).not.toContain('**')
  })

  it('shows no description section when the request has none', async () => {
    mockFetch([
      ...common,
      { method: 'GET', url: '/api/requests/1', respond: () => json(200, aRequest()) },
    ])

    const wrapper = await mountRequest(['operations'])

    expect(wrapper.find('#description-heading').exists()).toBe(false)
    expect(wrapper.find('.rendered-markdown').exists()).toBe(false)
  })

  it('offers only the events my teams may record, others behind a toggle', async () => {
    mockFetch([
      ...common,
      { method: 'GET', url: '/api/requests/1', respond: () => json(200, aRequest()) },
    ])

    const wrapper = await mountRequest(['operations'])

    expect(buttonTexts(wrapper)).toEqual(['Acknowledge', 'Needs info', 'Start work', 'Comment'])
    await wrapper.get('.toggle input').setValue(true)
    expect(buttonTexts(wrapper)).toEqual([
      'Acknowledge (as Operations)',
      'Needs info (as Operations)',
      'Start work (as Operations)',
      'Comment (as Operations)',
      'Comment (as Product Dev)',
      'Withdraw (as Product Dev)',
    ])
  })

  it('records an event for my team with the note and a UTC time', async () => {
    const after = aRequest({
      state: 'WAITING_ON_REQUESTER',
      holder: 'product-dev',
      allowedEvents: [],
    })
    let recorded = false
    const { calls } = mockFetch([
      ...common,
      {
        method: 'GET',
        url: '/api/requests/1',
        respond: () => json(200, recorded ? after : aRequest()),
      },
      {
        method: 'POST',
        url: '/api/requests/1/events',
        respond: () => {
          recorded = true
          const summary: Record<string, unknown> = { ...after }
          for (const detailOnly of ['description', 'events', 'court', 'allowedEvents']) {
            delete summary[detailOnly]
          }
          return json(201, { event: after.events[after.events.length - 1], request: summary })
        },
      },
    ])
    const wrapper = await mountRequest(['operations'])

    await wrapper.get('#event-note').setValue('Which time range?')
    await wrapper.get('#event-at').setValue('2026-03-03T10:00')
    const needsInfo = wrapper
      .findAll('[aria-label="Events you can record"] button')
      .find((b) => b.text() === 'Needs info')!
    await needsInfo.trigger('click')
    await flushPromises()

    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      type: 'NEEDS_INFO',
      team: 'operations',
      at: '2026-03-03T10:00:00Z',
      note: 'Which time range?',
    })
    expect(wrapper.get('[role="status"]').text()).toContain('Recorded: Needs info')
    expect(buttonTexts(wrapper)).toEqual([])
    expect(
      calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/requests/1')).length,
    ).toBe(2)
    expect(calls.filter((c) => c.url === '/api/me/court')).toHaveLength(1)
  })

  it('explains a 409 next to the form and lists what is allowed now', async () => {
    mockFetch([
      ...common,
      { method: 'GET', url: '/api/requests/1', respond: () => json(200, aRequest()) },
      {
        method: 'POST',
        url: '/api/requests/1/events',
        respond: () =>
          problem(409, {
            title: 'Conflict',
            detail: 'STARTED is not allowed in state WAITING_ON_REQUESTER',
            allowed: [{ type: 'INFO_PROVIDED', team: 'product-dev' }],
          }),
      },
    ])
    const wrapper = await mountRequest(['operations'])

    const start = wrapper
      .findAll('[aria-label="Events you can record"] button')
      .find((b) => b.text() === 'Start work')!
    await start.trigger('click')
    await flushPromises()

    const alert = wrapper.get('section[aria-labelledby="actions-heading"] [role="alert"]')
    expect(alert.text()).toContain('STARTED is not allowed in state WAITING_ON_REQUESTER')
    expect(alert.text()).toContain('Allowed now: Info provided by Product Dev')
  })

  it('shows where a synced request comes from instead of the actions', async () => {
    const request = {
      ...aRequest({ externalRef: 'OPS-1234' }),
      source: {
        kind: 'JIRA',
        connectorId: 7,
        connectorName: 'Ops service desk',
        url: 'https://acme.atlassian.example/browse/OPS-1234',
      },
    }
    mockFetch([
      ...common,
      { method: 'GET', url: '/api/requests/1', respond: () => json(200, request) },
    ])

    const wrapper = await mountRequest(['operations'])

    expect(wrapper.get('.badge-source').text()).toBe('Jira')
    expect(wrapper.get('.source a').attributes('href')).toBe(
      'https://acme.atlassian.example/browse/OPS-1234',
    )
    expect(wrapper.find('#actions-heading').exists()).toBe(false)
    expect(wrapper.findAll('[aria-label="Events you can record"] button')).toHaveLength(0)
    expect(wrapper.get('section[aria-labelledby="synced-heading"]').text()).toContain(
      'Synced from Ops service desk: change the ticket in Jira; events here follow it.',
    )
  })

  it('hides the actions from viewers', async () => {
    mockFetch([
      ...common,
      { method: 'GET', url: '/api/requests/1', respond: () => json(200, aRequest()) },
    ])
    useAuthStore().setMe({ ...admin, role: 'VIEWER', teams: ['operations'] })
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/requests/1')
    const wrapper = mount(RequestDetailView, { props: { id: '1' }, global: { plugins: [router] } })
    await flushPromises()

    expect(wrapper.find('#actions-heading').exists()).toBe(false)
  })
})

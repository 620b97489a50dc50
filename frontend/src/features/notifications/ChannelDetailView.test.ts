import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import type { ChannelDelivery, ChannelView } from '@/api/notifyTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem, type FetchCall } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import ChannelDetailView from './ChannelDetailView.vue'
import { aChannel, aChannelDelivery } from './fixtures'

type Route = Parameters<typeof mockFetch>[0][number]

const DELIVERIES = /^\/api\/notification-channels\/3\/deliveries\?/

function common(
  channel: () => ChannelView = () => aChannel(),
  deliveries: () => ChannelDelivery[] = () => [aChannelDelivery()],
): Route[] {
  return [
    { method: 'GET', url: '/api/notification-channels/3', respond: () => json(200, channel()) },
    {
      method: 'GET',
      url: DELIVERIES,
      respond: () =>
        json(200, { items: deliveries(), page: 0, size: 50, total: deliveries().length }),
    },
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
  ]
}

async function mountDetail(path = '/admin/notifications/3') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(ChannelDetailView, {
    props: { id: '3' },
    global: { plugins: [router] },
  })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountDetail>>['wrapper']

const button = (wrapper: Wrapper, text: string) =>
  wrapper.findAll('button').find((b) => b.text() === text)!

const deliveryCalls = (calls: FetchCall[]) =>
  calls.filter((c) => c.method === 'GET' && DELIVERIES.test(c.url))

beforeEach(() => useAuthStore().setMe(admin))

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('ChannelDetailView', () => {
  it('shows the channel, its masked URL, teams and events', async () => {
    mockFetch(common())
    const { wrapper } = await mountDetail()

    expect(wrapper.get('h1').text()).toBe('#ops-requests')
    const facts = wrapper.get('dl[aria-label="Channel facts"]').text()
    expect(facts).toContain('https://hooks.slack.com/…')
    expect(facts).toContain('Operations')
    expect(facts).toContain('The ball moves to a team')
    expect(facts).not.toContain('weekly wall digest')
    // The URL is write-only: the field to replace it starts empty.
    expect((wrapper.get('#channel-edit-url').element as HTMLInputElement).value).toBe('')
  })

  it('saves teams and events, keeping the URL when its field is left empty', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'PUT',
        url: '/api/notification-channels/3',
        respond: (call) =>
          json(200, aChannel({ ...(call.body as Partial<ChannelView>), version: 3 })),
      },
    ])
    const { wrapper } = await mountDetail()

    await wrapper.get('#channel-edit-name').setValue('#ops-and-web')
    await wrapper.get('input[type="checkbox"][value="product-dev"]').setValue(true)
    await wrapper.get('input[type="checkbox"][value="postmortem.published"]').setValue(false)
    await wrapper.get('#channel-edit-enabled').setValue(false)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.body).toEqual({
      name: '#ops-and-web',
      enabled: false,
      teams: ['operations', 'product-dev'],
      events: [
        'request.ball_moved',
        'request.ola_warning',
        'request.ola_breached',
        'action_item.overdue',
        'postmortem.draft_overdue',
        'shadow_system.registered',
        'shadow_system.status_changed',
        'shadow_candidate.found',
      ],
      version: 2,
    })
    expect(wrapper.get('[role="status"]').text()).toBe('Saved.')

    await wrapper.get('#channel-edit-url').setValue('https://hooks.slack.com/services/T0/B0/new')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(calls.filter((c) => c.method === 'PUT')[1]!.body).toMatchObject({
      url: 'https://hooks.slack.com/services/T0/B0/new',
      version: 3,
    })
  })

  it('sends a new address, not a URL, for an e-mail channel', async () => {
    const email = aChannel({ kind: 'EMAIL', target: 'ops@acme.example' })
    const { calls } = mockFetch([
      ...common(() => email),
      { method: 'PUT', url: '/api/notification-channels/3', respond: () => json(200, email) },
    ])
    const { wrapper } = await mountDetail()

    expect(wrapper.find('#channel-edit-url').exists()).toBe(false)
    await wrapper.get('#channel-edit-address').setValue(' oncall@acme.example ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const body = calls.find((c) => c.method === 'PUT')!.body
    expect(body).toMatchObject({ address: 'oncall@acme.example' })
    expect(body).not.toHaveProperty('url')
  })

  it('offers to reload after a 409 on save', async () => {
    mockFetch([
      ...common(),
      {
        method: 'PUT',
        url: '/api/notification-channels/3',
        respond: () => problem(409, { title: 'Conflict', detail: 'stale version' }),
      },
    ])
    const { wrapper } = await mountDetail()

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[role="alert"]').text()).toContain('Someone else changed this channel')
    expect(button(wrapper, 'Reload').exists()).toBe(true)
  })

  it('sends a test message and shows the answer: status, HTTP status, error and latency', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/notification-channels/3/test',
        respond: () =>
          json(200, {
            status: 'DEAD',
            httpStatus: 404,
            error: 'HTTP 404: no_service',
            latencyMs: 231,
          }),
      },
    ])
    const { wrapper } = await mountDetail()
    const before = deliveryCalls(calls).length

    await button(wrapper, 'Send a test message').trigger('click')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url).toBe('/api/notification-channels/3/test')
    expect(post.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    const result = wrapper.get('[aria-label="Test result"]')
    expect(result.attributes('role')).toBe('status')
    expect(result.text()).toContain('The test message was not delivered (Dead).')
    const facts = result.findAll('dt').map((dt, i) => [dt.text(), result.findAll('dd')[i]!.text()])
    expect(facts).toEqual([
      ['Status', 'Dead'],
      ['HTTP status', '404'],
      ['Error', 'HTTP 404: no_service'],
      ['Latency', '231 ms'],
    ])
    // The test is in the delivery log: it was read again.
    expect(deliveryCalls(calls).length).toBe(before + 1)
  })

  it('shows a test message the channel took', async () => {
    mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/notification-channels/3/test',
        respond: () => json(200, { status: 'SENT', httpStatus: 200, error: null, latencyMs: 95 }),
      },
    ])
    const { wrapper } = await mountDetail()

    await button(wrapper, 'Send a test message').trigger('click')
    await flushPromises()

    const result = wrapper.get('[aria-label="Test result"]')
    expect(result.classes()).toContain('alert-success')
    expect(result.text()).toContain('The channel took the test message.')
    expect(result.text()).toContain('95 ms')
  })

  it('lists deliveries with a Retry button on dead and retrying ones, which retries and reloads', async () => {
    let deliveries = [
      aChannelDelivery({
        id: 43,
        type: 'request.ola_breached',
        status: 'DEAD',
        attempts: 8,
        lastError: 'HTTP 500',
        latencyMs: 1200,
        sentAt: null,
      }),
      aChannelDelivery({
        id: 42,
        status: 'RETRYING',
        attempts: 2,
        lastError: 'timeout after 10 s',
        latencyMs: null,
        sentAt: null,
        nextAttemptAt: '2026-03-03T08:05:00Z',
      }),
      aChannelDelivery(),
    ]
    const { calls } = mockFetch([
      ...common(
        () => aChannel(),
        () => deliveries,
      ),
      {
        method: 'POST',
        url: '/api/notification-channels/3/deliveries/43/retry',
        respond: () => {
          deliveries = [
            { ...deliveries[0]!, status: 'PENDING', attempts: 0 },
            ...deliveries.slice(1),
          ]
          return json(200, deliveries[0])
        },
      },
    ])
    const { wrapper } = await mountDetail()

    const log = wrapper.get('section[aria-labelledby="deliveries-heading"]')
    expect(log.findAll('thead th').map((th) => th.text())).toEqual([
      'Created',
      'Type',
      'Status',
      'Attempts',
      'Last error',
      'Latency',
      'Sent',
      'Actions',
    ])
    const rows = log.findAll('tbody tr')
    expect(rows[0]!.findAll('td').map((td) => td.text())).toEqual([
      '3 Mar 2026, 08:00',
      'request.ola_breached',
      'Dead',
      '8',
      'HTTP 500',
      '1200 ms',
      '—',
      'Retry',
    ])
    expect(rows[1]!.findAll('td')[2]!.text().replace(/\s+/g, ' ')).toBe(
      'Retrying · next try 3 Mar 2026, 08:05',
    )
    expect(rows[1]!.find('button').text()).toBe('Retry')
    expect(rows[2]!.find('button').exists()).toBe(false)
    expect(rows[2]!.findAll('td')[6]!.text()).toBe('3 Mar 2026, 08:00')
    const before = deliveryCalls(calls).length

    await rows[0]!.get('button').trigger('click')
    await flushPromises()

    const retry = calls.find((c) => c.method === 'POST')!
    expect(retry.url).toBe('/api/notification-channels/3/deliveries/43/retry')
    expect(retry.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(deliveryCalls(calls).length).toBe(before + 1)
    expect(log.get('[role="status"]').text()).toBe(
      'Delivery 43 (request.ola_breached) queued again.',
    )
    const first = log.findAll('tbody tr')[0]!
    expect(first.text()).toContain('Pending')
    expect(first.find('button').exists()).toBe(false)
  })

  it('filters the delivery log by status through the URL', async () => {
    const { calls } = mockFetch(common())
    const { wrapper, router } = await mountDetail()

    await wrapper.get('#delivery-status').setValue('DEAD')
    await flushPromises()

    expect(router.currentRoute.value.query.deliveryStatus).toBe('DEAD')
    expect(deliveryCalls(calls).at(-1)!.url).toBe(
      '/api/notification-channels/3/deliveries?status=DEAD&page=0&size=50',
    )
  })

  it('deletes the channel after confirming and goes back to the list', async () => {
    const confirm = vi.fn(() => true)
    vi.stubGlobal('confirm', confirm)
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'DELETE',
        url: '/api/notification-channels/3',
        respond: () => new Response(null, { status: 204 }),
      },
      { method: 'GET', url: '/api/notification-channels', respond: () => json(200, []) },
    ])
    const { wrapper, router } = await mountDetail()

    await button(wrapper, 'Delete channel').trigger('click')
    await flushPromises()

    expect(confirm).toHaveBeenCalledWith(
      'Delete the channel “#ops-requests”? It stops receiving notifications.',
    )
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('notifications'))
  })

  it('deletes nothing when the confirmation is declined', async () => {
    vi.stubGlobal(
      'confirm',
      vi.fn(() => false),
    )
    const { calls } = mockFetch(common())
    const { wrapper } = await mountDetail()

    await button(wrapper, 'Delete channel').trigger('click')
    await flushPromises()

    expect(calls.some((c) => c.method === 'DELETE')).toBe(false)
  })

  it("rotates a webhook channel's signing secret after confirming and shows the new one once", async () => {
    const webhook = aChannel({
      kind: 'WEBHOOK',
      name: 'Audit sink',
      target: 'https://sink.example/hook',
    })
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValue(true)
    vi.stubGlobal('confirm', confirm)
    const { calls } = mockFetch([
      ...common(() => webhook),
      {
        method: 'POST',
        url: '/api/notification-channels/3/secret',
        respond: () => json(200, { ...webhook, version: 3, secret: 'whsec_new' }),
      },
    ])
    const { wrapper } = await mountDetail()
    const rotations = () => calls.filter((c) => c.url.endsWith('/secret'))

    await button(wrapper, 'Rotate secret').trigger('click')
    await flushPromises()
    expect(rotations()).toHaveLength(0)

    await button(wrapper, 'Rotate secret').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenLastCalledWith(
      'Rotate the signing secret of “Audit sink”? The current secret stops working at once: ' +
        'the receiver refuses deliveries until it has the new one.',
    )
    expect(rotations()).toHaveLength(1)
    expect(rotations()[0]!.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(wrapper.get('#rotated-secret').element).toHaveProperty('value', 'whsec_new')
    expect(wrapper.text()).toContain('New signing secret created; the old one no longer works.')
    expect(wrapper.text()).toContain('Version 3')

    await button(wrapper, 'I have copied it').trigger('click')
    expect(wrapper.find('#rotated-secret').exists()).toBe(false)
  })

  it('offers no secret rotation for a Slack channel', async () => {
    mockFetch(common())
    const { wrapper } = await mountDetail()

    expect(wrapper.findAll('button').some((b) => b.text() === 'Rotate secret')).toBe(false)
  })
})

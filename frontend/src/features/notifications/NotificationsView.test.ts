import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import { DEFAULT_EVENTS, type ChannelView } from '@/api/notifyTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import NotificationsView from './NotificationsView.vue'
import { aChannel } from './fixtures'

const SECRET = 'whsec-shown-once-4f1c'

async function mountChannels() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/admin/notifications')
  const wrapper = mount(NotificationsView, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

function common(list: () => ChannelView[]) {
  return [
    { method: 'GET', url: '/api/notification-channels', respond: () => json(200, list()) },
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
    },
  ]
}

const checked = (wrapper: Awaited<ReturnType<typeof mountChannels>>, legend: string) =>
  wrapper
    .findAll('fieldset')
    .find((f) => f.get('legend').text() === legend)!
    .findAll('input[type="checkbox"]')
    .filter((i) => (i.element as HTMLInputElement).checked)
    .map((i) => (i.element as HTMLInputElement).value)

beforeEach(() => useAuthStore().setMe(admin))

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('NotificationsView', () => {
  it('lists the channels with their target, teams, number of events and status', async () => {
    mockFetch(
      common(() => [
        aChannel(),
        aChannel({
          id: 4,
          kind: 'EMAIL',
          name: 'Leadership digest',
          target: 'leaders@acme.example',
          teams: [],
          events: ['digest.weekly'],
          enabled: false,
        }),
      ]),
    )

    const wrapper = await mountChannels()

    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Name',
      'Kind',
      'Target',
      'Teams',
      'Events',
      'Status',
    ])
    const rows = wrapper.findAll('tbody tr').map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([
      ['#ops-requests', 'Slack', 'https://hooks.slack.com/…', 'Operations', '9', 'Enabled'],
      ['Leadership digest', 'E-mail', 'leaders@acme.example', 'Every team', '1', 'Disabled'],
    ])
    expect(wrapper.get('tbody a').attributes('href')).toBe('/admin/notifications/3')
  })

  it('pre-ticks the default events, leaves the digest unticked and asks for an address for e-mail', async () => {
    mockFetch(common(() => []))
    const wrapper = await mountChannels()

    expect(checked(wrapper, 'Events')).toEqual([...DEFAULT_EVENTS])
    expect(checked(wrapper, 'Events')).not.toContain('digest.weekly')
    expect(checked(wrapper, 'Teams')).toEqual([])
    expect(wrapper.find('#channel-url').exists()).toBe(true)
    expect(wrapper.find('#channel-address').exists()).toBe(false)

    await wrapper.get('#channel-kind').setValue('EMAIL')
    expect(wrapper.find('#channel-url').exists()).toBe(false)
    expect(wrapper.get('label[for="channel-address"]').text()).toBe('E-mail address')
  })

  it('creates a webhook channel and shows its signing secret once, with how to verify it', async () => {
    let stored: ChannelView[] = []
    const { calls } = mockFetch([
      ...common(() => stored),
      {
        method: 'POST',
        url: '/api/notification-channels',
        respond: () => {
          const channel = aChannel({
            id: 5,
            kind: 'WEBHOOK',
            name: 'Audit sink',
            target: 'https://hooks.acme.example/wallbreaker',
            teams: ['operations'],
            events: [...DEFAULT_EVENTS, 'digest.weekly'],
          })
          stored = [channel]
          return json(201, { ...channel, secret: SECRET })
        },
      },
    ])
    const wrapper = await mountChannels()

    await wrapper.get('#channel-kind').setValue('WEBHOOK')
    await wrapper.get('#channel-name').setValue('  Audit sink ')
    await wrapper.get('#channel-url').setValue(' https://hooks.acme.example/wallbreaker ')
    await wrapper.get('input[type="checkbox"][value="operations"]').setValue(true)
    await wrapper.get('input[type="checkbox"][value="digest.weekly"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toEqual({
      kind: 'WEBHOOK',
      name: 'Audit sink',
      url: 'https://hooks.acme.example/wallbreaker',
      teams: ['operations'],
      events: [...DEFAULT_EVENTS, 'digest.weekly'],
    })
    expect(post.headers['X-CSRF-TOKEN']).toBe('csrf-123')

    const panel = wrapper.get('.secret-once')
    expect(panel.text()).toContain('Channel “Audit sink” created.')
    expect(panel.text()).toContain('will not be shown again')
    expect((wrapper.get('#created-secret').element as HTMLInputElement).value).toBe(SECRET)
    expect(panel.get('button[aria-label="Copy Signing secret"]').text()).toBe('Copy')
    expect(panel.text()).toContain('HMAC-SHA256')
    expect(panel.text()).toContain('raw request body')
    expect(panel.text()).toContain('X-Wallbreaker-Signature: sha256=<hex>')
    // The list was read again and shows the channel, never the secret.
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    expect(wrapper.get('table').html()).not.toContain(SECRET)
    // The form is ready for the next channel, with the defaults again.
    expect((wrapper.get('#channel-name').element as HTMLInputElement).value).toBe('')
    expect(checked(wrapper, 'Events')).toEqual([...DEFAULT_EVENTS])

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'I have copied it')!
      .trigger('click')
    expect(wrapper.html()).not.toContain(SECRET)
    expect(wrapper.get('a[href="/admin/notifications/5"]').text()).toContain('Audit sink')

    wrapper.unmount()
    const again = await mountChannels()
    expect(again.html()).not.toContain(SECRET)
  })

  it('shows no secret for a Slack channel, only that it was created', async () => {
    mockFetch([
      ...common(() => []),
      {
        method: 'POST',
        url: '/api/notification-channels',
        respond: () => json(201, aChannel()),
      },
    ])
    const wrapper = await mountChannels()

    await wrapper.get('#channel-name').setValue('#ops-requests')
    await wrapper.get('#channel-url').setValue('https://hooks.slack.com/services/T0/B0/xyz')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('.secret-once').exists()).toBe(false)
    expect(wrapper.get('[role="status"]').text()).toBe('Channel “#ops-requests” created.')
  })

  it('asks for a name and an address before sending, and shows the server’s field message', async () => {
    const { calls } = mockFetch([
      ...common(() => []),
      {
        method: 'POST',
        url: '/api/notification-channels',
        respond: () =>
          problem(400, {
            title: 'Bad Request',
            errors: [{ field: 'address', message: 'must be an e-mail address (name@example.org)' }],
          }),
      },
    ])
    const wrapper = await mountChannels()

    await wrapper.get('#channel-kind').setValue('EMAIL')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#channel-name-error').text()).toBe('Give the channel a name.')
    expect(wrapper.get('#channel-address-error').text()).toBe(
      'Enter the e-mail address to send to.',
    )
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    await wrapper.get('#channel-name').setValue('Leadership digest')
    await wrapper.get('#channel-address').setValue('leaders')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toMatchObject({ kind: 'EMAIL', address: 'leaders' })
    expect(post.body).not.toHaveProperty('url')
    expect(wrapper.get('#channel-address-error').text()).toBe(
      'must be an e-mail address (name@example.org)',
    )
  })
})

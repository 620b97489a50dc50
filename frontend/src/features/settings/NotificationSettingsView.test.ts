import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import type { EmailSettings, PersonalEmail } from '@/api/notifyTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem, type FetchCall } from '@/test/mockFetch'
import NotificationSettingsView from './NotificationSettingsView.vue'
import { aPersonalEmail, anEmailSettings } from './fixtures'

type Route = Parameters<typeof mockFetch>[0][number]

const member = { ...admin, login: 'rita', displayName: 'Rita', role: 'MEMBER' as const }
const SETTINGS = '/api/me/notification-settings'
const SENT = /^\/api\/me\/notifications\?/

function common(
  settings: () => EmailSettings = () => anEmailSettings(),
  emails: () => PersonalEmail[] = () => [],
  total: () => number = () => emails().length,
): Route[] {
  return [
    { method: 'GET', url: SETTINGS, respond: () => json(200, settings()) },
    {
      method: 'GET',
      url: SENT,
      respond: () => json(200, { items: emails(), page: 0, size: 50, total: total() }),
    },
  ]
}

async function mountSettings(path = '/settings/notifications') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(NotificationSettingsView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountSettings>>['wrapper']

const checkbox = (wrapper: Wrapper, type: string) =>
  wrapper.get<HTMLInputElement>(`fieldset input[type="checkbox"][value="${type}"]`)
const ticked = (wrapper: Wrapper) =>
  wrapper
    .findAll<HTMLInputElement>('fieldset input[type="checkbox"]')
    .filter((c) => c.element.checked)
    .map((c) => c.element.value)
const puts = (calls: FetchCall[]) => calls.filter((c) => c.method === 'PUT')

enableAutoUnmount(afterEach)

beforeEach(() => useAuthStore().setMe({ ...member, teams: ['web'] }))

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('NotificationSettingsView', () => {
  it('shows the defaults: no address (so no e-mail), requests and action items ticked', async () => {
    mockFetch(common())
    const { wrapper } = await mountSettings()

    expect(wrapper.get('h1').text()).toBe('Notification settings')
    const email = wrapper.get<HTMLInputElement>('input#notify-email')
    expect(email.attributes('type')).toBe('email')
    expect(wrapper.get('label[for="notify-email"]').text()).toBe('E-mail address')
    expect(email.element.value).toBe('')
    expect(wrapper.get('#notify-email-hint').text()).toContain(
      'No address: no e-mail is sent to you.',
    )

    const fieldset = wrapper.get('fieldset')
    expect(fieldset.get('legend').text()).toBe('E-mail me when')
    expect(fieldset.findAll('label').map((l) => l.text())).toEqual([
      'A request’s ball lands with one of my teams, or nears / passes its OLA target',
      'An action item of my team becomes overdue',
      'A postmortem of my team’s incident is still a draft a set number of days after resolution',
      'A shadow-system candidate is assigned to my team (inventory discovery)',
    ])
    expect(ticked(wrapper)).toEqual(['REQUEST', 'ACTION_ITEM'])
    expect(wrapper.text()).not.toContain('This server cannot send e-mail yet.')

    // An address typed in: the hint says how to stop e-mail instead.
    await email.setValue('rita@example.org')
    expect(wrapper.get('#notify-email-hint').text()).toBe('Leave empty to get no e-mail at all.')
  })

  it('says that nothing is e-mailed while the server has no SMTP server, and still saves', async () => {
    const { calls } = mockFetch([
      ...common(() => anEmailSettings({ emailConfigured: false })),
      {
        method: 'PUT',
        url: SETTINGS,
        respond: (call) =>
          json(200, { ...(call.body as object), emailConfigured: false, version: 1 }),
      },
    ])
    const { wrapper } = await mountSettings()

    const notice = wrapper.get('.alert-warning')
    expect(notice.text()).toContain('No SMTP server is configured')
    expect(notice.text()).toContain('until an administrator configures one')

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(puts(calls)).toHaveLength(1)
    expect(wrapper.get('[role="status"]').text()).toContain('Saved.')
  })

  it('saves the address and the ticked items with the version read', async () => {
    const { calls } = mockFetch([
      ...common(() => anEmailSettings({ version: 2 })),
      {
        method: 'PUT',
        url: SETTINGS,
        respond: () =>
          json(200, anEmailSettings({ email: 'rita@example.org', items: ['REQUEST'], version: 3 })),
      },
    ])
    const { wrapper } = await mountSettings()

    await wrapper.get('#notify-email').setValue('  rita@example.org ')
    await checkbox(wrapper, 'ACTION_ITEM').setValue(false)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const [put] = puts(calls)
    expect(put!.url).toBe(SETTINGS)
    expect(put!.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(put!.body).toEqual({ email: 'rita@example.org', items: ['REQUEST'], version: 2 })
    expect(wrapper.get('[role="status"]').text()).toBe('Saved. E-mails go to rita@example.org.')
    expect(wrapper.get<HTMLInputElement>('#notify-email').element.value).toBe('rita@example.org')
    expect(ticked(wrapper)).toEqual(['REQUEST'])
  })

  it('shows the server’s field errors next to the address and the items', async () => {
    mockFetch([
      ...common(),
      {
        method: 'PUT',
        url: SETTINGS,
        respond: () =>
          problem(400, {
            title: 'Invalid request',
            errors: [
              { field: 'email', message: 'must be an e-mail address (name@example.org)' },
              { field: 'items[1]', message: 'must be one of REQUEST, ACTION_ITEM' },
            ],
          }),
      },
    ])
    const { wrapper } = await mountSettings()

    await wrapper.get('#notify-email').setValue('not-an-address')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const email = wrapper.get('#notify-email')
    expect(email.attributes('aria-invalid')).toBe('true')
    expect(email.attributes('aria-describedby')).toContain('notify-email-error')
    expect(wrapper.get('#notify-email-error').text()).toBe(
      'must be an e-mail address (name@example.org)',
    )
    expect(wrapper.get('#notify-items-error').text()).toBe('must be one of REQUEST, ACTION_ITEM')
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe(
      'notify-items-hint notify-items-error',
    )
    // Field errors stand next to their fields, not again at the top.
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('on a stale version says so and shows the settings as saved meanwhile', async () => {
    let stored = anEmailSettings({ version: 1, email: 'old@example.org' })
    const { calls } = mockFetch([
      ...common(() => stored),
      {
        method: 'PUT',
        url: SETTINGS,
        respond: (call) =>
          (call.body as { version: number }).version === stored.version
            ? json(200, { ...stored, email: 'mine@example.org', version: stored.version + 1 })
            : problem(409, { title: 'Conflict', detail: 'stale version' }),
      },
    ])
    const { wrapper } = await mountSettings()
    // Saved in another tab meanwhile.
    stored = anEmailSettings({ version: 2, email: 'tab@example.org', items: ['POSTMORTEM'] })
    const reads = () => calls.filter((c) => c.method === 'GET' && c.url === SETTINGS).length
    expect(reads()).toBe(1)

    await wrapper.get('#notify-email').setValue('mine@example.org')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[role="alert"]').text()).toContain(
      'Your notification settings were saved somewhere else meanwhile',
    )
    expect(reads()).toBe(2)
    expect(wrapper.get<HTMLInputElement>('#notify-email').element.value).toBe('tab@example.org')
    expect(ticked(wrapper)).toEqual(['POSTMORTEM'])

    // Saved again, with the version read just now.
    await wrapper.get('#notify-email').setValue('mine@example.org')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(puts(calls).at(-1)!.body).toMatchObject({ version: 2 })
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.get('[role="status"]').text()).toBe('Saved. E-mails go to mine@example.org.')
  })

  it('confirms that removing the address stops all e-mail', async () => {
    mockFetch([
      ...common(() => anEmailSettings({ email: 'rita@example.org', version: 1 })),
      {
        method: 'PUT',
        url: SETTINGS,
        respond: () => json(200, anEmailSettings({ version: 2 })),
      },
    ])
    const { wrapper } = await mountSettings()

    await wrapper.get('#notify-email').setValue('')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[role="status"]').text()).toBe(
      'Saved. You have no e-mail address here, so no e-mail is sent to you.',
    )
  })

  it('lists the e-mails sent to the user, newest first, with a link to what each is about', async () => {
    mockFetch(
      common(
        () => anEmailSettings({ email: 'rita@example.org', version: 1 }),
        () => [
          aPersonalEmail({
            id: 9,
            type: 'postmortem.draft_overdue',
            title: 'INC-3 Postmortem of Stale prices',
            link: '/incidents/3/postmortem',
            status: 'DEAD',
            attempts: 8,
            lastError: 'SMTP host not configured',
            createdAt: '2026-03-04T09:30:00Z',
            sentAt: null,
          }),
          aPersonalEmail(),
        ],
      ),
    )
    const { wrapper } = await mountSettings()

    const log = wrapper.get('section[aria-labelledby="emails-heading"]')
    expect(log.get('h2').text()).toBe('E-mails sent to you')
    expect(log.findAll('thead th').map((th) => th.text())).toEqual([
      'Created',
      'E-mail',
      'Type',
      'Status',
      'Attempts',
      'Last error',
      'Sent',
    ])
    const rows = log.findAll('tbody tr')
    expect(rows[0]!.findAll('td').map((td) => td.text().replace(/\s+/g, ' '))).toEqual([
      '4 Mar 2026, 09:30',
      'INC-3 Postmortem of Stale prices',
      'A postmortem is still a draft postmortem.draft_overdue',
      'Dead',
      '8',
      'SMTP host not configured',
      '—',
    ])
    expect(rows[0]!.get('a').attributes('href')).toBe('/incidents/3/postmortem')
    expect(rows[1]!.get('a').attributes('href')).toBe('/requests/12')
    expect(rows[1]!.findAll('td')[2]!.text()).toContain('The ball moved to your team')
    expect(rows[1]!.findAll('td')[6]!.text()).toBe('3 Mar 2026, 08:00')
    expect(log.find('nav').exists()).toBe(false)
  })

  it('says so when no e-mail was sent yet', async () => {
    mockFetch(common())
    const { wrapper } = await mountSettings()

    const log = wrapper.get('section[aria-labelledby="emails-heading"]')
    expect(log.text()).toContain('No e-mails yet.')
    expect(log.find('table').exists()).toBe(false)
  })

  it('pages the e-mails through the URL', async () => {
    const { calls } = mockFetch(
      common(
        () => anEmailSettings(),
        () => [aPersonalEmail()],
        () => 120,
      ),
    )
    const { wrapper, router } = await mountSettings()
    const sentCalls = () => calls.filter((c) => SENT.test(c.url)).map((c) => c.url)
    expect(sentCalls()).toEqual(['/api/me/notifications?page=0&size=50'])

    const pager = wrapper.get('nav[aria-label="E-mail pages"]')
    expect(pager.text()).toContain('1–50 of 120')
    await pager
      .findAll('button')
      .find((b) => b.text() === 'Next')!
      .trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query.emailsPage).toBe('1')
    expect(sentCalls().at(-1)).toBe('/api/me/notifications?page=1&size=50')
  })
})

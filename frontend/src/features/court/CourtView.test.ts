import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { CourtItem } from '@/api/notifyTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { COURT_REFRESH_MS, useCourtStore } from '@/stores/court'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { TEAMS, aTeam } from '@/features/requests/fixtures'
import CourtView from './CourtView.vue'
import { aCourtItem } from './fixtures'

const member = { ...admin, login: 'rita', displayName: 'Rita', role: 'MEMBER' as const }

function routesFor(items: () => CourtItem[]) {
  return [
    {
      method: 'GET',
      url: '/api/me/court',
      respond: () => json(200, { items: items(), total: items().length }),
    },
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () =>
        json(200, {
          items: [...TEAMS, aTeam('web', 'Web')],
          page: 0,
          size: 500,
          total: 3,
        }),
    },
  ]
}

async function mountCourt() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/court')
  const wrapper = mount(CourtView, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

/** The story's court: the request waiting longest first, then an overdue action item, then a draft. */
const STORY: CourtItem[] = [
  aCourtItem({
    id: 12,
    key: 'REQ-12',
    title: 'Production logs for the cache race',
    team: 'operations',
    since: '2026-03-01T08:00:00Z',
    waitingSeconds: 3 * 86400 + 2 * 3600,
    targetSeconds: 2 * 86400,
    state: 'IN_PROGRESS',
  }),
  aCourtItem({
    type: 'ACTION_ITEM',
    id: 4,
    key: 'INC-3 action item',
    title: 'Alert on the cache hit rate',
    team: 'web',
    since: '2026-03-02T08:00:00Z',
    waitingSeconds: 2 * 86400,
    targetSeconds: 3 * 86400,
    state: 'DUE_SOON',
    link: '/incidents/3',
  }),
  aCourtItem({
    type: 'POSTMORTEM',
    id: 3,
    key: 'INC-3',
    title: 'Postmortem of Stale prices',
    team: 'web',
    since: '2026-03-03T08:00:00Z',
    waitingSeconds: 5 * 3600,
    targetSeconds: null,
    state: 'DRAFT',
    link: '/incidents/3/postmortem',
  }),
]

enableAutoUnmount(afterEach)

beforeEach(() => useAuthStore().setMe({ ...member, teams: ['operations', 'web'] }))

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  useCourtStore().clear()
})

describe('CourtView', () => {
  it('lists what waits on the user’s teams, oldest wait first, with the next action', async () => {
    mockFetch(routesFor(() => STORY))

    const wrapper = await mountCourt()

    expect(wrapper.get('h1').text()).toBe('Your court')
    expect(wrapper.text()).toContain('(Operations, Web)')
    const list = wrapper.get('ol[aria-label="Waiting on your teams, oldest first"]')
    const rows = list.findAll('li')
    expect(rows.map((r) => r.get('h2').text())).toEqual([
      'REQ-12 Production logs for the cache race',
      'INC-3 action item Alert on the cache hit rate',
      'INC-3 Postmortem of Stale prices',
    ])

    const first = rows[0]!
    expect(first.get('.badge').text()).toBe('Request')
    expect(first.get('h2 a').attributes('href')).toBe('/requests/12')
    expect(first.text()).toContain('Operations')
    expect(first.text()).toContain('In your court for 3 days 2 hours')
    expect(first.text()).toContain('In progress')
    const next = first.get('a.btn')
    expect(next.text()).toBe('Open request')
    expect(next.attributes('href')).toBe('/requests/12')
    expect(next.attributes('aria-describedby')).toBe(first.get('h2').attributes('id'))

    const second = rows[1]!
    expect(second.get('.badge').text()).toBe('Action item')
    expect(second.text()).toContain('Time to the due date 3 days: 1 day left')
    expect(second.text()).toContain('Due soon')
    expect(second.get('a.btn').text()).toBe('Open incident')
    expect(second.get('a.btn').attributes('href')).toBe('/incidents/3')

    const third = rows[2]!
    expect(third.get('.badge').text()).toBe('Postmortem')
    expect(third.text()).toContain('In your court for 5 hours')
    expect(third.text()).not.toContain('left')
    expect(third.get('a.btn').text()).toBe('Open postmortem')
    expect(third.get('a.btn').attributes('href')).toBe('/incidents/3/postmortem')
  })

  it('says how far a request is over its OLA target, in words and not by colour alone', async () => {
    mockFetch(routesFor(() => STORY))

    const wrapper = await mountCourt()

    const first = wrapper.findAll('li')[0]!
    const over = first.get('.over')
    expect(over.text()).toContain('Over target')
    expect(over.text()).toContain('OLA target 2 days: over by 1 day 2 hours')
    expect(first.get('.facts').text().replace(/\s+/g, ' ')).toBe(
      'Operations · In your court for 3 days 2 hours · Over target OLA target 2 days: over by 1 day 2 hours',
    )
    expect(first.get('.kind').text().replace(/\s+/g, ' ')).toBe('Request · In progress')
    expect(wrapper.findAll('li')[1]!.find('.over').exists()).toBe(false)
  })

  it('links to the notification settings, to get these by e-mail', async () => {
    mockFetch(routesFor(() => []))

    const wrapper = await mountCourt()

    const link = wrapper.get('a[href="/settings/notifications"]')
    expect(link.text()).toBe('Notification settings')
    expect(link.element.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Get these by e-mail → Notification settings',
    )
  })

  it('says so when nothing waits', async () => {
    mockFetch(routesFor(() => []))

    const wrapper = await mountCourt()

    expect(wrapper.text()).toContain('Nothing waits on your teams.')
    expect(wrapper.find('ol').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('You are in no team yet')
  })

  it('tells a user without a team why nothing can wait on them', async () => {
    useAuthStore().setMe({ ...member, teams: [] })
    mockFetch(routesFor(() => []))

    const wrapper = await mountCourt()

    expect(wrapper.text()).toContain('Nothing waits on your teams.')
    expect(wrapper.text()).toContain('You are in no team yet')
  })

  it('reads the court again when the window gets the focus back and every minute', async () => {
    let items: CourtItem[] = []
    const { calls } = mockFetch(routesFor(() => items))
    const courtCalls = () => calls.filter((c) => c.url === '/api/me/court').length
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })

    const wrapper = await mountCourt()
    expect(courtCalls()).toBe(1)
    expect(wrapper.text()).toContain('Nothing waits on your teams.')

    items = [STORY[0]!]
    window.dispatchEvent(new Event('focus'))
    await flushPromises()
    expect(courtCalls()).toBe(2)
    expect(wrapper.findAll('li')).toHaveLength(1)

    items = STORY
    vi.advanceTimersByTime(COURT_REFRESH_MS)
    await flushPromises()
    expect(courtCalls()).toBe(3)
    expect(wrapper.findAll('li')).toHaveLength(3)

    wrapper.unmount()
    vi.advanceTimersByTime(COURT_REFRESH_MS)
    window.dispatchEvent(new Event('focus'))
    await flushPromises()
    expect(courtCalls()).toBe(3)
  })
})

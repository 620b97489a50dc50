import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { WeeklyDigest } from '@/api/notifyTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { TEAMS, aTeam } from '@/features/requests/fixtures'
import DigestView from './DigestView.vue'
import { lagDays, signedChange } from './digestLabels'

const BASE = 'https://wallbreaker.acme.example'

function aDigest(overrides: Partial<WeeklyDigest> = {}): WeeklyDigest {
  return {
    from: '2026-03-03',
    to: '2026-03-09',
    wallIndex: 61.6,
    wallIndexChange: -3.2,
    thickestWalls: [
      {
        requesterTeam: 'product-dev',
        responderTeam: 'operations',
        wallIndex: 78.4,
        change: 4.4,
        link: `${BASE}/requests?requester=product-dev&responder=operations`,
      },
      {
        requesterTeam: 'support',
        responderTeam: 'operations',
        wallIndex: 40,
        change: null,
        link: `${BASE}/requests?requester=support&responder=operations`,
      },
    ],
    longestWaiting: [
      {
        id: 12,
        key: 'REQ-12',
        title: 'Production logs for the cache race',
        holder: 'operations',
        openedAt: '2026-02-20T08:00:00Z',
        ageSeconds: 17 * 86400 + 3 * 3600,
        link: `${BASE}/requests/12`,
      },
    ],
    highestWallShare: [
      {
        id: 7,
        key: 'INC-7',
        title: 'Corrupted orders',
        wallShare: 0.874,
        wallTimeSeconds: 21 * 86400,
        link: `${BASE}/incidents/7`,
      },
    ],
    newShadowSystems: [
      {
        id: 3,
        key: 'SHD-3',
        name: 'new-app on Heroku',
        ownerTeam: 'product-dev',
        dataClassification: 'CUSTOMER_PII',
        discoveryLagSeconds: 330 * 86400 + 7200,
        link: `${BASE}/shadow-systems/3`,
      },
    ],
    link: `${BASE}/digest`,
    ...overrides,
  }
}

async function mountDigest(digest: WeeklyDigest) {
  mockFetch([
    { method: 'GET', url: '/api/digest/weekly', respond: () => json(200, digest) },
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () =>
        json(200, {
          items: [...TEAMS, aTeam('support', 'Support', 'SUPPORT')],
          page: 0,
          size: 500,
          total: 3,
        }),
    },
  ])
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/digest')
  const wrapper = mount(DigestView, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

const section = (wrapper: Awaited<ReturnType<typeof mountDigest>>, heading: string) =>
  wrapper.findAll('section').find((s) => s.find('h2').exists() && s.get('h2').text() === heading)!

beforeEach(() => useAuthStore().setMe({ ...admin, role: 'VIEWER' }))

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('DigestView', () => {
  it('shows the wall index and its change with a sign, and the week', async () => {
    const wrapper = await mountDigest(aDigest())

    expect(wrapper.get('h1').text()).toBe('Weekly wall digest')
    expect(wrapper.text()).toContain('from 2026-03-03 to 2026-03-09')
    const tile = wrapper.get('[aria-label="Organisation wall index"]')
    expect(tile.get('.value').text()).toBe('62')
    expect(tile.text()).toContain('−3 on the week before')
  })

  it('links every item into the app by the path of its absolute link', async () => {
    const wrapper = await mountDigest(aDigest())

    const walls = section(wrapper, 'Thickest walls').findAll('li')
    expect(walls.map((li) => li.text().replace(/\s+/g, ' '))).toEqual([
      'Product Dev → Operations: wall index 78 (+4 on the week before)',
      'Support → Operations: wall index 40',
    ])
    expect(walls[0]!.get('a').attributes('href')).toBe(
      '/requests?requester=product-dev&responder=operations',
    )

    const waiting = section(wrapper, 'Longest-waiting requests').get('li')
    expect(waiting.get('a').text()).toBe('REQ-12 Production logs for the cache race')
    expect(waiting.get('a').attributes('href')).toBe('/requests/12')
    expect(waiting.text().replace(/\s+/g, ' ')).toBe(
      'REQ-12 Production logs for the cache race: open for 2 weeks 3 days, since 20 Feb 2026, with Operations',
    )

    const share = section(wrapper, 'Incidents with the highest wall share').get('li')
    expect(share.get('a').attributes('href')).toBe('/incidents/7')
    expect(share.text().replace(/\s+/g, ' ')).toBe(
      'INC-7 Corrupted orders: 87% behind the wall (3 weeks)',
    )

    const shadow = section(wrapper, 'New shadow systems').get('li')
    expect(shadow.get('a').attributes('href')).toBe('/shadow-systems/3')
    expect(shadow.text().replace(/\s+/g, ' ')).toBe(
      'SHD-3 new-app on Heroku: found after 330 days; Product Dev, Customer PII',
    )

    for (const link of wrapper.findAll('a')) {
      expect(link.attributes('href')).toMatch(/^\/(?!\/)/)
    }
  })

  it('says so when a list is empty and when there is nothing to compare with', async () => {
    const wrapper = await mountDigest(
      aDigest({
        wallIndex: null,
        wallIndexChange: null,
        thickestWalls: [],
        longestWaiting: [],
        highestWallShare: [],
        newShadowSystems: [],
      }),
    )

    expect(wrapper.get('[aria-label="Organisation wall index"] .value').text()).toBe('—')
    expect(wrapper.text()).toContain('nothing to compare with')
    expect(wrapper.text()).toContain('No team pair has a wall index yet.')
    expect(wrapper.text()).toContain('No open request.')
    expect(wrapper.text()).toContain('No incident spent time behind a wall.')
    expect(wrapper.text()).toContain('No shadow system found this week.')
  })
})

describe('digest labels', () => {
  it('signs a change as it is rounded', () => {
    expect(signedChange(4.4)).toBe('+4')
    expect(signedChange(-3.6)).toBe('−4')
    expect(signedChange(0.3)).toBe('±0')
    expect(signedChange(null)).toBe('—')
  })

  it('gives a discovery lag in whole days', () => {
    expect(lagDays(330 * 86400 + 7200)).toBe('330 days')
    expect(lagDays(86400)).toBe('1 day')
    expect(lagDays(3600)).toBe('less than a day')
  })
})

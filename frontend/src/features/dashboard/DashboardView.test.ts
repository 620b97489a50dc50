import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { IncidentMetrics, ShadowMetrics, TeamPairMetrics } from '@/api/metricsTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem, type FetchCall } from '@/test/mockFetch'
import { aTeam } from '@/features/requests/fixtures'
import DashboardView from './DashboardView.vue'
import { aHeatmap, aPair } from './fixtures'

const TEAMS = [
  aTeam('product-dev', 'Product Dev'),
  aTeam('operations', 'Operations', 'OPS'),
  aTeam('support', 'Support', 'SUPPORT'),
  aTeam('security', 'Security', 'SECURITY'),
]

const incidents: IncidentMetrics = {
  window: { from: '2025-12-01', to: '2026-02-28' },
  incidents: 8,
  accessDelayed: 3,
  accessDelayedShare: 0.375,
  p50WallShare: 0.4,
  p85WallShare: 0.8,
  p50TimeToResolveSeconds: 86400,
  p50TimeToRootCauseSeconds: 3600,
  largestWallTime: null,
  topByWallShare: [
    { id: 7, key: 'INC-7', title: 'Corrupted orders', wallTimeSeconds: 21 * 86400, wallShare: 0.9 },
  ],
}

const shadow: ShadowMetrics = {
  window: { from: '2025-12-01', to: '2026-02-28' },
  total: 1,
  byStatus: {},
  byClassification: {},
  byMethod: {},
  p50DiscoveryLagSeconds: 330 * 86400,
  p85DiscoveryLagSeconds: 330 * 86400,
  exposureSeconds: 330 * 86400,
  customerDataExposureSeconds: 330 * 86400,
  goAroundRate: 1,
  longestUnnoticed: null,
  systems: [
    {
      id: 3,
      key: 'SHD-3',
      name: 'new-app on Heroku',
      ownerTeam: 'new-app',
      dataClassification: 'CUSTOMER_PII',
      firstLiveAt: '2025-01-01T00:00:00Z',
      discoveredAt: '2025-11-27T00:00:00Z',
      discoveryLagSeconds: 330 * 86400,
      amnesty: false,
      motivatedBy: [{ id: 12, key: 'REQ-12', openedAt: '2024-12-10T00:00:00Z' }],
    },
  ],
  discovery: {
    openCandidates: 3,
    openBySource: { heroku: 2, 'csv:billing': 1 },
    triaged: 4,
    p50TimeToTriageSeconds: 400 * 86400,
    discovered: 5,
    fromInventories: 2,
    byAccident: 1,
    otherwise: 2,
    inventoryShare: 0.4,
    accidentShare: 0.2,
  },
}

const PAIRS = [
  aPair(),
  aPair({ requesterTeam: 'support', responderTeam: 'operations', wallIndex: 31 }),
  aPair({ requesterTeam: 'product-dev', responderTeam: 'security', wallIndex: null, closed: 0 }),
]

const PAIR_URL = /^\/api\/metrics\/team-pairs\/([^/?]+)\/([^/?]+)(\?|$)/

/**
 * The dashboard's calls: the compact heatmap of `pairs`, one pair's figures (404 problem for a
 * pair without requests), incidents, `shadowReport` and trends. Nothing answers the full
 * `/api/metrics/team-pairs` report, so calling it fails the test.
 */
function routesFor(pairs: TeamPairMetrics[] = PAIRS, shadowReport: ShadowMetrics = shadow) {
  return [
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
    },
    {
      method: 'GET',
      url: /^\/api\/metrics\/team-pairs\/heatmap(\?|$)/,
      respond: () => json(200, aHeatmap(pairs)),
    },
    {
      method: 'GET',
      url: PAIR_URL,
      respond: (call: FetchCall) => {
        const [, requester, responder] = PAIR_URL.exec(call.url)!
        const found = pairs.find(
          (p) => p.requesterTeam === requester && p.responderTeam === responder,
        )
        return found
          ? json(200, found)
          : problem(404, { title: 'Not found', detail: 'No request between these teams.' })
      },
    },
    { method: 'GET', url: /^\/api\/metrics\/incidents/, respond: () => json(200, incidents) },
    { method: 'GET', url: /^\/api\/metrics\/shadow/, respond: () => json(200, shadowReport) },
    {
      method: 'GET',
      url: /^\/api\/metrics\/trends/,
      respond: () => json(200, { bucket: 'month', buckets: [] }),
    },
    {
      method: 'GET',
      url: /^\/api\/metrics\/headlines/,
      respond: () => json(200, { window: incidents.window, headlines: [] }),
    },
  ]
}

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(DashboardView, {
    global: { plugins: [router], stubs: { ChartCard: true } },
  })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => useAuthStore().setMe({ ...admin, role: 'VIEWER', teams: ['leadership'] }))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('DashboardView', () => {
  it('shows the tiles, each findable by its label', async () => {
    mockFetch(routesFor())
    const { wrapper } = await mountAt('/')

    const tile = (label: string) => wrapper.get(`section[aria-label="${label}"]`)
    const text = (label: string) => tile(label).text().replace(/\s+/g, ' ')
    expect(tile('Organisation wall index').get('.value').text()).toBe('48 of 100')
    expect(tile('Cross-team lead time').get('.value').text()).toBe('5 days')
    expect(text('Cross-team lead time')).toContain('85 % closed within 2 weeks 1 day')
    expect(tile('Ping-pong rate').get('.value').text()).toBe('38%')
    expect(tile('Incidents delayed by cross-team requests').get('.value').text()).toBe('38%')
    expect(tile('Shadow systems').get('.value').text()).toBe('11 months')
    expect(text('Shadow systems')).toContain('Customer-data exposure: 11 months in total')
    // Key figures stand out in the sentence, not in small grey text.
    expect(
      tile('Shadow systems')
        .findAll('strong')
        .map((s) => s.text()),
    ).toEqual(['11 months', '1', '100%'])
    for (const t of wrapper.findAll('section.tile')) expect(t.attributes('aria-busy')).toBe('false')
  })

  it('says none for a zero duration in a tile', async () => {
    mockFetch(routesFor(PAIRS, { ...shadow, customerDataExposureSeconds: 0 }))
    const { wrapper } = await mountAt('/')

    const tile = wrapper.get('section[aria-label="Shadow systems"]')
    expect(tile.text().replace(/\s+/g, ' ')).toContain('Customer-data exposure: none in total')
    expect(tile.text()).not.toContain('0 seconds')
  })

  it('fills the date fields with the window the server applied when the URL names none', async () => {
    mockFetch(routesFor())
    const { wrapper, router } = await mountAt('/')

    const value = (id: string) => (wrapper.get(id).element as HTMLInputElement).value
    // aHeatmap's window: the server's default one.
    expect(value('#d-from')).toBe('2025-12-01')
    expect(value('#d-to')).toBe('2026-02-28')
    expect(wrapper.text()).toContain('Window: 1 Dec 2025 to 28 Feb 2026 (the default).')
    // Showing the default window does not pin it in the URL.
    await wrapper.get('#d-bucket').setValue('week')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ bucket: 'week' })
  })

  it('checks the window before applying it: one message by the dates, nothing fetched', async () => {
    const { calls } = mockFetch(routesFor())
    const { wrapper, router } = await mountAt('/?from=2026-01-01&to=2026-01-31')
    const before = calls.length

    await wrapper.get('#d-from').setValue('2026-02-15')
    await flushPromises()

    expect(calls.length).toBe(before)
    expect(router.currentRoute.value.query).toEqual({ from: '2026-01-01', to: '2026-01-31' })
    const message = wrapper.get('#d-dates-error')
    expect(message.text()).toBe('"From" is after "To": choose a start on or before the end.')
    for (const id of ['#d-from', '#d-to']) {
      expect(wrapper.get(id).attributes('aria-invalid')).toBe('true')
      expect(wrapper.get(id).attributes('aria-describedby')).toBe('d-dates-error')
    }
    expect(wrapper.findAll('[role="alert"]')).toHaveLength(0)

    await wrapper.get('#d-from').setValue('2026-01-10')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ from: '2026-01-10', to: '2026-01-31' })
    expect(wrapper.get('#d-dates-error').text()).toBe('')
    expect(wrapper.get('#d-from').attributes('aria-invalid')).toBeUndefined()
  })

  it('asks for nothing when the URL has a reversed window, and says why where the dates are', async () => {
    const { calls } = mockFetch(routesFor())
    const { wrapper } = await mountAt('/?from=2026-11-20&to=2026-11-01')

    expect(calls.filter((c) => c.url.startsWith('/api/metrics/'))).toEqual([])
    expect(wrapper.get('#d-dates-error').text()).toContain('"From" is after "To"')
    expect(wrapper.findAll('[role="alert"]')).toHaveLength(0)
    // No tile waits forever: each says its figures are not available.
    for (const tile of wrapper.findAll('section.tile')) {
      expect(tile.get('.value').text()).toBe('—')
      expect(tile.text()).toContain('Not available.')
      expect(tile.attributes('aria-busy')).toBe('false')
    }
  })

  it('shows one error when every report fails alike, and tiles in an error state', async () => {
    const refused = () =>
      problem(400, {
        title: 'Invalid request',
        detail: 'from: must not be after to',
        errors: [{ field: 'from', message: 'must not be after to' }],
      })
    mockFetch([{ method: 'GET', url: /^\/api\/metrics\//, respond: refused }, ...routesFor()])
    const { wrapper } = await mountAt('/')

    const alerts = wrapper.findAll('[role="alert"]')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]!.text()).toContain('Invalid request from: must not be after to')
    expect(wrapper.get('#d-dates-error').text()).toBe('Window: must not be after to')
    expect(wrapper.get('#d-from').attributes('aria-invalid')).toBe('true')
    for (const tile of wrapper.findAll('section.tile')) {
      expect(tile.get('.value').text()).toBe('—')
      expect(tile.text()).not.toContain('…')
    }
  })

  it('prints the wall index in each heatmap cell and a dash for a pair with no closed request', async () => {
    mockFetch(routesFor())
    const { wrapper } = await mountAt('/')

    const cell = wrapper.get('a[aria-label="Product Dev → Operations: wall index 67"]')
    expect(cell.text()).toBe('67')
    expect(cell.element.closest('td')!.className).toContain('level-4')
    const none = wrapper.get(
      'a[aria-label="Product Dev → Security: no wall index (no closed request)"]',
    )
    expect(none.text()).toBe('—')
    expect(none.attributes('title')).toContain('No closed request')
    expect(wrapper.get('[aria-label="Heatmap legend"]').text()).toContain('no closed request')
    expect(wrapper.text()).toContain('Support')
  })

  it('opens the pair breakdown from a cell, fetching that one pair, and links to its requests', async () => {
    const { calls } = mockFetch(routesFor())
    const { wrapper, router } = await mountAt('/?from=2025-12-01&to=2026-02-28')
    expect(calls.filter((c) => PAIR_URL.test(c.url))).toEqual([])
    const before = calls.length

    await wrapper.get('a[aria-label="Product Dev → Operations: wall index 67"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query.pair).toBe('product-dev~operations')
    // Only the pair is asked for: choosing a cell reloads none of the reports.
    expect(calls.slice(before).map((c) => c.url)).toEqual([
      '/api/metrics/team-pairs/product-dev/operations?from=2025-12-01&to=2026-02-28',
    ])
    const panel = wrapper.get('section[aria-label="Breakdown: Product Dev → Operations"]')
    expect(panel.get('h2').text()).toBe('Product Dev → Operations: wall index 67')
    expect(panel.text()).toContain('s5')
    expect(panel.text()).toContain('1 − flow efficiency')
    const link = panel.findAll('a').find((a) => a.text().includes('requests behind this'))!
    expect(link.text()).toBe('the 12 requests behind this')
    expect(link.attributes('href')).toBe(
      '/requests?requester=product-dev&responder=operations&openedFrom=2025-12-01&openedTo=2026-02-28&closed=true',
    )
  })

  it('passes the URL window to every report and CSV link', async () => {
    const { calls } = mockFetch(routesFor())
    const { wrapper } = await mountAt('/?from=2026-01-01&to=2026-01-31&team=operations')

    const metricCalls = calls.filter((c) => c.url.startsWith('/api/metrics/'))
    expect(metricCalls).toHaveLength(5)
    // The compact heatmap, never the full team-pairs report, and no pair until one is chosen.
    expect(metricCalls.map((c) => c.url.split('?')[0]).sort()).toEqual([
      '/api/metrics/headlines',
      '/api/metrics/incidents',
      '/api/metrics/shadow',
      '/api/metrics/team-pairs/heatmap',
      '/api/metrics/trends',
    ])
    for (const call of metricCalls) {
      expect(call.url).toContain('from=2026-01-01&to=2026-01-31&team=operations')
    }
    const csv = wrapper.findAll('a[download]').map((a) => a.attributes('href'))
    expect(csv).toContain(
      '/api/metrics/team-pairs.csv?from=2026-01-01&to=2026-01-31&team=operations',
    )
    expect(csv).toContain(
      '/api/metrics/incidents.csv?from=2026-01-01&to=2026-01-31&team=operations',
    )
    expect(wrapper.get('a[href="/incidents/7"]').text()).toBe('INC-7')
  })

  it('shows a loading state while the pair loads', async () => {
    let answer: (r: Response) => void = () => {}
    const routes = routesFor()
    mockFetch([
      {
        method: 'GET',
        url: PAIR_URL,
        respond: () => new Promise<Response>((resolve) => (answer = resolve)),
      },
      ...routes,
    ])
    const { wrapper } = await mountAt('/?pair=support~operations')

    const panel = wrapper.get('section[aria-label="Breakdown: Support → Operations"]')
    expect(panel.attributes('aria-busy')).toBe('true')
    expect(panel.text()).toContain('Loading the breakdown…')
    expect(panel.text()).not.toContain('requests behind this')

    answer(json(200, PAIRS[1]))
    await flushPromises()
    expect(panel.text()).not.toContain('Loading')
    expect(panel.get('h2').text()).toBe('Support → Operations: wall index 31')
  })

  it('says plainly when the chosen pair had no request in the window (404)', async () => {
    const { calls } = mockFetch(routesFor())
    const { wrapper } = await mountAt('/?from=2026-01-01&to=2026-01-31&pair=support~security')

    expect(calls.map((c) => c.url)).toContain(
      '/api/metrics/team-pairs/support/security?from=2026-01-01&to=2026-01-31',
    )
    const panel = wrapper.get('section[aria-label="Breakdown: Support → Security"]')
    expect(panel.text()).toContain(
      'No request went from Support to Security in this window (2025-12-01 to 2026-02-28)',
    )
    expect(panel.find('[role="alert"]').exists()).toBe(false)
    expect(panel.find('table').exists()).toBe(false)
  })

  it('shows the busiest teams of a large heatmap, says so, and shows all on request', async () => {
    const slug = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}`
    const many = Array.from({ length: 20 }, (_, i) =>
      aPair({ requesterTeam: slug('r', i + 1), responderTeam: slug('c', i + 1), requests: i + 1 }),
    )
    const { calls } = mockFetch(routesFor(many))
    const { wrapper, router } = await mountAt('/')
    const before = calls.length

    expect(wrapper.findAll('table.heatmap tbody tr')).toHaveLength(12)
    expect(wrapper.findAll('table.heatmap thead th[scope="col"]')).toHaveLength(13)
    expect(wrapper.text()).toContain(
      'Showing 12 of 20 requester teams and 12 of 20 responder teams: those with the most requests.',
    )
    expect(wrapper.find('a[aria-label="r01 → c01: wall index 67"]').exists()).toBe(false)
    expect(wrapper.find('a[aria-label="r20 → c20: wall index 67"]').exists()).toBe(true)

    const toggle = wrapper.findAll('button').find((b) => b.text() === 'Show all teams')!
    expect(toggle.attributes('type')).toBe('button')
    await toggle.trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query.heatmap).toBe('all')
    expect(wrapper.findAll('table.heatmap tbody tr')).toHaveLength(20)
    expect(wrapper.text()).toContain('Showing all 20 requester and 20 responder teams.')
    expect(wrapper.find('a[aria-label="r01 → c01: wall index 67"]').exists()).toBe(true)
    expect(calls.length).toBe(before)

    const back = wrapper.findAll('button').find((b) => b.text() === 'Show the top 12 only')!
    await back.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.heatmap).toBeUndefined()
    expect(wrapper.findAll('table.heatmap tbody tr')).toHaveLength(12)
  })

  it('keeps a chosen pair outside the busiest teams visible', async () => {
    const slug = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}`
    const many = Array.from({ length: 20 }, (_, i) =>
      aPair({ requesterTeam: slug('r', i + 1), responderTeam: slug('c', i + 1), requests: i + 1 }),
    )
    mockFetch(routesFor(many))
    const { wrapper } = await mountAt('/?pair=r01~c01')

    const cell = wrapper.get('a[aria-label="r01 → c01: wall index 67"]')
    expect(cell.element.closest('td')!.className).toContain('selected')
    expect(wrapper.findAll('table.heatmap tbody tr')).toHaveLength(13)
    expect(wrapper.text()).toContain('Showing 13 of 20 requester teams')
    expect(wrapper.get('section[aria-label="Breakdown: r01 → c01"]').text()).toContain(
      'the 1 request behind this',
    )
  })

  it('bounds the shadow timeline and links to the registry for the rest', async () => {
    const systems = Array.from({ length: 40 }, (_, i) => ({
      ...shadow.systems[0]!,
      id: i + 1,
      key: `SHD-${i + 1}`,
      firstLiveAt: `2025-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
    }))
    mockFetch(routesFor(PAIRS, { ...shadow, total: 300, systems }))
    const { wrapper } = await mountAt('/?team=operations')

    const section = wrapper.get('section[aria-labelledby="dash-shadow-heading"]')
    expect(section.text()).toContain(
      'The timeline lists the 40 systems left unnoticed longest of the 300 discovered in this window.',
    )
    const registry = section.findAll('a').find((a) => a.text() === 'shadow registry')!
    expect(registry.attributes('href')).toBe('/shadow-systems?ownerTeam=operations')
    const bars = () => section.findAll('g.row')
    expect(bars()).toHaveLength(15)
    expect(section.text()).toContain('The first 15 of 40 systems (by first going live).')

    const button = (text: string) => section.findAll('button').find((b) => b.text() === text)!
    await button('Show 15 more').trigger('click')
    expect(bars()).toHaveLength(30)
    expect(section.text()).toContain('The first 30 of 40 systems (by first going live).')
    await button('Show 10 more').trigger('click')
    expect(bars()).toHaveLength(40)
    expect(section.text()).toContain('All 40 systems.')
    await button('Show the first 15 only').trigger('click')
    await button('Show all 40').trigger('click')
    expect(bars()).toHaveLength(40)
  })

  it('shows how shadow systems are discovered: open candidates, triage time, inventories vs accident', async () => {
    mockFetch(routesFor())
    const { wrapper } = await mountAt('/')

    const figures = wrapper.get(
      'section[aria-labelledby="dash-shadow-heading"] dl[aria-label="Discovery"]',
    )
    const figure = (label: string) => {
      const dd = figures
        .findAll('div')
        .find((d) => d.get('dt').text() === label)!
        .get('dd')
      return [dd.text().replace(dd.get('.sub').text(), '').trim(), dd.get('.sub').text()]
    }
    expect(figure('Open candidates')).toEqual(['3', 'Heroku 2, CSV feed “billing” 1'])
    expect(figure('Median time to triage')).toEqual([
      '1 year 1 month',
      'first seen → triaged, 4 triaged',
    ])
    expect(figure('Found by inventories')).toEqual(['40%', '2 of 5 discovered'])
    expect(figure('Found by accident')).toEqual(['20%', '1 self-reported or in an incident'])
    expect(figures.get('a').attributes('href')).toBe('/discovery')
  })

  it('leaves the discovery figures out when the server sends none', async () => {
    mockFetch(routesFor(PAIRS, { ...shadow, discovery: null }))
    const { wrapper } = await mountAt('/')

    expect(wrapper.find('dl[aria-label="Discovery"]').exists()).toBe(false)
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { IncidentMetrics, ShadowMetrics } from '@/api/metricsTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { aTeam } from '@/features/requests/fixtures'
import DashboardView from './DashboardView.vue'
import { aPair, aTeamPairsReport } from './fixtures'

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
}

function routesFor(
  pairs = aTeamPairsReport([
    aPair(),
    aPair({ requesterTeam: 'support', responderTeam: 'operations', wallIndex: 31 }),
    aPair({ requesterTeam: 'product-dev', responderTeam: 'security', wallIndex: null, closed: 0 }),
  ]),
) {
  return [
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
    },
    { method: 'GET', url: /^\/api\/metrics\/team-pairs/, respond: () => json(200, pairs) },
    { method: 'GET', url: /^\/api\/metrics\/incidents/, respond: () => json(200, incidents) },
    { method: 'GET', url: /^\/api\/metrics\/shadow/, respond: () => json(200, shadow) },
    {
      method: 'GET',
      url: /^\/api\/metrics\/trends/,
      respond: () => json(200, { bucket: 'month', buckets: [] }),
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
    expect(tile('Organisation wall index').get('.value').text()).toBe('48')
    expect(tile('Cross-team lead time').text()).toContain('p50 5 days')
    expect(tile('Cross-team lead time').text()).toContain('p85 2 weeks 1 day')
    expect(tile('Ping-pong rate').get('.value').text()).toBe('38%')
    expect(tile('Incidents delayed by cross-team requests').get('.value').text()).toBe('38%')
    expect(tile('Shadow systems').get('.value').text()).toContain('11 months')
    expect(tile('Shadow systems').text()).toContain('Customer-data exposure: 11 months')
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

  it('opens the pair breakdown from a cell and links to the requests behind it', async () => {
    mockFetch(routesFor())
    const { wrapper, router } = await mountAt('/?from=2025-12-01&to=2026-02-28')

    await wrapper.get('a[aria-label="Product Dev → Operations: wall index 67"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query.pair).toBe('product-dev~operations')
    const panel = wrapper.get('section[aria-label="Breakdown: Product Dev → Operations"]')
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
    expect(metricCalls).toHaveLength(4)
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
})

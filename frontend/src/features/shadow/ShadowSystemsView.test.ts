import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ShadowSystemView } from '@/api/shadowTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import ShadowSystemsView from './ShadowSystemsView.vue'

function aSystem(id: number): ShadowSystemView {
  return {
    id,
    key: `SHD-${id}`,
    name: `system-${id}`,
    provider: 'Heroku',
    url: null,
    ownerTeam: 'product-dev',
    purpose: null,
    dataClassification: 'INTERNAL',
    firstLiveAt: '2025-01-01T00:00:00Z',
    evidence: null,
    discoveredAt: '2025-11-27T00:00:00Z',
    discoveredBy: 'operations',
    discoveryMethod: 'DNS_SCAN',
    amnesty: false,
    status: 'DISCOVERED',
    allowedNext: ['ACKNOWLEDGED'],
    statusHistory: [],
    motivatedBy: [],
    discoveryLagSeconds: 86400,
    version: 0,
    createdAt: '2025-11-27T00:00:00Z',
    updatedAt: '2025-11-27T00:00:00Z',
  }
}

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(ShadowSystemsView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('ShadowSystemsView (registry)', () => {
  it('pages the registry on the server and sorts it from the headers, in the URL', async () => {
    const { calls } = mockFetch([
      {
        method: 'GET',
        url: /^\/api\/teams\?/,
        respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
      },
      {
        method: 'GET',
        url: /^\/api\/shadow-systems\?/,
        respond: () =>
          json(200, {
            items: Array.from({ length: 50 }, (_, i) => aSystem(i + 1)),
            page: 0,
            size: 50,
            total: 730,
          }),
      },
      { method: 'GET', url: '/api/inventories/gone', respond: () => json(200, []) },
    ])
    const { wrapper, router } = await mountAt('/shadow-systems?status=DISCOVERED')
    const lastUrl = () => calls.filter((c) => c.url.startsWith('/api/shadow-systems')).at(-1)?.url
    const header = (label: string) =>
      wrapper.findAll('th').find((th) => th.text().startsWith(label))!

    expect(lastUrl()).toBe('/api/shadow-systems?status=DISCOVERED&page=0&size=50')
    expect(wrapper.text()).not.toContain('Showing')
    expect(wrapper.get('nav[aria-label="Registry pages"]').text()).toContain('1–50 of 730')
    expect(header('First live → discovered').attributes('aria-sort')).toBe('descending')

    await header('Unnoticed for').get('button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      status: 'DISCOVERED',
      sort: 'discoveryLagSeconds,asc',
    })
    expect(lastUrl()).toBe(
      '/api/shadow-systems?status=DISCOVERED&page=0&sort=discoveryLagSeconds%2Casc&size=50',
    )

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Next')!
      .trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      status: 'DISCOVERED',
      sort: 'discoveryLagSeconds,asc',
      page: '1',
    })
    expect(lastUrl()).toBe(
      '/api/shadow-systems?status=DISCOVERED&page=1&sort=discoveryLagSeconds%2Casc&size=50',
    )

    // A new filter starts at the first page and keeps the order.
    await wrapper.get('#sf-method').setValue('DNS_SCAN')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      status: 'DISCOVERED',
      discoveryMethod: 'DNS_SCAN',
      sort: 'discoveryLagSeconds,asc',
    })
  })

  it('marks a system gone from its inventory, suggesting to decommission it', async () => {
    mockFetch([
      {
        method: 'GET',
        url: /^\/api\/teams\?/,
        respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
      },
      {
        method: 'GET',
        url: /^\/api\/shadow-systems\?/,
        respond: () => json(200, { items: [aSystem(1), aSystem(2)], page: 0, size: 50, total: 2 }),
      },
      {
        method: 'GET',
        url: '/api/inventories/gone',
        respond: () =>
          json(200, [
            {
              shadowSystemId: 2,
              key: 'SHD-2',
              name: 'system-2',
              status: 'DISCOVERED',
              source: 'heroku',
              identifier: 'system-2',
              lastSeenAt: '2026-10-01T00:00:00Z',
              goneAt: '2026-11-02T09:00:00Z',
            },
          ]),
      },
    ])
    const { wrapper } = await mountAt('/shadow-systems')

    const row = (name: string) => wrapper.findAll('tbody tr').find((r) => r.text().includes(name))!
    expect(row('system-1').text()).not.toContain('Gone from inventory')
    expect(row('system-2').get('.tag').text()).toBe('Gone from inventory')
    expect(row('system-2').text()).toContain(
      'Heroku no longer lists it since 2 Nov 2026: consider marking it decommissioned.',
    )
  })
})

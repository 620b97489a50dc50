import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ShadowSystemView } from '@/api/shadowTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import ShadowDetailView from './ShadowDetailView.vue'

const DAY = 86400

function aSystem(overrides: Partial<ShadowSystemView> = {}): ShadowSystemView {
  return {
    id: 3,
    key: 'SHD-3',
    name: 'new-app on Heroku',
    provider: 'Heroku',
    url: null,
    ownerTeam: 'product-dev',
    purpose: null,
    dataClassification: 'CUSTOMER_PII',
    firstLiveAt: '2025-01-01T00:00:00Z',
    evidence: null,
    discoveredAt: '2025-11-27T00:00:00Z',
    discoveredBy: 'operations',
    discoveryMethod: 'BILLING_AUDIT',
    amnesty: false,
    status: 'ACKNOWLEDGED',
    allowedNext: ['ADOPTED', 'DECOMMISSIONED'],
    statusHistory: [{ status: 'DISCOVERED', at: '2025-11-27T00:00:00Z', by: 'ops-lead' }],
    motivatedBy: [
      {
        id: 12,
        key: 'REQ-12',
        title: 'Production logs',
        outcome: 'DECLINED',
        openedAt: '2024-12-10T00:00:00Z',
      },
    ],
    // Deliberately not the span between the dates: the page must show the server's figure.
    discoveryLagSeconds: 3 * DAY,
    version: 4,
    createdAt: '2025-11-27T00:00:00Z',
    updatedAt: '2025-11-28T00:00:00Z',
    ...overrides,
  }
}

function routesFor(system: ShadowSystemView) {
  return mockFetch([
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
    { method: 'GET', url: '/api/shadow-systems/3', respond: () => json(200, system) },
    {
      method: 'PUT',
      url: '/api/shadow-systems/3',
      respond: (call) => {
        const body = call.body as { status: ShadowSystemView['status'] }
        return json(200, { ...system, status: body.status, allowedNext: [], version: 5 })
      },
    },
  ])
}

async function mountSystem() {
  useAuthStore().setMe({ ...admin, role: 'MEMBER', teams: ['operations'] })
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/shadow-systems/3')
  const wrapper = mount(ShadowDetailView, { props: { id: '3' }, global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

const statusButtons = (wrapper: Awaited<ReturnType<typeof mountSystem>>) =>
  wrapper.findAll('[aria-label="Move to status"] button').map((b) => b.text())

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('ShadowDetailView', () => {
  it('offers exactly the statuses the server allows next, and its discovery lag', async () => {
    routesFor(aSystem())
    const wrapper = await mountSystem()

    expect(statusButtons(wrapper)).toEqual(['Adopt onto the platform', 'Decommission'])
    expect(wrapper.get('.lag').text()).toBe('3 days unnoticed')
    expect(wrapper.text()).toContain('Production logs (Declined)')
  })

  it('moves to a chosen status with the version read, then shows the final status', async () => {
    const { calls } = routesFor(aSystem())
    const wrapper = await mountSystem()

    const decommission = wrapper
      .findAll('[aria-label="Move to status"] button')
      .find((b) => b.text() === 'Decommission')!
    await decommission.trigger('click')
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.body).toMatchObject({ status: 'DECOMMISSIONED', version: 4, motivatedBy: [12] })
    expect(statusButtons(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('This is a final status.')
  })

  it('says a system is final when the server allows no next status', async () => {
    routesFor(aSystem({ status: 'MIGRATED', allowedNext: [] }))
    const wrapper = await mountSystem()

    expect(statusButtons(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('This is a final status.')
  })
})

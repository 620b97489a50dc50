import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { GoneSystem, SnapshotReport } from '@/api/discoveryTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { stubXhrOverFetch } from '@/test/fetchXhr'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import { aSnapshot } from './fixtures'
import InventoriesView from './InventoriesView.vue'

type Route = Parameters<typeof mockFetch>[0][number]
const SNAPSHOTS = /^\/api\/inventories\/snapshots\?/

const GONE: GoneSystem = {
  shadowSystemId: 5,
  key: 'SHD-5',
  name: 'old-promo',
  status: 'ACKNOWLEDGED',
  source: 'csv:billing',
  identifier: 'old-promo',
  lastSeenAt: '2026-10-01T00:00:00Z',
  goneAt: '2026-11-01T00:00:00Z',
}

function common(snapshots: () => SnapshotReport[] = () => [aSnapshot()]): Route[] {
  return [
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
    },
    {
      method: 'GET',
      url: SNAPSHOTS,
      respond: () =>
        json(200, { items: snapshots(), page: 0, size: 20, total: snapshots().length }),
    },
    { method: 'GET', url: '/api/inventories/gone', respond: () => json(200, [GONE]) },
  ]
}

async function mountAt(path = '/discovery/inventories') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(InventoriesView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

enableAutoUnmount(afterEach)
beforeEach(() => {
  useAuthStore().setMe(admin)
  // Imports go through XMLHttpRequest (upload progress); this one sends through mockFetch.
  stubXhrOverFetch()
})
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('InventoriesView', () => {
  it('imports a Heroku list as JSON with the triaging team and shows the snapshot report', async () => {
    const apps = '[{"name": "checkout-app", "created_at": "2025-03-01T00:00:00Z"}]'
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'POST',
        url: /^\/api\/inventories\/heroku\/import/,
        respond: () => json(200, aSnapshot({ snapshotId: 4 })),
      },
    ])
    const { wrapper } = await mountAt()

    // Not JSON: said in the browser, nothing sent.
    await wrapper.get('#inv-text').setValue('[{"name": ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#inv-text-error').text()).toContain('Not valid JSON')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    await wrapper.get('#inv-text').setValue(apps)
    await wrapper.get('#inv-team').setValue('operations')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url).toBe('/api/inventories/heroku/import?team=operations')
    expect(post.headers['Content-Type']).toBe('application/json')
    expect(post.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(post.body).toEqual(JSON.parse(apps))

    const report = wrapper.get('section[aria-labelledby="snapshot-report-heading"]')
    expect(report.get('h2').text()).toBe('Snapshot 4: Heroku')
    const counts = Object.fromEntries(
      report.findAll('.counts > div').map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    expect(counts).toEqual({
      Items: '2',
      New: '2',
      'Still present': '0',
      Gone: '0',
      Candidates: '1',
      Matched: '1',
      Errors: '0',
    })
    expect(report.text()).not.toContain('nothing changed')
    const owners = report
      .get('table')
      .findAll('tbody td')
      .map((td) => td.text())
    expect(owners).toEqual([
      'product-dev@acme.example',
      'Product Dev',
      'e-mail name is a team slug',
    ])
    const triage = report.findAll('a').find((a) => a.text() === 'Triage the 1 candidate')!
    expect(triage.attributes('href')).toBe('/discovery?source=heroku')
    // The snapshots and the gone list are read again.
    expect(calls.filter((c) => SNAPSHOTS.test(c.url))).toHaveLength(2)
  })

  it('sends a DNS zone as text with its origin, and says when the same file came again', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'POST',
        url: /^\/api\/inventories\/dns\/import/,
        respond: () =>
          json(200, aSnapshot({ source: 'dns', repeated: true, new: 0, candidates: 0 })),
      },
    ])
    const { wrapper } = await mountAt()

    expect(wrapper.find('#inv-origin').exists()).toBe(false)
    await wrapper.get('#inv-source').setValue('dns')
    await wrapper.get('#inv-origin').setValue('acme.example.')
    await wrapper.get('#inv-text').setValue('www IN A 192.0.2.10\n')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url).toBe('/api/inventories/dns/import?origin=acme.example.')
    expect(post.headers['Content-Type']).toBe('text/plain')
    expect(post.body).toBe('www IN A 192.0.2.10\n')
    expect(wrapper.text()).toContain(
      'The same file as the last import of this source: nothing changed.',
    )
  })

  it('shows a field error next to its option and a refused file’s line next to the text', async () => {
    let answer = problem(400, { errors: [{ field: 'team', message: "unknown team 'nope'" }] })
    mockFetch([
      ...common(),
      { method: 'POST', url: /^\/api\/inventories\/csv\/import/, respond: () => answer },
    ])
    const { wrapper } = await mountAt()

    await wrapper.get('#inv-source').setValue('csv')
    await wrapper.get('#inv-feed').setValue('billing')
    await wrapper.get('#inv-text').setValue('provider,identifier\nVercel,promo\n')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#inv-team-error').text()).toBe("unknown team 'nope'")

    answer = problem(400, { detail: 'Line 1: the header has no `identifier` column', line: 1 })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#inv-text-error').text()).toBe(
      'Line 1: the header has no `identifier` column',
    )
  })

  it('lists the registered systems gone from their inventory and the recent snapshots', async () => {
    mockFetch(common(() => [aSnapshot(), aSnapshot({ snapshotId: 2, repeated: true })]))
    const { wrapper } = await mountAt()

    const gone = wrapper.get('section[aria-labelledby="gone-heading"]')
    expect(gone.get('a').attributes('href')).toBe('/shadow-systems/5')
    expect(gone.get('tbody tr').text()).toContain('CSV feed “billing” old-promo')
    expect(gone.text()).toContain('consider marking it decommissioned')
    const snapshots = wrapper.get('section[aria-labelledby="snapshots-heading"]')
    expect(snapshots.findAll('tbody tr')).toHaveLength(2)
    expect(snapshots.text()).toContain('repeated: nothing changed')
  })
})

import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Candidate } from '@/api/discoveryTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import CandidatesView from './CandidatesView.vue'
import { aCandidate } from './fixtures'

const CANDIDATES = /^\/api\/shadow-candidates\?/

function routesFor(items: () => Candidate[]) {
  return [
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
    },
    {
      method: 'GET',
      url: CANDIDATES,
      respond: () => json(200, { items: items(), page: 0, size: 50, total: items().length }),
    },
  ]
}

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(CandidatesView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('CandidatesView', () => {
  it('lists the open candidates with why each is unmatched, and links the three triage actions', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z'), toFake: ['Date'] })
    const { calls } = mockFetch(routesFor(() => [aCandidate()]))
    const { wrapper } = await mountAt('/discovery')

    expect(calls.find((c) => CANDIDATES.test(c.url))!.url).toBe(
      '/api/shadow-candidates?status=OPEN&page=0&size=50',
    )
    const cells = wrapper
      .get('tbody tr')
      .findAll('td')
      .map((td) => td.text().replace(/\s+/g, ' '))
    expect(cells.slice(0, 7)).toEqual([
      'checkout-app',
      'Heroku',
      'Heroku',
      // The date, then a line of its own.
      '1 Mar 2025unnoticed for 639 days',
      'Product Dev',
      'Operations',
      aCandidate().unmatchedBecause,
    ])
    const actions = wrapper.get('.actions').findAll('a')
    expect(actions.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Confirm', '/discovery/candidates/7?triage=confirm'],
      ['Known', '/discovery/candidates/7?triage=known'],
      ['Ignore', '/discovery/candidates/7?triage=ignore'],
    ])
  })

  it('keeps the status, source and team filters in the URL and starts again at the first page', async () => {
    const { calls } = mockFetch(routesFor(() => []))
    const { wrapper, router } = await mountAt('/discovery?page=2')
    const lastUrl = () => calls.filter((c) => CANDIDATES.test(c.url)).at(-1)!.url

    expect(lastUrl()).toBe('/api/shadow-candidates?status=OPEN&page=2&size=50')
    await wrapper.get('#cf-status').setValue('IGNORED')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ status: 'IGNORED' })
    await wrapper.get('#cf-source').setValue('dns')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ status: 'IGNORED', source: 'dns' })
    expect(lastUrl()).toBe('/api/shadow-candidates?status=IGNORED&source=dns&page=0&size=50')
    expect(wrapper.text()).toContain('No candidate matches these filters.')

    await wrapper.get('#cf-status').setValue('ANY')
    await flushPromises()
    expect(lastUrl()).toBe('/api/shadow-candidates?source=dns&page=0&size=50')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Open candidates of every source')!
      .trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(wrapper.text()).toContain('Nothing waits for triage.')
  })

  it('shows a triaged candidate’s status instead of actions, and none to viewers', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    mockFetch(routesFor(() => [aCandidate(), aCandidate({ id: 8, status: 'IGNORED' })]))
    const { wrapper } = await mountAt('/discovery?status=ANY')

    expect(wrapper.find('.actions').exists()).toBe(false)
    const last = wrapper.findAll('tbody tr').map((r) => r.findAll('td').at(-1)!.text())
    expect(last).toEqual(['Open', 'Ignored'])
  })
})

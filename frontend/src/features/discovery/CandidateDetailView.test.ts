import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Candidate } from '@/api/discoveryTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import CandidateDetailView from './CandidateDetailView.vue'
import { aCandidate } from './fixtures'

type Route = Parameters<typeof mockFetch>[0][number]

function common(candidate: () => Candidate = () => aCandidate()): Route[] {
  return [
    { method: 'GET', url: '/api/shadow-candidates/7', respond: () => json(200, candidate()) },
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
  ]
}

async function mountAt(path = '/discovery/candidates/7') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(CandidateDetailView, {
    props: { id: '7' },
    global: { plugins: [router] },
  })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']
const button = (wrapper: Wrapper, text: string) =>
  wrapper.findAll('button').find((b) => b.text() === text)!
const value = (wrapper: Wrapper, selector: string) =>
  (wrapper.get(selector).element as HTMLInputElement).value

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('CandidateDetailView', () => {
  it('shows the evidence: the raw record pretty-printed, and why nothing matched', async () => {
    mockFetch(common())
    const { wrapper } = await mountAt()

    expect(wrapper.get('h1').text()).toBe('checkout-app')
    expect(wrapper.text()).toContain(aCandidate().unmatchedBecause)
    expect(wrapper.get('pre.record').text()).toBe(
      JSON.stringify(aCandidate().evidence.record, null, 2),
    )
    expect(wrapper.text()).toContain('product-dev@acme.example')
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('confirms with a form pre-filled from the evidence and opens the new shadow system', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/shadow-candidates/7/confirm',
        respond: (call) =>
          (call.body as { dataClassification?: string }).dataClassification === 'NONE'
            ? problem(400, {
                title: 'Invalid request',
                errors: [{ field: 'ownerTeam', message: 'unknown team' }],
              })
            : json(201, { id: 42, key: 'SHD-42' }),
      },
    ])
    const { wrapper, router } = await mountAt('/discovery/candidates/7?triage=confirm')

    expect(value(wrapper, '#cc-name')).toBe('checkout-app')
    expect(value(wrapper, '#cc-provider')).toBe('Heroku')
    expect(value(wrapper, '#cc-url')).toBe('https://checkout-app-1a2b3c.herokuapp.com/')
    expect(value(wrapper, '#cc-ownerTeam')).toBe('product-dev')
    expect(value(wrapper, '#cc-firstLiveAt')).toBe('2025-03-01T09:15')
    expect(value(wrapper, '#cc-discoveredBy')).toBe('operations')
    expect(wrapper.text()).toContain('discovery method: Provider inventory')

    // The classification is required, in the browser first.
    await wrapper.get('form[aria-label="Confirm as a shadow system"]').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#cc-dataClassification-error').text()).toBe('Choose what data it holds.')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    // A field error from the server stands next to its field.
    await wrapper.get('#cc-dataClassification').setValue('NONE')
    expect(wrapper.find('#cc-dataClassification-error').exists()).toBe(false)
    await wrapper.get('form[aria-label="Confirm as a shadow system"]').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#cc-ownerTeam-error').text()).toBe('unknown team')

    await wrapper.get('#cc-dataClassification').setValue('CUSTOMER_PII')
    await wrapper.get('form[aria-label="Confirm as a shadow system"]').trigger('submit')
    await flushPromises()
    const post = calls.filter((c) => c.method === 'POST').at(-1)!
    expect(post.body).toEqual({ dataClassification: 'CUSTOMER_PII' })
    expect(post.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/shadow-systems/42'))
  })

  it('asks for a reason before ignoring, and shows the server’s word on it', async () => {
    let answered = false
    const { calls } = mockFetch([
      ...common(() =>
        answered ? aCandidate({ status: 'IGNORED', ignoreReason: 'A demo' }) : aCandidate(),
      ),
      {
        method: 'POST',
        url: '/api/shadow-candidates/7/ignore',
        respond: (call) => {
          if ((call.body as { reason: string }).reason === 'x') {
            return problem(400, { errors: [{ field: 'reason', message: 'is too short' }] })
          }
          answered = true
          return json(
            200,
            aCandidate({
              status: 'IGNORED',
              ignoreReason: 'A demo',
              triagedBy: 'admin',
              triagedAt: '2026-11-30T12:00:00Z',
            }),
          )
        },
      },
    ])
    const { wrapper, router } = await mountAt()

    await button(wrapper, 'Ignore').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ triage: 'ignore' })
    await wrapper.get('form[aria-label="Ignore"]').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#ignore-reason-error').text()).toContain('Say why it is no shadow system')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    await wrapper.get('#ignore-reason').setValue('x')
    await wrapper.get('form[aria-label="Ignore"]').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#ignore-reason-error').text()).toBe('is too short')

    await wrapper.get('#ignore-reason').setValue('  A demo  ')
    await wrapper.get('form[aria-label="Ignore"]').trigger('submit')
    await flushPromises()
    expect(calls.filter((c) => c.method === 'POST').at(-1)!.body).toEqual({ reason: 'A demo' })
    expect(wrapper.get('[role="status"]').text()).toBe('Ignored.')
    expect(wrapper.text()).toContain('Ignored because')
    expect(wrapper.find('#triage-heading').exists()).toBe(false)
    expect(router.currentRoute.value.query).toEqual({})
  })

  it('marks a candidate known with an optional owner team, and explains a 409', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/shadow-candidates/7/known',
        respond: () =>
          problem(409, { title: 'Conflict', detail: 'Candidate 7 is CONFIRMED already.' }),
      },
    ])
    const { wrapper } = await mountAt('/discovery/candidates/7?triage=known')

    expect(wrapper.get('#known-owner option').text()).toBe('The guessed owner (Product Dev)')
    await wrapper.get('#known-owner').setValue('operations')
    await wrapper.get('form[aria-label="Mark known"]').trigger('submit')
    await flushPromises()

    expect(calls.filter((c) => c.method === 'POST')[0]!.body).toEqual({ ownerTeam: 'operations' })
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'This candidate was triaged already; reload to see how.',
    )
  })

  it('offers no triage for a candidate triaged already, but links its shadow system', async () => {
    mockFetch(common(() => aCandidate({ status: 'CONFIRMED', shadowSystemId: 42 })))
    const { wrapper } = await mountAt('/discovery/candidates/7?triage=confirm')

    expect(wrapper.find('#triage-heading').exists()).toBe(false)
    const link = wrapper.findAll('a').find((a) => a.text() === 'Open the shadow system')!
    expect(link.attributes('href')).toBe('/shadow-systems/42')
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { HeadlinesReport, MetricsQuery } from '@/api/metricsTypes'
import { json, mockFetch, problem } from '@/test/mockFetch'
import HeadlineStrip from './HeadlineStrip.vue'

const Stub = { template: '<div />' }

const REPORT: HeadlinesReport = {
  window: { from: '2025-12-01', to: '2026-02-28' },
  headlines: [
    {
      kind: 'THICKEST_WALL',
      text: 'Product Dev waits on Operations: p50 9 days, 67 % ping-pong, wall index 79',
      link: '/dashboard?from=2025-12-01&to=2026-02-28&pair=product-dev~operations',
    },
    {
      kind: 'MOST_DELAYED_INCIDENT',
      text: 'INC-1 spent 21 of 23 days waiting on REQ-1 (log access)',
      link: '/incidents/1',
    },
    {
      kind: 'LONGEST_UNNOTICED_CUSTOMER_DATA',
      text: 'checkout-app on Heroku: 11 months before Operations knew',
      link: '/shadow-systems/3',
    },
  ],
}

const HEADLINES_URL = /^\/api\/metrics\/headlines(\?|$)/

function mountStrip(query: MetricsQuery | null) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: Stub }],
  })
  return mount(HeadlineStrip, { props: { query }, global: { plugins: [router] } })
}

afterEach(() => vi.unstubAllGlobals())

describe('HeadlineStrip', () => {
  it('shows each sentence as a link to its evidence, under the label of its kind', async () => {
    const { calls } = mockFetch([
      { method: 'GET', url: HEADLINES_URL, respond: () => json(200, REPORT) },
    ])
    const wrapper = mountStrip({ from: '2025-12-01', to: '2026-02-28', team: 'operations' })
    await flushPromises()

    expect(calls.map((c) => c.url)).toEqual([
      '/api/metrics/headlines?from=2025-12-01&to=2026-02-28&team=operations',
    ])
    const items = wrapper.findAll('li')
    expect(items.map((li) => li.get('.kind').text())).toEqual([
      'Thickest wall',
      'Most delayed incident',
      'Longest unnoticed customer data',
    ])
    const links = items.map((li) => li.get('a'))
    expect(links.map((a) => a.text())).toEqual(REPORT.headlines.map((h) => h.text))
    expect(links.map((a) => a.attributes('href'))).toEqual([
      '/dashboard?from=2025-12-01&to=2026-02-28&pair=product-dev~operations',
      '/incidents/1',
      '/shadow-systems/3',
    ])
    expect(wrapper.text()).not.toContain('Loading')
    expect(wrapper.get('section').attributes('aria-busy')).toBe('false')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('says it is loading until the answer comes, then shows it', async () => {
    let answer: (r: Response) => void = () => {}
    mockFetch([
      {
        method: 'GET',
        url: HEADLINES_URL,
        respond: () => new Promise<Response>((resolve) => (answer = resolve)),
      },
    ])
    const wrapper = mountStrip({})
    await flushPromises()

    expect(wrapper.text()).toContain('Loading the headlines…')
    expect(wrapper.get('section').attributes('aria-busy')).toBe('true')
    answer(json(200, REPORT))
    await flushPromises()
    expect(wrapper.text()).not.toContain('Loading')
    expect(wrapper.findAll('li a')).toHaveLength(3)
  })

  it('shows the failure instead of a perpetual loading text, and tries again on request', async () => {
    let fail = true
    mockFetch([
      {
        method: 'GET',
        url: HEADLINES_URL,
        respond: () =>
          fail
            ? problem(500, { title: 'Server error', detail: 'Try again later.' })
            : json(200, REPORT),
      },
    ])
    const wrapper = mountStrip({})
    await flushPromises()

    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('Server error')
    expect(alert.text()).toContain('The headlines could not be loaded.')
    expect(wrapper.text()).not.toContain('Loading')
    expect(wrapper.findAll('li')).toHaveLength(0)

    fail = false
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Try again')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.findAll('li a')).toHaveLength(3)
  })

  it('says so when the window has nothing to report', async () => {
    mockFetch([
      {
        method: 'GET',
        url: HEADLINES_URL,
        respond: () => json(200, { window: REPORT.window, headlines: [] }),
      },
    ])
    const wrapper = mountStrip({})
    await flushPromises()

    expect(wrapper.text()).toContain('Nothing to report for this window')
    expect(wrapper.find('ul').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Loading')
  })

  it('asks again when the window or team changes, not when the same window comes again', async () => {
    const { calls } = mockFetch([
      { method: 'GET', url: HEADLINES_URL, respond: () => json(200, REPORT) },
    ])
    const wrapper = mountStrip({ from: '2026-01-01', to: '2026-01-31' })
    await flushPromises()

    await wrapper.setProps({ query: { from: '2026-01-01', to: '2026-01-31' } })
    await flushPromises()
    expect(calls).toHaveLength(1)

    await wrapper.setProps({ query: { from: '2026-01-01', to: '2026-01-31', team: 'support' } })
    await flushPromises()
    expect(calls.map((c) => c.url)).toEqual([
      '/api/metrics/headlines?from=2026-01-01&to=2026-01-31',
      '/api/metrics/headlines?from=2026-01-01&to=2026-01-31&team=support',
    ])
  })

  it('leaves a refused window (400) to the dashboard: no alert of its own', async () => {
    mockFetch([
      {
        method: 'GET',
        url: HEADLINES_URL,
        respond: () =>
          problem(400, {
            title: 'Invalid request',
            errors: [{ field: 'from', message: 'must not be after to' }],
          }),
      },
    ])
    const wrapper = mountStrip({ from: '2026-11-20', to: '2026-11-01' })
    await flushPromises()

    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Not available for this window.')
    expect(wrapper.text()).not.toContain('Loading')
  })

  it('asks for nothing while the window is one the server would refuse', async () => {
    const { calls } = mockFetch([])
    const wrapper = mountStrip(null)
    await flushPromises()

    expect(calls).toEqual([])
    expect(wrapper.text()).toContain('Not available for this window.')
    expect(wrapper.text()).not.toContain('Loading')
  })
})

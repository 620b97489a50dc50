import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { RequestImportItem, RequestImportReport } from '@/api/requestImportTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { stubXhrOverFetch } from '@/test/fetchXhr'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { TEAMS } from './fixtures'
import RequestImportView from './RequestImportView.vue'

const teams = {
  method: 'GET',
  url: /^\/api\/teams\?/,
  respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
}

function items(n: number): RequestImportItem[] {
  return Array.from({ length: n }, (_, i) => ({
    title: `Request ${i}`,
    kind: 'LOG_ACCESS',
    requesterTeam: 'product-dev',
    responderTeam: 'operations',
    externalRef: `OPS-${i}`,
  }))
}

/** The server's answer for one call: item 3 of each call is rejected, the rest created. */
function answerFor(sent: RequestImportItem[]): RequestImportReport {
  const results = sent.map((item, index) =>
    index === 3
      ? {
          index,
          externalRef: item.externalRef ?? null,
          status: 'REJECTED',
          id: null,
          key: null,
          errors: [{ field: 'kind', message: 'must be one of LOG_ACCESS, …' }],
        }
      : {
          index,
          externalRef: item.externalRef ?? null,
          status: 'CREATED',
          id: index + 1,
          key: `REQ-${index + 1}`,
          errors: [],
        },
  )
  return {
    created: results.filter((r) => r.status === 'CREATED').length,
    unchanged: 0,
    rejected: results.filter((r) => r.status === 'REJECTED').length,
    results,
  }
}

async function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/requests/import')
  const wrapper = mount(RequestImportView, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountView>>

async function paste(wrapper: Wrapper, list: RequestImportItem[]) {
  await wrapper.get('#request-import-text').setValue(JSON.stringify(list))
  await wrapper.get('form.import-form').trigger('submit')
}

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('RequestImportView', () => {
  it('sends a long list in parts of 500, shows rows processed and one merged report', async () => {
    const { fired } = stubXhrOverFetch()
    const pending: (() => void)[] = []
    const { calls } = mockFetch([
      teams,
      {
        method: 'POST',
        url: '/api/requests/import',
        respond: (call) =>
          new Promise<Response>((resolve) =>
            pending.push(() => resolve(json(200, answerFor(call.body as RequestImportItem[])))),
          ),
      },
    ])
    const wrapper = await mountView()

    await paste(wrapper, items(1100))
    await flushPromises()

    // The first part is out; nothing processed yet.
    const posts = () => calls.filter((c) => c.method === 'POST')
    expect(posts()).toHaveLength(1)
    expect(wrapper.get('.import-progress').text()).toContain('Rows processed: 0 of 1,100')
    expect(wrapper.get('.import-progress').text()).toContain(
      'Sent part 1 of 3; the server is importing it…',
    )
    expect(fired.at(-1)).toMatchObject({ url: '/api/requests/import' })

    pending.shift()!()
    await flushPromises()
    expect(posts()).toHaveLength(2)
    expect(wrapper.get('.import-progress').text()).toContain('Rows processed: 500 of 1,100')
    expect(wrapper.get('.import-progress').text()).toContain('part 2 of 3')

    pending.shift()!()
    await flushPromises()
    pending.shift()!()
    await flushPromises()

    expect(posts().map((c) => (c.body as RequestImportItem[]).length)).toEqual([500, 500, 100])
    expect((posts()[1]!.body as RequestImportItem[])[0]!.externalRef).toBe('OPS-500')
    expect(posts()[0]!.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(wrapper.find('.import-progress').exists()).toBe(false)

    const report = wrapper.get('section[aria-labelledby="request-report-heading"]')
    const counts = Object.fromEntries(
      report.findAll('.counts > div').map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    expect(counts).toEqual({ Created: '1097', Unchanged: '0', Rejected: '3' })
    // Item numbers count from 1 in the whole file: index 3 of each part.
    const rows = report.findAll('tbody tr').map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([
      ['4', 'OPS-3', 'kind: must be one of LOG_ACCESS, …'],
      ['504', 'OPS-503', 'kind: must be one of LOG_ACCESS, …'],
      ['1004', 'OPS-1003', 'kind: must be one of LOG_ACCESS, …'],
    ])
  })

  it('stops at a failed part, keeps the report so far and says sending again is safe', async () => {
    stubXhrOverFetch()
    let n = 0
    mockFetch([
      teams,
      {
        method: 'POST',
        url: '/api/requests/import',
        respond: (call) =>
          ++n === 2
            ? problem(503, { title: 'Service Unavailable', detail: 'Try again later.' })
            : json(200, answerFor(call.body as RequestImportItem[])),
      },
    ])
    const wrapper = await mountView()

    await paste(wrapper, items(1200))
    await flushPromises()

    expect(n).toBe(2)
    const report = wrapper.get('section[aria-labelledby="request-report-heading"]')
    expect(report.get('[role="alert"]').text()).toContain(
      'Stopped after 500 of 1,200 requests: the rest were not sent.',
    )
    expect(report.text()).toContain('Importing the same file again is safe')
    expect(wrapper.get('.import-progress').text()).toContain('Rows processed: 500 of 1,200')
    const counts = Object.fromEntries(
      report.findAll('.counts > div').map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    expect(counts).toEqual({ Created: '499', Unchanged: '0', Rejected: '1' })
  })

  it('checks the text is a JSON array before sending anything', async () => {
    stubXhrOverFetch()
    const { calls } = mockFetch([teams])
    const wrapper = await mountView()

    await wrapper.get('#request-import-text').setValue('{"title": "one"}')
    await wrapper.get('form.import-form').trigger('submit')
    await flushPromises()

    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    expect(wrapper.get('#request-import-text-error').text()).toBe(
      'Expected a JSON array of requests: [ { … }, { … } ].',
    )
  })

  it('lists the members with the allowed kinds and event types, and offers a JSON template', async () => {
    stubXhrOverFetch()
    mockFetch([teams])
    const wrapper = await mountView()

    const guide = wrapper.get('.import-guide')
    const kind = guide.findAll('tbody tr').find((r) => r.get('th').text() === 'kind')!
    expect(kind.text()).toContain('Required')
    expect(kind.text()).toContain('INFRA_CHANGE (Infrastructure change)')
    const types = guide.findAll('tbody tr').find((r) => r.get('th').text() === 'events[].type')!
    expect(types.text()).toContain('REASSIGNED (Reassigned)')
    expect(types.text()).not.toMatch(/\bOPENED\b/)
    const link = wrapper.findAll('a').find((a) => a.text() === 'Download a JSON template')!
    expect(link.attributes('download')).toBe('request-history-template.json')
  })
})

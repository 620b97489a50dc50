import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { OlaTargetUsage } from '@/api/olaTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { aTeam } from '@/features/requests/fixtures'
import OlaTargetsView from './OlaTargetsView.vue'

const TEAMS = [
  aTeam('product-dev', 'Product Dev'),
  aTeam('operations', 'Operations', 'OPS'),
  aTeam('security', 'Security', 'SECURITY'),
]

const USAGE: OlaTargetUsage[] = [
  {
    requesterTeam: 'product-dev',
    responderTeam: 'operations',
    kind: 'LOG_ACCESS',
    targetSeconds: 2 * 86400,
    requests: 12,
    open: 3,
    breachedClosed: 4,
    breachedOpen: 1,
  },
  {
    requesterTeam: 'product-dev',
    responderTeam: 'security',
    kind: 'PROD_ACCESS',
    targetSeconds: 5400,
    requests: 0,
    open: 0,
    breachedClosed: 0,
    breachedOpen: 0,
  },
]

type Route = Parameters<typeof mockFetch>[0][number]

function routesFor(usage: () => OlaTargetUsage[], extra: Route[] = []): Route[] {
  return [
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
    },
    { method: 'GET', url: '/api/ola-targets/usage', respond: () => json(200, usage()) },
    ...extra,
  ]
}

async function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/ola-targets')
  const wrapper = mount(OlaTargetsView, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper']

function row(wrapper: Wrapper, i: number) {
  return wrapper.get(`tbody tr[data-row="${i}"]`)
}
function button(wrapper: Wrapper, text: string) {
  return wrapper.findAll('button').find((b) => b.text() === text)!
}

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  useAuthStore().setMe(null)
})

describe('OlaTargetsView', () => {
  it('shows viewers each target by team names, kind in words, a readable duration and the requests it affects', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    mockFetch(routesFor(() => USAGE))
    const { wrapper } = await mountView()

    expect(wrapper.find('input').exists()).toBe(false)
    expect(button(wrapper, 'Save all targets')).toBeUndefined()
    const cells = row(wrapper, 0)
      .findAll('td')
      .map((td) => td.text())
    expect(cells.slice(0, 4)).toEqual(['Product Dev', 'Operations', 'Log access', '2 days'])
    expect(cells[4]).toContain('12 requests, 3 open')
    expect(cells[4]).toContain('5 breached: 4 closed late, 1 open past the target')
    const links = row(wrapper, 0).findAll('a')
    expect(links.map((a) => a.attributes('href'))).toEqual([
      '/requests?requester=product-dev&responder=operations&kind=LOG_ACCESS&closed=true',
      '/requests?requester=product-dev&responder=operations&kind=LOG_ACCESS&open=true',
    ])
    expect(row(wrapper, 1).text()).toContain('1 hour 30 minutes')
    expect(row(wrapper, 1).text()).toContain('No requests yet')
  })

  it('lets an admin change, add and remove targets and saves the whole list', async () => {
    let usage = USAGE
    const { calls } = mockFetch(
      routesFor(
        () => usage,
        [
          {
            method: 'PUT',
            url: '/api/ola-targets',
            respond: (call) => {
              usage = (call.body as OlaTargetUsage[]).map((t) => ({
                ...t,
                requests: 0,
                open: 0,
                breachedClosed: 0,
                breachedOpen: 0,
              }))
              return json(200, call.body)
            },
          },
        ],
      ),
    )
    const confirm = vi.fn(() => true)
    vi.stubGlobal('confirm', confirm)
    const { wrapper } = await mountView()

    // The first target: 2 days → 36 hours.
    const amount = row(wrapper, 0).get('[data-field="targetSeconds"]')
    expect((amount.element as HTMLInputElement).value).toBe('2')
    await amount.setValue('36')
    await row(wrapper, 0).get('[data-field="unit"]').setValue('hours')
    expect(row(wrapper, 0).text()).toContain('1 day 12 hours')
    expect(wrapper.text()).toContain('Unsaved changes')

    // Remove the second, after a confirmation naming it.
    await row(wrapper, 1).get('button').trigger('click')
    expect(confirm).toHaveBeenCalledWith(
      expect.stringContaining('Remove the target for Product Dev → Security, production access?'),
    )

    // Add one.
    await button(wrapper, 'Add a target').trigger('click')
    const added = row(wrapper, 1)
    await added.get('[data-field="requesterTeam"]').setValue('security')
    await added.get('[data-field="responderTeam"]').setValue('operations')
    await added.get('[data-field="kind"]').setValue('DEPLOY')
    await added.get('[data-field="targetSeconds"]').setValue('4')
    expect(added.text()).toContain('Counted once saved')

    await button(wrapper, 'Save all targets').trigger('click')
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.body).toEqual([
      {
        requesterTeam: 'product-dev',
        responderTeam: 'operations',
        kind: 'LOG_ACCESS',
        targetSeconds: 36 * 3600,
      },
      {
        requesterTeam: 'security',
        responderTeam: 'operations',
        kind: 'DEPLOY',
        targetSeconds: 4 * 86400,
      },
    ])
    expect(wrapper.get('[role="status"].alert-success').text()).toBe('Saved 2 targets.')
    expect(wrapper.findAll('tbody tr')).toHaveLength(2)
    expect(wrapper.text()).not.toContain('Unsaved changes')
  })

  it('keeps a target when the removal is not confirmed', async () => {
    mockFetch(routesFor(() => USAGE))
    vi.stubGlobal('confirm', () => false)
    const { wrapper } = await mountView()

    await row(wrapper, 1).get('button').trigger('click')

    expect(wrapper.findAll('tbody tr')).toHaveLength(2)
  })

  it('flags every incomplete row before sending, all at once', async () => {
    const { calls } = mockFetch(routesFor(() => USAGE))
    const { wrapper } = await mountView()

    await button(wrapper, 'Add a target').trigger('click')
    await row(wrapper, 0).get('[data-field="targetSeconds"]').setValue('0')
    await button(wrapper, 'Save all targets').trigger('click')
    await flushPromises()

    expect(calls.some((c) => c.method === 'PUT')).toBe(false)
    expect(row(wrapper, 0).get('.field-error').text()).toBe(
      'Enter a positive number of hours or days.',
    )
    expect(row(wrapper, 0).get('[data-field="targetSeconds"]').attributes('aria-invalid')).toBe(
      'true',
    )
    const added = row(wrapper, 2)
    expect(added.findAll('.field-error').map((e) => e.text())).toEqual([
      'Choose the requester team.',
      'Choose the responder team.',
      'Choose the kind of request.',
      'Enter a positive number of hours or days.',
    ])
    expect(row(wrapper, 1).find('.field-error').exists()).toBe(false)
  })

  it('shows the server’s field errors next to the rows they name', async () => {
    mockFetch(
      routesFor(
        () => USAGE,
        [
          {
            method: 'PUT',
            url: '/api/ola-targets',
            respond: () =>
              problem(400, {
                title: 'Invalid request',
                detail: '2 fields are invalid.',
                errors: [
                  {
                    field: '[1].kind',
                    message: 'duplicate target for this requester, responder and kind',
                  },
                  { field: '[0].team', message: "unknown team 'gone'" },
                ],
              }),
          },
        ],
      ),
    )
    const { wrapper } = await mountView()

    // Make the second a duplicate of the first.
    await row(wrapper, 1).get('[data-field="responderTeam"]').setValue('operations')
    await row(wrapper, 1).get('[data-field="kind"]').setValue('LOG_ACCESS')
    await button(wrapper, 'Save all targets').trigger('click')
    await flushPromises()

    const kind = row(wrapper, 1).get('[data-field="kind"]')
    expect(kind.attributes('aria-invalid')).toBe('true')
    const errorId = kind.attributes('aria-describedby')!
    expect(wrapper.get(`#${errorId}`).text()).toBe(
      'duplicate target for this requester, responder and kind',
    )
    expect(row(wrapper, 0).get('.field-error').text()).toBe("unknown team 'gone'")
    // Every problem has its row: no alert at the top.
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})

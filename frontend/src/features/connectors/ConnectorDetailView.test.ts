import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import type { ConnectorView, PreviewCall } from '@/api/connectorTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem, type FetchCall } from '@/test/mockFetch'
import ConnectorDetailView from './ConnectorDetailView.vue'
import { aConnector, aCreated, aDelivery, aPreviewRequest } from './fixtures'

type Route = Parameters<typeof mockFetch>[0][number]

const DELIVERIES = /^\/api\/connectors\/7\/deliveries\?/

function common(connector: () => ConnectorView = () => aConnector()): Route[] {
  return [
    { method: 'GET', url: '/api/connectors/7', respond: () => json(200, connector()) },
    {
      method: 'GET',
      url: DELIVERIES,
      respond: () =>
        json(200, {
          items: [
            aDelivery(),
            aDelivery({
              id: 2,
              event: 'jira:issue_created',
              status: 'UNMAPPED',
              reason: 'no requester team: no label from:<team>',
              ticket: 'OPS-1280',
              requestId: null,
            }),
          ],
          page: 0,
          size: 50,
          total: 2,
        }),
    },
    {
      method: 'GET',
      url: /^\/api\/audit\?/,
      respond: () => json(200, { items: [], page: 0, size: 50, total: 0 }),
    },
  ]
}

async function mountDetail(path = '/admin/connectors/7') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(ConnectorDetailView, {
    props: { id: '7' },
    global: { plugins: [router] },
  })
  await flushPromises()
  return { wrapper, router }
}

const mappingText = (wrapper: Awaited<ReturnType<typeof mountDetail>>['wrapper']) =>
  (wrapper.get('#mapping-json').element as HTMLTextAreaElement).value

const button = (wrapper: Awaited<ReturnType<typeof mountDetail>>['wrapper'], text: string) =>
  wrapper.findAll('button').find((b) => b.text() === text)!

/** A submit button's form, submitted (a click on the button does not submit in happy-dom). */
const submit = (wrapper: Awaited<ReturnType<typeof mountDetail>>['wrapper'], text: string) =>
  button(wrapper, text).element.closest('form')!.dispatchEvent(new Event('submit'))

const previews = (calls: FetchCall[]) => calls.filter((c) => c.url.endsWith('/preview'))
const puts = (calls: FetchCall[]) => calls.filter((c) => c.method === 'PUT')

const PAYLOAD = { webhookEvent: 'jira:issue_updated', issue: { key: 'OPS-1234' } }

beforeEach(() => {
  useAuthStore().setMe(admin)
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('ConnectorDetailView', () => {
  it('fills the editor with the effective mapping, pretty printed', async () => {
    mockFetch(common())
    const { wrapper } = await mountDetail()

    expect(wrapper.get('h1').text()).toBe('Ops service desk')
    expect(mappingText(wrapper)).toBe(JSON.stringify(aConnector().mapping, null, 2))
    expect(wrapper.text()).toContain('uses the default mapping for Jira')
    expect((wrapper.get('#connector-webhook-url').element as HTMLInputElement).value).toBe(
      aConnector().webhookUrl,
    )
  })

  it('previews a pasted payload with the edited, unsaved mapping and renders the events', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/connectors/7/preview',
        respond: () =>
          json(200, {
            requests: [
              aPreviewRequest(),
              aPreviewRequest({
                ticket: 'OPS-1280',
                title: 'Renew the certificate',
                url: null,
                requesterTeam: null,
                events: [],
                figures: null,
                state: null,
                outcome: null,
                unmapped: 'no requester team: no label from:<team>',
                notes: [],
              }),
            ],
          }),
      },
    ])
    const { wrapper } = await mountDetail()

    const edited = { ...aConnector().mapping, labels: { 'needs-info': 'NEEDS_INFO' } }
    await wrapper.get('#mapping-json').setValue(JSON.stringify(edited))
    await wrapper.get('#preview-payload').setValue(JSON.stringify(PAYLOAD))
    vi.advanceTimersByTime(399)
    await flushPromises()
    expect(previews(calls)).toHaveLength(0)

    vi.advanceTimersByTime(1)
    await flushPromises()

    expect(previews(calls)).toHaveLength(1)
    const body = previews(calls)[0]!.body as PreviewCall
    expect(body).toEqual({ payload: PAYLOAD, mapping: edited })
    expect(puts(calls)).toHaveLength(0)

    const cards = wrapper.findAll('.preview-request')
    expect(cards).toHaveLength(2)
    const story = cards[0]!
    expect(story.get('h4').text()).toContain('OPS-1234')
    expect(story.get('h4').text()).toContain('Production logs for the order-corruption race')
    expect(story.get('h4 a').attributes('href')).toBe(
      'https://acme.atlassian.example/browse/OPS-1234',
    )
    expect(story.get('h4 a').attributes('rel')).toBe('noopener noreferrer')
    expect(story.text()).toContain('web → ops')
    expect(story.findAll('thead th').map((th) => th.text())).toEqual([
      'Event',
      'At',
      'Team',
      'To team',
    ])
    expect(story.findAll('tbody tr').map((r) => r.findAll('td').map((td) => td.text()))).toEqual([
      ['Opened', '2 Mar 2026, 08:00', 'web', '—'],
      ['Needs info', '3 Mar 2026, 08:00', 'ops', '—'],
    ])
    expect(story.get('[aria-label="Figures of OPS-1234"]').text()).toContain('Hand-offs1')
    expect(story.text()).toContain('comment 10001 delivered twice: kept once')
    const unmapped = cards[1]!
    expect(unmapped.get('.unmapped').text()).toContain(
      'No request: no requester team: no label from:<team>',
    )
    expect(unmapped.find('table').exists()).toBe(false)
  })

  it('sends the GitHub event name chosen for a GitHub connector', async () => {
    const { calls } = mockFetch([
      ...common(() => aConnector({ kind: 'GITHUB' })),
      {
        method: 'POST',
        url: '/api/connectors/7/preview',
        respond: () => json(200, { requests: [] }),
      },
    ])
    const { wrapper } = await mountDetail()

    await wrapper.get('#preview-event').setValue('issue_comment')
    await wrapper.get('#preview-payload').setValue('{"action": "created"}')
    vi.advanceTimersByTime(400)
    await flushPromises()

    expect((previews(calls)[0]!.body as PreviewCall).event).toBe('issue_comment')
    expect(wrapper.text()).toContain('This payload gives no request.')
  })

  it('shows a JSON syntax error in the mapping without calling the API', async () => {
    const { calls } = mockFetch(common())
    const { wrapper } = await mountDetail()
    const before = calls.length

    await wrapper.get('#mapping-json').setValue('{"labels": {"needs-info": }')
    await wrapper.get('#preview-payload').setValue(JSON.stringify(PAYLOAD))
    submit(wrapper, 'Save mapping')
    await flushPromises()
    vi.advanceTimersByTime(1000)
    await flushPromises()

    const textarea = wrapper.get('#mapping-json')
    expect(textarea.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#mapping-json-error').text()).toMatch(/^Not valid JSON/)
    expect(textarea.attributes('aria-describedby')).toContain('mapping-json-error')
    expect(wrapper.text()).toContain('Fix the mapping JSON to preview with it.')
    expect(calls.slice(before)).toEqual([])
  })

  it('saves the mapping with the version read and lists the server’s field problems', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'PUT',
        url: '/api/connectors/7',
        respond: () =>
          problem(400, {
            title: 'Bad Request',
            detail: 'Invalid mapping',
            errors: [
              {
                field: 'mapping.responder[0].source',
                message: 'must be one of LABEL, PROJECT, COMPONENT',
              },
            ],
          }),
      },
    ])
    const { wrapper } = await mountDetail()
    const edited = { ...aConnector().mapping, responder: [{ source: 'TEAM' }] }

    await wrapper.get('#mapping-json').setValue(JSON.stringify(edited))
    submit(wrapper, 'Save mapping')
    await flushPromises()
    await flushPromises()

    expect(puts(calls)[0]!.body).toEqual({
      name: 'Ops service desk',
      enabled: true,
      mapping: edited,
      version: 3,
    })
    const alert = wrapper.get('section[aria-labelledby="mapping-heading"] [role="alert"]')
    expect(alert.text()).toContain('Invalid mapping')
    expect(alert.text()).toContain(
      'mapping.responder[0].source: must be one of LABEL, PROJECT, COMPONENT',
    )
    expect(wrapper.get('#mapping-json-error').text()).toContain('1 problem in this mapping')
    // The text typed is kept.
    expect(JSON.parse(mappingText(wrapper))).toEqual(edited)
  })

  it('shows a 409 on save clearly and keeps the text until Reload', async () => {
    let version = 3
    const { calls } = mockFetch([
      ...common(() => aConnector({ version })),
      {
        method: 'PUT',
        url: '/api/connectors/7',
        respond: () => {
          version = 4
          return problem(409, { title: 'Conflict', detail: 'Stale version 3 of connector 7' })
        },
      },
    ])
    const { wrapper } = await mountDetail()
    await wrapper.get('#mapping-json').setValue('{"labels": {}}')

    submit(wrapper, 'Save mapping')
    await flushPromises()
    await flushPromises()

    const alert = wrapper.get('section[aria-labelledby="mapping-heading"] [role="alert"]')
    expect(alert.text()).toContain('Someone else changed this connector since you opened it')
    expect(alert.text()).toContain('Your mapping is still in the editor')
    expect(mappingText(wrapper)).toBe('{"labels": {}}')
    expect(wrapper.find('[role="status"].alert-success').exists()).toBe(false)

    await alert
      .findAll('button')
      .find((b) => b.text() === 'Reload')!
      .trigger('click')
    await flushPromises()

    expect(calls.filter((c) => c.method === 'GET' && c.url === '/api/connectors/7')).toHaveLength(2)
    expect(wrapper.find('section[aria-labelledby="mapping-heading"] [role="alert"]').exists()).toBe(
      false,
    )
    expect(mappingText(wrapper)).toBe(JSON.stringify(aConnector().mapping, null, 2))
    expect(wrapper.text()).toContain('Version 4')
  })

  it('shows a 409 on the name and enabled form too', async () => {
    mockFetch([
      ...common(),
      {
        method: 'PUT',
        url: '/api/connectors/7',
        respond: () => problem(409, { title: 'Conflict' }),
      },
    ])
    const { wrapper } = await mountDetail()

    await wrapper.get('#connector-edit-name').setValue('Ops desk')
    await wrapper.get('#connector-edit-enabled').setValue(false)
    submit(wrapper, 'Save changes')
    await flushPromises()

    expect(wrapper.get('[role="alert"]').text()).toContain(
      'Someone else changed this connector since you opened it; reload to see their version.',
    )
  })

  it('sends mapping null for “Use defaults”', async () => {
    const custom = aConnector({
      customMapping: true,
      mapping: { ...aConnector().mapping, people: { alice: 'ops' } },
    })
    const { calls } = mockFetch([
      ...common(() => custom),
      {
        method: 'PUT',
        url: '/api/connectors/7',
        respond: () => json(200, aConnector({ version: 4 })),
      },
    ])
    vi.stubGlobal(
      'confirm',
      vi.fn(() => true),
    )
    const { wrapper } = await mountDetail()
    await wrapper.get('#mapping-json').setValue('{"half": ')

    await button(wrapper, 'Use defaults').trigger('click')
    await flushPromises()

    expect(window.confirm).toHaveBeenCalled()
    expect(puts(calls)[0]!.body).toEqual({
      name: 'Ops service desk',
      enabled: true,
      mapping: null,
      version: 3,
    })
    expect(mappingText(wrapper)).toBe(JSON.stringify(aConnector().mapping, null, 2))
    expect(wrapper.text()).toContain('The connector uses the default mapping now.')
  })

  it('rotates the secret after confirming and shows the new one once', async () => {
    mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/connectors/7/secret',
        respond: () => json(200, aCreated({ secret: 'new-secret', version: 4 })),
      },
    ])
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValue(true)
    vi.stubGlobal('confirm', confirm)
    const { wrapper } = await mountDetail()

    await button(wrapper, 'Rotate secret').trigger('click')
    await flushPromises()
    expect(wrapper.find('#rotated-secret').exists()).toBe(false)

    await button(wrapper, 'Rotate secret').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(2)
    expect((wrapper.get('#rotated-secret').element as HTMLInputElement).value).toBe('new-secret')
    expect(wrapper.find('#rotated-token-url').exists()).toBe(true)

    await button(wrapper, 'I have copied them').trigger('click')
    expect(wrapper.html()).not.toContain('new-secret')
  })

  it('re-derives and shows the result', async () => {
    mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/connectors/7/rederive',
        respond: () => json(200, { tickets: 4, changed: 1 }),
      },
    ])
    vi.stubGlobal(
      'confirm',
      vi.fn(() => true),
    )
    const { wrapper } = await mountDetail()

    await button(wrapper, 'Re-derive synced requests').trigger('click')
    await flushPromises()

    expect(wrapper.text()).toContain('Re-derived 4 tickets: 1 request changed.')
  })

  it('deletes after confirming and goes back to the list', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'DELETE',
        url: '/api/connectors/7',
        respond: () => new Response(null, { status: 204 }),
      },
      { method: 'GET', url: '/api/connectors', respond: () => json(200, []) },
    ])
    vi.stubGlobal(
      'confirm',
      vi.fn(() => true),
    )
    const { wrapper, router } = await mountDetail()

    await button(wrapper, 'Delete connector').trigger('click')
    await flushPromises()

    expect(window.confirm).toHaveBeenCalledWith(
      expect.stringContaining('The 4 requests it synced stay'),
    )
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('connectors'))
  })

  it('imports a backfill page and shows the report per ticket', async () => {
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/connectors/7/import',
        respond: () =>
          json(200, {
            tickets: [
              { ticket: 'OPS-1234', result: 'CREATED', requestId: 5, reasons: [] },
              {
                ticket: 'OPS-1280',
                result: 'UNMAPPED',
                requestId: null,
                reasons: ['no requester team: no label from:<team>'],
              },
            ],
            created: 1,
            updated: 0,
            unchanged: 0,
            unmapped: 1,
            rejected: 0,
          }),
      },
    ])
    const { wrapper } = await mountDetail()

    await wrapper.get('#import-json').setValue('{"issues": [')
    submit(wrapper, 'Import')
    await flushPromises()
    expect(wrapper.get('#import-json-error').text()).toMatch(/^Not valid JSON/)
    expect(calls.some((c) => c.url.endsWith('/import'))).toBe(false)

    await wrapper.get('#import-json').setValue('{"issues": []}')
    submit(wrapper, 'Import')
    await flushPromises()

    const post = calls.find((c) => c.url.endsWith('/import'))!
    expect(post.body).toEqual({ issues: [] })
    expect(post.headers['Content-Type']).toBe('application/json')
    const rows = wrapper
      .findAll('.report tbody tr')
      .map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([
      ['OPS-1234', 'Created', '#5', '—'],
      ['OPS-1280', 'Unmapped', '—', 'no requester team: no label from:<team>'],
    ])
    expect(wrapper.get('.report a').attributes('href')).toBe('/requests/5')
  })

  it('shows the delivery log with reasons and filters it by status', async () => {
    const { calls } = mockFetch(common())
    const { wrapper, router } = await mountDetail()

    const log = wrapper.get('section[aria-labelledby="deliveries-heading"]')
    const rows = log.findAll('tbody tr').map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([
      ['3 Mar 2026, 08:00', 'jira:issue_updated', 'OPS-1234', 'Processed', '—'],
      [
        '3 Mar 2026, 08:00',
        'jira:issue_created',
        'OPS-1280',
        'Unmapped',
        'no requester team: no label from:<team>',
      ],
    ])
    expect(log.get('tbody a').attributes('href')).toBe('/requests/5')

    await log.get('#delivery-status').setValue('UNMAPPED')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ deliveryStatus: 'UNMAPPED' })
    const last = calls.filter((c) => DELIVERIES.test(c.url)).at(-1)!
    expect(last.url).toBe('/api/connectors/7/deliveries?status=UNMAPPED&page=0&size=50')
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import type { ConnectorView } from '@/api/connectorTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import ConnectorsView from './ConnectorsView.vue'
import { aConnector, aCreated } from './fixtures'

async function mountConnectors() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/admin/connectors')
  const wrapper = mount(ConnectorsView, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

function listRoute(list: () => ConnectorView[]) {
  return { method: 'GET', url: '/api/connectors', respond: () => json(200, list()) }
}

async function create(wrapper: Awaited<ReturnType<typeof mountConnectors>>, kind: string) {
  await wrapper.get('#connector-kind').setValue(kind)
  await wrapper.get('#connector-name').setValue('  Ops service desk ')
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

beforeEach(() => useAuthStore().setMe(admin))

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('ConnectorsView', () => {
  it('lists the connectors with their last delivery and the counts of the last 24 hours', async () => {
    mockFetch([
      listRoute(() => [
        aConnector(),
        aConnector({
          id: 8,
          kind: 'GITHUB',
          name: 'acme/ops-requests',
          enabled: false,
          lastDeliveryAt: null,
          last24h: { processed: 0, unmapped: 0, ignored: 0, rejected: 3 },
          requests: 0,
        }),
      ]),
    ])

    const wrapper = await mountConnectors()

    const headers = wrapper.findAll('thead th').map((th) => th.text())
    expect(headers).toEqual([
      'Name',
      'Kind',
      'Status',
      'Last delivery',
      'Processed 24 h',
      'Unmapped 24 h',
      'Ignored 24 h',
      'Rejected 24 h',
      'Synced requests',
    ])
    const rows = wrapper.findAll('tbody tr').map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([
      ['Ops service desk', 'Jira', 'Enabled', '23 Mar 2026, 08:00', '12', '2', '1', '0', '4'],
      ['acme/ops-requests', 'GitHub', 'Disabled', 'Never', '0', '0', '0', '3', '0'],
    ])
    expect(wrapper.get('tbody a').attributes('href')).toBe('/admin/connectors/7')
    expect(wrapper.get('table').element.closest('.table-wrap')).not.toBeNull()
  })

  it('shows the URL, token URL and secret once after creating a Jira connector, with setup steps', async () => {
    let stored: ConnectorView[] = []
    const created = aCreated()
    const { calls } = mockFetch([
      listRoute(() => stored),
      {
        method: 'POST',
        url: '/api/connectors',
        respond: () => {
          stored = [aConnector({ lastDeliveryAt: null, requests: 0 })]
          return json(201, created)
        },
      },
    ])
    const wrapper = await mountConnectors()
    expect(wrapper.text()).toContain('No connectors yet.')

    await create(wrapper, 'JIRA')

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toEqual({ kind: 'JIRA', name: 'Ops service desk' })
    expect(post.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    const value = (id: string) => (wrapper.get(id).element as HTMLInputElement).value
    expect(value('#created-webhook-url')).toBe(created.webhookUrl)
    expect(value('#created-secret')).toBe('s3cr3t-shown-once')
    expect(value('#created-token-url')).toBe(created.webhookUrlWithToken)
    const copyButtons = wrapper
      .findAll('.secret-once button')
      .map((b) => b.attributes('aria-label') ?? b.text())
    expect(copyButtons).toContain('Copy Secret')
    expect(copyButtons).toContain('Copy Data Center token URL')
    const panel = wrapper.get('.secret-once')
    expect(panel.text()).toContain('will not be shown again')
    expect(panel.text()).toContain('Settings → System → WebHooks')
    expect(panel.text()).toContain('Issue created, updated and deleted')
    expect(panel.text()).toContain('Comment created')
    expect(panel.text()).toContain('JQL filter is optional')
    expect(panel.text()).toContain('Data Center webhooks cannot sign')
    // The list was read again and shows the new connector, never its secret.
    expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2)
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    expect(wrapper.get('table').html()).not.toContain('s3cr3t-shown-once')
    expect(value('#connector-name')).toBe('')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'I have copied them')!
      .trigger('click')
    expect(wrapper.html()).not.toContain('s3cr3t-shown-once')
    expect(wrapper.html()).not.toContain('tok-once')

    // Coming back to the page: the secret is gone for good.
    wrapper.unmount()
    const again = await mountConnectors()
    expect(again.html()).not.toContain('s3cr3t-shown-once')
  })

  it('gives GitHub setup steps and no token URL for a GitHub connector', async () => {
    mockFetch([
      listRoute(() => []),
      {
        method: 'POST',
        url: '/api/connectors',
        respond: () => json(201, aCreated({ kind: 'GITHUB', name: 'acme/ops-requests' })),
      },
    ])
    const wrapper = await mountConnectors()

    await create(wrapper, 'GITHUB')

    const panel = wrapper.get('.secret-once')
    expect(panel.text()).toContain('Settings → Webhooks → Add webhook')
    expect(panel.text()).toContain('Payload URL')
    expect(panel.text()).toContain('application/json')
    expect(panel.text()).toContain('Issue comments')
    expect(panel.text()).not.toContain('Jira')
    expect(wrapper.find('#created-token-url').exists()).toBe(false)
    expect((wrapper.get('#created-secret').element as HTMLInputElement).value).toBe(
      's3cr3t-shown-once',
    )
  })

  it('asks for a name before sending, and shows the server’s field message', async () => {
    const { calls } = mockFetch([
      listRoute(() => []),
      {
        method: 'POST',
        url: '/api/connectors',
        respond: () =>
          problem(400, {
            title: 'Bad Request',
            errors: [{ field: 'name', message: 'size must be between 0 and 100' }],
          }),
      },
    ])
    const wrapper = await mountConnectors()

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#connector-name-error').text()).toBe('Give the connector a name.')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    await wrapper.get('#connector-name').setValue('x'.repeat(101))
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#connector-name-error').text()).toBe('size must be between 0 and 100')
    expect(wrapper.find('.secret-once').exists()).toBe(false)
  })
})

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { stubXhrOverFetch } from '@/test/fetchXhr'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import ShadowImportView from './ShadowImportView.vue'

const CSV =
  'name,provider,ownerTeam,dataClassification,firstLiveAt,discoveredAt,discoveredBy,discoveryMethod\n' +
  'billing-app,Heroku,new-app,CUSTOMER_PII,2025-01-01T00:00:00Z,2025-12-01T00:00:00Z,operations,BILLING_AUDIT\n'

const teams = {
  method: 'GET',
  url: /^\/api\/teams\?/,
  respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
}

async function mountImport() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/shadow-systems/import')
  const wrapper = mount(ShadowImportView, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountImport>>, text: string) {
  const input = wrapper.get('#import-file')
  const file = new File([text], 'systems.csv', { type: 'text/csv' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

beforeEach(() => {
  useAuthStore().setMe(admin)
  // Imports go through XMLHttpRequest (upload progress); this one sends through mockFetch.
  stubXhrOverFetch()
})
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('ShadowImportView', () => {
  it('posts the file as text/csv and shows the per-row report', async () => {
    const { calls } = mockFetch([
      teams,
      {
        method: 'POST',
        url: '/api/shadow-systems/import',
        respond: () =>
          json(200, {
            created: 2,
            updated: 0,
            unchanged: 1,
            rejected: 1,
            errors: [{ row: 4, field: 'dataClassification', problem: 'must be one of NONE, …' }],
          }),
      },
    ])
    const wrapper = await mountImport()

    await chooseFile(wrapper, CSV)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.headers['Content-Type']).toBe('text/csv')
    expect(post.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(post.body).toBe(CSV)

    const counts = Object.fromEntries(
      wrapper.findAll('.counts > div').map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    expect(counts).toEqual({ Created: '2', Updated: '0', Unchanged: '1', Rejected: '1' })
    const rows = wrapper
      .get('section[aria-labelledby="report-heading"]')
      .findAll('tbody tr')
      .map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([['4', 'dataClassification', 'must be one of NONE, …']])
  })

  it('lists the columns, which are required and the allowed values, and offers a template', async () => {
    mockFetch([teams])
    const wrapper = await mountImport()

    const columns = Object.fromEntries(
      wrapper
        .get('.import-guide')
        .findAll('tbody tr')
        .map((r) => [r.get('th').text(), r.findAll('td').map((td) => td.text())]),
    )
    expect(Object.keys(columns)).toEqual([
      'name',
      'provider',
      'url',
      'ownerTeam',
      'purpose',
      'dataClassification',
      'firstLiveAt',
      'evidence',
      'discoveredAt',
      'discoveredBy',
      'discoveryMethod',
      'status',
      'motivatedBy',
    ])
    const required = Object.entries(columns)
      .filter(([, cells]) => cells[0] === 'Required')
      .map(([name]) => name)
    expect(required).toEqual([
      'name',
      'provider',
      'ownerTeam',
      'dataClassification',
      'firstLiveAt',
      'discoveredAt',
      'discoveredBy',
      'discoveryMethod',
    ])
    expect(columns.dataClassification![1]).toContain('CUSTOMER_PII (Customer PII)')
    expect(columns.discoveryMethod![1]).toContain('SELF_REPORTED (Self-reported)')
    expect(columns.status![1]).toContain('DECOMMISSIONED')
    const template = wrapper.findAll('a').find((a) => a.text() === 'Download a CSV template')!
    expect(template.attributes('download')).toBe('shadow-systems-template.csv')
    expect(template.attributes('href')).toMatch(/^blob:/)
  })

  it('shows how much of the file has been sent while it imports', async () => {
    let answer!: (r: Response) => void
    mockFetch([
      teams,
      {
        method: 'POST',
        url: '/api/shadow-systems/import',
        respond: () => new Promise<Response>((resolve) => (answer = resolve)),
      },
    ])
    const wrapper = await mountImport()

    await chooseFile(wrapper, CSV)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const progress = wrapper.get('.import-progress')
    expect(progress.text()).toContain('Sent the file; the server is importing it…')
    const bar = progress.get('progress')
    expect(bar.attributes('value')).toBe(String(new TextEncoder().encode(CSV).length))
    expect(wrapper.get('button[type="submit"]').text()).toBe('Importing…')

    answer(json(200, { created: 1, updated: 0, unchanged: 0, rejected: 0, errors: [] }))
    await flushPromises()
    expect(wrapper.find('.import-progress').exists()).toBe(false)
    expect(wrapper.text()).toContain('Every row was accepted.')
  })

  it('asks for a file before uploading', async () => {
    const { calls } = mockFetch([teams])
    const wrapper = await mountImport()

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    expect(wrapper.get('#import-file-error').text()).toBe('Choose a CSV file first.')
    expect(wrapper.get('#import-file').attributes('aria-invalid')).toBe('true')
  })
})

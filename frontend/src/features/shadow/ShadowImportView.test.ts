import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch } from '@/test/mockFetch'
import ShadowImportView from './ShadowImportView.vue'

const CSV =
  'name,provider,ownerTeam,dataClassification,firstLiveAt,discoveredAt,discoveredBy,discoveryMethod\n' +
  'billing-app,Heroku,new-app,CUSTOMER_PII,2025-01-01T00:00:00Z,2025-12-01T00:00:00Z,operations,BILLING_AUDIT\n'

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

beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('ShadowImportView', () => {
  it('posts the file as text/csv and shows the per-row report', async () => {
    const { calls } = mockFetch([
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

    const post = calls[0]!
    expect(post.headers['Content-Type']).toBe('text/csv')
    expect(post.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(post.body).toBe(CSV)

    const counts = Object.fromEntries(
      wrapper.findAll('.counts > div').map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    expect(counts).toEqual({ Created: '2', Updated: '0', Unchanged: '1', Rejected: '1' })
    const rows = wrapper.findAll('tbody tr').map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([['4', 'dataClassification', 'must be one of NONE, …']])
  })

  it('asks for a file before uploading', async () => {
    const { calls } = mockFetch([])
    const wrapper = await mountImport()

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(calls).toHaveLength(0)
    expect(wrapper.get('#import-file-error').text()).toBe('Choose a CSV file first.')
    expect(wrapper.get('#import-file').attributes('aria-invalid')).toBe('true')
  })
})

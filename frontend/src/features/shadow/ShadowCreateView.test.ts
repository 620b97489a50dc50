import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import ShadowCreateView from './ShadowCreateView.vue'

const REQUIRED = [
  ['sh-name', 'Enter the system’s name.'],
  ['sh-provider', 'Enter where it runs (the provider).'],
  ['sh-ownerTeam', 'Choose the owner team.'],
  ['sh-dataClassification', 'Choose the data classification.'],
  ['sh-firstLiveAt', 'Enter when it first went live (UTC).'],
  ['sh-discoveredAt', 'Enter when it was discovered (UTC).'],
  ['sh-discoveredBy', 'Choose the team that discovered it.'],
  ['sh-discoveryMethod', 'Choose how it was discovered.'],
] as const

const teams = {
  method: 'GET',
  url: /^\/api\/teams\?/,
  respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
}

async function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/shadow-systems/new')
  const wrapper = mount(ShadowCreateView, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountView>>

function shownErrors(wrapper: Wrapper) {
  return wrapper.findAll('.field-error').map((e) => [e.attributes('id'), e.text()])
}

async function fillValid(wrapper: Wrapper) {
  await wrapper.get('#sh-name').setValue('billing-reports')
  await wrapper.get('#sh-provider').setValue('Heroku')
  await wrapper.get('#sh-ownerTeam').setValue('product-dev')
  await wrapper.get('#sh-dataClassification').setValue('INTERNAL')
  await wrapper.get('#sh-firstLiveAt').setValue('2025-01-15T00:00')
  await wrapper.get('#sh-discoveredAt').setValue('2025-06-01T09:00')
  await wrapper.get('#sh-discoveredBy').setValue('operations')
  await wrapper.get('#sh-discoveryMethod').setValue('BILLING_AUDIT')
}

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('registering a shadow system', () => {
  it('flags every required field at once when the form is sent empty, and sends nothing', async () => {
    const { calls } = mockFetch([teams])
    const wrapper = await mountView()

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    expect(shownErrors(wrapper)).toEqual(REQUIRED.map(([id, message]) => [`${id}-error`, message]))
    for (const [id] of REQUIRED) {
      expect(wrapper.get(`#${id}`).attributes('aria-invalid')).toBe('true')
    }
    // Optional fields are not flagged.
    expect(wrapper.get('#sh-url').attributes('aria-invalid')).toBeUndefined()
  })

  it('shows every field error of the server’s one 400, and lists problems naming no field', async () => {
    mockFetch([
      teams,
      {
        method: 'POST',
        url: '/api/shadow-systems',
        respond: () =>
          problem(400, {
            title: 'Invalid request',
            detail: '4 fields are invalid.',
            errors: [
              { field: 'name', message: 'must be at most 200 characters' },
              { field: 'ownerTeam', message: "unknown team 'product-dev'" },
              { field: 'discoveredAt', message: 'must not be before firstLiveAt' },
              { field: 'version', message: 'is required' },
            ],
          }),
      },
    ])
    const wrapper = await mountView()

    await fillValid(wrapper)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(shownErrors(wrapper)).toEqual([
      ['sh-name-error', 'must be at most 200 characters'],
      ['sh-ownerTeam-error', "unknown team 'product-dev'"],
      ['sh-discoveredAt-error', 'must not be before firstLiveAt'],
    ])
    expect(wrapper.get('[role="alert"]').text()).toContain('version: is required')

    // A newer attempt refused by the browser hides the server's stale answer.
    await wrapper.get('#sh-provider').setValue('')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(shownErrors(wrapper)).toEqual([
      ['sh-provider-error', 'Enter where it runs (the provider).'],
    ])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})

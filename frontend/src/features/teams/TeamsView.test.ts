import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import type { TeamView } from '@/api/types'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import TeamsView from './TeamsView.vue'

const LIST_URL = '/api/teams?page=0&size=50'

function team(slug: string, name: string, kind: TeamView['kind'] = 'DEV'): TeamView {
  return { slug, name, kind, version: 0, createdAt: '2026-11-26T14:02:00Z' }
}

const existing = [team('dev-web', 'Web Developers'), team('ops-core', 'Core Ops', 'OPS')]

async function mountTeams() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  const wrapper = mount(TeamsView, { global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountTeams>>, slug: string) {
  await wrapper.get('#team-slug').setValue(slug)
  await wrapper.get('#team-name').setValue('Platform SRE')
  await wrapper.get('#team-kind').setValue('OPS')
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

beforeEach(() => {
  useAuthStore().setMe(admin)
})

afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
})

describe('TeamsView', () => {
  it('renders the teams from the API', async () => {
    const { calls } = mockFetch([
      {
        method: 'GET',
        url: LIST_URL,
        respond: () => json(200, { items: existing, page: 0, size: 50, total: 2 }),
      },
    ])

    const wrapper = await mountTeams()

    expect(calls).toHaveLength(1)
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map((r) => r.findAll('td').map((td) => td.text()))).toEqual([
      ['dev-web', 'Web Developers', 'Development'],
      ['ops-core', 'Core Ops', 'Operations'],
    ])
    expect(rows[0]?.get('a').attributes('href')).toBe('/teams/dev-web')
  })

  it('shows the server message under the slug input for a 400 naming slug', async () => {
    mockFetch([
      {
        method: 'GET',
        url: LIST_URL,
        respond: () => json(200, { items: existing, page: 0, size: 50, total: 2 }),
      },
      {
        method: 'POST',
        url: '/api/teams',
        respond: () =>
          problem(400, {
            title: 'Bad Request',
            detail: 'Invalid team',
            errors: [{ field: 'slug', message: 'must match [a-z0-9-]{2,40}' }],
          }),
      },
    ])
    const wrapper = await mountTeams()

    await fillAndSubmit(wrapper, 'Bad Slug!')

    const slugInput = wrapper.get('#team-slug')
    expect(slugInput.attributes('aria-invalid')).toBe('true')
    const error = wrapper.get('#team-slug-error')
    expect(error.text()).toBe('must match [a-z0-9-]{2,40}')
    expect(slugInput.attributes('aria-describedby')).toContain('team-slug-error')
    expect(wrapper.find('#team-name-error').exists()).toBe(false)
    // The detail is not repeated at the top when a field carries the message.
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.findAll('tbody tr')).toHaveLength(2)
  })

  it('shows the problem detail at the form top when no field matches', async () => {
    mockFetch([
      {
        method: 'GET',
        url: LIST_URL,
        respond: () => json(200, { items: existing, page: 0, size: 50, total: 2 }),
      },
      {
        method: 'POST',
        url: '/api/teams',
        respond: () =>
          problem(409, { title: 'Conflict', detail: 'A team with slug dev-web already exists' }),
      },
    ])
    const wrapper = await mountTeams()

    await fillAndSubmit(wrapper, 'dev-web')

    expect(wrapper.get('[role="alert"]').text()).toContain(
      'A team with slug dev-web already exists',
    )
  })

  it('adds the created team to the list without reloading it', async () => {
    const created = team('platform-sre', 'Platform SRE', 'OPS')
    const { calls } = mockFetch([
      {
        method: 'GET',
        url: LIST_URL,
        respond: () => json(200, { items: existing, page: 0, size: 50, total: 2 }),
      },
      { method: 'POST', url: '/api/teams', respond: () => json(201, created) },
    ])
    const wrapper = await mountTeams()

    await fillAndSubmit(wrapper, 'platform-sre')

    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toEqual({ slug: 'platform-sre', name: 'Platform SRE', kind: 'OPS' })
    expect(post?.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(calls.filter((c) => c.method === 'GET')).toHaveLength(1)
    const slugs = wrapper.findAll('tbody tr').map((r) => r.get('td').text())
    expect(slugs).toEqual(['dev-web', 'ops-core', 'platform-sre'])
    expect((wrapper.get('#team-slug').element as HTMLInputElement).value).toBe('')
  })

  it('disables the submit button while saving', async () => {
    let finish: (r: Response) => void = () => {}
    mockFetch([
      {
        method: 'GET',
        url: LIST_URL,
        respond: () => json(200, { items: [], page: 0, size: 50, total: 0 }),
      },
      { method: 'POST', url: '/api/teams', respond: () => new Promise((r) => (finish = r)) },
    ])
    const wrapper = await mountTeams()

    await fillAndSubmit(wrapper, 'platform-sre')
    const button = wrapper.get('button[type="submit"]')
    expect(button.attributes('disabled')).toBeDefined()

    finish(json(201, team('platform-sre', 'Platform SRE', 'OPS')))
    await flushPromises()
    expect(button.attributes('disabled')).toBeUndefined()
  })

  it('hides the add form from viewers', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    mockFetch([
      {
        method: 'GET',
        url: LIST_URL,
        respond: () => json(200, { items: existing, page: 0, size: 50, total: 2 }),
      },
    ])

    const wrapper = await mountTeams()

    expect(wrapper.find('form').exists()).toBe(false)
  })
})

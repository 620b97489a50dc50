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

  it('shows the created team where the server puts it, by reloading the page', async () => {
    const created = team('platform-sre', 'Platform SRE', 'OPS')
    let stored = existing
    const { calls } = mockFetch([
      {
        method: 'GET',
        url: LIST_URL,
        respond: () => json(200, { items: stored, page: 0, size: 50, total: stored.length }),
      },
      {
        method: 'POST',
        url: '/api/teams',
        respond: () => {
          // In the server's order by name: Core Ops, Platform SRE, Web Developers.
          stored = [existing[1]!, created, existing[0]!]
          return json(201, created)
        },
      },
    ])
    const wrapper = await mountTeams()

    await fillAndSubmit(wrapper, 'platform-sre')

    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toEqual({ slug: 'platform-sre', name: 'Platform SRE', kind: 'OPS' })
    expect(post?.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2)
    const slugs = wrapper.findAll('tbody tr').map((r) => r.get('td').text())
    expect(slugs).toEqual(['ops-core', 'platform-sre', 'dev-web'])
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

  it('sorts on the server from the column headers and keeps sort and page in the URL', async () => {
    const { calls } = mockFetch([
      {
        method: 'GET',
        url: /^\/api\/teams\?/,
        respond: () => json(200, { items: existing, page: 0, size: 50, total: 120 }),
      },
    ])
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/teams')
    const wrapper = mount(TeamsView, { global: { plugins: [router] } })
    await flushPromises()
    const header = (label: string) =>
      wrapper.findAll('th').find((th) => th.text().startsWith(label))!
    const lastUrl = () => calls.filter((c) => c.method === 'GET').at(-1)?.url
    const click = async (label: string) => {
      await header(label).get('button').trigger('click')
      await flushPromises()
    }

    expect(lastUrl()).toBe(LIST_URL)
    expect(header('Name').attributes('aria-sort')).toBe('ascending')
    expect(header('Slug').attributes('aria-sort')).toBeUndefined()

    await click('Slug')
    expect(router.currentRoute.value.query).toEqual({ sort: 'slug,asc' })
    expect(lastUrl()).toBe('/api/teams?page=0&sort=slug%2Casc&size=50')
    expect(header('Slug').attributes('aria-sort')).toBe('ascending')
    expect(header('Name').attributes('aria-sort')).toBeUndefined()

    await click('Slug')
    expect(router.currentRoute.value.query).toEqual({ sort: 'slug,desc' })
    expect(header('Slug').attributes('aria-sort')).toBe('descending')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Next')!
      .trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ sort: 'slug,desc', page: '1' })
    expect(lastUrl()).toBe('/api/teams?page=1&sort=slug%2Cdesc&size=50')

    // Another column starts over at the first page.
    await click('Kind')
    expect(router.currentRoute.value.query).toEqual({ sort: 'kind,asc' })
    expect(lastUrl()).toBe('/api/teams?page=0&sort=kind%2Casc&size=50')

    // The back button brings the previous order and page back.
    router.back()
    await new Promise((resolve) => setTimeout(resolve))
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ sort: 'slug,desc', page: '1' })
    expect(lastUrl()).toBe('/api/teams?page=1&sort=slug%2Cdesc&size=50')
    expect(header('Slug').attributes('aria-sort')).toBe('descending')
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

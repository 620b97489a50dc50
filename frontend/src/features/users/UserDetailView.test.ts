import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { UserView } from '@/api/types'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import UserDetailView from './UserDetailView.vue'

type Route = Parameters<typeof mockFetch>[0][number]

function aUser(overrides: Partial<UserView> = {}): UserView {
  return {
    login: 'daryl',
    displayName: 'Daryl Ops',
    role: 'MEMBER',
    teams: ['operations'],
    version: 3,
    createdAt: '2026-01-05T08:00:00Z',
    active: true,
    ...overrides,
  }
}

function routesFor(user: () => UserView, extra: Route[] = []): Route[] {
  return [
    { method: 'GET', url: '/api/users/daryl', respond: () => json(200, user()) },
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
    },
    {
      method: 'GET',
      url: /^\/api\/audit\?/,
      respond: () => json(200, { items: [], page: 0, size: 50, total: 0 }),
    },
    ...extra,
  ]
}

async function mountUser(login = 'daryl') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(`/users/${login}`)
  const wrapper = mount(UserDetailView, {
    props: { login },
    global: { plugins: [router] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountUser>>

function button(wrapper: Wrapper, text: string) {
  return wrapper.findAll('button').find((b) => b.text() === text)
}
function statusSection(wrapper: Wrapper) {
  return wrapper.get('section[aria-labelledby="user-status-heading"]')
}

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('UserDetailView status', () => {
  it('deactivates after a confirm step that says sessions and API tokens end', async () => {
    let user = aUser()
    const { calls } = mockFetch(
      routesFor(
        () => user,
        [
          {
            method: 'PUT',
            url: '/api/users/daryl',
            respond: () => {
              user = aUser({ active: false, version: 4 })
              return json(200, user)
            },
          },
        ],
      ),
    )
    const wrapper = await mountUser()
    expect(statusSection(wrapper).text()).toContain('Active')

    await button(wrapper, 'Deactivate…')!.trigger('click')
    // Nothing is sent before the confirmation.
    expect(calls.some((c) => c.method === 'PUT')).toBe(false)
    const confirmation = statusSection(wrapper).get('[role="group"]').text()
    expect(confirmation).toContain('Deactivate Daryl Ops?')
    expect(confirmation).toContain('every session ends')
    expect(confirmation).toContain('every API token they own is revoked')
    expect(document.activeElement?.textContent?.trim()).toBe('Deactivate daryl')

    await button(wrapper, 'Deactivate daryl')!.trigger('click')
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.body).toEqual({
      displayName: 'Daryl Ops',
      role: 'MEMBER',
      teams: ['operations'],
      version: 3,
      active: false,
    })
    expect(wrapper.get('.alert-success').text()).toContain(
      'their sessions ended and their API tokens were revoked',
    )
    expect(wrapper.get('p.muted').text()).toContain('Deactivated')
    expect(button(wrapper, 'Reactivate…')).toBeDefined()
  })

  it('reactivates a deactivated user, saying revoked tokens stay revoked', async () => {
    let user = aUser({ active: false })
    const { calls } = mockFetch(
      routesFor(
        () => user,
        [
          {
            method: 'PUT',
            url: '/api/users/daryl',
            respond: () => {
              user = aUser({ active: true, version: 4 })
              return json(200, user)
            },
          },
        ],
      ),
    )
    const wrapper = await mountUser()

    await button(wrapper, 'Reactivate…')!.trigger('click')
    expect(statusSection(wrapper).get('[role="group"]').text()).toContain(
      'API tokens revoked on deactivation stay revoked',
    )
    await button(wrapper, 'Reactivate daryl')!.trigger('click')
    await flushPromises()

    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ active: true })
    expect(button(wrapper, 'Deactivate…')).toBeDefined()
  })

  it('cancels without sending anything', async () => {
    const { calls } = mockFetch(routesFor(() => aUser()))
    const wrapper = await mountUser()

    await button(wrapper, 'Deactivate…')!.trigger('click')
    await button(wrapper, 'Cancel')!.trigger('click')
    await flushPromises()

    expect(calls.some((c) => c.method === 'PUT')).toBe(false)
    expect(statusSection(wrapper).find('[role="group"]').exists()).toBe(false)
  })

  it('shows why the server refused (the last active administrator)', async () => {
    mockFetch(
      routesFor(
        () => aUser({ role: 'ADMIN' }),
        [
          {
            method: 'PUT',
            url: '/api/users/daryl',
            respond: () =>
              problem(400, {
                title: 'Invalid request',
                detail: 'active: the last active administrator must stay an active administrator',
                errors: [
                  {
                    field: 'active',
                    message: 'the last active administrator must stay an active administrator',
                  },
                ],
              }),
          },
        ],
      ),
    )
    const wrapper = await mountUser()

    await button(wrapper, 'Deactivate…')!.trigger('click')
    await button(wrapper, 'Deactivate daryl')!.trigger('click')
    await flushPromises()

    expect(statusSection(wrapper).get('[role="alert"]').text()).toContain(
      'the last active administrator must stay an active administrator',
    )
    expect(statusSection(wrapper).text()).toContain('Active')
  })

  it('does not offer to deactivate your own account', async () => {
    useAuthStore().setMe({ ...admin, login: 'daryl' })
    mockFetch(routesFor(() => aUser()))
    const wrapper = await mountUser()

    const deactivate = button(wrapper, 'Deactivate…')!
    expect(deactivate.attributes('disabled')).toBeDefined()
    expect(wrapper.get(`#${deactivate.attributes('aria-describedby')}`).text()).toBe(
      'You cannot deactivate your own account.',
    )
  })
})

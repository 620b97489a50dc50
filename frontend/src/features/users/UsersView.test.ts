import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { UserView } from '@/api/types'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import UsersView from './UsersView.vue'

const USERS: UserView[] = [
  {
    login: 'daryl',
    displayName: 'Daryl Ops',
    role: 'MEMBER',
    teams: ['operations'],
    version: 1,
    createdAt: '2026-01-05T08:00:00Z',
    active: true,
  },
  {
    login: 'gone',
    displayName: 'Former Member',
    role: 'VIEWER',
    teams: [],
    version: 2,
    createdAt: '2026-01-06T08:00:00Z',
    active: false,
  },
]

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('UsersView', () => {
  it('marks deactivated users in words', async () => {
    mockFetch([
      {
        method: 'GET',
        url: /^\/api\/users\?/,
        respond: () => json(200, { items: USERS, page: 0, size: 50, total: 2 }),
      },
      {
        method: 'GET',
        url: /^\/api\/teams\?/,
        respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
      },
    ])
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/users')
    const wrapper = mount(UsersView, { global: { plugins: [router] } })
    await flushPromises()

    const rows = wrapper.findAll('tbody tr')
    expect(rows[0]!.findAll('td').at(-1)!.text()).toBe('Active')
    expect(rows[1]!.findAll('td').at(-1)!.text()).toBe('Deactivated')
    expect(rows[1]!.classes()).toContain('deactivated')
    expect(rows[0]!.classes()).not.toContain('deactivated')
  })
})

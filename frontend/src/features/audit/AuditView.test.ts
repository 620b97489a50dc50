import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { AuditEntityType, AuditEntry } from '@/api/types'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch } from '@/test/mockFetch'
import AuditView from './AuditView.vue'

const TYPES: AuditEntityType[] = [
  { slug: 'incident', label: 'Incident', adminOnly: false },
  { slug: 'timeline-entry', label: 'Timeline entry', adminOnly: false },
  { slug: 'postmortem', label: 'Postmortem', adminOnly: false },
  { slug: 'request', label: 'Request', adminOnly: false },
  { slug: 'user', label: 'User', adminOnly: true },
]

function anEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    at: '2026-03-02T09:30:12.123456Z',
    actor: 'daryl',
    actorKind: 'USER',
    action: 'UPDATE',
    entityType: 'incident',
    entityId: '3',
    changes: [],
    parentType: null,
    parentId: null,
    ...overrides,
  }
}

const ENTRIES: AuditEntry[] = [
  anEntry({
    id: 3,
    entityType: 'timeline-entry',
    entityId: '12',
    parentType: 'incident',
    parentId: '3',
    changes: [
      { field: 'occurredAt', oldValue: '2026-03-01T08:00:00Z', newValue: '2026-03-01T08:15:00Z' },
      { field: 'note', oldValue: null, newValue: 'Paged the on-call' },
    ],
  }),
  anEntry({
    id: 2,
    entityType: 'postmortem',
    entityId: '3',
    parentType: 'incident',
    parentId: '3',
  }),
  anEntry({
    id: 1,
    action: 'CREATE',
    entityType: 'request',
    entityId: '9',
    changes: [{ field: 'title', oldValue: null, newValue: 'Production logs' }],
  }),
]

const AUDIT = /^\/api\/audit\?/

function routesFor() {
  return [
    { method: 'GET', url: '/api/audit/entity-types', respond: () => json(200, TYPES) },
    {
      method: 'GET',
      url: AUDIT,
      respond: () => json(200, { items: ENTRIES, page: 0, size: 50, total: 3 }),
    },
  ]
}

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(AuditView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

function selectValue(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], id: string) {
  return (wrapper.get(id).element as HTMLSelectElement).value
}

enableAutoUnmount(afterEach)
beforeEach(() => useAuthStore().setMe(admin))
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('AuditView', () => {
  it('reads every filter and the page from the URL and asks the server for them', async () => {
    const { calls } = mockFetch(routesFor())
    const { wrapper } = await mountAt(
      '/audit?entityType=incident&entityId=3&actor=daryl&action=UPDATE&from=2026-03-01&to=2026-03-02&page=2',
    )

    const url = new URL(calls.filter((c) => AUDIT.test(c.url)).at(-1)!.url, 'http://x')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      entityType: 'incident',
      entityId: '3',
      actor: 'daryl',
      action: 'UPDATE',
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-03T00:00:00Z',
      page: '2',
      size: '50',
    })
    expect(selectValue(wrapper, '#audit-entity-type')).toBe('incident')
    expect(selectValue(wrapper, '#audit-action')).toBe('UPDATE')
    expect((wrapper.get('#audit-actor').element as HTMLInputElement).value).toBe('daryl')
  })

  it('offers the server’s entity types by label and the actions in words', async () => {
    mockFetch(routesFor())
    const { wrapper } = await mountAt('/audit')

    const types = wrapper
      .findAll('#audit-entity-type option')
      .map((o) => [o.attributes('value'), o.text()])
    expect(types).toEqual([
      ['', 'Any'],
      ['incident', 'Incident'],
      ['timeline-entry', 'Timeline entry'],
      ['postmortem', 'Postmortem'],
      ['request', 'Request'],
      ['user', 'User'],
    ])
    const actions = wrapper.findAll('#audit-action option').map((o) => o.text())
    expect(actions).toContain('Created')
    expect(actions).toContain('Password changed')
  })

  it('puts applied filters in the URL, and the back button brings the previous ones back', async () => {
    const { calls } = mockFetch(routesFor())
    const { wrapper, router } = await mountAt('/audit?actor=lee')

    await wrapper.get('#audit-entity-type').setValue('request')
    await wrapper.get('#audit-action').setValue('CREATE')
    await wrapper.get('#audit-actor').setValue('daryl')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({
      entityType: 'request',
      actor: 'daryl',
      action: 'CREATE',
    })
    expect(calls.filter((c) => AUDIT.test(c.url)).at(-1)!.url).toBe(
      '/api/audit?entityType=request&actor=daryl&action=CREATE&page=0&size=50',
    )

    router.back()
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ actor: 'lee' }))
    await flushPromises()
    expect(selectValue(wrapper, '#audit-entity-type')).toBe('')
    expect(selectValue(wrapper, '#audit-action')).toBe('')
    expect((wrapper.get('#audit-actor').element as HTMLInputElement).value).toBe('lee')
    expect(calls.filter((c) => AUDIT.test(c.url)).at(-1)!.url).toBe(
      '/api/audit?actor=lee&page=0&size=50',
    )
  })

  it('shows readable changes, times without fractions and links each entry to its record', async () => {
    mockFetch(routesFor())
    const { wrapper } = await mountAt('/audit')

    const rows = wrapper.findAll('tbody tr')
    const first = rows[0]!
    expect(first.get('time').text()).toBe('2 Mar 2026, 09:30')
    expect(first.get('time').attributes('datetime')).toBe('2026-03-02T09:30:12Z')
    expect(first.findAll('.change').map((c) => c.text())).toEqual([
      'Occurred at: from 1 Mar 2026, 08:00 → to 1 Mar 2026, 08:15',
      'Note: from — → to Paged the on-call',
    ])
    const link = (i: number) => rows[i]!.findAll('td')[3]!.get('a')
    expect(link(0).text()).toBe('Timeline entry 12 (incident 3)')
    expect(link(0).attributes('href')).toBe('/incidents/3')
    expect(link(1).text()).toBe('Postmortem of incident 3')
    expect(link(1).attributes('href')).toBe('/incidents/3/postmortem')
    expect(link(2).attributes('href')).toBe('/requests/9')
    expect(rows[2]!.findAll('td')[2]!.text()).toBe('Created')
    // A created record's fields without the empty old values.
    expect(rows[2]!.get('.change').text()).toBe('Title: Production logs')
  })
})

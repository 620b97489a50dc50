import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { AuditEntry } from '@/api/types'
import { json, mockFetch } from '@/test/mockFetch'
import HistoryPanel from './HistoryPanel.vue'

function anEntry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: 1,
    at: '2026-03-27T08:15:00Z',
    actor: 'larry',
    actorKind: 'USER',
    action: 'UPDATE',
    entityType: 'incident',
    entityId: '7',
    changes: [],
    parentType: null,
    parentId: null,
    ...overrides,
  }
}

const ENTRIES = [
  anEntry({
    id: 5,
    entityType: 'timeline-entry',
    entityId: '12',
    parentType: 'incident',
    parentId: '7',
    changes: [{ field: 'text', oldValue: 'Alert fired', newValue: 'Pager fired' }],
  }),
  anEntry({
    id: 4,
    action: 'DELETE',
    entityType: 'action-item',
    // The same number as its incident's: still named by it.
    entityId: '7',
    parentType: 'incident',
    parentId: '7',
  }),
  // A postmortem is its incident's: it shares the incident's id.
  anEntry({
    id: 3,
    entityType: 'postmortem',
    entityId: '7',
    parentType: 'incident',
    parentId: '7',
  }),
  anEntry({ id: 2, changes: [{ field: 'title', oldValue: 'Down', newValue: 'Checkout down' }] }),
]

const TYPES = [
  { slug: 'incident', label: 'Incident', adminOnly: false },
  { slug: 'timeline-entry', label: 'Timeline entry', adminOnly: false },
  { slug: 'action-item', label: 'Action item', adminOnly: false },
  { slug: 'postmortem', label: 'Postmortem', adminOnly: false },
]

async function mountPanel(props: {
  entityType: string
  entityId: string
  includeChildren?: boolean
}) {
  // A page of its own: the panel keeps its page in the URL (`historyPage`).
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/incidents/:id', name: 'incident', component: { render: () => null } }],
  })
  await router.push('/incidents/7')
  const wrapper = mount(HistoryPanel, { props, global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

const lines = (wrapper: Awaited<ReturnType<typeof mountPanel>>) =>
  wrapper.findAll('.history li').map((li) => li.text().replace(/\s+/g, ' '))

afterEach(() => vi.unstubAllGlobals())

describe('HistoryPanel', () => {
  it("with children, asks for them and names each child record's line", async () => {
    const { calls } = mockFetch([
      { method: 'GET', url: /^\/api\/audit\?/, respond: () => json(200, page(ENTRIES)) },
      { method: 'GET', url: '/api/audit/entity-types', respond: () => json(200, TYPES) },
    ])
    const wrapper = await mountPanel({
      entityType: 'incident',
      entityId: '7',
      includeChildren: true,
    })

    expect(calls[0]!.url).toBe(
      '/api/audit?entityType=incident&entityId=7&includeChildren=true&page=0&size=50',
    )
    expect(lines(wrapper)).toEqual([
      '27 Mar 2026, 08:15 · larry · Timeline entry 12 · Updated · Text: Alert fired → Pager fired',
      '27 Mar 2026, 08:15 · larry · Action item 7 · Deleted',
      '27 Mar 2026, 08:15 · larry · Postmortem · Updated',
      '27 Mar 2026, 08:15 · larry · Updated · Title: Down → Checkout down',
    ])
  })

  it('names a kind of record it has no label for after its slug', async () => {
    mockFetch([
      {
        method: 'GET',
        url: /^\/api\/audit\?/,
        respond: () =>
          json(
            200,
            page([anEntry({ entityType: 'timeline-entry', entityId: '9', parentId: '7' })]),
          ),
      },
      { method: 'GET', url: '/api/audit/entity-types', respond: () => json(503, {}) },
    ])
    const wrapper = await mountPanel({
      entityType: 'incident',
      entityId: '7',
      includeChildren: true,
    })

    expect(lines(wrapper)).toEqual(['27 Mar 2026, 08:15 · larry · Timeline entry 9 · Updated'])
  })

  it('shows the start of a long change until asked for all of it', async () => {
    const markdown = `## Summary ${'word '.repeat(100)}`
    mockFetch([
      {
        method: 'GET',
        url: /^\/api\/audit\?/,
        respond: () =>
          json(
            200,
            page([
              anEntry({
                action: 'CREATE',
                entityType: 'postmortem',
                parentType: 'incident',
                parentId: '7',
                changes: [
                  { field: 'markdown', oldValue: null, newValue: markdown },
                  { field: 'publishedAt', oldValue: null, newValue: '2026-03-27T08:15:00Z' },
                ],
              }),
            ]),
          ),
      },
      { method: 'GET', url: '/api/audit/entity-types', respond: () => json(200, TYPES) },
    ])
    const wrapper = await mountPanel({
      entityType: 'incident',
      entityId: '7',
      includeChildren: true,
    })
    const line = () => wrapper.get('.history li')
    // A created record's values alone; instants in the app's format.
    const full = `Markdown: ${markdown}; Published at: 27 Mar 2026, 08:15`

    expect(line().text()).toContain(`${full.slice(0, 300).trimEnd()}…`)
    expect(line().text()).not.toContain(full)
    const more = line().get('button')
    expect(more.text()).toBe('Show all')
    expect(more.attributes('aria-expanded')).toBe('false')

    await more.trigger('click')
    expect(line().text()).toContain(full)
    expect(line().get('button').text()).toBe('Show less')
    expect(line().get('button').attributes('aria-expanded')).toBe('true')
  })

  it('without children, asks for the record alone (as every other page does)', async () => {
    const { calls } = mockFetch([
      {
        method: 'GET',
        url: /^\/api\/audit\?/,
        respond: () =>
          json(
            200,
            page([
              anEntry({
                entityType: 'request',
                entityId: '1',
                changes: [{ field: 'closedAt', oldValue: null, newValue: '2026-03-02T09:30:00Z' }],
              }),
            ]),
          ),
      },
    ])
    const wrapper = await mountPanel({ entityType: 'request', entityId: '1' })

    expect(calls.map((c) => c.url)).toEqual([
      '/api/audit?entityType=request&entityId=1&page=0&size=50',
    ])
    expect(lines(wrapper)).toEqual([
      '27 Mar 2026, 08:15 · larry · Updated · Closed at: — → 2 Mar 2026, 09:30',
    ])
  })
})

function page<T>(items: T[]) {
  return { items, page: 0, size: 50, total: items.length }
}

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { setCsrfToken } from '@/api/http'
import type { PostmortemView as Postmortem } from '@/api/incidentTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { admin, json, mockFetch, problem, type FetchCall } from '@/test/mockFetch'
import { anIncident } from './testFixtures'
import PostmortemView from './PostmortemView.vue'

const BLAMING = '# Cache incident\n\nThe root cause was human error: Bob failed to clear the cache.'
const FIXED = '# Cache incident\n\nA cache value was not cleared between requests.'

function aPostmortem(overrides: Partial<Postmortem> = {}): Postmortem {
  return {
    incidentId: 7,
    markdown: BLAMING,
    html: '<h1>Cache incident</h1><p>The root cause was human error…</p>',
    status: 'DRAFT',
    version: 2,
    updatedAt: '2026-03-26T10:00:00Z',
    updatedBy: 'admin',
    ...overrides,
  }
}

const finding = {
  line: 3,
  column: 20,
  phrase: 'human error',
  reason: 'Names people as the cause instead of the system that let it happen.',
  suggestion: 'Describe what in the system allowed the mistake.',
}

function routesFor(postmortem: Postmortem, save?: (call: FetchCall) => Response) {
  return [
    { method: 'GET', url: '/api/incidents/7', respond: () => json(200, anIncident()) },
    { method: 'GET', url: '/api/incidents/7/postmortem', respond: () => json(200, postmortem) },
    {
      method: 'POST',
      url: '/api/postmortems/check',
      respond: (call: FetchCall) =>
        json(200, {
          findings: (call.body as { markdown: string }).markdown.includes('human error')
            ? [finding]
            : [],
        }),
    },
    {
      method: 'POST',
      url: '/api/postmortems/preview',
      respond: (call: FetchCall) =>
        json(200, {
          html: `<p>preview of ${(call.body as { markdown: string }).markdown.length}</p>`,
        }),
    },
    ...(save ? [{ method: 'PUT', url: '/api/incidents/7/postmortem', respond: save }] : []),
  ]
}

async function mountEditor() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/incidents/7/postmortem')
  const wrapper = mount(PostmortemView, {
    props: { id: '7' },
    global: { plugins: [router] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  useAuthStore().setMe(admin)
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
  setCsrfToken(null)
  document.body.innerHTML = ''
})

describe('PostmortemView', () => {
  it('lists the findings of the check and moves the caret to one when clicked', async () => {
    const { calls } = mockFetch(routesFor(aPostmortem()))
    const wrapper = await mountEditor()

    expect(calls.filter((c) => c.url === '/api/postmortems/check')).toHaveLength(1)
    const items = wrapper.findAll('.finding-list li')
    expect(items).toHaveLength(1)
    expect(items[0]?.text()).toContain('Line 3:20 — “human error”')
    expect(items[0]?.text()).toContain(finding.reason)
    expect(items[0]?.text()).toContain(`Try: ${finding.suggestion}`)
    expect(wrapper.get('#findings-summary').text()).toContain('does not block saving')

    await items[0]!.get('button').trigger('click')
    const textarea = wrapper.get('#postmortem-markdown').element as HTMLTextAreaElement
    expect(document.activeElement).toBe(textarea)
    expect(textarea.selectionStart).toBe(BLAMING.indexOf('human error'))
    expect(textarea.selectionEnd).toBe(BLAMING.indexOf('human error') + 'human error'.length)
    wrapper.unmount()
  })

  it('re-checks and re-previews once typing pauses, and clears fixed findings', async () => {
    const { calls } = mockFetch(routesFor(aPostmortem()))
    const wrapper = await mountEditor()
    vi.advanceTimersByTime(500)
    await flushPromises()
    const before = calls.length

    await wrapper.get('#postmortem-markdown').setValue(FIXED.slice(0, 20))
    vi.advanceTimersByTime(200)
    await wrapper.get('#postmortem-markdown').setValue(FIXED)
    vi.advanceTimersByTime(399)
    await flushPromises()
    expect(calls.length).toBe(before)

    vi.advanceTimersByTime(1)
    await flushPromises()
    const sent = calls.slice(before)
    expect(sent.map((c) => c.url).sort()).toEqual([
      '/api/postmortems/check',
      '/api/postmortems/preview',
    ])
    expect(sent.every((c) => (c.body as { markdown: string }).markdown === FIXED)).toBe(true)
    expect(wrapper.findAll('.finding-list li')).toHaveLength(0)
    expect(wrapper.get('#findings-summary').text()).toBe('No blaming language found.')
    expect(wrapper.get('.preview-body').html()).toContain(`preview of ${FIXED.length}`)
    wrapper.unmount()
  })

  it('saves with the version it was read at, findings or not', async () => {
    const { calls } = mockFetch(
      routesFor(aPostmortem(), (call) =>
        json(
          200,
          aPostmortem({ ...(call.body as object), version: 3, html: '<h1>Cache incident</h1>' }),
        ),
      ),
    )
    const wrapper = await mountEditor()

    await wrapper.get('#postmortem-status').setValue('PUBLISHED')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT')
    expect(put?.body).toEqual({ markdown: BLAMING, status: 'PUBLISHED', version: 2 })
    expect(put?.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(wrapper.get('[role="status"].alert-success').text()).toContain('version 3')
    wrapper.unmount()
  })

  it('sends version null for the first save', async () => {
    const { calls } = mockFetch(
      routesFor(aPostmortem({ version: null, updatedAt: null, updatedBy: null }), () =>
        json(200, aPostmortem({ version: 0 })),
      ),
    )
    const wrapper = await mountEditor()
    expect(wrapper.text()).toContain('Not saved yet')

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect((calls.find((c) => c.method === 'PUT')?.body as { version: unknown }).version).toBeNull()
    wrapper.unmount()
  })

  it('explains a 409 and keeps the text', async () => {
    mockFetch(routesFor(aPostmortem(), () => problem(409, { title: 'Conflict', detail: 'stale' })))
    const wrapper = await mountEditor()

    await wrapper.get('#postmortem-markdown').setValue(FIXED)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[role="alert"]').text()).toContain('changed by someone else')
    expect(wrapper.get('[role="alert"]').text()).toContain('Reload')
    expect((wrapper.get('#postmortem-markdown').element as HTMLTextAreaElement).value).toBe(FIXED)
    wrapper.unmount()
  })

  it('shows a published postmortem read-only with an Edit button for writers', async () => {
    mockFetch(routesFor(aPostmortem({ status: 'PUBLISHED' })))
    const wrapper = await mountEditor()

    expect(wrapper.find('textarea').exists()).toBe(false)
    expect(wrapper.get('article').html()).toContain('<h1>Cache incident</h1>')
    expect(wrapper.get('a[download]').attributes('href')).toBe('/api/incidents/7/postmortem.md')

    const edit = wrapper.findAll('button').find((b) => b.text() === 'Edit')
    await edit!.trigger('click')
    await flushPromises()
    expect(wrapper.find('textarea').exists()).toBe(true)
    wrapper.unmount()
  })

  it('never offers the editor to viewers', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    const { calls } = mockFetch(routesFor(aPostmortem()))
    const wrapper = await mountEditor()

    expect(wrapper.find('textarea').exists()).toBe(false)
    expect(wrapper.findAll('button').some((b) => b.text() === 'Edit')).toBe(false)
    expect(wrapper.get('article').html()).toContain('<h1>Cache incident</h1>')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    wrapper.unmount()
  })
})

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
    acknowledgement: null,
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
    expect(wrapper.get('#findings-summary').text()).toContain(
      'drafts save either way, publishing asks you to acknowledge them',
    )

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

  it('saves a draft with the version it was read at, findings or not', async () => {
    const { calls } = mockFetch(
      routesFor(aPostmortem(), (call) =>
        json(
          200,
          aPostmortem({ ...(call.body as object), version: 3, html: '<h1>Cache incident</h1>' }),
        ),
      ),
    )
    const wrapper = await mountEditor()

    await wrapper.get('#postmortem-status').setValue('IN_REVIEW')
    expect(wrapper.find('#acknowledge-findings').exists()).toBe(false)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT')
    expect(put?.body).toEqual({ markdown: BLAMING, status: 'IN_REVIEW', version: 2 })
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

  it('publishes over open findings only once they are acknowledged, then says so', async () => {
    const second = {
      line: 3,
      column: 40,
      phrase: 'Bob failed',
      reason: 'Names a person as the cause.',
      suggestion: 'Say what the system did.',
    }
    const { calls } = mockFetch(
      routesFor(aPostmortem(), (call) => {
        const body = call.body as { status: string; acknowledgeFindings?: boolean }
        if (!body.acknowledgeFindings) {
          return problem(400, {
            title: 'Blameless findings not acknowledged',
            detail:
              'The blameless check has 2 open findings: reword them, or publish with acknowledgeFindings: true (recorded).',
            errors: [
              {
                field: 'acknowledgeFindings',
                message: 'must be true to publish with 2 open findings',
              },
            ],
            findings: [finding, second],
          })
        }
        return json(
          200,
          aPostmortem({
            status: 'PUBLISHED',
            version: 3,
            acknowledgement: { findings: 2, by: 'admin', at: '2026-03-27T08:15:00Z' },
          }),
        )
      }),
    )
    const wrapper = await mountEditor()

    // Publishing with the check's finding in view asks for the acknowledgement up front.
    await wrapper.get('#postmortem-status').setValue('PUBLISHED')
    const label = () => wrapper.get('label[class="check"]').text()
    expect(label()).toBe('I have read the 1 finding and publish anyway')
    const box = () => wrapper.get('#acknowledge-findings').element as HTMLInputElement
    expect(box().checked).toBe(false)

    // Sent without it, the server refuses and lists its findings: shown with their rewording.
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect((calls.filter((c) => c.method === 'PUT')[0]?.body as object) ?? {}).not.toHaveProperty(
      'acknowledgeFindings',
    )
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(label()).toBe('I have read the 2 findings and publish anyway')
    expect(wrapper.get('#acknowledge-findings-error').text()).toContain('Not published')
    expect(box().getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(box())
    const items = wrapper.findAll('.finding-list li')
    expect(items.map((li) => li.get('button').text())).toEqual([
      'Line 3:20 — “human error”',
      'Line 3:40 — “Bob failed”',
    ])
    expect(items[1]!.text()).toContain('Try: Say what the system did.')
    expect(wrapper.text()).not.toContain('Saved (')

    await wrapper.get('#acknowledge-findings').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const puts = calls.filter((c) => c.method === 'PUT')
    expect(puts).toHaveLength(2)
    expect(puts[1]!.body).toEqual({
      markdown: BLAMING,
      status: 'PUBLISHED',
      version: 2,
      acknowledgeFindings: true,
    })
    expect(wrapper.get('[role="status"].alert-success').text()).toContain('Published, version 3')
    expect(wrapper.get('.acknowledgement').text()).toBe(
      'Published with 2 acknowledged blameless-language findings by admin on 27 Mar 2026, 08:15.',
    )
    wrapper.unmount()
  })

  it('tells readers who published over how many acknowledged findings', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    mockFetch(
      routesFor(
        aPostmortem({
          status: 'PUBLISHED',
          acknowledgement: { findings: 1, by: 'larry', at: '2026-03-27T08:15:00Z' },
        }),
      ),
    )
    const wrapper = await mountEditor()

    expect(wrapper.get('.acknowledgement').text()).toBe(
      'Published with 1 acknowledged blameless-language finding by larry on 27 Mar 2026, 08:15.',
    )
    expect(wrapper.get('.acknowledgement time').attributes('datetime')).toBe('2026-03-27T08:15:00Z')
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

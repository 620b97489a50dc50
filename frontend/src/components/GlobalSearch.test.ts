import { enableAutoUnmount, flushPromises, mount, type DOMWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { SearchHit, SearchResults } from '@/api/searchTypes'
import AppHeader from '@/components/AppHeader.vue'
import { SEARCH_DEBOUNCE_MS } from '@/features/search/useSearch'
import { useAuthStore } from '@/stores/auth'
import { useCourtStore } from '@/stores/court'
import { admin, json } from '@/test/mockFetch'
import GlobalSearch from './GlobalSearch.vue'

const Stub = { template: '<div />' }

function hit(over: Partial<SearchHit> = {}): SearchHit {
  return {
    type: 'INCIDENT',
    id: 1,
    key: 'INC-1',
    title: 'Checkout down',
    snippet: null,
    link: '/incidents/1',
    ...over,
  }
}

const HITS: SearchHit[] = [
  hit(),
  hit({
    type: 'REQUEST',
    id: 1,
    key: 'REQ-1',
    title: 'Log access for checkout',
    snippet: 'Need the checkout logs',
    link: '/requests/1',
  }),
  hit({
    type: 'SHADOW_SYSTEM',
    id: 3,
    key: 'SHD-3',
    title: 'checkout-app on Heroku',
    link: '/shadow-systems/3',
  }),
]

interface PendingCall {
  url: string
  signal: AbortSignal | null | undefined
  answer: (items: SearchHit[]) => void
}

/**
 * Stubs `fetch` for `/api/search`: each call waits until the test answers it (so answers can
 * arrive in any order), and keeps the AbortSignal it was given.
 */
function stubSearch() {
  const calls: PendingCall[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input)
      if (url === '/api/me/court') return Promise.resolve(json(200, { items: [], total: 0 }))
      if (!url.startsWith('/api/search?')) throw new Error(`Unexpected fetch: ${url}`)
      return new Promise<Response>((resolve) => {
        const q = new URL(url, 'http://x').searchParams.get('q') ?? ''
        calls.push({
          url,
          signal: init.signal,
          answer: (items) => resolve(json(200, { query: q, items } satisfies SearchResults)),
        })
      })
    }),
  )
  return calls
}

function makeRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/search', name: 'search', component: Stub },
      { path: '/:rest(.*)*', component: Stub },
    ],
  })
}

async function mountSearch() {
  const router = makeRouter()
  await router.push('/teams')
  const wrapper = mount(GlobalSearch, {
    attachTo: document.body,
    global: { plugins: [router] },
  })
  const input = wrapper.get('input')
  return { wrapper, router, input }
}

/** Types `text` into the box and lets the debounce delay pass. */
async function typeAndWait(input: Pick<DOMWrapper<HTMLInputElement>, 'setValue'>, text: string) {
  await input.setValue(text)
  await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS)
}

function key(el: Element, k: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init })
  el.dispatchEvent(event)
  return event
}

enableAutoUnmount(afterEach)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
  useAuthStore().setMe(null)
  useCourtStore().clear()
})

describe('GlobalSearch', () => {
  it('is a labelled combobox that says how to focus it', async () => {
    stubSearch()
    const { input, wrapper } = await mountSearch()

    expect(input.attributes('role')).toBe('combobox')
    expect(input.attributes('placeholder')).toBe('Search ( / )')
    expect(input.attributes('aria-keyshortcuts')).toBe('/')
    expect(input.attributes('aria-expanded')).toBe('false')
    const label = wrapper.get(`label[for="${input.attributes('id')}"]`)
    expect(label.text()).toContain('Search incidents')
  })

  it('focuses on `/` from the page, but not while the user types in a field', async () => {
    stubSearch()
    const { input } = await mountSearch()
    const fields = [
      document.createElement('input'),
      document.createElement('textarea'),
      document.createElement('select'),
    ]
    const editable = document.createElement('div')
    editable.setAttribute('contenteditable', 'true')
    for (const el of [...fields, editable]) document.body.appendChild(el)

    for (const el of [...fields, editable]) {
      const event = key(el, '/')
      await flushPromises()
      expect(event.defaultPrevented).toBe(false)
      expect(document.activeElement).not.toBe(input.element)
    }
    // With a modifier it is someone else's shortcut.
    key(document.body, '/', { ctrlKey: true })
    await flushPromises()
    expect(document.activeElement).not.toBe(input.element)

    const event = key(document.body, '/')
    await flushPromises()
    expect(event.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(input.element)
  })

  it('waits for the typing to rest, then asks once for the latest text', async () => {
    const calls = stubSearch()
    const { input } = await mountSearch()

    for (const text of ['c', 'ch', 'che', 'checkout']) {
      await input.setValue(text)
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 100 - 1)
    expect(calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.map((c) => c.url)).toEqual(['/api/search?q=checkout&limit=8'])
  })

  it('never asks for a single character', async () => {
    const calls = stubSearch()
    const { input, wrapper } = await mountSearch()
    await input.trigger('focus')
    await typeAndWait(input, ' x ')
    expect(calls).toHaveLength(0)
    expect(wrapper.get('[role="status"]').text()).toBe('Type at least 2 characters.')
  })

  it('cancels the search it typed past and shows only the latest answer', async () => {
    const calls = stubSearch()
    const { input, wrapper } = await mountSearch()
    await input.trigger('focus')

    await typeAndWait(input, 'log')
    await typeAndWait(input, 'checkout')
    expect(calls.map((c) => c.url)).toEqual([
      '/api/search?q=log&limit=8',
      '/api/search?q=checkout&limit=8',
    ])
    expect(calls[0]!.signal?.aborted).toBe(true)
    expect(calls[1]!.signal?.aborted).toBe(false)
    expect(wrapper.get('[role="status"]').text()).toBe('Searching…')

    // The newer answer first, then the older one late: the older one is dropped.
    calls[1]!.answer(HITS)
    await flushPromises()
    calls[0]!.answer([hit({ key: 'INC-9', id: 9, title: 'Old log answer' })])
    await flushPromises()

    const options = wrapper.findAll('[role="option"]')
    expect(options.map((o) => o.get('.key').text())).toEqual(['INC-1', 'REQ-1', 'SHD-3'])
    expect(wrapper.text()).not.toContain('Old log answer')
    expect(input.attributes('aria-expanded')).toBe('true')
  })

  it('badges each hit with its kind, key, title and snippet', async () => {
    const calls = stubSearch()
    const { input, wrapper } = await mountSearch()
    await input.trigger('focus')
    await typeAndWait(input, 'checkout')
    calls[0]!.answer(HITS)
    await flushPromises()

    const listbox = wrapper.get('[role="listbox"]')
    expect(input.attributes('aria-controls')).toBe(listbox.attributes('id'))
    const request = wrapper.findAll('[role="option"]')[1]!
    expect(request.get('.type').text()).toBe('Request')
    expect(request.get('.key').text()).toBe('REQ-1')
    expect(request.get('.title').text()).toBe('Log access for checkout')
    expect(request.get('.title mark').text()).toBe('checkout')
    expect(request.get('.snippet').text()).toBe('Need the checkout logs')
    expect(request.get('.snippet mark').text()).toBe('checkout')
    expect(wrapper.get('a.all').attributes('href')).toBe('/search?q=checkout')
  })

  it('moves through the hits with the arrow keys and opens the chosen one on Enter', async () => {
    const calls = stubSearch()
    const { input, wrapper, router } = await mountSearch()
    await input.trigger('focus')
    await typeAndWait(input, 'checkout')
    calls[0]!.answer(HITS)
    await flushPromises()

    const active = () => input.attributes('aria-activedescendant')
    const selected = () =>
      wrapper.findAll('[role="option"]').map((o) => o.attributes('aria-selected'))
    const optionIds = wrapper.findAll('[role="option"]').map((o) => o.attributes('id'))
    expect(active()).toBeUndefined()

    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toBe(optionIds[0])
    expect(selected()).toEqual(['true', 'false', 'false'])
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toBe(optionIds[2])
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toBe(optionIds[0])
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(active()).toBe(optionIds[2])
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(active()).toBe(optionIds[1])
    expect(selected()).toEqual(['false', 'true', 'false'])

    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/requests/1')
    expect((input.element as HTMLInputElement).value).toBe('')
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('opens the full results page on Enter when no hit is chosen', async () => {
    const calls = stubSearch()
    const { input, router } = await mountSearch()
    await input.trigger('focus')
    await typeAndWait(input, '  log access ')
    calls[0]!.answer(HITS)
    await flushPromises()

    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('search')
    expect(router.currentRoute.value.query).toEqual({ q: 'log access' })
    // The results page has the text in its own field: the box is ready for the next search.
    expect((input.element as HTMLInputElement).value).toBe('')
  })

  it('says when nothing was found', async () => {
    const calls = stubSearch()
    const { input, wrapper } = await mountSearch()
    await input.trigger('focus')
    await typeAndWait(input, 'zzz')
    calls[0]!.answer([])
    await flushPromises()

    expect(wrapper.get('[role="status"]').text()).toBe('No results for “zzz”.')
    expect(wrapper.find('[role="listbox"]').exists()).toBe(false)
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('closes the list on Escape, then clears the text', async () => {
    const calls = stubSearch()
    const { input, wrapper } = await mountSearch()
    await input.trigger('focus')
    await typeAndWait(input, 'checkout')
    calls[0]!.answer(HITS)
    await flushPromises()
    expect(input.attributes('aria-expanded')).toBe('true')

    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
    expect((input.element as HTMLInputElement).value).toBe('checkout')
    expect(wrapper.get('.popup').isVisible()).toBe(false)

    await input.trigger('keydown', { key: 'Escape' })
    expect((input.element as HTMLInputElement).value).toBe('')
  })
})

describe('GlobalSearch in the header', () => {
  it('sits in the header and `/` opens the folded menu to reach it', async () => {
    stubSearch()
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    const router = makeRouter()
    await router.push('/teams')
    const wrapper = mount(AppHeader, { attachTo: document.body, global: { plugins: [router] } })
    await flushPromises()

    const input = wrapper.get('.header-search input[role="combobox"]')
    const rects = vi.spyOn(input.element, 'getClientRects')

    // Shown in the bar: focused, the menu left as it is.
    key(document.body, '/')
    await flushPromises()
    expect(document.activeElement).toBe(input.element)
    expect(wrapper.get('header').classes()).not.toContain('nav-open')
    ;(input.element as HTMLInputElement).blur()

    // Folded away (no layout box): the header opens its panel first.
    rects.mockReturnValue([] as unknown as DOMRectList)
    key(document.body, '/')
    await flushPromises()
    expect(wrapper.get('header').classes()).toContain('nav-open')
    expect(wrapper.get('.nav-toggle').attributes('aria-expanded')).toBe('true')
    expect(document.activeElement).toBe(input.element)
  })
})

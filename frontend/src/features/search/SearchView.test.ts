import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { SearchHit } from '@/api/searchTypes'
import { json, mockFetch, problem, type FetchCall } from '@/test/mockFetch'
import SearchView from './SearchView.vue'

const Stub = { template: '<div />' }

const HITS: SearchHit[] = [
  {
    type: 'REQUEST',
    id: 1,
    key: 'REQ-1',
    title: 'Log access for checkout',
    snippet: null,
    link: '/requests/1',
  },
  {
    type: 'INCIDENT',
    id: 1,
    key: 'INC-1',
    title: 'Checkout down',
    snippet: 'The checkout pods crashed',
    link: '/incidents/1',
  },
  {
    type: 'INCIDENT',
    id: 2,
    key: 'INC-2',
    title: 'Slow checkout',
    snippet: null,
    link: '/incidents/2',
  },
]

const SEARCH_URL = /^\/api\/search\?/

function answer(call: FetchCall) {
  const q = new URL(call.url, 'http://x').searchParams.get('q')
  return json(200, { query: q, items: q === 'nothing' ? [] : HITS })
}

async function mountAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/search', name: 'search', component: Stub },
      { path: '/:rest(.*)*', component: Stub },
    ],
  })
  await router.push(path)
  const wrapper = mount(SearchView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

enableAutoUnmount(afterEach)
afterEach(() => vi.unstubAllGlobals())

describe('SearchView', () => {
  it('searches for the q of the URL, up to 50 hits, grouped by kind', async () => {
    const { calls } = mockFetch([{ method: 'GET', url: SEARCH_URL, respond: answer }])
    const { wrapper } = await mountAt('/search?q=checkout')

    expect(calls.map((c) => c.url)).toEqual(['/api/search?q=checkout&limit=50'])
    expect((wrapper.get('input#search-q').element as HTMLInputElement).value).toBe('checkout')
    expect(wrapper.get('[role="status"]').text()).toBe('3 results for “checkout”.')
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Incidents (2)', 'Requests (1)'])
    const links = wrapper.findAll('.hits a')
    expect(links.map((a) => a.attributes('href'))).toEqual([
      '/incidents/1',
      '/incidents/2',
      '/requests/1',
    ])
    expect(links[0]!.get('.key').text()).toBe('INC-1')
    expect(links[0]!.get('.title').text()).toBe('Checkout down')
    expect(wrapper.get('.snippet').text()).toBe('The checkout pods crashed')
    expect(wrapper.get('.snippet mark').text()).toBe('checkout')
  })

  it('follows the URL when q changes, and puts a new search in the URL', async () => {
    const { calls } = mockFetch([{ method: 'GET', url: SEARCH_URL, respond: answer }])
    const { wrapper, router } = await mountAt('/search?q=checkout')

    await router.push('/search?q=nothing')
    await flushPromises()
    expect(calls.map((c) => c.url)).toEqual([
      '/api/search?q=checkout&limit=50',
      '/api/search?q=nothing&limit=50',
    ])
    expect((wrapper.get('input#search-q').element as HTMLInputElement).value).toBe('nothing')
    expect(wrapper.get('[role="status"]').text()).toBe('No results for “nothing”.')
    expect(wrapper.findAll('.hits li')).toHaveLength(0)

    await wrapper.get('input#search-q').setValue(' INC-1 ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'INC-1' })
    expect(calls.at(-1)!.url).toBe('/api/search?q=INC-1&limit=50')
  })

  it('asks for nothing without 2 characters to search for', async () => {
    const { calls } = mockFetch([{ method: 'GET', url: SEARCH_URL, respond: answer }])
    const { wrapper } = await mountAt('/search?q=x')

    expect(calls).toEqual([])
    expect(wrapper.text()).toContain('Type at least 2 characters to search.')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('#search-q-hint').text()).toBe('Type at least 2 characters.')
    expect(wrapper.get('input#search-q').attributes('aria-invalid')).toBe('true')
  })

  it('shows the server refusing q next to the field', async () => {
    mockFetch([
      {
        method: 'GET',
        url: SEARCH_URL,
        respond: () =>
          problem(400, {
            title: 'Bad request',
            errors: [{ field: 'q', message: 'must be 2 to 200 characters' }],
          }),
      },
    ])
    const { wrapper } = await mountAt('/search?q=ab')

    expect(wrapper.get('#search-q-hint').text()).toBe('must be 2 to 200 characters')
    expect(wrapper.get('input#search-q').attributes('aria-invalid')).toBe('true')
  })

  it('shows any other failure as an alert', async () => {
    mockFetch([
      {
        method: 'GET',
        url: SEARCH_URL,
        respond: () => problem(500, { title: 'Server error' }),
      },
    ])
    const { wrapper } = await mountAt('/search?q=checkout')

    expect(wrapper.get('[role="alert"]').text()).toContain('Server error')
    expect(wrapper.text()).not.toContain('Searching')
  })
})

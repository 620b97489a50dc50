import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { CatalogReport, KnownSystem } from '@/api/discoveryTypes'
import { routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { stubXhrOverFetch } from '@/test/fetchXhr'
import { admin, json, mockFetch, problem } from '@/test/mockFetch'
import { TEAMS } from '@/features/requests/fixtures'
import CatalogView from './CatalogView.vue'

type Route = Parameters<typeof mockFetch>[0][number]
const CATALOG = /^\/api\/catalog\?/

const YAML = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: storefront
  annotations:
    wallbreaker.io/heroku-apps: acme-storefront
spec:
  owner: group:default/product-dev
`

function aKnown(overrides: Partial<KnownSystem> = {}): KnownSystem {
  return {
    id: 1,
    ref: 'component:default/storefront',
    kind: 'Component',
    name: 'storefront',
    title: 'Storefront',
    type: 'website',
    owner: 'group:default/product-dev',
    ownerTeam: 'product-dev',
    origin: 'CATALOG',
    identifiers: [{ kind: 'HEROKU_APP', value: 'acme-storefront' }],
    createdAt: '2026-11-30T08:00:00Z',
    updatedAt: '2026-11-30T08:00:00Z',
    ...overrides,
  }
}

const REPORT: CatalogReport = {
  entities: 2,
  created: 1,
  updated: 0,
  unchanged: 0,
  skipped: 1,
  closedCandidates: 1,
  results: [
    {
      line: 1,
      ref: 'component:default/storefront',
      action: 'CREATED',
      owner: 'group:default/product-dev',
      ownerTeam: 'product-dev',
      identifiers: ['HEROKU_APP acme-storefront'],
      reason: null,
    },
    {
      line: 12,
      ref: 'group:default/ops',
      action: 'SKIPPED',
      owner: 'someone-who-left',
      ownerTeam: null,
      identifiers: [],
      reason: 'a Group is no system',
    },
  ],
  errors: [
    { line: 20, field: 'kind', message: 'is required (Component, Resource, System or API)' },
  ],
}

function common(items: () => KnownSystem[] = () => [aKnown()]): Route[] {
  return [
    {
      method: 'GET',
      url: /^\/api\/teams\?/,
      respond: () => json(200, { items: TEAMS, page: 0, size: 500, total: TEAMS.length }),
    },
    {
      method: 'GET',
      url: CATALOG,
      respond: () => json(200, { items: items(), page: 0, size: 50, total: items().length }),
    },
  ]
}

async function mountAt(path = '/discovery/catalog') {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(CatalogView, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

async function chooseFile(wrapper: Wrapper, name: string, text: string) {
  const input = wrapper.get('#catalog-text-file')
  const file = new File([text], name)
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

enableAutoUnmount(afterEach)
beforeEach(() => {
  useAuthStore().setMe(admin)
  // Imports go through XMLHttpRequest (upload progress); this one sends through mockFetch.
  stubXhrOverFetch()
})
afterEach(() => {
  vi.unstubAllGlobals()
  useAuthStore().setMe(null)
})

describe('CatalogView', () => {
  it('imports a YAML file as application/yaml and shows the per-entity report and errors', async () => {
    const { calls } = mockFetch([
      ...common(),
      { method: 'POST', url: '/api/catalog/import', respond: () => json(200, REPORT) },
    ])
    const { wrapper } = await mountAt()

    await chooseFile(wrapper, 'catalog-info.yml', YAML)
    expect((wrapper.get('#catalog-text').element as HTMLTextAreaElement).value).toBe(YAML)
    expect((wrapper.get('#catalog-format').element as HTMLSelectElement).value).toBe('yaml')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.headers['Content-Type']).toBe('application/yaml')
    expect(post.headers['X-CSRF-TOKEN']).toBe('csrf-123')
    expect(post.body).toBe(YAML)

    const report = wrapper.get('section[aria-labelledby="catalog-report-heading"]')
    const counts = Object.fromEntries(
      report.findAll('.counts > div').map((d) => [d.get('dt').text(), d.get('dd').text()]),
    )
    expect(counts).toMatchObject({ Entities: '2', Created: '1', Skipped: '1', Errors: '1' })
    const rows = report
      .get('table')
      .findAll('tbody tr')
      .map((r) => r.findAll('td').map((td) => td.text().replace(/\s+/g, ' ')))
    expect(rows).toEqual([
      ['1', 'component:default/storefront', 'Created', 'Product Dev', 'HEROKU_APP acme-storefront'],
      [
        '12',
        'group:default/ops',
        'Skipped a Group is no system',
        'someone-who-left: no such team',
        'none: it matches no inventory item',
      ],
    ])
    expect(report.text()).toContain('Line 20')
    expect(report.text()).toContain('is required (Component, Resource, System or API)')
    // The list is read again after the import.
    expect(calls.filter((c) => CATALOG.test(c.url))).toHaveLength(2)
  })

  it('detects pasted CSV, and puts a refused file’s line next to the text, selected', async () => {
    const csv = 'kind,name,owner\nComponent,shop,product-dev\n"broken,row\n'
    const { calls } = mockFetch([
      ...common(),
      {
        method: 'POST',
        url: '/api/catalog/import',
        respond: () =>
          problem(400, {
            title: 'Malformed import file',
            detail: 'Line 3: unterminated quoted field',
            line: 3,
            errors: [{ field: 'body', message: 'line 3: unterminated quoted field' }],
          }),
      },
    ])
    const { wrapper } = await mountAt()

    await wrapper.get('#catalog-text').setValue(csv)
    expect(wrapper.get('#catalog-format-hint').text()).toBe('Detected: CSV.')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(calls.find((c) => c.method === 'POST')!.headers['Content-Type']).toBe('text/csv')
    expect(wrapper.get('#catalog-text-error').text()).toBe('Line 3: unterminated quoted field')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    const textarea = wrapper.get('#catalog-text').element as HTMLTextAreaElement
    expect(csv.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('"broken,row')
  })

  it('asks for a format when the text is neither YAML nor a catalog CSV', async () => {
    const { calls } = mockFetch(common())
    const { wrapper } = await mountAt()

    await wrapper.get('#catalog-text').setValue('hello there')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('#catalog-text-error').text()).toContain('choose its format')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('searches the known systems through the URL and offers the CSV template', async () => {
    const { calls } = mockFetch(common())
    const { wrapper, router } = await mountAt('/discovery/catalog?page=1')

    expect(calls.filter((c) => CATALOG.test(c.url)).at(-1)!.url).toBe('/api/catalog?page=1&size=50')
    const row = wrapper.get('section[aria-labelledby="known-heading"] tbody tr').text()
    expect(row).toContain('Storefront')
    expect(row).toContain('HEROKU_APP acme-storefront')
    expect(row).toContain('Catalog import')

    await wrapper.get('#known-q').setValue('store')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'store' })
    expect(calls.filter((c) => CATALOG.test(c.url)).at(-1)!.url).toBe(
      '/api/catalog?q=store&page=0&size=50',
    )
    const template = wrapper.findAll('a').find((a) => a.text() === 'Download a CSV template')!
    expect(template.attributes('href')).toMatch(/^blob:/)
    expect(template.attributes('download')).toBe('catalog-template.csv')
    const yaml = wrapper
      .findAll('a')
      .find((a) => a.text() === 'Download a catalog-info.yaml template')!
    expect(yaml.attributes('download')).toBe('catalog-info-template.yaml')
  })

  it('shows viewers the catalog without the import form or remove buttons', async () => {
    useAuthStore().setMe({ ...admin, role: 'VIEWER' })
    mockFetch(common())
    const { wrapper } = await mountAt()

    expect(wrapper.find('#catalog-text').exists()).toBe(false)
    expect(wrapper.findAll('button').some((b) => b.text() === 'Remove')).toBe(false)
  })
})

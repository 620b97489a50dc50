import { describe, expect, it } from 'vitest'
import {
  buildColumns,
  countLine,
  durationFact,
  filtersFromQuery,
  filtersToApi,
  filtersToQuery,
  sortFromQuery,
  viewFromQuery,
  viewToQuery,
} from './board'
import { aSummary } from './fixtures'

describe('buildColumns', () => {
  it('puts each state in its column and groups the closed ones in the server order', () => {
    const columns = buildColumns([
      aSummary({ id: 1, state: 'OPEN' }),
      aSummary({ id: 2, state: 'WAITING_ON_REQUESTER' }),
      aSummary({ id: 3, state: 'FULFILLED', closedAt: '2026-03-05T00:00:00Z' }),
      aSummary({ id: 4, state: 'DECLINED', closedAt: '2026-03-09T00:00:00Z' }),
      aSummary({ id: 5, state: 'IN_PROGRESS' }),
      aSummary({ id: 6, state: 'WITHDRAWN', closedAt: '2026-03-07T00:00:00Z' }),
    ])
    expect(columns.map((c) => [c.id, c.items.map((i) => i.id)])).toEqual([
      ['OPEN', [1]],
      ['IN_PROGRESS', [5]],
      ['WAITING_ON_REQUESTER', [2]],
      ['CLOSED', [3, 4, 6]],
    ])
  })

  it('keeps the server order in each column and leaves out closed work unless shown', () => {
    const items = [
      aSummary({ id: 9, state: 'OPEN' }),
      aSummary({ id: 3, state: 'FULFILLED' }),
      aSummary({ id: 5, state: 'OPEN' }),
    ]
    expect(buildColumns(items, false).map((c) => [c.id, c.items.map((i) => i.id)])).toEqual([
      ['OPEN', [9, 5]],
      ['IN_PROGRESS', []],
      ['WAITING_ON_REQUESTER', []],
    ])
  })
})

describe('board filters', () => {
  it('reads only known filters from the URL and ignores junk ping-pong values', () => {
    const f = filtersFromQuery({ requester: 'product-dev', pingPong: 'yes', other: 'x' })
    expect(f).toEqual({
      requester: 'product-dev',
      responder: '',
      kind: '',
      pingPong: '',
      closed: '',
      openedFrom: '',
      openedTo: '',
    })
  })

  it('round-trips the set filters and sends them to the API', () => {
    const f = filtersFromQuery({
      responder: 'operations',
      pingPong: 'true',
      openedFrom: '2026-01-01',
      openedTo: '2026-03-31',
    })
    expect(filtersToQuery(f)).toEqual({
      responder: 'operations',
      pingPong: 'true',
      openedFrom: '2026-01-01',
      openedTo: '2026-03-31',
    })
    expect(filtersToApi(f, 500)).toEqual({
      responder: 'operations',
      pingPong: 'true',
      openedFrom: '2026-01-01',
      openedTo: '2026-03-31',
      open: 'true',
      page: 0,
      size: 500,
    })
  })

  it('asks for open work only unless closed work is shown, and for the order and page', () => {
    const f = filtersFromQuery({ closed: 'true', kind: 'DEPLOY' })
    expect(filtersToApi(f, 50)).toEqual({ kind: 'DEPLOY', page: 0, size: 50 })
    expect(filtersToApi(filtersFromQuery({ closed: 'yes' }), 50)).toEqual({
      open: 'true',
      page: 0,
      size: 50,
    })
    expect(filtersToApi(f, 50, 'title,asc', 3)).toEqual({
      kind: 'DEPLOY',
      sort: ['title,asc'],
      page: 3,
      size: 50,
    })
    expect(sortFromQuery({ sort: 'bounces,desc' })).toBe('bounces,desc')
    expect(sortFromQuery({ sort: 'password,asc' })).toBe('openedAt,desc')
  })
})

describe('board view in the URL', () => {
  it('reads page and size from the URL, defaulting what it does not offer', () => {
    expect(viewFromQuery({ page: '2', size: '50', sort: 'title,asc', kind: 'DEPLOY' })).toEqual({
      filters: filtersFromQuery({ kind: 'DEPLOY' }),
      sort: 'title,asc',
      page: 2,
      size: 50,
    })
    const junk = viewFromQuery({ page: '-1', size: '10000' })
    expect([junk.page, junk.size]).toEqual([0, 100])
  })

  it('writes only what differs from the defaults', () => {
    const filters = filtersFromQuery({ closed: 'true' })
    expect(viewToQuery({ filters, sort: 'openedAt,desc', page: 0, size: 100 })).toEqual({
      closed: 'true',
    })
    expect(viewToQuery({ filters, sort: 'bounces,desc', page: 4, size: 200 })).toEqual({
      closed: 'true',
      sort: 'bounces,desc',
      page: '4',
      size: '200',
    })
  })
})

describe('durationFact', () => {
  it('shows age while open and lead time once closed', () => {
    expect(durationFact(aSummary({ ageSeconds: 10 }))).toEqual({ label: 'Age', seconds: 10 })
    expect(
      durationFact(aSummary({ outcome: 'FULFILLED', state: 'FULFILLED', leadTimeSeconds: 99 })),
    ).toEqual({ label: 'Lead time', seconds: 99 })
  })
})

describe('countLine', () => {
  const line = (c: Partial<Parameters<typeof countLine>[0]>) =>
    countLine({
      page: 0,
      size: 100,
      shown: 0,
      total: 0,
      filtered: false,
      open: true,
      locale: 'en-US',
      ...c,
    })

  it('counts all requests when they fit one page', () => {
    expect(line({ shown: 1, total: 1, open: false })).toBe('1 request')
    expect(line({ shown: 3, total: 3, filtered: true, open: false })).toBe('3 requests match')
    expect(line({ shown: 1, total: 1 })).toBe('1 open request')
    expect(line({})).toBe('0 open requests')
  })

  it('says which of the total this page holds, in which order', () => {
    expect(line({ shown: 100, total: 1234, open: false })).toBe(
      'Showing 1–100 of 1,234 requests (newest first)',
    )
    expect(line({ page: 12, shown: 34, total: 1234, filtered: true })).toBe(
      'Showing 1,201–1,234 of 1,234 matching open requests (newest first)',
    )
    expect(line({ page: 1, size: 50, shown: 50, total: 600, sort: 'bounces,desc' })).toBe(
      'Showing 51–100 of 600 open requests (most bounces)',
    )
  })

  it('says so when a page past the last one is asked for', () => {
    expect(line({ page: 9, shown: 0, total: 120 })).toBe(
      'Page 10 is past the last of 120 open requests',
    )
  })
})

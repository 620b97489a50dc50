import { describe, expect, it } from 'vitest'
import {
  buildColumns,
  countLine,
  durationFact,
  filtersFromQuery,
  filtersToApi,
  filtersToQuery,
  sortFromQuery,
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
      size: 500,
      responder: 'operations',
      pingPong: 'true',
      openedFrom: '2026-01-01',
      openedTo: '2026-03-31',
      outcome: 'OPEN',
    })
  })

  it('asks for closed work only when shown, and for an order other than the default', () => {
    const f = filtersFromQuery({ closed: 'true', kind: 'DEPLOY' })
    expect(filtersToApi(f, 50)).toEqual({ size: 50, kind: 'DEPLOY' })
    expect(filtersToApi(filtersFromQuery({ closed: 'yes' }), 50)).toEqual({
      size: 50,
      outcome: 'OPEN',
    })
    expect(filtersToApi(f, 50, 'title,asc')).toEqual({
      size: 50,
      kind: 'DEPLOY',
      sort: ['title,asc'],
    })
    expect(sortFromQuery({ sort: 'bounces,desc' })).toBe('bounces,desc')
    expect(sortFromQuery({ sort: 'password,asc' })).toBe('openedAt,desc')
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
  it('counts all requests once they are all loaded', () => {
    expect(countLine(1, 1, false)).toBe('1 request')
    expect(countLine(3, 3, true)).toBe('3 requests match')
    expect(countLine(0, 0, false)).toBe('0 requests')
  })

  it('says how many of them are loaded when there are more', () => {
    expect(countLine(500, 1234, false, 'en-US')).toBe(
      'Showing 500 of 1,234 requests (newest first)',
    )
    expect(countLine(1000, 1234, true, 'en-US')).toBe(
      'Showing 1,000 of 1,234 matching requests (newest first)',
    )
    expect(countLine(500, 600, false, 'en-US', 'bounces,desc', true)).toBe(
      'Showing 500 of 600 open requests (most bounces)',
    )
  })
})

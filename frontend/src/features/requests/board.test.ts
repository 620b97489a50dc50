import { describe, expect, it } from 'vitest'
import { buildColumns, durationFact, filtersFromQuery, filtersToApi, filtersToQuery } from './board'
import { aSummary } from './fixtures'

describe('buildColumns', () => {
  it('puts each state in its column and groups the closed ones', () => {
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
      ['CLOSED', [4, 6, 3]],
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

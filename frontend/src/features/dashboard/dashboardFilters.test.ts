import { describe, expect, it } from 'vitest'
import {
  dashboardFiltersFromQuery,
  dashboardFiltersToQuery,
  metricsQuery,
  pairParam,
  parsePair,
} from './dashboardFilters'

describe('dashboard filters', () => {
  it('defaults to no window so the server picks one', () => {
    const f = dashboardFiltersFromQuery({})
    expect(metricsQuery(f)).toEqual({})
    expect(dashboardFiltersToQuery(f)).toEqual({})
  })

  it('keeps valid dates, team, pair and bucket; drops malformed dates', () => {
    const f = dashboardFiltersFromQuery({
      from: '2026-01-01',
      to: 'yesterday',
      team: 'operations',
      pair: 'product-dev~operations',
      bucket: 'week',
    })
    expect(metricsQuery(f)).toEqual({ from: '2026-01-01', team: 'operations' })
    expect(dashboardFiltersToQuery(f)).toEqual({
      from: '2026-01-01',
      team: 'operations',
      pair: 'product-dev~operations',
      bucket: 'week',
    })
  })

  it('remembers "show all teams" of the heatmap as heatmap=all', () => {
    const f = dashboardFiltersFromQuery({ heatmap: 'all' })
    expect(f.allTeams).toBe(true)
    expect(dashboardFiltersToQuery(f)).toEqual({ heatmap: 'all' })
    expect(metricsQuery(f)).toEqual({})
    expect(dashboardFiltersFromQuery({ heatmap: 'top' }).allTeams).toBe(false)
  })

  it('encodes a pair in one parameter', () => {
    expect(parsePair(pairParam('product-dev', 'operations'))).toEqual({
      requester: 'product-dev',
      responder: 'operations',
    })
    expect(parsePair('nonsense')).toBeNull()
  })
})

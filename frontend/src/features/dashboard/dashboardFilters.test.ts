import { describe, expect, it } from 'vitest'
import {
  dashboardFiltersFromQuery,
  dashboardFiltersToQuery,
  metricsQuery,
  pairParam,
  parsePair,
  windowProblem,
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

describe('windowProblem', () => {
  it('accepts an open, a one-day and an ordered window', () => {
    expect(windowProblem('', '')).toBeNull()
    expect(windowProblem('2026-01-01', '')).toBeNull()
    expect(windowProblem('', '2026-01-01')).toBeNull()
    expect(windowProblem('2026-01-01', '2026-01-01')).toBeNull()
    expect(windowProblem('2025-12-31', '2026-01-01')).toBeNull()
  })

  it('rejects a start after the end, and what is not a date', () => {
    expect(windowProblem('2026-11-20', '2026-11-01')).toBe(
      '"From" is after "To": choose a start on or before the end.',
    )
    expect(windowProblem('2027-01-01', '2026-12-31')).not.toBeNull()
    expect(windowProblem('20/11/2026', '')).toBe('Enter the start of the window as a date.')
    expect(windowProblem('', 'tomorrow')).toBe('Enter the end of the window as a date.')
  })
})

import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { MetricsQuery, TrendBucket } from '@/api/metricsTypes'

/**
 * What the dashboard URL carries, so a view can be shared: window, team, chosen pair, bucket and
 * whether the heatmap shows every team (`heatmap=all`) or only those with the most requests.
 */
export interface DashboardFilters {
  from: string
  to: string
  team: string
  /** `requester~responder` of the pair whose breakdown is open. */
  pair: string
  bucket: TrendBucket
  allTeams: boolean
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

function one(v: LocationQuery[string] | undefined): string {
  const value = Array.isArray(v) ? v[0] : v
  return typeof value === 'string' ? value : ''
}

export function dashboardFiltersFromQuery(query: LocationQuery): DashboardFilters {
  const from = one(query.from)
  const to = one(query.to)
  return {
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    team: one(query.team),
    pair: one(query.pair),
    bucket: one(query.bucket) === 'week' ? 'week' : 'month',
    allTeams: one(query.heatmap) === 'all',
  }
}

export function dashboardFiltersToQuery(f: DashboardFilters): LocationQueryRaw {
  const q: LocationQueryRaw = {}
  if (f.from) q.from = f.from
  if (f.to) q.to = f.to
  if (f.team) q.team = f.team
  if (f.pair) q.pair = f.pair
  if (f.bucket !== 'month') q.bucket = f.bucket
  if (f.allTeams) q.heatmap = 'all'
  return q
}

/**
 * Why a window cannot be asked for, or null when it can: both ends are whole days (`YYYY-MM-DD`,
 * as the date fields give them) and the first must not be after the last (the server answers 400).
 */
export function windowProblem(from: string, to: string): string | null {
  if (from && !DATE.test(from)) return 'Enter the start of the window as a date.'
  if (to && !DATE.test(to)) return 'Enter the end of the window as a date.'
  if (from && to && from > to) return '"From" is after "To": choose a start on or before the end.'
  return null
}

/** The query every metrics call and CSV link shares; no from/to lets the server pick. */
export function metricsQuery(f: DashboardFilters): MetricsQuery {
  const q: MetricsQuery = {}
  if (f.from) q.from = f.from
  if (f.to) q.to = f.to
  if (f.team) q.team = f.team
  return q
}

export function pairParam(requester: string, responder: string): string {
  return `${requester}~${responder}`
}

export function parsePair(value: string): { requester: string; responder: string } | null {
  const [requester, responder, ...rest] = value.split('~')
  return requester && responder && rest.length === 0 ? { requester, responder } : null
}

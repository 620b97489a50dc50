import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import {
  CANDIDATE_STATUSES,
  INVENTORY_SOURCES,
  type CandidateQuery,
  type CandidateStatus,
  type InventorySource,
} from '@/api/discoveryTypes'

/** `ANY`: every status; the list shows the OPEN ones (what waits for triage) unless told otherwise. */
export type StatusFilter = CandidateStatus | 'ANY'

export interface CandidateFilters {
  status: StatusFilter
  source: InventorySource | ''
  /** The triaging team's slug, '' for every team. */
  team: string
}

export const DEFAULT_STATUS: CandidateStatus = 'OPEN'

function first(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

/** The filters the URL says: `?status=` (absent: OPEN; `ANY`: all), `?source=`, `?team=`. */
export function candidateFiltersFromQuery(query: LocationQuery): CandidateFilters {
  const rawStatus = first(query.status).toUpperCase()
  const status: StatusFilter =
    rawStatus === 'ANY'
      ? 'ANY'
      : (CANDIDATE_STATUSES.find((s) => s === rawStatus) ?? DEFAULT_STATUS)
  const rawSource = first(query.source)
  const source = INVENTORY_SOURCES.find((s) => s === rawSource) ?? ''
  return { status, source, team: first(query.team) }
}

/** The URL of these filters: the default status is left out, so `/discovery` lists open ones. */
export function candidateFiltersToQuery(filters: CandidateFilters): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  if (filters.status !== DEFAULT_STATUS) out.status = filters.status
  if (filters.source) out.source = filters.source
  if (filters.team) out.team = filters.team
  return out
}

export function candidateFiltersToApi(filters: CandidateFilters): CandidateQuery {
  const out: CandidateQuery = {}
  if (filters.status !== 'ANY') out.status = filters.status
  if (filters.source) out.source = filters.source
  if (filters.team) out.team = filters.team
  return out
}

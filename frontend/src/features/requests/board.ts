import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { RequestQuery, RequestState, RequestSummary } from '@/api/requestTypes'
import { formatCount } from '@/lib/format'

export type ColumnId = 'OPEN' | 'IN_PROGRESS' | 'WAITING_ON_REQUESTER' | 'CLOSED'

export interface BoardColumn {
  id: ColumnId
  title: string
  items: RequestSummary[]
}

const COLUMN_TITLES: Record<ColumnId, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  WAITING_ON_REQUESTER: 'Waiting on requester',
  CLOSED: 'Closed (fulfilled, declined, withdrawn)',
}

export function columnOf(state: RequestState): ColumnId {
  return state === 'OPEN' || state === 'IN_PROGRESS' || state === 'WAITING_ON_REQUESTER'
    ? state
    : 'CLOSED'
}

/**
 * Requests into the four board columns, each keeping the server's order except the closed one,
 * which shows the most recently closed first.
 */
export function buildColumns(items: readonly RequestSummary[]): BoardColumn[] {
  const ids: ColumnId[] = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_REQUESTER', 'CLOSED']
  const columns = ids.map((id) => ({ id, title: COLUMN_TITLES[id], items: [] as RequestSummary[] }))
  for (const item of items) {
    columns[ids.indexOf(columnOf(item.state))]!.items.push(item)
  }
  columns[3]!.items.sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''))
  return columns
}

/** The board filters that live in the URL, so a filtered board can be shared. */
export const BOARD_FILTERS = [
  'requester',
  'responder',
  'kind',
  'pingPong',
  'openedFrom',
  'openedTo',
] as const
export type BoardFilter = (typeof BOARD_FILTERS)[number]
export type BoardFilters = Record<BoardFilter, string>

function first(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

export function filtersFromQuery(query: LocationQuery): BoardFilters {
  const filters = {} as BoardFilters
  for (const key of BOARD_FILTERS) filters[key] = first(query[key])
  if (filters.pingPong !== 'true') filters.pingPong = ''
  return filters
}

/** Only the filters that are set, so the URL stays short. */
export function filtersToQuery(filters: BoardFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const key of BOARD_FILTERS) if (filters[key]) query[key] = filters[key]
  return query
}

export function filtersToApi(filters: BoardFilters, size: number): RequestQuery {
  const query: RequestQuery = { size }
  for (const key of BOARD_FILTERS) {
    if (key !== 'pingPong' && filters[key]) query[key] = filters[key]
  }
  if (filters.pingPong === 'true') query.pingPong = 'true'
  return query
}

/** The board's count: all of them, or how many of them are loaded so far. */
export function countLine(
  shown: number,
  total: number,
  filtered: boolean,
  locale?: string,
): string {
  const count = (n: number) => formatCount(n, locale)
  if (shown < total) {
    const what = filtered ? 'matching requests' : 'requests'
    return `Showing ${count(shown)} of ${count(total)} ${what} (newest first)`
  }
  return `${count(total)} request${total === 1 ? '' : 's'}${filtered ? ' match' : ''}`
}

/** Closed requests show their lead time, open ones their age. */
export function durationFact(item: RequestSummary): { label: string; seconds: number | null } {
  return item.outcome === 'OPEN'
    ? { label: 'Age', seconds: item.ageSeconds }
    : { label: 'Lead time', seconds: item.leadTimeSeconds }
}

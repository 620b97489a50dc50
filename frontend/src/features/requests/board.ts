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
 * Requests into the board columns, each in the server's order: the three open states, and the
 * closed ones (fulfilled, declined, withdrawn) only when the board shows closed work.
 */
export function buildColumns(items: readonly RequestSummary[], withClosed = true): BoardColumn[] {
  const ids: ColumnId[] = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_REQUESTER']
  if (withClosed) ids.push('CLOSED')
  const columns = ids.map((id) => ({ id, title: COLUMN_TITLES[id], items: [] as RequestSummary[] }))
  for (const item of items) {
    columns[ids.indexOf(columnOf(item.state))]?.items.push(item)
  }
  return columns
}

/** The board filters that live in the URL, so a filtered board can be shared. */
export const BOARD_FILTERS = [
  'requester',
  'responder',
  'kind',
  'pingPong',
  'closed',
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
  if (filters.closed !== 'true') filters.closed = ''
  return filters
}

/** The orders the board offers (`?sort=` of the API and of the page); the first is the server's default. */
export const BOARD_SORTS = [
  { value: 'openedAt,desc', label: 'Newest first' },
  { value: 'openedAt,asc', label: 'Oldest first' },
  { value: 'leadTimeSeconds,desc', label: 'Longest lead time (closed)' },
  { value: 'waitingOnResponderSeconds,desc', label: 'Longest waiting on the responder' },
  { value: 'bounces,desc', label: 'Most bounces' },
  { value: 'title,asc', label: 'Title (A–Z)' },
] as const
export type BoardSort = (typeof BOARD_SORTS)[number]['value']
export const DEFAULT_BOARD_SORT: BoardSort = 'openedAt,desc'

/** The board's order from the URL; anything it does not offer is the default. */
export function sortFromQuery(query: LocationQuery): BoardSort {
  const value = first(query.sort)
  return BOARD_SORTS.find((s) => s.value === value)?.value ?? DEFAULT_BOARD_SORT
}

export function sortLabel(sort: BoardSort): string {
  return BOARD_SORTS.find((s) => s.value === sort)?.label ?? sort
}

/** Only the filters that are set, so the URL stays short. */
export function filtersToQuery(filters: BoardFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const key of BOARD_FILTERS) if (filters[key]) query[key] = filters[key]
  return query
}

/**
 * The API query of the board: its filters, open work only unless closed work is asked for
 * (`outcome=OPEN`), and the order unless it is the server's default.
 */
export function filtersToApi(
  filters: BoardFilters,
  size: number,
  sort: BoardSort = DEFAULT_BOARD_SORT,
): RequestQuery {
  const query: RequestQuery = { size }
  for (const key of BOARD_FILTERS) {
    if (key !== 'pingPong' && key !== 'closed' && filters[key]) query[key] = filters[key]
  }
  if (filters.pingPong === 'true') query.pingPong = 'true'
  if (filters.closed !== 'true') query.outcome = 'OPEN'
  if (sort !== DEFAULT_BOARD_SORT) query.sort = [sort]
  return query
}

/** The board's count: all of them, or how many of them are loaded so far (in which order). */
export function countLine(
  shown: number,
  total: number,
  filtered: boolean,
  locale?: string,
  sort: BoardSort = DEFAULT_BOARD_SORT,
  open = false,
): string {
  const count = (n: number) => formatCount(n, locale)
  const kind = open ? 'open requests' : 'requests'
  if (shown < total) {
    const what = filtered ? `matching ${kind}` : kind
    return `Showing ${count(shown)} of ${count(total)} ${what} (${sortLabel(sort).toLowerCase()})`
  }
  const noun = open
    ? total === 1
      ? 'open request'
      : 'open requests'
    : total === 1
      ? 'request'
      : 'requests'
  return `${count(total)} ${noun}${filtered ? ' match' : ''}`
}

/** Closed requests show their lead time, open ones their age. */
export function durationFact(item: RequestSummary): { label: string; seconds: number | null } {
  return item.outcome === 'OPEN'
    ? { label: 'Age', seconds: item.ageSeconds }
    : { label: 'Lead time', seconds: item.leadTimeSeconds }
}

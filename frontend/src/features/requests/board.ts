import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { RequestQuery, RequestState, RequestSummary } from '@/api/requestTypes'
import { formatCount } from '@/lib/format'
import { parsePage } from '@/lib/listSort'

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

/**
 * The board filters that live in the URL, so a filtered board can be shared. The board shows open
 * work unless `closed=true` (a ticked "Show closed requests", and the dashboard's links to a team
 * pair's requests, whose figures count closed ones too) adds the closed requests.
 */
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

/** How many cards a page of the board holds (`?size=`); the server allows at most 500. */
export const BOARD_SIZES = [50, 100, 200, 500] as const
export const DEFAULT_BOARD_SIZE = 100

/** The board's page size from the URL; anything it does not offer is the default. */
export function sizeFromQuery(query: LocationQuery): number {
  const value = Number(first(query.size))
  return BOARD_SIZES.find((s) => s === value) ?? DEFAULT_BOARD_SIZE
}

/** The board's 0-based page from the URL (`?page=`), the first page for anything else. */
export function pageFromQuery(query: LocationQuery): number {
  return parsePage(query.page)
}

/** Everything the board shows, as the URL and the API get it. */
export interface BoardView {
  filters: BoardFilters
  sort: BoardSort
  page: number
  size: number
}

export function viewFromQuery(query: LocationQuery): BoardView {
  return {
    filters: filtersFromQuery(query),
    sort: sortFromQuery(query),
    page: pageFromQuery(query),
    size: sizeFromQuery(query),
  }
}

/** The page's URL query: the set filters, and order, page and size when not the defaults. */
export function viewToQuery(view: BoardView): LocationQueryRaw {
  const query = filtersToQuery(view.filters)
  if (view.sort !== DEFAULT_BOARD_SORT) query.sort = view.sort
  if (view.page > 0) query.page = String(view.page)
  if (view.size !== DEFAULT_BOARD_SIZE) query.size = String(view.size)
  return query
}

/**
 * The API query of the board: its filters, open work only (`open=true`: open, in progress,
 * waiting on the requester) unless closed work is shown too, the order unless it is the server's
 * default, and the page.
 */
export function filtersToApi(
  filters: BoardFilters,
  size: number,
  sort: BoardSort = DEFAULT_BOARD_SORT,
  page = 0,
): RequestQuery {
  const query: RequestQuery = {}
  for (const key of BOARD_FILTERS) {
    if (key !== 'pingPong' && key !== 'closed' && filters[key]) query[key] = filters[key]
  }
  if (filters.pingPong === 'true') query.pingPong = 'true'
  if (filters.closed !== 'true') query.open = 'true'
  if (sort !== DEFAULT_BOARD_SORT) query.sort = [sort]
  query.page = page
  query.size = size
  return query
}

/** What the count line says about the page shown: which of how many, in which order. */
export interface CountLineInput {
  /** 0-based page and its size, as asked for. */
  page: number
  size: number
  /** The cards on this page and the server's total for the filters. */
  shown: number
  total: number
  filtered: boolean
  /** Only open work is shown. */
  open: boolean
  sort?: BoardSort
  locale?: string
}

/** The board's count: all of them when they fit one page, else which of them this page holds. */
export function countLine(c: CountLineInput): string {
  const count = (n: number) => formatCount(n, c.locale)
  const sort = c.sort ?? DEFAULT_BOARD_SORT
  const kind = c.open ? 'open requests' : 'requests'
  if (c.page === 0 && c.shown >= c.total) {
    const noun = c.total === 1 ? kind.replace(/s$/, '') : kind
    return `${count(c.total)} ${noun}${c.filtered ? ' match' : ''}`
  }
  const what = c.filtered ? `matching ${kind}` : kind
  if (c.shown === 0)
    return `Page ${count(c.page + 1)} is past the last of ${count(c.total)} ${what}`
  const from = c.page * c.size + 1
  const to = c.page * c.size + c.shown
  return `Showing ${count(from)}–${count(to)} of ${count(c.total)} ${what} (${sortLabel(sort).toLowerCase()})`
}

/** Closed requests show their lead time, open ones their age. */
export function durationFact(item: RequestSummary): { label: string; seconds: number | null } {
  return item.outcome === 'OPEN'
    ? { label: 'Age', seconds: item.ageSeconds }
    : { label: 'Lead time', seconds: item.leadTimeSeconds }
}

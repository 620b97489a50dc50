/**
 * The server's `?sort=` for one list, as the UI keeps it: one field and a direction, written
 * `field,asc` or `field,desc` in the page's URL and in the API call (see docs/API.md "Paging and
 * sorting"). The server sorts; the UI only says what it asked for.
 */
export type SortDirection = 'asc' | 'desc'

export interface SortState {
  field: string
  direction: SortDirection
}

function first(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

/** `field,asc` / `field,desc` (or a bare field, ascending) when the list offers that field; else null. */
export function parseSort(value: unknown, fields: readonly string[]): SortState | null {
  const [field = '', direction = 'asc', ...rest] = first(value).split(',')
  if (rest.length || !fields.includes(field)) return null
  if (direction !== 'asc' && direction !== 'desc') return null
  return { field, direction }
}

export function formatSort(sort: SortState): string {
  return `${sort.field},${sort.direction}`
}

/** A click on a column: the sorted column turns around; another column starts ascending. */
export function toggleSort(current: SortState | null, field: string): SortState {
  if (current?.field === field) {
    return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  }
  return { field, direction: 'asc' }
}

/** A 0-based page number from the URL; anything else is the first page. */
export function parsePage(value: unknown): number {
  const n = Number.parseInt(first(value), 10)
  return Number.isFinite(n) && n > 0 ? n : 0
}

/** How a screen reader hears the order, e.g. "sorted by Title, ascending". */
export function sortDescription(sort: SortState, labels: Record<string, string>): string {
  const label = labels[sort.field] ?? sort.field
  return `sorted by ${label}, ${sort.direction === 'asc' ? 'ascending' : 'descending'}`
}
